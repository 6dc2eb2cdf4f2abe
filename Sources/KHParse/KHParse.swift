import Foundation

/// The version of kh-parse, as `kh-parse --version` prints it: `"0.1.0"`.
public let khParseVersion = "0.1.0"

extension KHParser {
    /// Parses a plan held in a Swift string.
    ///
    /// The string is already Unicode, so no encoding is detected; normalization, structure and extraction run
    /// as for a file. `source.encoding` is `"utf-8"` and `source.sha256` is that of the string's UTF-8 bytes.
    ///
    /// ```swift
    /// let plan = try KHParser.parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát hồ sơ (Sở Tư pháp), trước ngày 30/6/2026.\n")
    /// plan.tasks[0].deadlines[0].end   // 2026-06-29
    /// ```
    ///
    /// - Throws: ``RefusedInput`` only when the text holds NUL bytes or other signs of binary data.
    public static func parse(text: String, name: String = "-", options: ParseOptions = ParseOptions()) throws(RefusedInput) -> PlanOutput {
        try parse(bytes: Array(text.utf8), name: name, options: options)
    }

    /// Reads a file and parses it; `source.name` is the file's name (`"kh-12.txt"` for `plans/kh-12.txt`).
    ///
    /// ```swift
    /// let plan = try KHParser.parse(contentsOf: URL(fileURLWithPath: "plans/kh-12.txt"))
    /// print(plan.document.number ?? "-")   // "122/KH-UBND"
    /// ```
    ///
    /// - Throws: the file system's error when the file cannot be read, ``RefusedInput`` when it is not text
    ///   (a PDF, a .docx, an image, binary data).
    public static func parse(contentsOf url: URL, options: ParseOptions = ParseOptions()) throws -> PlanOutput {
        let data = try Data(contentsOf: url)
        return try parse(bytes: Array(data), name: url.lastPathComponent, options: options)
    }

    /// The normalized text alone, as `kh-parse normalize` prints it: the input decoded (UTF-8, UTF-16/32, the
    /// legacy encodings), legacy-font mojibake repaired, invisible characters removed, NFC, marks in order and
    /// tones placed in the chosen style. Nothing is reflowed.
    ///
    /// ```swift
    /// let text = try KHParser.normalize(bytes: Array("Thành uỷ\r\n".utf8))
    /// // "Thành ủy\n"
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, in any encoding kh-parse reads.
    ///   - from: the input's encoding, or nil to detect it.
    ///   - toneStyle: where tone marks go in `oa`, `oe`, `uy` syllables.
    /// - Throws: ``RefusedInput`` when the bytes are clearly not text.
    public static func normalize(bytes: [UInt8], from: TextEncoding? = nil, toneStyle: ToneStyle = .classic) throws(RefusedInput) -> String {
        let decoded = try TextDecoder.decode(bytes, from: from)
        let options = NormalizationOptions(toneStyle: toneStyle, sourceEncoding: TextEncoding(rawValue: decoded.encoding))
        return TextNormalizer.normalize(decoded.text, options: options).text
    }

    /// The deadlines a phrase states, read on its own as `kh-parse deadlines` reads one line: each ``Deadline``
    /// without `lines`.
    ///
    /// ```swift
    /// let found = KHParser.deadlines(in: "hoàn thành trước ngày 15/4/2026", issued: CivilDate(iso: "2026-04-10"))
    /// // [Deadline(text: "trước ngày 15/4/2026", kind: .due, end: 2026-04-14, grain: .day)]
    /// ```
    ///
    /// - Parameters:
    ///   - phrase: free text (a sentence with a time in it, or none), or with `cell` the text of a deadline cell.
    ///   - issued: the issue date that places year-less phrases ("trước ngày 15/6").
    ///   - cell: read the phrase as a deadline table cell: text the grammar cannot read gives one `unparsed`
    ///     deadline instead of none.
    public static func deadlines(in phrase: String, issued: CivilDate? = nil, cell: Bool = false) -> [Deadline] {
        let context = DeadlineContext(issued: issued)
        return cell ? DeadlineGrammar.read(phrase, position: .cell, context: context) : DeadlineGrammar.scan(phrase, context: context)
    }
}

extension PlanOutput {
    /// The document as `kh-parse` prints it: every key of the schema in its order, `null` for absent values;
    /// `pretty` indents by two spaces and ends with a newline, compact output is one line without one.
    ///
    /// ```swift
    /// let json = plan.jsonText(pretty: false)   // {"schemaVersion":"1","source":{"name":"plan.txt",…
    /// ```
    public func jsonText(pretty: Bool = true) -> String { String(decoding: JSONWriter(pretty: pretty).bytes(self), as: UTF8.self) }

    /// The same bytes as `jsonText(pretty:)`, handed to `sink` in pieces of about 64 KB as they are made:
    /// for a large document, neither its whole JSON tree nor its whole text is held at once.
    ///
    /// ```swift
    /// plan.writeJSON(pretty: false) { piece in _ = write(STDOUT_FILENO, piece.baseAddress, piece.count) }
    /// ```
    public func writeJSON(pretty: Bool = true, to sink: (UnsafeRawBufferPointer) -> Void) {
        JSONWriter(pretty: pretty).write(self, to: sink)
    }
}
