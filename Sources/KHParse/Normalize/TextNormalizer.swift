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

        // Invisible characters and exotic spaces, one pass over the scalars.
        var scalars = String.UnicodeScalarView()
        var removedInvisible = false, mappedSpaces = false
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
        if removedInvisible || mappedSpaces { current = String(scalars) }
        if removedInvisible { repairs.append("invisible-characters") }
        if mappedSpaces { repairs.append("spaces") }

        let composed = ICU.normalize(current, .nfc)
        // Swift compares strings by canonical equivalence: compare the scalars themselves.
        if !composed.unicodeScalars.elementsEqual(current.unicodeScalars) {
            repairs.append("nfc")
            current = composed
        }
        return NormalizedText(text: current, repairs: repairs)
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
