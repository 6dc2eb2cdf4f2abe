/// Tone placement styles of normalization.md step 8.
public enum ToneStyle: String, Sendable, CaseIterable {
    /// hòa, khỏe, thủy, Ủy ban — most state documents.
    case classic
    /// hoà, khoẻ, thuỷ, Uỷ ban — QĐ 1989/QĐ-BGDĐT.
    case modern
    /// leave placement alone.
    case keep
}

public struct NormalizationOptions: Sendable {
    public var toneStyle: ToneStyle

    public init(toneStyle: ToneStyle = .classic) { self.toneStyle = toneStyle }
}

/// Text after the normalize stage, with the names of the repairs that changed something.
public struct NormalizedText: Sendable {
    public var text: String
    public var repairs: [String]
}

/// Unicode text in, one canonical text out. Never adds or removes a line: CRLF and CR become LF,
/// nothing else touches line breaks, so line numbers stay those of the input file.
public enum TextNormalizer {
    public static func normalize(_ text: String, options: NormalizationOptions = NormalizationOptions()) -> NormalizedText {
        var repairs: [String] = []
        var current = text

        if current.utf8.contains(0x0D) {
            current = current.replacingCRLF()
            repairs.append("line-endings")
        }

        // Invisible characters and exotic spaces, one pass over the scalars — only when a lead byte
        // that can start one of them occurs at all (C2 for U+00A0/U+00AD, E1/E2/E3/EF for the rest).
        var scalars = String.UnicodeScalarView()
        var removedInvisible = false, mappedSpaces = false
        let suspicious = hasInvisibleOrSpace(current)
        if suspicious {
            for s in current.unicodeScalars {
                switch s.value {
                case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                    removedInvisible = true
                case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    mappedSpaces = true
                    scalars.append(" ")
                default:
                    scalars.append(s)
                }
            }
        }
        if removedInvisible || mappedSpaces { current = String(scalars) }
        if removedInvisible { repairs.append("invisible-characters") }
        if mappedSpaces { repairs.append("spaces") }

        if let composed = ICU.normalizedIfChanged(current, .nfc) {
            repairs.append("nfc")
            current = composed
        }
        return NormalizedText(text: current, repairs: repairs)
    }
}

extension TextNormalizer {
    /// Scans the UTF-8 bytes for the encodings of U+00A0, U+00AD, U+1680, U+2000–U+200D, U+202F,
    /// U+205F, U+2060, U+3000 and U+FEFF, so that clean text skips the scalar pass.
    static func hasInvisibleOrSpace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let x = b[i]
                if x < 0xC2 { i += 1; continue }
                if x == 0xC2, i + 1 < n, b[i + 1] == 0xA0 || b[i + 1] == 0xAD { return true }
                if x == 0xE1, i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 { return true }
                if x == 0xE2, i + 2 < n {
                    let y = b[i + 1], z = b[i + 2]
                    if y == 0x80 && (z <= 0x8D || z == 0xAF) { return true }
                    if y == 0x81 && (z == 0x9F || z == 0xA0) { return true }
                }
                if x == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { return true }
                if x == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return true }
                i += 1
            }
            return false
        }
    }
}

extension String {
    /// CRLF → LF, lone CR → LF.
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in unicodeScalars {
            if s == "\r" { out.append("\n"); previousCR = true; continue }
            if s == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(s)
        }
        return String(out)
    }
}
