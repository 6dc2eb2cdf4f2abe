/// VIQR (RFC 1456): ASCII notation where marks follow the vowel: `Vie^.t Nam` = `Việt Nam`,
/// `( ^ +` for breve, circumflex, horn, `' \` ? ~ .` for the tones, `dd` = `đ`, and `\` makes
/// the next character literal. As the RFC says, a mark after a vowel is a mark, except that a
/// tone mark in a word that already has one is punctuation: `Ha` No^.i.` ends with a full stop,
/// while `ra.` is `rạ` (a literal full stop there must be written `ra\.`).
enum VIQRCodec {
    typealias Shape = VietnameseLetter.Shape
    typealias Tone = VietnameseLetter.Tone

    @inline(__always) static func shape(_ c: UInt8) -> Shape? {
        switch c {
        case UInt8(ascii: "("): return .breve
        case UInt8(ascii: "^"): return .circumflex
        case UInt8(ascii: "+"): return .horn
        default: return nil
        }
    }

    @inline(__always) static func tone(_ c: UInt8) -> Tone? {
        switch c {
        case UInt8(ascii: "'"): return .acute
        case UInt8(ascii: "`"): return .grave
        case UInt8(ascii: "?"): return .hook
        case UInt8(ascii: "~"): return .tilde
        case UInt8(ascii: "."): return .dot
        default: return nil
        }
    }

    static func decode(_ bytes: [UInt8]) -> (text: String, unmapped: Int) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(bytes.count)
        var unmapped = 0
        var vowelIndex = -1   // output index of the vowel that marks may still modify
        var wordHasTone = false
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c >= 0x80 {
                unmapped += 1
                out.append(LegacyCodec.cp1252Scalar(c))
                vowelIndex = -1
                wordHasTone = false
                i += 1
                continue
            }
            if c == UInt8(ascii: "\\") && i + 1 < n && bytes[i + 1] < 0x80 {
                out.append(Unicode.Scalar(bytes[i + 1]))
                vowelIndex = -1
                if !bytes[i + 1].isASCIILetter { wordHasTone = false }
                i += 2
                continue
            }
            if (c | 0x20) == UInt8(ascii: "d") && i + 1 < n && (bytes[i + 1] | 0x20) == UInt8(ascii: "d") {
                out.append(c == UInt8(ascii: "D") ? "\u{0110}" : "\u{0111}")
                vowelIndex = -1
                i += 2
                continue
            }
            if vowelIndex >= 0, var l = VietnameseLetters.letter(out[vowelIndex]) {
                if let s = shape(c), l.shape == .none {
                    l.shape = s
                    if l.vowelCode != 0, let composed = l.scalar {
                        out[vowelIndex] = composed
                        i += 1
                        continue
                    }
                } else if let t = tone(c), l.tone == .none, !wordHasTone {
                    l.tone = t
                    if let composed = l.scalar {
                        out[vowelIndex] = composed
                        wordHasTone = true
                        i += 1
                        continue
                    }
                }
            }
            out.append(Unicode.Scalar(c))
            vowelIndex = VietnameseLetters.letter(Unicode.Scalar(c))?.isVowel == true ? out.count - 1 : -1
            if !c.isASCIILetter { wordHasTone = false }
            i += 1
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: out)
        return (String(text), unmapped)
    }

    private static let shapeChar: [Shape: UInt8] = [.breve: UInt8(ascii: "("), .circumflex: UInt8(ascii: "^"), .horn: UInt8(ascii: "+")]
    private static let toneChar: [UInt8] = [0, UInt8(ascii: "`"), UInt8(ascii: "'"), UInt8(ascii: "?"), UInt8(ascii: "~"), UInt8(ascii: ".")]

    /// `Việt` → `Vie^.t`; literal mark characters after a vowel, `\` and a `d` after `d` are
    /// escaped with `\`.
    static func encode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 2)
        let scalars = Array(text.unicodeScalars)
        var afterVowel = false
        for (k, s) in scalars.enumerated() {
            if let l = VietnameseLetters.letter(s), s.value >= 0x80 {
                if l.shape == .stroke {
                    out.append(contentsOf: l.upper ? [0x44, 0x44] : [0x64, 0x64])
                    afterVowel = false
                    continue
                }
                out.append(l.upper ? l.base - 32 : l.base)
                if let c = shapeChar[l.shape] { out.append(c) }
                if l.tone != .none { out.append(toneChar[Int(l.tone.rawValue)]) }
                afterVowel = true
                continue
            }
            guard s.value < 0x80 else { return nil }
            let c = UInt8(s.value)
            // A literal d before d or đ would pair with it.
            let nextIsD = k + 1 < scalars.count && VietnameseLetters.letter(scalars[k + 1])?.base == UInt8(ascii: "d")
            let escape = c == UInt8(ascii: "\\") || (afterVowel && (shape(c) != nil || tone(c) != nil))
                || ((c | 0x20) == UInt8(ascii: "d") && nextIsD)
            if escape { out.append(UInt8(ascii: "\\")) }
            out.append(c)
            afterVowel = VietnameseLetters.letter(s)?.isVowel == true
        }
        return out
    }
}
