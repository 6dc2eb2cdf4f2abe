/// One Latin letter seen as Vietnamese spelling sees it: a base letter, a shape mark and a tone.
/// `ự` is `VietnameseLetter(base: "u", shape: .horn, tone: .dot, upper: false)`.
struct VietnameseLetter: Equatable, Sendable {
    /// Lower-case ASCII base letter ("a" … "z").
    var base: UInt8
    var shape: Shape
    var tone: Tone
    var upper: Bool

    enum Shape: UInt8, Sendable { case none = 0, circumflex, breve, horn, stroke }
    enum Tone: UInt8, Sendable { case none = 0, grave, acute, hook, tilde, dot }

    var isVowel: Bool {
        switch base {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    /// Vowel identity without tone or case, 1…12 (a ă â e ê i o ô ơ u ư y); 0 for consonants and
    /// for shapes a vowel cannot carry.
    var vowelCode: UInt32 {
        switch (base, shape) {
        case (UInt8(ascii: "a"), .none): return 1
        case (UInt8(ascii: "a"), .breve): return 2
        case (UInt8(ascii: "a"), .circumflex): return 3
        case (UInt8(ascii: "e"), .none): return 4
        case (UInt8(ascii: "e"), .circumflex): return 5
        case (UInt8(ascii: "i"), .none): return 6
        case (UInt8(ascii: "o"), .none): return 7
        case (UInt8(ascii: "o"), .circumflex): return 8
        case (UInt8(ascii: "o"), .horn): return 9
        case (UInt8(ascii: "u"), .none): return 10
        case (UInt8(ascii: "u"), .horn): return 11
        case (UInt8(ascii: "y"), .none): return 12
        default: return 0
        }
    }

    /// The precomposed scalar for this letter, nil when Unicode has none (e.g. a breve on "e").
    var scalar: Unicode.Scalar? {
        if shape == .none && tone == .none {
            return Unicode.Scalar(upper ? base - 32 : base)
        }
        return VietnameseLetters.compose[VietnameseLetters.key(self)].flatMap(Unicode.Scalar.init)
    }
}

/// Lookup tables between scalars and `VietnameseLetter`, built once from ICU's composition data.
enum VietnameseLetters {
    static let shapeMarks: [VietnameseLetter.Shape: UInt32] = [.circumflex: 0x302, .breve: 0x306, .horn: 0x31B]
    static let toneMarks: [UInt32] = [0, 0x300, 0x301, 0x309, 0x303, 0x323]

    static func key(_ l: VietnameseLetter) -> UInt32 {
        UInt32(l.base) | UInt32(l.shape.rawValue) << 8 | UInt32(l.tone.rawValue) << 12 | (l.upper ? 1 << 16 : 0)
    }

    private static let tableLimit = 0x1F00

    /// Packed letters indexed by scalar value below U+1F00; 0 = not a Vietnamese letter.
    static let table: [UInt32] = built.table
    /// Packed letter key → precomposed scalar value.
    static let compose: [UInt32: UInt32] = built.compose
    private static let built = build()

    private static func build() -> (table: [UInt32], compose: [UInt32: UInt32]) {
        var table = [UInt32](repeating: 0, count: tableLimit)
        var compose: [UInt32: UInt32] = [:]
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") {
            for upper in [false, true] {
                let l = VietnameseLetter(base: c, shape: .none, tone: .none, upper: upper)
                table[Int(upper ? c - 32 : c)] = key(l) | 1 << 20
            }
        }
        let shapesOf: [(UInt8, [VietnameseLetter.Shape])] = [
            (UInt8(ascii: "a"), [.none, .circumflex, .breve]), (UInt8(ascii: "e"), [.none, .circumflex]),
            (UInt8(ascii: "i"), [.none]), (UInt8(ascii: "o"), [.none, .circumflex, .horn]),
            (UInt8(ascii: "u"), [.none, .horn]), (UInt8(ascii: "y"), [.none]),
        ]
        for (base, shapes) in shapesOf {
            for shape in shapes {
                for toneRaw in UInt8(0)...5 {
                    if shape == .none && toneRaw == 0 { continue }
                    for upper in [false, true] {
                        var scalars = String.UnicodeScalarView()
                        scalars.append(Unicode.Scalar(upper ? base - 32 : base))
                        if let m = shapeMarks[shape] { scalars.append(Unicode.Scalar(m)!) }
                        if toneRaw > 0 { scalars.append(Unicode.Scalar(toneMarks[Int(toneRaw)])!) }
                        let composed = ICU.normalize(String(scalars), .nfc).unicodeScalars
                        guard composed.count == 1, let s = composed.first else { continue }
                        let l = VietnameseLetter(base: base, shape: shape, tone: VietnameseLetter.Tone(rawValue: toneRaw)!, upper: upper)
                        compose[key(l)] = s.value
                        if Int(s.value) < tableLimit { table[Int(s.value)] = key(l) | 1 << 20 }
                    }
                }
            }
        }
        for (value, upper) in [(UInt32(0x110), true), (UInt32(0x111), false)] {
            let l = VietnameseLetter(base: UInt8(ascii: "d"), shape: .stroke, tone: .none, upper: upper)
            compose[key(l)] = value
            table[Int(value)] = key(l) | 1 << 20
        }
        return (table, compose)
    }

    /// `ế` → (e, circumflex, acute, lower); nil for anything that is not a letter of the
    /// Vietnamese alphabet or plain ASCII.
    @inline(__always)
    static func letter(_ s: Unicode.Scalar) -> VietnameseLetter? {
        let v = Int(s.value)
        guard v < tableLimit else { return nil }
        let packed = table[v]
        guard packed != 0 else { return nil }
        return VietnameseLetter(base: UInt8(packed & 0xFF),
                                shape: VietnameseLetter.Shape(rawValue: UInt8(packed >> 8 & 0xF))!,
                                tone: VietnameseLetter.Tone(rawValue: UInt8(packed >> 12 & 0xF))!,
                                upper: packed & 1 << 16 != 0)
    }

    /// True for scalars that carry a tone mark (`à`, `ệ`), the only ones tone placement moves.
    @inline(__always)
    static func hasTone(_ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value)
        return v >= 0xC0 && v < tableLimit && table[v] >> 12 & 0xF != 0
    }
}
