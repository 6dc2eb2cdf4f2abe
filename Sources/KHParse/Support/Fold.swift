/// Matching keys. Every matcher in kh-parse (heading roles, labels, deadline and agency words)
/// compares folded text, so "QUÝ II", "Quy II" and "quý II" read alike; the text itself is never
/// replaced by its key.
enum Fold {
    private static let memo = Memo<String>()

    /// "Thời gian hoàn thành" → "thoi gian hoan thanh".
    ///
    /// ASCII is lower-cased in place; the Latin letters of Vietnamese text (and the punctuation beside them)
    /// come from `LatinFolds`, a table ICU itself filled; any other text goes through ICU whole.
    static func key(_ text: some StringProtocol) -> String {
        if let folded = withUTF8Bytes(text, LatinFolds.fold) { return folded }
        // Keys of short texts (headings, labels, names) repeat: fold each once.
        let string = String(text)
        return string.utf8.count <= 64 ? memo.value(for: string, ICU.fold) : ICU.fold(string)
    }
}

/// The fold of each Latin letter, combining mark and general punctuation character, one at a time. It is
/// ICU's own answer (`ICU.fold` of the character alone), asked once per character when first needed: the
/// fold of Latin text is the folds of its characters one after another (decomposition, mark removal and
/// Latin-ASCII work character by character there, and lower-casing makes Latin-ASCII's case-dependent
/// rules agree), so a text of these characters gets the same key as from ICU, without a call per text.
enum LatinFolds {
    /// U+0080–U+036F (Latin-1, Latin Extended-A/B, IPA, modifiers, combining marks), U+1E00–U+1EFF
    /// (Latin Extended Additional: Vietnamese ạ ả ấ …) and U+2000–U+206F (general punctuation).
    private static let ranges: [(UInt32, UInt32, Int)] = [(0x80, 0x36F, 0), (0x1E00, 0x1EFF, 0x2F0), (0x2000, 0x206F, 0x3F0)]
    private static let table: [[UInt8]] = {
        var table: [[UInt8]] = []
        for (low, high, _) in ranges {
            for v in low...high {
                guard let scalar = Unicode.Scalar(v) else { table.append([]); continue }
                table.append(Array(ICU.fold(String(Character(scalar))).utf8))
            }
        }
        return table
    }()

    @inline(__always)
    private static func entry(_ v: UInt32) -> [UInt8]? {
        for (low, high, offset) in ranges where v >= low && v <= high { return table[offset + Int(v - low)] }
        return nil
    }

    /// The key of `bytes` (valid UTF-8), or nil when a character lies outside the table.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                i += 1
                continue
            }
            let v: UInt32
            if b < 0xE0, i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b < 0xF0, i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                return nil
            }
            guard let folded = entry(v) else { return nil }
            out.append(contentsOf: folded)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
