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

/// The fold of each Latin letter, combining mark, Cyrillic letter, punctuation and symbol character, one at
/// a time. It is ICU's own answer (`ICU.fold` of the character alone), recorded in `LatinFoldTable.swift`:
/// the fold of such text is the folds of its characters one after another (decomposition, mark removal and
/// Latin-ASCII work character by character there, lower-casing makes Latin-ASCII's case-dependent rules
/// agree, and Cyrillic lower-cases without context), so it gets the same key as from ICU, without a call
/// per text. (Asking ICU for the table at start-up built its Latin-ASCII transliterator in every process:
/// two thirds of the time `kh-parse plan.txt` took on a short plan; a heading with one "→" or "✓" in it
/// built it too. A test checks the record against ICU, and mixed texts against ICU's fold of them whole.)
/// Greek stays with ICU: its capital sigma lower-cases by what follows it.
enum LatinFolds {
    /// U+0080–U+036F (Latin-1, Latin Extended-A/B, IPA, modifiers, combining marks), U+0400–U+04FF
    /// (Cyrillic: the look-alikes of copied document symbols), U+1E00–U+1EFF (Latin Extended Additional:
    /// Vietnamese ạ ả ấ …) and U+2000–U+27BF (punctuation, currency such as ₫, letter-like and number forms,
    /// arrows, mathematical signs, box drawing, shapes, symbols and dingbats: the bullets and ticks of
    /// Word documents).
    static let ranges: [(UInt32, UInt32, Int)] = [(0x80, 0x36F, 0), (0x400, 0x4FF, 0x2F0), (0x1E00, 0x1EFF, 0x3F0),
                                                  (0x2000, 0x27BF, 0x4F0)]

    /// Every code point of `ranges`, in order.
    static var codePoints: [UInt32] { ranges.flatMap { Array($0.0...$0.1) } }
    /// Every character's fold, one after another, and where each starts and how long it is (`start << 8 |
    /// length`), in memory made once for the process: reading the table retains nothing (two arrays cost
    /// four reference-count operations a fold, 400,000 over the archive).
    private struct Table: @unchecked Sendable {   // never written after it is made
        let folds: UnsafePointer<UInt8>
        let spans: UnsafePointer<UInt32>
        let growth: Int
    }

    private static let table: Table = {
        var folds: [UInt8] = []
        var spans: [UInt32] = []
        var growth = 1
        let recorded = LatinFolds.recorded
        precondition(recorded.count == codePoints.count)
        for (low, high, offset) in ranges {
            for v in low...high {
                guard let scalar = Unicode.Scalar(v) else { spans.append(UInt32(folds.count) << 8); continue }
                let fold = Array(recorded[offset + Int(v - low)].utf8)
                precondition(fold.count < 256)
                spans.append(UInt32(folds.count) << 8 | UInt32(fold.count))
                folds += fold
                // The most bytes a fold has for each byte of its character: the key's room.
                growth = max(growth, (fold.count + String(scalar).utf8.count - 1) / String(scalar).utf8.count)
            }
        }
        // Never freed: the table lives as long as the process.
        let foldMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: folds.count)
        foldMemory.initialize(from: folds, count: folds.count)
        let spanMemory = UnsafeMutablePointer<UInt32>.allocate(capacity: spans.count)
        spanMemory.initialize(from: spans, count: spans.count)
        return Table(folds: foldMemory, spans: spanMemory, growth: growth)
    }()

    @inline(__always)
    private static func index(_ v: UInt32) -> Int? {
        for (low, high, offset) in ranges where v >= low && v <= high { return offset + Int(v - low) }
        return nil
    }

    /// The key of `bytes` (valid UTF-8), or nil when a character lies outside the table.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let folds = table.folds, spans = table.spans, growth = table.growth
        // At most `growth` bytes for each byte.
        return lowercasingASCII(bytes, capacity: bytes.count * growth) { i, out, count in
            let b = bytes[i], n = bytes.count
            let v: UInt32, width: Int
            if b < 0xE0, i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); width = 2
            } else if b < 0xF0, i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); width = 3
            } else {
                return nil
            }
            guard let at = index(v) else { return nil }
            let span = spans[at]
            let start = Int(span >> 8), length = Int(span & 0xFF)
            for k in 0..<length { out[count + k] = folds[start + k] }
            return (width, length)
        }
    }
}
