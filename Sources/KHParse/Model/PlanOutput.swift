/// Everything kh-parse says about one input: the JSON of output.md, version 1.
///
/// `try KHParser.parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát hồ sơ (Sở Tư pháp).\n").tasks[0].lead[0].name` is "Sở Tư pháp".
public struct PlanOutput: Sendable, Hashable, JSONWritable {
    /// "1": the version of the output model this library writes and reads.
    public static let schemaVersion = "1"

    /// What was read and what was done to it.
    public internal(set) var source: SourceInfo
    /// The header and footer blocks.
    public internal(set) var document: DocumentInfo
    /// The section tree, in reading order.
    public internal(set) var sections: [Section]
    /// Every task, flat, in reading order: body items first, then table rows.
    public internal(set) var tasks: [PlanTask]
    /// Who must do what: each agency with the ids of its tasks.
    public internal(set) var agencies: [AgencyEntry]
    /// The tables recovered from the text.
    public internal(set) var tables: [Table]
    /// Text removed from the flow, with the reason.
    public internal(set) var dropped: [DroppedText]
    /// What was found wrong or worth knowing, in line order.
    public internal(set) var diagnostics: [Diagnostic]

    /// The whole document, keys in the contract's order.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("schemaVersion", PlanOutput.schemaVersion); out.member("source", source)
        out.member("document", document); out.member("sections", sections); out.member("tasks", tasks)
        out.member("agencies", agencies); out.member("tables", tables); out.member("dropped", dropped)
        out.member("diagnostics", diagnostics)
        out.endObject()
    }
}

/// What was read and what was done to it.
///
/// `{"name": "kh-12.txt", "sha256": "…", "bytes": 84758, "encoding": "tcvn3", "repairs": ["decoded-tcvn3", "nfc"]}`.
public struct SourceInfo: Sendable, Hashable, JSONWritable {
    /// The file's name, "-" for standard input, or the path in a batch.
    public internal(set) var name: String
    /// The SHA-256 of the input's bytes, lowercase hex.
    public internal(set) var sha256: String
    /// The input's size in bytes.
    public internal(set) var bytes: Int
    /// What the bytes were read as: "utf-8", "utf-16le", "tcvn3" ….
    public internal(set) var encoding: String
    /// Repairs that changed something, in pipeline order: "nfc", "line-endings", "page-numbers" …
    public internal(set) var repairs: [String]

    /// The `source` object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("name", name); out.member("sha256", sha256); out.member("bytes", bytes)
        out.member("encoding", encoding); out.member("repairs", repairs)
        out.endObject()
    }
}
