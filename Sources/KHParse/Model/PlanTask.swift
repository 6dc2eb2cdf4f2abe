/// An actionable item: who leads, who supports, by when.
public struct PlanTask: Sendable, Hashable, JSONRepresentable {
    public enum Origin: String, Sendable { case body, table }

    public internal(set) var id: String
    public internal(set) var number: String?
    public internal(set) var section: String?
    public internal(set) var text: String
    public internal(set) var lead: [Agency] = []
    public internal(set) var support: [Agency] = []
    public internal(set) var requested: [Agency] = []
    public internal(set) var deadlines: [Deadline] = []
    public internal(set) var targets: [Target] = []
    public internal(set) var parts: [Paragraph] = []
    public internal(set) var origin: Origin
    /// The id of the body task or table row that states the same assignment (Extract/SameAssignment.swift).
    public internal(set) var sameAs: String? = nil
    public internal(set) var lines: LineRange

    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("number", .string(orNull: number)), ("section", .string(orNull: section)),
            ("text", .string(text)), ("lead", lead.json), ("support", support.json), ("requested", requested.json),
            ("deadlines", deadlines.json), ("targets", targets.json), ("parts", parts.json),
            ("origin", .string(origin.rawValue)), ("sameAs", .string(orNull: sameAs)), ("lines", lines.json),
        ])
    }
}

/// A measurable commitment: "100% số đơn vị cấp xã" → percent 100.
public struct Target: Sendable, Hashable, JSONRepresentable {
    public internal(set) var text: String
    public internal(set) var percent: Double?

    public var json: JSONValue { .object([("text", .string(text)), ("percent", percent.map(JSONValue.number) ?? .null)]) }
}
