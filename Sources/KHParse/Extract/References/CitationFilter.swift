/// Tells on a text's bytes, before any scan, whether it may cite a document or define an abbreviation:
/// most paragraphs do neither, and `DocumentIndex` does not scan them at all.
///
/// What the readers need, from their rules:
/// - a citation with a number has a digit (`ReferenceParts.number` starts at a number token);
/// - a citation without one starts with a capitalized type word ("Nghị quyết của …", "Luật Giao thông …",
///   `ReferenceReader.read`);
/// - an abbreviation is defined in a parenthesis that a short form or its lead-in opens
///   (`AbbreviationReader.opensShortForm`).
///
/// So a text may be indexed when it holds a digit, such a "(", or a capitalized type word: the words of one
/// of `DocumentType`'s cited types, folded as `WordScanner` folds them, the first starting with a
/// capital. The answer may be yes for a text that cites nothing; it is never no for one that does. Where
/// the bytes are unusual (a combining mark or an invisible character in a word), it says yes.
///
/// `CitationFilter.mayIndex("Các sở, ngành triển khai thực hiện")` → false;
/// `CitationFilter.mayIndex("Thực hiện Nghị quyết của Tỉnh ủy")` → true.
enum CitationFilter {
    static func mayIndex(_ text: String) -> Bool {
        withUTF8Bytes(text) { b in
            byteKinds.withUnsafeBufferPointer { kinds in
                guard let base = b.baseAddress else { return false }
                var i = 0
                // Eight bytes at a time: a digit answers, and a "(" that a definition may follow; a capital or
                // the first byte of a letter beyond ASCII is read where no ASCII letter stands before it (it
                // may open a word). Most words of eight bytes have none of these.
                var letterBefore: UInt64 = 0   // 0x80 when the byte before these eight is an ASCII letter
                while i + 8 <= b.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                    let low = word & 0x7F7F_7F7F_7F7F_7F7F, high = word & 0x8080_8080_8080_8080
                    if ByteLanes.within(word, 0x30..<0x3A) != 0 { return true }   // digits
                    var parens = ByteLanes.equal(word, 0x28)   // "(", read on when it may open a definition
                    while parens != 0 {
                        if AbbreviationReader.opensShortForm(b, at: i + parens.trailingZeroBitCount / 8) { return true }
                        parens &= parens - 1
                    }
                    let letters = ByteLanes.within(word | 0x2020_2020_2020_2020, 0x61..<0x7B)
                    let capitals = ByteLanes.within(word, 0x41..<0x5B)
                    // C3…C9 and E1 (their low seven bits 43…49 and 61, with the high bit).
                    let leads = (ByteLanes.within(low, 0x43..<0x4A) | ByteLanes.equal(low, 0x61)) & high
                    var candidates = (capitals | leads) & ~(letters << 8 | letterBefore)
                    while candidates != 0 {
                        let at = i + candidates.trailingZeroBitCount / 8
                        if opensType(b, at: at, kinds: kinds) { return true }
                        candidates &= candidates - 1
                    }
                    letterBefore = letters >> 56
                    i += 8
                }
                while i < b.count {
                    let kind = kinds[Int(b[i])]
                    if kind == ByteKind.yes { return true }
                    if kind == ByteKind.paren, AbbreviationReader.opensShortForm(b, at: i) { return true }
                    if kind != ByteKind.other, i == 0 || !b[i - 1].isASCIILetter, opensType(b, at: i, kinds: kinds) { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether the capital or letter at `at` (no ASCII letter before it) opens a cited type's words.
    private static func opensType(_ b: UnsafeBufferPointer<UInt8>, at: Int, kinds: UnsafeBufferPointer<UInt8>) -> Bool {
        let kind = kinds[Int(b[at])]
        if kind == ByteKind.capital { return opensType(b, first: UInt64(b[at] | 0x20), count: 1, after: at + 1) }
        guard kind == ByteKind.lead else { return false }
        let (v, width) = WordScanner.decode(b, at: at)
        guard let fold = LetterTable.shared.fold(v), fold.upper, initials.contains(UInt8(truncatingIfNeeded: fold.packed)) else { return false }
        return opensType(b, first: UInt64(fold.packed), count: Int(fold.count), after: at + width)   // "Đề án"
    }

    /// What a byte may start, for `mayIndex`.
    private enum ByteKind {
        /// Nothing to read: a lower-case letter, a space, a sign, a later byte of a character.
        static let other: UInt8 = 0
        /// A digit: the text may be indexed.
        static let yes: UInt8 = 1
        /// "(": the text may be indexed if a definition may follow.
        static let paren: UInt8 = 4
        /// An ASCII capital that may open a type word.
        static let capital: UInt8 = 2
        /// The first byte of a letter of `LetterTable` (U+00C0–U+024F, U+1E00–U+1EFF): perhaps a capital.
        static let lead: UInt8 = 3
    }

    private static let byteKinds: [UInt8] = (0...255).map { (c: Int) -> UInt8 in
        switch c {
        case 0x30...0x39: return ByteKind.yes
        case 0x28: return ByteKind.paren
        case 0x41...0x5A: return initials.contains(UInt8(c) | 0x20) ? ByteKind.capital : ByteKind.other
        case 0xC3...0xC9, 0xE1: return ByteKind.lead
        default: return ByteKind.other
        }
    }

    /// The cited types' first words, by packed key.
    private static let firstWords = PackedKey.Table(DocumentType.citedWords.map { (key: PackedKey.string($0[0]), value: true) })

    /// The first letters of the cited types' first words ("ke", "nghi", "luat" …).
    private static let initials = ByteSet(DocumentType.citedWords.map { UInt8(truncatingIfNeeded: $0[0]) })

    /// Whether the words from the capital (its fold `first`, `count` bytes) on may be a cited type's words.
    private static func opensType(_ b: UnsafeBufferPointer<UInt8>, first: UInt64, count: Int, after start: Int) -> Bool {
        // The capital began the word: it is a word, or bytes left to the scan.
        guard case let .word(key, end) = word(b, at: start, key: first, count: count) else { return true }
        // Most capitalized words open no type: told by one lookup, not a pass over the types.
        guard firstWords[packed: key] != nil else { return false }
        for words in DocumentType.citedWords where words[0] == key {
            var j = end
            var matched = true
            for w in words.dropFirst() {
                switch word(b, at: skipSpaces(b, from: j), key: 0, count: 0) {
                case let .word(next, nextEnd) where next == w: j = nextEnd
                case .unsure: return true
                default: matched = false
                }
                if !matched { break }
            }
            if matched { return true }
        }
        return false
    }

    private enum Word {
        /// A word of letters only Latin, its key packed (`PackedKey`; 0 when longer than eight bytes or
        /// holding a letter of another script: no type word), and the byte after it.
        case word(UInt64, Int)
        /// No word stands there (a sign, a digit, the end).
        case none
        /// Bytes this filter does not read (a combining mark, an invisible character): maybe a word.
        case unsure
    }

    /// The word whose letters start at `start`, its key begun with `key` (`count` bytes).
    private static func word(_ b: UnsafeBufferPointer<UInt8>, at start: Int, key: UInt64, count: Int) -> Word {
        var key = key, count = count
        var j = start
        let table = LetterTable.shared
        func add(_ packed: UInt64, _ n: Int) {
            if count + n <= 8 { key |= packed << UInt64(8 * count) }
            count += n
        }
        while j < b.count {
            let c = b[j]
            if c < 0x80 {
                guard c.isASCIILetter else { break }
                add(UInt64(c | 0x20), 1)
                j += 1
                continue
            }
            let (v, width) = WordScanner.decode(b, at: j)
            if let fold = table.fold(v) {
                add(UInt64(fold.packed), Int(fold.count))
                j += width
                continue
            }
            if WordScanner.isSpace(v) { break }
            // A combining mark, an invisible character, a letter of another script, a sign: left to the scan.
            return .unsure
        }
        if count == 0 { return j < b.count && b[j] >= 0x80 ? .unsure : .none }
        return .word(count <= 8 ? key : 0, j)
    }

    /// Past the whitespace at `j` (ASCII or Unicode spaces between the words of a type).
    private static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, from j: Int) -> Int {
        var j = j
        while j < b.count {
            let c = b[j]
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { j += 1; continue }
            guard c >= 0x80 else { break }
            let (v, width) = WordScanner.decode(b, at: j)
            guard WordScanner.isSpace(v) else { break }
            j += width
        }
        return j
    }
}
