/// Everything kh-parse says about one input: the JSON of output.md, version 1.
public struct PlanOutput: Sendable, Hashable, JSONRepresentable {
    public static let schemaVersion = "1"

    public internal(set) var source: SourceInfo
    public internal(set) var document: DocumentInfo
    public internal(set) var sections: [Section]
    public internal(set) var tasks: [PlanTask]
    public internal(set) var agencies: [AgencyEntry]
    public internal(set) var tables: [Table]
    public internal(set) var dropped: [DroppedText]
    public internal(set) var diagnostics: [Diagnostic]

    public var json: JSONValue {
        .object([
            ("schemaVersion", .string(PlanOutput.schemaVersion)), ("source", source.json),
            ("document", document.json), ("sections", sections.json), ("tasks", tasks.json),
            ("agencies", agencies.json), ("tables", tables.json), ("dropped", dropped.json),
            ("diagnostics", diagnostics.json),
        ])
    }
}

/// What was read and what was done to it.
public struct SourceInfo: Sendable, Hashable, JSONRepresentable {
    public internal(set) var name: String
    public internal(set) var sha256: String
    public internal(set) var bytes: Int
    public internal(set) var encoding: String
    /// Repairs that changed something, in pipeline order: "nfc", "line-endings", "page-numbers" …
    public internal(set) var repairs: [String]

    public var json: JSONValue {
        .object([("name", .string(name)), ("sha256", .string(sha256)), ("bytes", .int(bytes)),
                 ("encoding", .string(encoding)), ("repairs", repairs.json)])
    }
}
