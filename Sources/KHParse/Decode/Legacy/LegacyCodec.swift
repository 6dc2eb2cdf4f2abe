/// Bytes ↔ text for every encoding of `TextEncoding`. Decoding never fails: bytes an encoding
/// does not define become their closest reading and are counted in `unmapped`.
enum LegacyCodec {
    /// `decode([0x56, 0x69, 0xD6, 0x74], as: .tcvn3)` → ("Việt", 0).
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> (text: String, unmapped: Int) {
        switch encoding {
        case .utf8:
            let text = String(decoding: bytes, as: UTF8.self)
            return (text, replacementCount(text) - replacementsIn(bytes))
        case .utf16le, .utf16be:
            return decodeUTF16(bytes, littleEndian: encoding == .utf16le)
        case .windows1258:
            // ICU's converter gives base letters plus combining tone marks: compose them.
            guard let (text, substitutions) = ICU.decode(bytes, charset: "windows-1258") else { return ("", bytes.count) }
            return (ICU.normalize(text, .nfc), substitutions)
        case .tcvn3:
            return decodeTable(bytes, high: LegacyTables.tcvn3High, low: LegacyTables.tcvn3Low)
        case .viscii:
            return decodeTable(bytes, high: LegacyTables.visciiHigh, low: LegacyTables.visciiLow)
        case .vni:
            return VNICodec.decode(bytes)
        case .viqr:
            return VIQRCodec.decode(bytes)
        }
    }

    /// `encode("Việt", as: .tcvn3)` → [0x56, 0x69, 0xD6, 0x74]; nil when some character has no
    /// byte form in that encoding (`✦` in TCVN3).
    static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf16le, .utf16be:
            var out: [UInt8] = []
            out.reserveCapacity(text.utf16.count * 2)
            for unit in text.utf16 {
                let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
                if encoding == .utf16le { out.append(lo); out.append(hi) } else { out.append(hi); out.append(lo) }
            }
            return out
        case .windows1258: return encodeWindows1258(ICU.normalize(text, .nfc))
        case .tcvn3: return encodeTable(ICU.normalize(text, .nfc), reverse: tcvn3Reverse)
        case .viscii: return encodeTable(ICU.normalize(text, .nfc), reverse: visciiReverse)
        case .vni: return VNICodec.encode(ICU.normalize(text, .nfc))
        case .viqr: return VIQRCodec.encode(ICU.normalize(text, .nfc))
        }
    }

    // MARK: Unicode forms

    private static func replacementCount(_ text: String) -> Int {
        var n = 0
        for s in text.unicodeScalars where s.value == 0xFFFD { n += 1 }
        return n
    }

    /// U+FFFD already present as bytes EF BF BD: not a decoding failure.
    private static func replacementsIn(_ bytes: [UInt8]) -> Int {
        var n = 0, i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> (text: String, unmapped: Int) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        var unmapped = bytes.count % 2
        var lone = 0
        for s in text.unicodeScalars where s.value == 0xFFFD { lone += 1 }
        for u in units where u == 0xFFFD { lone -= 1 }
        unmapped += max(0, lone)
        return (text, unmapped)
    }

    // MARK: Single-byte tables

    static func decodeTable(_ bytes: [UInt8], high: [UInt16], low: [UInt8: UInt16]) -> (text: String, unmapped: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        for b in bytes {
            if b >= 0x80 {
                UTF8Writer.append(value: UInt32(high[Int(b - 0x80)]), to: &out)
            } else if b < 0x20, let v = low[b] {
                UTF8Writer.append(value: UInt32(v), to: &out)
            } else {
                out.append(b)
            }
        }
        return (String(decoding: out, as: UTF8.self), 0)
    }

    static func reverse(high: [UInt16], low: [UInt8: UInt16]) -> [UInt32: UInt8] {
        var table: [UInt32: UInt8] = [:]
        for b in 0..<0x80 where low[UInt8(b)] == nil { table[UInt32(b)] = UInt8(b) }
        for (b, v) in low { table[UInt32(v)] = b }
        for (k, v) in high.enumerated() where v != 0xFFFF && table[UInt32(v)] == nil { table[UInt32(v)] = UInt8(0x80 + k) }
        return table
    }

    static let tcvn3Reverse = reverse(high: LegacyTables.tcvn3High, low: LegacyTables.tcvn3Low)
    static let visciiReverse = reverse(high: LegacyTables.visciiHigh, low: LegacyTables.visciiLow)
    static let cp1258Reverse = reverse(high: LegacyTables.cp1258High, low: [:])
    static let cp1252Reverse = reverse(high: LegacyTables.cp1252High, low: [:])

    private static func encodeTable(_ text: String, reverse: [UInt32: UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard let b = reverse[s.value] else { return nil }
            out.append(b)
        }
        return out
    }

    /// Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining bytes:
    /// `ệ` → 0xEA 0xF2.
    private static func encodeWindows1258(_ text: String) -> [UInt8]? {
        let toneBytes: [UInt8] = [0, 0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if let b = cp1258Reverse[s.value] { out.append(b); continue }
            guard var l = VietnameseLetters.letter(s), l.tone != .none else { return nil }
            let tone = l.tone
            l.tone = .none
            guard let base = l.scalar, let b = cp1258Reverse[base.value] else { return nil }
            out.append(b)
            out.append(toneBytes[Int(tone.rawValue)])
        }
        return out
    }

    // MARK: Windows-1252 (mojibake repair)

    /// The byte of `s` in Windows-1252, nil when it has none.
    @inline(__always)
    static func cp1252Byte(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v < 0x80 || (v >= 0xA0 && v <= 0xFF) { return UInt8(v) }
        // Above Latin-1, Windows-1252 has only U+0152–U+02DC and U+2013–U+2122; Vietnamese letters
        // (U+0102–U+01B0, U+1EA0–U+1EF9) are told so without a lookup.
        guard v < 0x100 || v >= 0x152 && v <= 0x2DC || v >= 0x2013 && v <= 0x2122 else { return nil }
        return cp1252Reverse[v]
    }

    /// The character of byte `b` in Windows-1252.
    @inline(__always)
    static func cp1252Scalar(_ b: UInt8) -> Unicode.Scalar {
        b < 0x80 ? Unicode.Scalar(b) : Unicode.Scalar(UInt32(LegacyTables.cp1252High[Int(b - 0x80)]))!
    }
}
