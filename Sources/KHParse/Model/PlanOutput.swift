/// Everything kh-parse says about one input: the JSON of output.md, version 1.
public struct PlanOutput: Sendable, Hashable, JSONRepresentable {
    public static let schemaVersion = "1"

    public var source: SourceInfo
    public var document: DocumentInfo
    public var sections: [Section]
    public var tasks: [PlanTask]
    public var agencies: [AgencyEntry]
    public var tables: [Table]
    public var dropped: [DroppedText]
    public var diagnostics: [Diagnostic]

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
    public var name: String
    public var sha256: String
    public var bytes: Int
    public var encoding: String
    /// Repairs that changed something, in pipeline order: "nfc", "line-endings", "page-numbers" …
    public var repairs: [String]

    public var json: JSONValue {
        .object([("name", .string(name)), ("sha256", .string(sha256)), ("bytes", .int(bytes)),
                 ("encoding", .string(encoding)), ("repairs", repairs.json)])
    }
}
