/// One token of a deadline phrase: a word (folded), a number or a sign, with its place in the
/// text as written so that a statement's `text` is a slice of the original.
struct DeadlineToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }

    var kind: Kind
    var key: String = ""          // folded word: "thang"
    var word: Vocab?
    var value: Int = 0            // numbers; capped so that junk digits never overflow
    var digits: Int = 0
    var symbol: UInt8 = 0         // ASCII sign; "-" also for en/em dashes; 0 for any other sign
    var lower: String.Index
    var upper: String.Index
    var spaced: Bool              // whitespace (or nothing at all) before it
}

/// Splits a phrase into tokens over its folded form ("Quý II/2026" → quy ii / 2026).
/// Letters are folded with `Fold.key` through a table built once, so "QUÝ", "Quy" and "quý" are one word
/// and the hot path never calls ICU.
enum DeadlineScanner {
    static func tokens(_ text: String) -> [DeadlineToken] {
        var tokens: [DeadlineToken] = []
        tokens.reserveCapacity(32)
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var spaced = true
        // The word or number being built.
        var runKind: DeadlineToken.Kind?
        var runStart = i
        var runBytes: [UInt8] = []
        var runValue = 0
        var runDigits = 0

        func flush(_ end: String.Index) {
            guard let kind = runKind else { return }
            var token = DeadlineToken(kind: kind, lower: runStart, upper: end, spaced: spaced)
            if kind == .word {
                token.key = String(decoding: runBytes, as: UTF8.self)
                token.word = Vocab.table[token.key]
            } else {
                token.value = runValue
                token.digits = runDigits
            }
            tokens.append(token)
            runKind = nil
            runBytes.removeAll(keepingCapacity: true)
            spaced = false
        }

        while i < scalars.endIndex {
            let c = scalars[i]
            let v = c.value
            let next = scalars.index(after: i)
            if v >= 0x30 && v <= 0x39 {
                if runKind != .number { flush(i); runKind = .number; runStart = i; runValue = 0; runDigits = 0 }
                if runDigits < 9 { runValue = runValue * 10 + Int(v - 0x30) }
                runDigits += 1
            } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
                if runKind != .word { flush(i); runKind = .word; runStart = i }
                runBytes.append(UInt8(v | 0x20))
            } else if v < 0x80 {
                flush(i)
                if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C {
                    spaced = true
                } else if v >= 0x21 {
                    tokens.append(DeadlineToken(kind: .symbol, symbol: UInt8(v), lower: i, upper: next, spaced: spaced))
                    spaced = false
                }
            } else if FoldTable.isIgnorable(v) {
                // Combining marks and invisible characters: part of the run they sit in.
            } else if FoldTable.isSpace(v) {
                flush(i); spaced = true
            } else if let folded = FoldTable.letters[v] {
                if runKind != .word { flush(i); runKind = .word; runStart = i }
                runBytes.append(contentsOf: folded.utf8)
            } else {
                flush(i)
                let dash = FoldTable.isDash(v)
                tokens.append(DeadlineToken(kind: .symbol, symbol: dash ? 0x2D : 0, lower: i, upper: next, spaced: spaced))
                spaced = false
            }
            i = next
        }
        flush(scalars.endIndex)
        return tokens
    }
}

/// Non-ASCII scalars the scanner meets in Vietnamese text.
enum FoldTable {
    /// Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional) → their `Fold.key`.
    static let letters: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for range in [0xC0...0x24F, 0x1E00...0x1EFF] {
            for v in range {
                guard let scalar = Unicode.Scalar(UInt32(v)), scalar.properties.isAlphabetic else { continue }
                let key = Fold.key(String(Character(scalar)))
                if !key.isEmpty, key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) }) { table[UInt32(v)] = key }
            }
        }
        return table
    }()

    static func isIgnorable(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF || v == 0xAD
    }

    static func isSpace(_ v: UInt32) -> Bool {
        v == 0xA0 || v == 0x85 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    static func isDash(_ v: UInt32) -> Bool {
        (0x2010...0x2015).contains(v) || v == 0x2212 || v == 0xFE58 || v == 0xFE63 || v == 0xFF0D
    }
}
