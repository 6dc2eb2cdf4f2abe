/// Steps 4, 5 and 7 of normalization.md: one scalar at a time, each a small named pass over a
/// line's scalars. A pass returns true when it changed something.
enum ScalarSteps {
    /// Step 4a: drops SOFT HYPHEN, ZERO WIDTH SPACE/NON-JOINER/JOINER, WORD JOINER and BOM.
    /// `"Kế\u{00AD}hoạch\u{200B}"` → `"Kếhoạch"`.
    static func removeInvisible(_ s: inout [Unicode.Scalar]) -> Bool {
        guard s.contains(where: isInvisible) else { return false }
        s.removeAll(where: isInvisible)
        return true
    }

    @inline(__always) static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// Step 4b: NBSP and the other Unicode spaces become U+0020 (TAB and LF stay).
    /// `"Điều\u{00A0}1"` → `"Điều 1"`.
    static func mapSpaces(_ s: inout [Unicode.Scalar]) -> Bool {
        var changed = false
        for k in s.indices {
            switch s[k].value {
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                s[k] = " "
                changed = true
            default: break
            }
        }
        return changed
    }

    /// Step 5: NFKC restricted to the Latin ligatures U+FB00–FB06 and the fullwidth forms, plus
    /// Roman numeral characters spelled out. `"ﬁ"` → `"fi"`, `"Ｑ１"` → `"Q1"`, `"Ⅻ"` → `"XII"`.
    static func compatibility(_ s: inout [Unicode.Scalar], into out: inout [Unicode.Scalar]) -> Bool {
        guard s.contains(where: { needsCompatibility($0.value) }) else { return false }
        out.removeAll(keepingCapacity: true)
        for scalar in s {
            let v = scalar.value
            switch v {
            case 0xFB00...0xFB06:
                let spelled = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"][Int(v - 0xFB00)]
                out.append(contentsOf: spelled.unicodeScalars)
            case 0xFF01...0xFF5E:
                out.append(Unicode.Scalar(v - 0xFEE0)!)
            case 0xFFE0...0xFFE6:
                out.append(Unicode.Scalar([0xA2, 0xA3, 0xAC, 0xAF, 0xA6, 0xA5, 0x20A9][Int(v - 0xFFE0)])!)
            case 0x2160...0x217F:
                let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"]
                let index = Int(v - 0x2160) % 16
                let text = v >= 0x2170 ? numerals[index].lowercased() : numerals[index]
                out.append(contentsOf: text.unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        swap(&s, &out)
        return true
    }

    @inline(__always) static func needsCompatibility(_ v: UInt32) -> Bool {
        (v >= 0xFB00 && v <= 0xFB06) || (v >= 0xFF01 && v <= 0xFF5E) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x2160 && v <= 0x217F)
    }

    /// Step 7a: letters that look like Đ but are not (Icelandic eth, African D).
    /// `"ÐỒNG ðồng"` → `"ĐỒNG đồng"`.
    static func lookAlikes(_ s: inout [Unicode.Scalar]) -> Bool {
        var changed = false
        for k in s.indices {
            switch s[k].value {
            case 0x00D0, 0x0189: s[k] = "\u{0110}"; changed = true
            case 0x00F0, 0x0256: s[k] = "\u{0111}"; changed = true
            default: break
            }
        }
        return changed
    }

    /// Private-use code points that Word writes for Symbol/Wingdings bullets.
    static let bullets: [UInt32: Unicode.Scalar] = [
        0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF06C: "●", 0xF06E: "■", 0xF071: "❑", 0xF076: "❖",
        0xF0FC: "✓", 0xF0A8: "◻", 0xF0E0: "➔", 0xF0E8: "➔", 0xF02D: "-", 0xF0B2: "❖", 0xF0F0: "⇨",
    ]

    /// Step 7b: `"\u{F0B7} Nhiệm vụ"` → `"• Nhiệm vụ"`.
    static func privateUseBullets(_ s: inout [Unicode.Scalar]) -> Bool {
        var changed = false
        for k in s.indices where s[k].value >= 0xF000 && s[k].value <= 0xF0FF {
            if let b = bullets[s[k].value] { s[k] = b; changed = true }
        }
        return changed
    }
}
