/// The encodings kh-parse reads, named as `--from` spells them.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16, little-endian.
    case utf16le = "utf-16le"
    /// UTF-16, big-endian.
    case utf16be = "utf-16be"
    /// Microsoft's Vietnamese code page (decomposed: base letter + combining tone).
    case windows1258 = "windows-1258"
    /// TCVN 5712 "ABC", the .VnTime fonts: "ViÖt Nam" in windows-1252 eyes.
    case tcvn3
    /// VNI-Windows: base letter + mark byte, "Vieät Nam" in windows-1252 eyes.
    case vni
    /// VISCII (RFC 1456).
    case viscii
    /// VIQR (RFC 1456), Vietnamese in ASCII: "Vie^.t Nam".
    case viqr

    /// True for the pre-Unicode encodings whose use earns an `encoding-repaired` diagnostic.
    public var isLegacy: Bool {
        switch self {
        case .utf8, .utf16le, .utf16be: return false
        default: return true
        }
    }
}

/// UTF-8 output helpers shared by the decoders and the normalizer.
enum UTF8Writer {
    /// Appends the UTF-8 form of `s` to `out`.
    @inline(__always)
    static func append(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Appends the scalar with value `v` (a table entry, always a valid scalar).
    @inline(__always)
    static func append(value v: UInt32, to out: inout [UInt8]) {
        append(Unicode.Scalar(v) ?? "\u{FFFD}", to: &out)
    }
}
