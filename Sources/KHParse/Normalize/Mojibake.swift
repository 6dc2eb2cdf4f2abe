/// Step 3: text typed in a TCVN3 or VNI font and saved as Unicode, e.g. `§iÒu` (TCVN3) or
/// `Vieät Nam` (VNI), stored as the Windows-1252 characters of the legacy bytes. Runs of such
/// words are turned back into bytes and decoded as TCVN3 / VNI when that makes more of them valid
/// syllables: `§iÒu` → `điều`, `Vieät` → `Việt`.
enum Mojibake {
    enum Kind { case tcvn3, vni }

    /// True when the line holds a character that Windows-1252 shares with mojibake: Latin-1
    /// letters and symbols or the 0x80–0x9F punctuation.
    @inline(__always) static func mayContain(_ s: [Unicode.Scalar]) -> Bool {
        for scalar in s {
            let v = scalar.value
            if v >= 0x80 && v <= 0xFF { return true }
            if v > 0xFF && LegacyCodec.cp1252Byte(scalar) != nil { return true }
        }
        return false
    }

    @inline(__always) private static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0xA0 }

    /// Punctuation of 0x80–0x9F that sits at a word's edge as itself (“ ” ‘ ’ – — … •), never as
    /// a legacy letter.
    @inline(__always) private static func isEdgePunctuation(_ v: UInt32) -> Bool {
        (v >= 0x2013 && v <= 0x2014) || (v >= 0x2018 && v <= 0x201E) || v == 0x2022 || v == 0x2026
    }

    /// Repairs the line in place; returns which decoding was applied (nil: none). `tallies`: the words
    /// already scored (the same few words recur on every line).
    static func repair(_ s: inout [Unicode.Scalar], tallies: inout TallyCache) -> Kind? {
        // Runs of whitespace-separated tokens that Windows-1252 can encode. A run is worth decoding
        // only when its tokens with a high character are not all valid syllables as they stand,
        // which is rare: most lines are told so in one pass, without storing their tokens.
        var applied: Kind?
        var replacements: [(start: Int, end: Int, text: [Unicode.Scalar])] = []
        var runStart: Int?
        var runEnd = 0
        var original = VietnameseSyllable.Tally()
        var typedInUnicode: Bool?   // read once, for the first run that may be decoded
        let n = s.count
        var i = 0
        while true {
            while i < n, isSpace(s[i].value) { i += 1 }
            let token = i < n ? Self.token(s, from: i) : nil
            if let token, token.encodable {
                if runStart == nil { runStart = i; original = VietnameseSyllable.Tally() }
                if token.high {
                    s.withUnsafeBufferPointer { tallies.tally(UnsafeBufferPointer(rebasing: $0[i..<token.end]), into: &original) }
                }
                runEnd = token.end
            } else if let start = runStart {
                runStart = nil
                if original.valid < original.words {
                    if typedInUnicode == nil { typedInUnicode = holdsUnicodeLetters(s) }
                    if mayDecode(original, typedInUnicode: typedInUnicode!),
                       let (kind, texts) = decodeRun(s, start..<runEnd, original: original) {
                        applied = applied ?? kind
                        replacements += texts
                    }
                }
            }
            guard let token else { break }
            i = token.end
        }
        guard applied != nil else { return nil }
        for r in replacements.reversed() { s.replaceSubrange(r.start..<r.end, with: r.text) }
        return applied
    }

    /// Whether a run whose words score `original` as they stand is worth decoding. In a line typed in Unicode
    /// (`holdsUnicodeLetters`), the words Windows-1252 happens to encode ("bàn", "và", "có") are Unicode too:
    /// one of them that is no syllable is a typo ("tâi") or holds an invisible character ("ph\u{AD}ím", the soft
    /// hyphen being TCVN3's "ư"), and decoding the run would rewrite its good words ("bàn" → "bỔn"). There a
    /// run is decoded only when two or more of its words, and most of them, are no syllables.
    private static func mayDecode(_ original: VietnameseSyllable.Tally, typedInUnicode: Bool) -> Bool {
        guard typedInUnicode else { return true }
        let invalid = original.words - original.valid
        return invalid >= 2 && invalid > original.valid
    }

    /// Whether the line holds a Vietnamese letter or combining mark that Windows-1252 has no character for
    /// (ă, đ, ĩ, ũ, ơ, ư, the letters U+1EA0–U+1EF9, the tone and vowel marks U+0300–U+0323): a legacy font's
    /// bytes read as Windows-1252 never make one, so such a line was typed in Unicode.
    static func holdsUnicodeLetters(_ s: [Unicode.Scalar]) -> Bool {
        s.contains { scalar in
            switch scalar.value {
            case 0x1EA0...0x1EF9, 0x0300...0x0323, 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169,
                 0x01A0, 0x01A1, 0x01AF, 0x01B0: return true
            default: return false
            }
        }
    }

    /// Whether one word (no space or tab in it) could take part in a repair: Windows-1252 encodes all
    /// of it, it holds a character above ASCII, and it is not all valid syllables as it stands. A run
    /// of words none of which could is left as it is by `repair`.
    static func mayRepair(_ word: [Unicode.Scalar], tallies: inout TallyCache) -> Bool {
        guard !word.isEmpty else { return false }
        let token = token(word, from: 0)
        guard token.end == word.count else { return true }   // a no-break space inside: `repair` splits there
        guard token.encodable, token.high else { return false }
        var tally = VietnameseSyllable.Tally()
        word.withUnsafeBufferPointer { tallies.tally($0, into: &tally) }
        return tally.valid < tally.words
    }

    /// The token that starts at `i`: where it ends, whether Windows-1252 encodes all of it, and
    /// whether it holds a character above ASCII.
    @inline(__always)
    private static func token(_ s: [Unicode.Scalar], from i: Int) -> (end: Int, encodable: Bool, high: Bool) {
        var j = i
        var encodable = true, high = false
        while j < s.count, !isSpace(s[j].value) {
            if s[j].value >= 0x80 {
                high = true
                if LegacyCodec.cp1252Byte(s[j]) == nil { encodable = false }
            }
            j += 1
        }
        // A lone symbol between spaces ("Chủ tịch · TM.") is punctuation, not a legacy letter.
        if j - i == 1, !s[i].properties.isAlphabetic { high = false }
        return (j, encodable, high)
    }

    /// The scores of short tokens (`VietnameseSyllable.tally`, any case), kept by their scalars: the words
    /// that Windows-1252 encodes as they stand ("và", "các", "là") recur on every line of a Vietnamese text,
    /// and each is scored once. A token of up to eight scalars U+0001–U+00FF is its own key, packed; the
    /// table is direct-mapped (a key that collides takes the slot).
    struct TallyCache {
        private var keys = [UInt64](repeating: 0, count: 512)
        /// words, valid, nonASCIIWords, nonASCIIValid and junk, a byte each.
        private var counts = [UInt64](repeating: 0, count: 512)

        mutating func tally(_ token: UnsafeBufferPointer<Unicode.Scalar>, into tally: inout VietnameseSyllable.Tally) {
            var key: UInt64 = 0
            var cacheable = token.count <= 8
            if cacheable {
                for scalar in token {
                    guard scalar.value != 0, scalar.value <= 0xFF else { cacheable = false; break }
                    key = key << 8 | UInt64(scalar.value)
                }
            }
            guard cacheable, key != 0 else {
                VietnameseSyllable.tally(token, into: &tally, checkCase: false)
                return
            }
            let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
            if keys[slot] != key {
                var fresh = VietnameseSyllable.Tally()
                VietnameseSyllable.tally(token, into: &fresh, checkCase: false)
                keys[slot] = key
                counts[slot] = [fresh.words, fresh.valid, fresh.nonASCIIWords, fresh.nonASCIIValid, fresh.junk]
                    .enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            }
            let c = counts[slot]
            tally.words += Int(c & 0xFF)
            tally.valid += Int(c >> 8 & 0xFF)
            tally.nonASCIIWords += Int(c >> 16 & 0xFF)
            tally.nonASCIIValid += Int(c >> 24 & 0xFF)
            tally.junk += Int(c >> 32 & 0xFF)
        }
    }

    /// The run's tokens with a high character, decoded as TCVN3 or VNI, whichever makes more of them
    /// valid syllables; nil when neither beats the text as it stands.
    private static func decodeRun(_ s: [Unicode.Scalar], _ run: Range<Int>, original: VietnameseSyllable.Tally)
        -> (Kind, [(start: Int, end: Int, text: [Unicode.Scalar])])? {
        var tokens: [Range<Int>] = []
        var i = run.lowerBound
        while i < run.upperBound {
            if isSpace(s[i].value) { i += 1; continue }
            let token = token(s, from: i)
            if token.high { tokens.append(i..<token.end) }
            i = token.end
        }
        var best: (kind: Kind, tally: VietnameseSyllable.Tally, texts: [[Unicode.Scalar]])?
        for kind in [Kind.tcvn3, .vni] {
            var tally = VietnameseSyllable.Tally()
            var texts: [[Unicode.Scalar]] = []
            for token in tokens {
                let decoded = decode(s[token], as: kind)
                decoded.withUnsafeBufferPointer { VietnameseSyllable.tally($0, into: &tally, checkCase: false) }
                texts.append(decoded)
            }
            if best == nil || tally.valid > best!.tally.valid { best = (kind, tally, texts) }
            if tally.valid == tally.words { break }   // cannot be beaten
        }
        guard let winner = best, winner.tally.valid > original.valid,
              winner.tally.words - winner.tally.valid < original.words - original.valid,
              winner.tally.valid * 2 >= winner.tally.words else { return nil }
        return (winner.kind, zip(tokens, winner.texts).map { ($0.lowerBound, $0.upperBound, $1) })
    }

    /// One token's scalars → Windows-1252 bytes → TCVN3 / VNI, edge punctuation kept as it is.
    static func decode(_ token: ArraySlice<Unicode.Scalar>, as kind: Kind) -> [Unicode.Scalar] {
        var lo = token.startIndex, hi = token.endIndex
        while lo < hi, isEdgePunctuation(token[lo].value) { lo += 1 }
        while hi > lo, isEdgePunctuation(token[hi - 1].value) { hi -= 1 }
        var out = Array(token[token.startIndex..<lo])
        out.reserveCapacity(token.count)
        let bytes = token[lo..<hi].lazy.map { LegacyCodec.cp1252Byte($0) ?? 0x3F }
        switch kind {
        case .tcvn3:
            // TCVN3's combining tone bytes (0xB0–0xB4) are composed later by the NFC step.
            for b in bytes {
                if b >= 0x80 {
                    out.append(Unicode.Scalar(UInt32(LegacyTables.tcvn3High[Int(b - 0x80)]))!)
                } else if b < 0x20, let v = LegacyTables.tcvn3Low[b] {
                    out.append(Unicode.Scalar(UInt32(v))!)
                } else {
                    out.append(Unicode.Scalar(b))
                }
            }
        case .vni:
            _ = VNICodec.decode(bytes, into: &out)
        }
        out.append(contentsOf: token[hi..<token.endIndex])
        return out
    }

    /// TCVN3 fonts have no capital toned letters: headings set in an "H" font store lower-case
    /// bytes that the font draws as capitals, so they decode as `KẾ HOạCH`. When every ASCII letter
    /// of the line is upper case and some word mixes ASCII capitals with lower-case Vietnamese
    /// letters, the whole line is upper-cased: `I. MụC ĐíCH` → `I. MỤC ĐÍCH`.
    static func repairCaps(_ s: inout [Unicode.Scalar]) -> Bool {
        var upperASCII = 0
        var mixedWord = false
        var i = 0
        let n = s.count
        while i < n {
            let v = s[i].value
            if v >= 0x61 && v <= 0x7A { return false }
            if VietnameseSyllable.isSeparator(v) { i += 1; continue }
            var j = i
            var lowerVietnamese = false, innerCapital = false
            while j < n, !VietnameseSyllable.isSeparator(s[j].value) {
                let w = s[j].value
                if w >= 0x61 && w <= 0x7A { return false }
                if w >= 0x41 && w <= 0x5A {
                    upperASCII += 1
                    if j > i { innerCapital = true }
                } else if w >= 0x80, let l = VietnameseLetters.letter(s[j]), !l.upper {
                    lowerVietnamese = true
                }
                j += 1
            }
            if lowerVietnamese && innerCapital { mixedWord = true }
            i = j
        }
        guard mixedWord, upperASCII >= 2 else { return false }
        var changed = false
        for k in 0..<n where s[k].value >= 0x80 {
            if var l = VietnameseLetters.letter(s[k]), !l.upper {
                l.upper = true
                if let u = l.scalar { s[k] = u; changed = true }
            }
        }
        return changed
    }
}
