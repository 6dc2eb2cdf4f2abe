/// VNI-Windows: a vowel is its ASCII base letter followed by one mark byte (`ệ` = `e` 0xE4,
/// seen in Windows-1252 as `eä`), except ơ ư đ and the toned i / ỵ, which have bytes of their own.
/// Capital letters take the mark byte 0x20 lower (`Ệ` = `E` 0xC4). Other bytes read as Windows-1252.
enum VNICodec {
    typealias Shape = VietnameseLetter.Shape
    typealias Tone = VietnameseLetter.Tone

    /// Lower-case mark bytes → (shape, tone); the capital form is the byte minus 0x20.
    static let marks: [UInt8: (Shape, Tone)] = [
        0xF9: (.none, .acute), 0xF8: (.none, .grave), 0xFB: (.none, .hook), 0xF5: (.none, .tilde), 0xEF: (.none, .dot),
        0xE2: (.circumflex, .none), 0xE1: (.circumflex, .acute), 0xE0: (.circumflex, .grave),
        0xE5: (.circumflex, .hook), 0xE3: (.circumflex, .tilde), 0xE4: (.circumflex, .dot),
        0xEA: (.breve, .none), 0xE9: (.breve, .acute), 0xE8: (.breve, .grave),
        0xFA: (.breve, .hook), 0xFC: (.breve, .tilde), 0xEB: (.breve, .dot),
    ]

    /// Lower-case letter bytes; the capital is the byte minus 0x20.
    static let letters: [UInt8: VietnameseLetter] = [
        0xF4: .init(base: UInt8(ascii: "o"), shape: .horn, tone: .none, upper: false),
        0xF6: .init(base: UInt8(ascii: "u"), shape: .horn, tone: .none, upper: false),
        0xF1: .init(base: UInt8(ascii: "d"), shape: .stroke, tone: .none, upper: false),
        0xED: .init(base: UInt8(ascii: "i"), shape: .none, tone: .acute, upper: false),
        0xEC: .init(base: UInt8(ascii: "i"), shape: .none, tone: .grave, upper: false),
        0xE6: .init(base: UInt8(ascii: "i"), shape: .none, tone: .hook, upper: false),
        0xF3: .init(base: UInt8(ascii: "i"), shape: .none, tone: .tilde, upper: false),
        0xF2: .init(base: UInt8(ascii: "i"), shape: .none, tone: .dot, upper: false),
        0xEE: .init(base: UInt8(ascii: "y"), shape: .none, tone: .dot, upper: false),
    ]

    @inline(__always) static func mark(_ b: UInt8) -> (Shape, Tone)? {
        if let m = marks[b] { return m }
        return b >= 0xC0 && b < 0xE0 ? marks[b + 0x20] : nil
    }

    @inline(__always) static func letter(_ b: UInt8) -> VietnameseLetter? {
        if let l = letters[b] { return l }
        if b >= 0xC0 && b < 0xE0, var l = letters[b + 0x20] { l.upper = true; return l }
        return nil
    }

    static func decode(_ bytes: [UInt8]) -> (text: String, unmapped: Int) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(bytes.count)
        let unmapped = decode(bytes, into: &out)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: out)
        return (String(text), unmapped)
    }

    /// Appends the decoded scalars to `out`; returns the unmapped count.
    static func decode(_ bytes: some Sequence<UInt8>, into out: inout [Unicode.Scalar]) -> Int {
        let floor = out.count
        var unmapped = 0
        for b in bytes {
            if b < 0x80 { out.append(Unicode.Scalar(b)); continue }
            if let (shape, tone) = mark(b), out.count > floor, let last = out.last, var l = VietnameseLetters.letter(last), l.isVowel, l.tone == .none,
               shape == .none || l.shape == .none {
                if shape != .none { l.shape = shape }
                l.tone = tone
                if l.vowelCode != 0, let s = l.scalar {
                    out[out.count - 1] = s
                    continue
                }
            }
            if let l = letter(b), let s = l.scalar { out.append(s); continue }
            if mark(b) != nil || b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D { unmapped += 1 }
            out.append(LegacyCodec.cp1252Scalar(b))
        }
        return unmapped
    }

    /// Mark byte for a shape and tone, lower case.
    static let markByte: [UInt16: UInt8] = {
        var table: [UInt16: UInt8] = [:]
        for (b, (shape, tone)) in marks { table[UInt16(shape.rawValue) << 8 | UInt16(tone.rawValue)] = b }
        return table
    }()

    static let letterByte: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (b, var l) in letters {
            table[l.scalar!.value] = b
            l.upper = true
            table[l.scalar!.value] = b - 0x20
        }
        return table
    }()

    /// Bytes whose Windows-1252 character VNI cannot write (they are VNI letters or marks).
    static func isVNIByte(_ b: UInt8) -> Bool { mark(b) != nil || letter(b) != nil }

    static func encode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        for s in text.unicodeScalars {
            if s.value < 0x80 { out.append(UInt8(s.value)); continue }
            if let b = letterByte[s.value] { out.append(b); continue }
            if var l = VietnameseLetters.letter(s), l.isVowel {
                if l.shape == .horn {
                    // ơ / ư have their own byte; the tone follows as a mark.
                    let tone = l.tone
                    l.tone = .none
                    guard let b = letterByte[l.scalar!.value] else { return nil }
                    out.append(b)
                    if tone != .none { out.append(caseMark(markByte[UInt16(tone.rawValue)]!, l.upper)) }
                    continue
                }
                out.append(l.upper ? l.base - 32 : l.base)
                guard let m = markByte[UInt16(l.shape.rawValue) << 8 | UInt16(l.tone.rawValue)] else { return nil }
                out.append(caseMark(m, l.upper))
                continue
            }
            guard let b = LegacyCodec.cp1252Byte(s), b >= 0x80, !isVNIByte(b) else { return nil }
            out.append(b)
        }
        return out
    }

    @inline(__always) private static func caseMark(_ b: UInt8, _ upper: Bool) -> UInt8 { upper ? b - 0x20 : b }
}
