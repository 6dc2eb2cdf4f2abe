/// Step 6: canonical composition, after putting shape marks before tone marks.
/// NFC alone leaves `a + ◌́ + ◌̂` as `á̂` (both marks have combining class 230, so their order is
/// kept); moving U+0302 first gives `ấ`. Lines holding only scalars that are already NFC-stable
/// never reach ICU.
enum MarkOrder {
    /// True when the scalar cannot change under NFC whatever surrounds it (quick-check "yes" and
    /// not a composition partner): ASCII, Latin-1, Latin Extended, Vietnamese precomposed letters,
    /// general punctuation, arrows, box drawing, dingbats, private use.
    @inline(__always) static func isStable(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        switch v {
        case 0x1E00...0x1EFF, 0x2002...0x206F, 0x20A0...0x20CF, 0x2190...0x2328, 0x232B...0x23FF,
             0x2460...0x27BF, 0xE000...0xF8FF:
            return true
        default:
            return false
        }
    }

    @inline(__always) static func isShapeMark(_ v: UInt32) -> Bool { v == 0x302 || v == 0x306 || v == 0x31B }

    /// `[a, U+0301, U+0302]` → `[ấ]`. Returns (marks were reordered, anything changed).
    static func compose(_ s: inout [Unicode.Scalar]) -> (reordered: Bool, changed: Bool) {
        guard !s.allSatisfy({ isStable($0.value) }) else { return (false, false) }
        if let result = composeVietnamese(&s) { return result }
        let original = String(String.UnicodeScalarView(s))
        var scalars = Array(ICU.normalize(original, .nfd).unicodeScalars)
        let reordered = reorder(&scalars)
        let composed = ICU.normalize(String(String.UnicodeScalarView(scalars)), .nfc)
        // Scalars, not String ==, which would call NFD and NFC text equal.
        let result = Array(composed.unicodeScalars)
        let changed = result != s
        guard changed else { return (false, false) }
        s = result
        return (reordered, changed)
    }

    /// Decomposed Vietnamese (PDF and Mac text) without ICU: a letter followed by at most one
    /// shape mark and one tone mark of the eight Vietnamese ones becomes its precomposed form,
    /// exactly as reordering + NFC would. nil when the line holds anything else: the general
    /// path handles it.
    static func composeVietnamese(_ s: inout [Unicode.Scalar]) -> (reordered: Bool, changed: Bool)? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var reordered = false
        var i = 0
        let n = s.count
        while i < n {
            let v = s[i].value
            if isStable(v) && !(i + 1 < n && isVietnameseMark(s[i + 1].value)) { out.append(s[i]); i += 1; continue }
            guard var letter = VietnameseLetters.letter(s[i]) else { return nil }
            var j = i + 1
            var toneSeen = letter.tone != .none && letter.tone != .dot
            while j < n, isVietnameseMark(s[j].value) {
                switch s[j].value {
                case 0x302, 0x306, 0x31B:
                    guard letter.shape == .none else { return nil }
                    letter.shape = s[j].value == 0x302 ? .circumflex : s[j].value == 0x306 ? .breve : .horn
                    if toneSeen && s[j].value != 0x31B { reordered = true }
                default:
                    guard letter.tone == .none else { return nil }
                    letter.tone = toneOf(s[j].value)
                    if letter.tone != .dot { toneSeen = true }
                }
                j += 1
            }
            guard letter.isVowel ? letter.vowelCode != 0 : (letter.shape == .none || letter.shape == .stroke) && letter.tone == .none,
                  let composed = letter.scalar else { return nil }
            out.append(composed)
            i = j
        }
        let changed = out != s
        s = out
        return (reordered && changed, changed)
    }

    @inline(__always) static func isVietnameseMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323: return true
        default: return false
        }
    }

    @inline(__always) private static func toneOf(_ v: UInt32) -> VietnameseLetter.Tone {
        switch v {
        case 0x300: return .grave
        case 0x301: return .acute
        case 0x309: return .hook
        case 0x303: return .tilde
        default: return .dot
        }
    }

    /// Moves U+0302/U+0306/U+031B ahead of the other marks of their combining run (stable).
    static func reorder(_ s: inout [Unicode.Scalar]) -> Bool {
        var changed = false
        var i = 0
        while i < s.count {
            guard s[i].properties.canonicalCombiningClass != .notReordered else { i += 1; continue }
            var j = i
            while j < s.count, s[j].properties.canonicalCombiningClass != .notReordered { j += 1 }
            // The run is s[i..<j]. Only a circumflex or breve after a tone mark of the same
            // class (grave, acute, tilde, hook) is beyond NFC's canonical reordering.
            // A run that already has its shape mark first (ấ + a stray ̂) is left alone.
            var seenTone = false, shapeFirst = false, misplaced = false
            for k in i..<j {
                switch s[k].value {
                case 0x300, 0x301, 0x303, 0x309: seenTone = true
                case 0x302, 0x306: if seenTone { misplaced = true } else { shapeFirst = true }
                default: break
                }
            }
            misplaced = misplaced && !shapeFirst
            if misplaced {
                let run = s[i..<j]
                let shapes = run.filter { isShapeMark($0.value) }
                let others = run.filter { !isShapeMark($0.value) }
                s.replaceSubrange(i..<j, with: shapes + others)
                changed = true
            }
            i = j
        }
        return changed
    }
}
