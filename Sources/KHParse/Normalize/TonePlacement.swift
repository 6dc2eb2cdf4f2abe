/// Step 8: puts each syllable's tone mark on the vowel the chosen style wants.
/// `classic`: `Thành uỷ` → `Thành ủy`; `modern`: `văn hóa` → `văn hoá`; both: `qúy` → `quý`.
enum TonePlacement {
    /// Index of the letter that should carry the tone.
    static func target(_ parts: SyllableParts, _ letters: UnsafeBufferPointer<VietnameseLetter>, modern: Bool) -> Int {
        let start = parts.nucleusStart, end = parts.nucleusEnd
        if parts.hasShapedVowel {
            // ươ takes it on ơ, which is also the last shaped vowel.
            var last = start
            for j in start..<end where letters[j].shape != .none { last = j }
            return last
        }
        if parts.hasCoda { return end - 1 }
        switch end - start {
        case 1: return start
        case 2:
            let first = letters[start].base, second = letters[start + 1].base
            let o = UInt8(ascii: "o"), u = UInt8(ascii: "u")
            let medial = (first == o && (second == UInt8(ascii: "a") || second == UInt8(ascii: "e"))) || (first == u && second == UInt8(ascii: "y"))
            return medial && modern ? start + 1 : start
        default: return start + 1
        }
    }

    /// An ASCII vowel, or any letter beyond ASCII but đ/Đ (those are Vietnamese vowels with marks, or not
    /// Vietnamese at all, which the syllable parse then refuses): never false for a vowel.
    @inline(__always)
    static func mayBeVowel(_ v: UInt32) -> Bool {
        if v < 0x80 {
            switch v | 0x20 {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true   // a e i o u y
            default: return false
            }
        }
        return v != 0x110 && v != 0x111
    }

    /// Moves misplaced tones in place; returns true when something moved. Words that are not
    /// Vietnamese syllables (codes, acronyms, foreign words, anything with a digit) stay as they are.
    static func apply(_ scalars: inout [Unicode.Scalar], style: ToneStyle, scratch letters: inout [VietnameseLetter]) -> Bool {
        var changed = false
        let n = scalars.count
        // The packed letters (`VietnameseLetters.table`) read in place: each scalar of the line is looked at.
        let table = VietnameseLetters.table
        var i = 0
        while i < n {
            // One word: its end, its tones and vowels, the last tone and the last shaped vowel (â ê ô ơ ư ă).
            let (j, tones, vowels, toneAt, lastShaped) = scalars.withUnsafeBufferPointer { s in
                table.withUnsafeBufferPointer { letters in
                    var j = i
                    var tones = 0, vowels = 0
                    var toneAt = -1, lastShaped = -1
                    while j < n {
                        let v = s[j].value
                        if VietnameseSyllable.isSeparator(v) { break }
                        if v >= 0x80 && Int(v) < letters.count {
                            let packed = letters[Int(v)]
                            if packed != 0 {
                                if packed >> 12 & 0xF != 0 { tones += 1; toneAt = j }
                                let shape = packed >> 8 & 0xF
                                if shape != 0 && shape != UInt32(VietnameseLetter.Shape.stroke.rawValue) { lastShaped = j }
                            }
                        }
                        if mayBeVowel(v) { vowels += 1 }
                        j += 1
                    }
                    return (j, tones, vowels, toneAt, lastShaped)
                }
            }
            if j == i { i += 1; continue }   // a separator
            defer { i = j }
            // A tone on the only vowel is where it belongs: only two or more vowels can misplace it.
            guard tones > 0, vowels >= 2, j - i <= 8 else { continue }
            // Nor can a single tone on the last â ê ô ơ ư ă: every style puts it there ("người", "việc").
            if tones == 1 && toneAt == lastShaped { continue }
            var count = 0
            var ok = true
            for k in i..<j {
                guard let l = VietnameseLetters.letter(scalars[k]) else { ok = false; break }
                letters[count] = l
                count += 1
            }
            guard ok else { continue }
            let move: (from: Int, to: Int)? = letters.withUnsafeBufferPointer { buffer in
                let word = UnsafeBufferPointer(rebasing: buffer[0..<count])
                guard let parts = VietnameseSyllable.parse(word), parts.toneIndex >= 0 else { return nil }
                let current = parts.toneIndex
                let classic = target(parts, word, modern: false)
                let wanted: Int
                switch style {
                case .classic: wanted = classic
                case .modern: wanted = target(parts, word, modern: true)
                case .keep:
                    // Only spellings wrong in both styles are repaired.
                    let modern = target(parts, word, modern: true)
                    wanted = current == classic || current == modern ? current : classic
                }
                return wanted == current ? nil : (current, wanted)
            }
            guard let (from, to) = move else { continue }
            var source = letters[from], dest = letters[to]
            dest.tone = source.tone
            source.tone = .none
            guard let s1 = source.scalar, let s2 = dest.scalar else { continue }
            scalars[i + from] = s1
            scalars[i + to] = s2
            changed = true
        }
        return changed
    }
}
