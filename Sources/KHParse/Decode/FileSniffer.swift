/// Recognizes files that are clearly not plain text, by their magic bytes or their control bytes,
/// so that a PDF or a .docx is refused with a name instead of parsed into nonsense.
enum FileSniffer {
    private static let signatures: [([UInt8], String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (.docx, .xlsx, .odt or .zip)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty ZIP archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office document (.doc or .xls)"),
        (Array("{\\rtf".utf8), "an RTF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
    ]

    /// nil when the bytes may be text; otherwise what they look like.
    static func nonText(_ bytes: [UInt8]) -> String? {
        for (magic, name) in signatures where bytes.starts(with: magic) {
            if name.hasPrefix("a ZIP"), containsASCII(bytes.prefix(4096), "word/") { return "a Word document (.docx)" }
            return name
        }
        let sample = bytes.prefix(65536)
        let (nul, control) = controlBytes(sample)
        // A stray NUL or two in a long text is damage (a bad copy, a mutated file), not binary data: it is
        // kept like the other control bytes rather than refusing every word around it.
        if nul > 0, nul * 100 > sample.count || sample.count < 32 {
            return "binary data (\(nul) NUL byte\(nul == 1 ? "" : "s") in the first \(sample.count) bytes)"
        }
        if sample.count >= 32 && (control + nul) * 10 > sample.count { return "binary data (\(control) control bytes in the first \(sample.count))" }
        return nil
    }

    /// NUL bytes, and the other control bytes but tab, line feed, form feed and carriage return. Eight bytes
    /// at a time, counted in the word's lanes: every fifth word or so holds a line break, and reading those
    /// byte by byte took most of the time.
    static func controlBytes(_ sample: ArraySlice<UInt8>) -> (nul: Int, control: Int) {
        sample.withUnsafeBufferPointer { b in
            var nul = 0, control = 0
            func count(_ byte: UInt8) {
                if byte == 0 { nul += 1 } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
            }
            guard let base = b.baseAddress else { return (0, 0) }
            var i = 0
            while i + 8 <= b.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let below = ByteLanes.below(word, 0x20)
                if below != 0 {
                    let nuls = ByteLanes.equal(word, 0)
                    let spacing = ByteLanes.equal(word, 0x09) | ByteLanes.equal(word, 0x0A) | ByteLanes.equal(word, 0x0C) | ByteLanes.equal(word, 0x0D)
                    nul += nuls.nonzeroBitCount
                    control += (below & ~spacing & ~nuls).nonzeroBitCount
                }
                i += 8
            }
            while i < b.count { count(b[i]); i += 1 }
            return (nul, control)
        }
    }

    private static func containsASCII(_ bytes: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return false }
        var i = bytes.startIndex
        while i + n.count <= bytes.endIndex {
            if bytes[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }
}
