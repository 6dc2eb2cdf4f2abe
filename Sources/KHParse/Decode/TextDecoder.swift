/// The decode stage: bytes in, Unicode text out — or a refusal when the bytes are clearly not text.
struct DecodedText: Sendable {
    var text: String
    /// As reported in `source.encoding`: "utf-8", "utf-8-bom", "utf-16le" …
    var encoding: String
    var repairs: [String]
    var diagnostics: [Diagnostic]
}

/// Why an input was refused; `description` is the one-line message the CLI prints.
public struct RefusedInput: Error, Sendable, CustomStringConvertible {
    /// What the bytes look like: "a PDF document", "binary data (NUL bytes)".
    public var looksLike: String
    /// "input is not text: it looks like a PDF document".
    public var description: String { "input is not text: it looks like \(looksLike)" }
}

enum TextDecoder {
    /// UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM, and the legacy
    /// Vietnamese encodings, detected by syllable scoring when `forced` is nil. A few invalid UTF-8
    /// bytes in UTF-8 text become U+FFFD with an `encoding-repaired` diagnostic naming the first
    /// line; files that are clearly not text throw.
    static func decode(_ bytes: [UInt8], from forced: TextEncoding? = nil) throws(RefusedInput) -> DecodedText {
        var decoded = try decodeBytes(bytes, from: forced)
        // A stray NUL byte in text (FileSniffer lets a few through) is kept, like the other control bytes, and said.
        if !decoded.encoding.hasPrefix("utf-16"), !decoded.encoding.hasPrefix("utf-32"),
           let first = bytes.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: 0, in: $0) }) {
            let count = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
            let line = bytes[..<first].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            decoded.diagnostics.append(Diagnostic(.warning, .encodingRepaired,
                                                  "\(count) NUL byte\(count == 1 ? "" : "s") in the text (kept), the first on line \(line)",
                                                  lines: LineRange(line: line)))
        }
        return decoded
    }

    private static func decodeBytes(_ bytes: [UInt8], from forced: TextEncoding?) throws(RefusedInput) -> DecodedText {
        if let forced { return decodeDeclared(bytes, forced) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)), encoding: "utf-8-bom")
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return wide(bytes.dropFirst(4), UTF32.self, bigEndian: false, "utf-32le") }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return wide(bytes.dropFirst(4), UTF32.self, bigEndian: true, "utf-32be") }
        if bytes.starts(with: [0xFF, 0xFE]) { return wide(bytes.dropFirst(2), UTF16.self, bigEndian: false, "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return wide(bytes.dropFirst(2), UTF16.self, bigEndian: true, "utf-16be") }
        if let kind = FileSniffer.nonText(bytes) {
            // NUL bytes at one parity are UTF-16 without a BOM, not binary data.
            if !kind.hasPrefix("binary") || !EncodingDetector.looksLikeUTF16(bytes) { throw RefusedInput(looksLike: kind) }
            let guess = EncodingDetector.guess(bytes)
            if guess.encoding == .utf16le || guess.encoding == .utf16be { return decodeForced(bytes, guess.encoding) }
            throw RefusedInput(looksLike: kind)
        }
        if let valid = String(validating: bytes, as: UTF8.self) {
            if bytes.withUnsafeBufferPointer(ByteSearch.isASCII), bytes.contains(where: { $0 == 0x5E || $0 == 0x27 || $0 == 0x60 || $0 == 0x3F || $0 == 0x7E }) {
                // Pure ASCII may be VIQR ("Ke^' hoa.ch"): only a clear win over plain ASCII counts.
                let guess = EncodingDetector.guess(bytes)
                if guess.encoding == .viqr, !guess.unsure { return legacy(bytes, guess.encoding, guess.text, detected: guess) }
            }
            return DecodedText(text: valid, encoding: "utf-8", repairs: [], diagnostics: [])
        }
        // Invalid UTF-8: a few bad bytes in UTF-8 text are repaired in place; text that is mostly
        // not UTF-8 is a legacy encoding, chosen by the detector.
        let repaired = utf8(bytes, encoding: "utf-8")
        // Legacy bytes read as UTF-8 almost never form valid sequences by chance; UTF-8 text
        // with a damaged byte or two still has mostly valid ones.
        var replacements = 0, validNonASCII = 0
        for scalar in repaired.text.unicodeScalars where scalar.value >= 0x80 {
            if scalar == "\u{FFFD}" { replacements += 1 } else { validNonASCII += 1 }
        }
        if validNonASCII >= 2 * replacements { return repaired }
        let guess = EncodingDetector.guess(bytes)
        guard guess.encoding.isLegacy else { return repaired }
        return legacy(bytes, guess.encoding, guess.text, detected: guess)
    }

    /// `--from ENC`: decode as told, counting what the encoding cannot map.
    static func decodeForced(_ bytes: [UInt8], _ encoding: TextEncoding) -> DecodedText {
        switch encoding {
        case .utf8:
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return utf8(Array(body), encoding: "utf-8")
        case .utf16le, .utf16be:
            var body = bytes[...]
            if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { body = body.dropFirst(2) }
            return wide(body, UTF16.self, bigEndian: encoding == .utf16be, encoding.rawValue)
        default:
            return legacy(bytes, encoding, nil, detected: nil)
        }
    }

    /// `--from ENC` as the user asked, checked for plausibility: text that does not read as Vietnamese in the
    /// declared encoding but does in another gives an `encoding-mismatch` warning naming that one (instead of
    /// the note that a legacy encoding was decoded as requested). The text stays decoded as declared.
    static func decodeDeclared(_ bytes: [UInt8], _ encoding: TextEncoding) -> DecodedText {
        var decoded = decodeForced(bytes, encoding)
        guard let doubt = EncodingDetector.doubt(bytes, declared: encoding) else { return decoded }
        let percent = { (score: Double) in Int((max(0, min(1, score)) * 100).rounded()) }
        var message = "decoded as \(encoding.rawValue) as requested, but only \(percent(doubt.declared.score))% of its words "
            + "are Vietnamese syllables: the text looks like \(doubt.likely.encoding.rawValue) "
            + "(\(percent(doubt.likely.score))%); try --from \(doubt.likely.encoding.rawValue)"
        // The legacy decoding's own "decoded as … (as requested)" diagnostic is replaced; what it counted stays.
        let requested = "decoded as \(encoding.rawValue) (as requested)"
        if let index = decoded.diagnostics.firstIndex(where: { $0.code == .encodingRepaired && $0.message.hasPrefix(requested) }) {
            let rest = decoded.diagnostics[index].message.dropFirst(requested.count).drop { $0 == ";" || $0 == " " }
            if !rest.isEmpty { message += " (\(rest))" }
            decoded.diagnostics.remove(at: index)
        }
        decoded.diagnostics.append(Diagnostic(.warning, .encodingMismatch, message, lines: nil))
        return decoded
    }

    /// A legacy decoding, reported as a repair with the first line that held a non-ASCII byte.
    private static func legacy(_ bytes: [UInt8], _ encoding: TextEncoding, _ text: String?, detected: EncodingGuess?) -> DecodedText {
        let decoded = text.map { ($0, 0) } ?? LegacyCodec.decode(bytes, as: encoding)
        var line = 1
        for b in bytes { if b == 0x0A { line += 1 } else if b >= 0x80 || encoding == .viqr { break } }
        var message = "decoded as \(encoding.rawValue)"
        if let detected {
            let confidence = Int((detected.confidence * 100).rounded())
            message += detected.unsure ? " (detected, unsure: \(confidence)% of words are valid syllables)"
                                       : " (detected: \(confidence)% of words are valid syllables)"
        } else {
            message += " (as requested)"
        }
        if decoded.1 > 0 { message += "; \(decoded.1) byte\(decoded.1 == 1 ? "" : "s") could not be mapped" }
        let diagnostic = Diagnostic(detected?.unsure == true || decoded.1 > 0 ? .warning : .note, .encodingRepaired, message,
                                    lines: LineRange(line: line))
        return DecodedText(text: decoded.0, encoding: encoding.rawValue, repairs: ["decoded-\(encoding.rawValue)"], diagnostics: [diagnostic])
    }

    private static func utf8(_ bytes: [UInt8], encoding: String) -> DecodedText {
        if let valid = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: valid, encoding: encoding, repairs: [], diagnostics: [])
        }
        // Invalid sequences: decode with replacement, and say where.
        var invalid = 0, firstLine: Int?
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s):
                if s == "\n" { line += 1 }
                scalars.append(s)
            case .emptyInput:
                break loop
            case .error:
                invalid += 1
                if firstLine == nil { firstLine = line }
                scalars.append("\u{FFFD}")
            }
        }
        let where_ = firstLine.map { LineRange(line: $0) }
        let message = "\(invalid) invalid UTF-8 byte sequence\(invalid == 1 ? "" : "s") replaced by U+FFFD, the first on line \(firstLine ?? 1)"
        return DecodedText(text: String(scalars), encoding: encoding, repairs: ["utf-8-replacement"],
                           diagnostics: [Diagnostic(.warning, .encodingRepaired, message, lines: where_)])
    }

    private static func wide<C: UnicodeCodec>(_ body: ArraySlice<UInt8>, _ codec: C.Type, bigEndian: Bool,
                                               _ name: String) -> DecodedText where C.CodeUnit: FixedWidthInteger {
        let width = C.CodeUnit.bitWidth / 8
        var units: [C.CodeUnit] = []
        units.reserveCapacity(body.count / width)
        var index = body.startIndex
        while index + width <= body.endIndex {
            var value: C.CodeUnit = 0
            for k in 0..<width {
                let byte = C.CodeUnit(body[index + (bigEndian ? k : width - 1 - k)])
                value = (value << 8) | byte
            }
            units.append(value)
            index += width
        }
        let trailing = body.endIndex - index
        var invalid = trailing > 0 ? 1 : 0
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = C()
        var line = 1, firstLine: Int? = trailing > 0 ? nil : nil
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s):
                if s == "\n" { line += 1 }
                scalars.append(s)
            case .emptyInput: break loop
            case .error:
                invalid += 1
                if firstLine == nil { firstLine = line }
                scalars.append("\u{FFFD}")
            }
        }
        if trailing > 0 { scalars.append("\u{FFFD}"); if firstLine == nil { firstLine = line } }
        var diagnostics: [Diagnostic] = []
        if invalid > 0 {
            diagnostics.append(Diagnostic(.warning, .encodingRepaired,
                                          "\(invalid) invalid \(name.uppercased()) code unit sequence\(invalid == 1 ? "" : "s") replaced by U+FFFD, the first on line \(firstLine ?? 1)",
                                          lines: LineRange(line: firstLine ?? 1)))
        }
        return DecodedText(text: String(scalars), encoding: name, repairs: invalid > 0 ? ["\(name)-replacement"] : [],
                           diagnostics: diagnostics)
    }
}
