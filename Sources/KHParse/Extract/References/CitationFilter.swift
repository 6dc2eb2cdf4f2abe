/// Tells on a text's bytes, before any scan, whether it may cite a document or define an abbreviation:
/// most paragraphs do neither, and `DocumentIndex` does not scan them at all.
///
/// What the readers need, from their rules:
/// - a citation with a number has "số" before it or the letters of a symbol after it ("số 12", "35/CT-TTg",
///   "100/2019/NĐ-CP": `ReferenceParts.number`);
/// - a citation without one starts with a capitalized type word that "của"/"giữa" + an issuer follows, perhaps
///   after its date ("Nghị quyết của …", "Chỉ thị ngày … của …"), or names a law ("Luật Giao thông …",
///   `ReferenceReader.read`);
/// - an abbreviation is defined in a parenthesis that a short form or its lead-in opens
///   (`AbbreviationReader.opensShortForm`).
///
/// So a text may be indexed when it holds such a number (most numbers of a plan are dates, years and
/// percentages, with no "số" before them), such a "(", or such a type word: the words of one of
/// `DocumentType`'s cited types, folded as `WordScanner` folds them, the first starting with a capital. The
/// answer may be yes for a text that cites nothing; it is never no for one that does. Where the bytes are
/// unusual (a combining mark or an invisible character in a word), it says yes.
///
/// `CitationFilter.mayIndex("Các sở, ngành triển khai thực hiện")` → false;
/// `CitationFilter.mayIndex("Thực hiện Nghị quyết của Tỉnh ủy")` → true.
enum CitationFilter {
    static func mayIndex(_ text: String) -> Bool {
        withUTF8Bytes(text) { b in
            byteKinds.withUnsafeBufferPointer { kinds in
                guard let base = b.baseAddress else { return false }
                var number = Numbers()
                var i = 0
                // Eight bytes at a time: a number that may cite answers, and a "(" that a definition may follow; a
                // capital or the first byte of a letter beyond ASCII is read where no ASCII letter stands before it
                // (it may open a word). Most words of eight bytes have none of these.
                var letterBefore: UInt64 = 0   // 0x80 when the byte before these eight is an ASCII letter
                while i + 8 <= b.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                    let low = word & 0x7F7F_7F7F_7F7F_7F7F, high = word & 0x8080_8080_8080_8080
                    var digits = ByteLanes.within(word, 0x30..<0x3A)
                    while digits != 0 {
                        if number.mayCite(b, at: i + digits.trailingZeroBitCount / 8) { return true }
                        digits &= digits - 1
                    }
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
                    if kind == ByteKind.digit, number.mayCite(b, at: i) { return true }
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

    /// Whether the numbers of a text may be a cited document's: `ReferenceParts.number` reads "số" + a number, or
    /// a number with the letters of a symbol after a sign ("08-CT/TU", "100/2019/NĐ-CP", "122 /KH-UBND"). The
    /// text is searched for "số" once, at its first number that has no such letters.
    private struct Numbers {
        private var holdsSo: Bool?

        mutating func mayCite(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
            if start > 0 && b[start - 1] &- 0x30 < 10 { return false }   // within a number read at its first digit
            if symbolFollows(b, at: start) { return true }
            if holdsSo == nil { holdsSo = CitationFilter.holdsSo(b) }
            return holdsSo!
        }
    }

    /// The number at `start` goes on, through signs and numbers, to a capital after a sign ("/" may stand between
    /// spaces, "-", "&" and "." stand tight): the first letters of a symbol. Bytes this filter does not read (a
    /// combining mark or an invisible character in the number, a character beyond ASCII after a sign that is no
    /// Latin lower-case letter) say yes.
    private static func symbolFollows(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var j = start
        while true {
            while j < b.count, b[j] &- 0x30 < 10 { j += 1 }
            var k = skipSpaces(b, from: j)
            guard k < b.count else { return false }
            if b[k] >= 0x80 { return isUnread(b, at: k) }
            let sign = b[k]
            // "/", or "-", "&", "." right after the number.
            guard sign == 0x2F || (k == j && (sign == 0x2D || sign == 0x26 || sign == 0x2E)) else { return false }
            k = sign == 0x2F ? skipSpaces(b, from: k + 1) : k + 1
            guard k < b.count else { return false }
            let c = b[k]
            if c &- 0x30 < 10 { j = k; continue }
            if c &- 0x41 < 26 { return true }
            guard c >= 0x80 else { return false }
            let (v, _) = WordScanner.decode(b, at: k)
            if let fold = LetterTable.shared.fold(v) { return fold.upper }
            return true   // a letter of another script ("12/СР"), a mark: left to the scan
        }
    }

    /// A character this filter leaves to the scan: a combining mark or an invisible character (part of a token).
    private static func isUnread(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        WordScanner.isIgnorable(WordScanner.decode(b, at: k).0)
    }

    /// The text holds a word whose fold is "so" ("số", "Số", "sở") before a number, or bytes this filter does not
    /// read in such a word.
    private static func holdsSo(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        var i = 0
        while i < b.count {
            // An "s" or "S", eight bytes at a time.
            let whole = i + 8 <= b.count
            var lanes: UInt64 = b[i] | 0x20 == 0x73 ? 0x80 : 0
            if whole {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                lanes = ByteLanes.equal(word | 0x2020_2020_2020_2020, 0x73)
            }
            while lanes != 0 {
                let at = i + lanes.trailingZeroBitCount / 8
                lanes &= lanes - 1
                guard at == 0 || !b[at - 1].isASCIILetter else { continue }
                switch word(b, at: at, key: 0, count: 0) {
                case let .word(key, end) where key == so:
                    // "số 12", "số: 12" (`ReferenceParts.number`).
                    var k = skipSpaces(b, from: end)
                    if k < b.count, b[k] == 0x3A { k = skipSpaces(b, from: k + 1) }
                    if k < b.count, b[k] &- 0x30 < 10 { return true }
                case .unsure: return true
                default: break
                }
            }
            i += whole ? 8 : 1
        }
        return false
    }

    private static let so = PackedKey.of("so")

    /// What a byte may start, for `mayIndex`.
    private enum ByteKind {
        /// Nothing to read: a lower-case letter, a space, a sign, a later byte of a character.
        static let other: UInt8 = 0
        /// A digit: the text may be indexed if the number may cite (`Numbers`).
        static let digit: UInt8 = 1
        /// "(": the text may be indexed if a definition may follow.
        static let paren: UInt8 = 4
        /// An ASCII capital that may open a type word.
        static let capital: UInt8 = 2
        /// The first byte of a letter of `LetterTable` (U+00C0–U+024F, U+1E00–U+1EFF): perhaps a capital.
        static let lead: UInt8 = 3
    }

    private static let byteKinds: [UInt8] = (0...255).map { (c: Int) -> UInt8 in
        switch c {
        case 0x30...0x39: return ByteKind.digit
        case 0x28: return ByteKind.paren
        case 0x41...0x5A: return initials.contains(UInt8(c) | 0x20) ? ByteKind.capital : ByteKind.other
        case 0xC3...0xC9, 0xE1: return ByteKind.lead
        default: return ByteKind.other
        }
    }

    /// What cites by a type's words without a number after them (`ReferenceReader.read`): nothing, the words with
    /// an issuer after them, or the words alone or with a name (a law).
    private enum WithoutNumber { case never, byIssuer, byName }

    /// The cited types' words as packed keys, longer names first, with what cites by them without a number. (Not
    /// `DocumentType` values: a loop over them copied each, its strings retained and released.)
    private static let types: [(words: [UInt64], withoutNumber: WithoutNumber)] = DocumentType.all.filter(\.cited).map {
        ($0.words.map(PackedKey.of), $0.byName ? .byName : $0.byIssuer ? .byIssuer : .never)
    }

    /// The cited types' first words, by packed key.
    private static let firstWords = PackedKey.Table(types.map { (key: PackedKey.string($0.words[0]), value: true) })

    /// The first letters of the cited types' first words ("ke", "nghi", "luat" …).
    private static let initials = ByteSet(types.map { UInt8(truncatingIfNeeded: $0.words[0]) })

    /// Whether the words from the capital (its fold `first`, `count` bytes) on may be a cited type's words.
    private static func opensType(_ b: UnsafeBufferPointer<UInt8>, first: UInt64, count: Int, after start: Int) -> Bool {
        // The capital began the word: it is a word, or bytes left to the scan.
        guard case let .word(key, end) = word(b, at: start, key: first, count: count) else { return true }
        // Most capitalized words open no type: told by one lookup, not a pass over the types.
        guard firstWords[packed: key] != nil else { return false }
        for cited in types where cited.words[0] == key {
            var j = end
            var matched = true
            for w in cited.words.dropFirst() {
                switch word(b, at: skipSpaces(b, from: j), key: 0, count: 0) {
                case let .word(next, nextEnd) where next == w: j = nextEnd
                case .unsure: return true
                default: matched = false
                }
                if !matched { break }
            }
            // A number after the type is read where it stands (`Numbers`): here, what cites without one.
            guard matched else { continue }
            switch cited.withoutNumber {
            case .byName: return true
            case .byIssuer: if issuerMayFollow(b, from: j) { return true }
            case .never: break
            }
        }
        return false
    }

    /// After a type word, "của"/"giữa" (the issuer) or what may stand before them: the date (", ngày …", "ban
    /// hành ngày …", "ký ngày …", `ReferenceParts.dated`).
    private static func issuerMayFollow(_ b: UnsafeBufferPointer<UInt8>, from j: Int) -> Bool {
        let k = skipSpaces(b, from: j)
        guard k < b.count else { return false }
        if b[k] == 0x2C { return true }   // ","
        switch word(b, at: k, key: 0, count: 0) {
        case let .word(key, _): return issuerWords.contains(key)
        case .unsure: return true
        case .none: return false
        }
    }

    private static let issuerWords: Set<UInt64> = Set(["cua", "giua", "ngay", "ban", "ky"].map(PackedKey.of))

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
