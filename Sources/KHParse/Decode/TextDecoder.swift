/// The decode stage: bytes in, Unicode text out — or a refusal when the bytes are clearly not text.
public struct DecodedText: Sendable {
    public var text: String
    /// As reported in `source.encoding`: "utf-8", "utf-8-bom", "utf-16le" …
    public var encoding: String
    public var repairs: [String]
    public var diagnostics: [Diagnostic]
}

/// Why an input was refused; `description` is the one-line message the CLI prints.
public struct RefusedInput: Error, Sendable, CustomStringConvertible {
    /// What the bytes look like: "a PDF document", "binary data (NUL bytes)".
    public var looksLike: String
    public var description: String { "input is not text: it looks like \(looksLike)" }
}

public enum TextDecoder {
    /// UTF-8 (with or without BOM) and UTF-16/32 with BOM. Invalid UTF-8 bytes become U+FFFD with an
    /// `encoding-repaired` diagnostic naming the first line; files that are clearly not text throw.
    public static func decode(_ bytes: [UInt8]) throws(RefusedInput) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)), encoding: "utf-8-bom")
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return wide(bytes.dropFirst(4), UTF32.self, bigEndian: false, "utf-32le") }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return wide(bytes.dropFirst(4), UTF32.self, bigEndian: true, "utf-32be") }
        if bytes.starts(with: [0xFF, 0xFE]) { return wide(bytes.dropFirst(2), UTF16.self, bigEndian: false, "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return wide(bytes.dropFirst(2), UTF16.self, bigEndian: true, "utf-16be") }
        if let kind = FileSniffer.nonText(bytes) { throw RefusedInput(looksLike: kind) }
        return utf8(bytes, encoding: "utf-8")
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
