/// The parts of one written Vietnamese syllable: `nghiêng` = onset `ngh`, nucleus `iê`, coda `ng`.
/// Indices count letters of the word.
struct SyllableParts: Sendable {
    /// First nucleus letter (= length of the onset).
    var nucleusStart: Int
    /// One past the last nucleus letter.
    var nucleusEnd: Int
    /// Letter carrying the tone mark, -1 when none.
    var toneIndex: Int
    var hasCoda: Bool
    /// True when the nucleus has a vowel with circumflex, breve or horn.
    var hasShapedVowel: Bool
}

/// Syllable analysis: what onsets, nuclei and codas Vietnamese spelling allows.
enum VietnameseSyllable {
    private static let noCoda: UInt8 = 1, needsCoda: UInt8 = 2

    /// Nucleus spellings (vowel codes of `VietnameseLetter.vowelCode`, 4 bits each, up to three) → flags,
    /// `absent` for none: an array of 4,096 bytes, read without hashing the key.
    private static let nuclei: [UInt8] = {
        var table = [UInt8](repeating: absent, count: 1 << 12)
        let open = "a e ê i o ô ơ u ư y oa oe uê uy"
        let closedOnly = "ă â iê yê uô ươ uyê oă uâ oo"
        let glideFinal = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu oai oay oao oeo uây uôi uya uyu ươi ươu yêu"
        for (list, flags) in [(open, UInt8(0)), (closedOnly, needsCoda), (glideFinal, noCoda)] {
            for spelling in list.split(separator: " ") {
                var key: UInt32 = 0, shift: UInt32 = 0
                for s in spelling.unicodeScalars {
                    key |= VietnameseLetters.letter(s)!.vowelCode << shift
                    shift += 4
                }
                table[Int(key)] = flags
            }
        }
        return table
    }()
    private static let absent: UInt8 = 0xFF

    /// Parses letters[0..<count]; nil when they do not spell a Vietnamese syllable. A tone on the
    /// `u` of `qu` or the `i` of `gi` (`qúy`, `gìa`) is accepted: tone placement repairs it.
    static func parse(_ letters: UnsafeBufferPointer<VietnameseLetter>) -> SyllableParts? {
        let n = letters.count
        guard n > 0, n <= 8 else { return nil }
        @inline(__always) func base(_ i: Int) -> UInt8 { i < n ? letters[i].base : 0 }
        @inline(__always) func plain(_ i: Int) -> Bool { i < n && letters[i].shape == .none && letters[i].tone == .none && !letters[i].isVowel }
        @inline(__always) func vowelAt(_ i: Int) -> Bool { i < n && letters[i].vowelCode != 0 }
        let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), g = UInt8(ascii: "g"), h = UInt8(ascii: "h"),
            i_ = UInt8(ascii: "i"), k = UInt8(ascii: "k"), c = UInt8(ascii: "c"), nn = UInt8(ascii: "n"),
            q = UInt8(ascii: "q"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), t = UInt8(ascii: "t"), p = UInt8(ascii: "p")

        // Onset.
        var onset = 0
        let b0 = base(0)
        if letters[0].shape == .stroke && letters[0].tone == .none {
            onset = 1
        } else if plain(0) {
            switch b0 {
            case nn:
                if base(1) == g && plain(1) { onset = base(2) == h && plain(2) ? 3 : 2 }
                else if base(1) == h && plain(1) { onset = 2 } else { onset = 1 }
            case c: onset = base(1) == h && plain(1) ? 2 : 1
            case g:
                if base(1) == h && plain(1) { onset = 2 }
                else if base(1) == i_ && n > 1 && letters[1].shape == .none && vowelAt(2) { onset = 2 }
                else { onset = 1 }
            case k, p: onset = base(1) == h && plain(1) ? 2 : 1
            case t: onset = (base(1) == h || base(1) == UInt8(ascii: "r")) && plain(1) ? 2 : 1
            case q:
                guard base(1) == u, n > 1, letters[1].shape == .none, vowelAt(2) else { return nil }
                onset = 2
            case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "m"),
                 UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "v"), UInt8(ascii: "x"):
                onset = 1
            default: return nil   // f, j, w, z
            }
        }
        // An onset's letters other than gi/qu's vowel carry no tone (checked by plain()).
        // Nucleus.
        var end = onset
        var key: UInt32 = 0, shift: UInt32 = 0, shaped = false
        while end < n, letters[end].vowelCode != 0 {
            guard shift < 12 else { return nil }
            key |= letters[end].vowelCode << shift
            shift += 4
            if letters[end].shape != .none { shaped = true }
            end += 1
        }
        guard end > onset, key < 1 << 12, case let flags = nuclei[Int(key)], flags != absent else { return nil }
        // Coda.
        let codaLength = n - end
        var stop = false
        switch codaLength {
        case 0: break
        case 1:
            guard plain(end) else { return nil }
            switch base(end) {
            case c, t, p: stop = true
            case UInt8(ascii: "m"), nn: break
            default: return nil
            }
        case 2:
            guard plain(end), plain(end + 1) else { return nil }
            let b1 = base(end), b2 = base(end + 1)
            if b1 == nn && b2 == g { break }
            guard b2 == h, b1 == c || b1 == nn else { return nil }
            stop = b1 == c
            // ch / nh follow a, ê, i, y only.
            let last = letters[end - 1]
            guard (last.base == a && last.shape == .none) || (last.base == e && last.shape == .circumflex) || last.base == i_ || last.base == y else { return nil }
        default: return nil
        }
        if codaLength > 0 && flags & noCoda != 0 { return nil }
        if codaLength == 0 && flags & needsCoda != 0 { return nil }
        // Spelling of onsets before front vowels: k/gh/ngh before e ê i y, c/g/ng elsewhere.
        if onset > 0 && end > onset {
            let v = letters[onset]
            let front = v.base == e || v.base == i_ || (v.base == y && onset == 1 && b0 == k)
            if b0 == k && onset == 1 && !front { return nil }
            if b0 == c && onset == 1 && front { return nil }
            if b0 == g && onset == 2 && base(1) == h && !front { return nil }
            if b0 == nn && onset == 3 && !front { return nil }
            if b0 == nn && onset == 2 && base(1) == g && front && v.base != y { return nil }
            if b0 == g && onset == 1 && v.base == e { return nil }
        }
        // At most one tone.
        var toneIndex = -1
        for j in 0..<n where letters[j].tone != .none {
            guard toneIndex < 0 else { return nil }
            toneIndex = j
        }
        if toneIndex >= 0 && toneIndex < onset {
            // Only the vowel letter of gi / qu may hold a misplaced tone.
            guard onset == 2, (b0 == q || b0 == g), toneIndex == 1 else { return nil }
        }
        if stop {
            // Stop codas take the acute or dot tone; a toneless one is only plain ASCII spelling.
            if toneIndex >= 0 {
                let tone = letters[toneIndex].tone
                guard tone == .acute || tone == .dot else { return nil }
            } else if shaped || letters[0].shape == .stroke {
                return nil
            }
        }
        return SyllableParts(nucleusStart: onset, nucleusEnd: end, toneIndex: toneIndex, hasCoda: codaLength > 0, hasShapedVowel: shaped)
    }

    /// True when the case of the letters is one a writer uses: `việt`, `Việt`, `VIỆT`.
    static func plausibleCase(_ letters: UnsafeBufferPointer<VietnameseLetter>) -> Bool {
        var uppers = 0
        for l in letters where l.upper { uppers += 1 }
        return uppers == 0 || uppers == letters.count || (uppers == 1 && letters[0].upper)
    }

    /// Splits text into words the way scoring does: whitespace and punctuation separate words,
    /// while symbols (`§`, `¸`) stay inside them and make them invalid.
    @inline(__always)
    static func isSeparator(_ v: UInt32) -> Bool {
        if v < 0x80 {
            // Everything but letters and digits.
            return !((v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A))
        }
        return v == 0xA0 || (v >= 0x2000 && v <= 0x206F) || v == 0x3000 || v == 0xFEFF
    }

    /// Counts of one text's words: all words, and valid Vietnamese syllables among them; the same
    /// for words holding a non-ASCII character (the only ones where legacy decodings differ).
    struct Tally: Sendable {
        var words = 0, valid = 0, nonASCIIWords = 0, nonASCIIValid = 0
        /// C0 controls other than TAB/LF/CR/FF and U+FFFD: traces of a wrong decoding.
        var junk = 0
    }

    /// Scores every word of `scalars` (words holding a digit are skipped: codes, numbers).
    /// `checkCase: false` accepts any mix of cases (TCVN3 "H" font headings decode as `HOạCH`).
    static func tally(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into tally: inout Tally, checkCase: Bool = true) {
        withUnsafeTemporaryAllocation(of: VietnameseLetter.self, capacity: 9) { letters in
            var i = 0
            let n = scalars.count
            while i < n {
                let v = scalars[i].value
                if v < 0x20 && v != 9 && v != 10 && v != 13 && v != 12 { tally.junk += 1 }
                if v == 0xFFFD { tally.junk += 1 }
                if isSeparator(v) { i += 1; continue }
                var j = i
                var count = 0, ok = true, digit = false, ascii = true
                while j < n, !isSeparator(scalars[j].value) {
                    let s = scalars[j]
                    if s.value >= 0x30 && s.value <= 0x39 { digit = true }
                    if s.value >= 0x80 { ascii = false }
                    if s.value == 0xFFFD { tally.junk += 1 }
                    if let l = VietnameseLetters.letter(s) {
                        if count < 9 { letters.initializeElement(at: count, to: l) }
                        count += 1
                    } else {
                        ok = false
                    }
                    j += 1
                }
                i = j
                if digit { continue }
                tally.words += 1
                if !ascii { tally.nonASCIIWords += 1 }
                guard ok, count <= 8 else { continue }
                let word = UnsafeBufferPointer(rebasing: letters[0..<count])
                if (!checkCase || plausibleCase(word)) && parse(word) != nil {
                    tally.valid += 1
                    if !ascii { tally.nonASCIIValid += 1 }
                }
            }
        }
    }


    /// Share of the words of `text` that are valid Vietnamese syllables, 0…1 (0 for no words).
    /// `validShare("Việt Nam")` is 1; `validShare("ViÖt Nam")` is 0.5.
    static func validShare(_ text: String) -> Double {
        let scalars = Array(text.unicodeScalars)
        var t = Tally()
        scalars.withUnsafeBufferPointer { tally($0, into: &t) }
        return t.words == 0 ? 0 : Double(t.valid) / Double(t.words)
    }

    /// True when the word (letters only) is one valid syllable in a plausible case.
    static func isValidWord(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        var letters: [VietnameseLetter] = []
        letters.reserveCapacity(8)
        for s in scalars {
            guard let l = VietnameseLetters.letter(s) else { return false }
            letters.append(l)
        }
        return letters.withUnsafeBufferPointer { plausibleCase($0) && parse($0) != nil }
    }
}
