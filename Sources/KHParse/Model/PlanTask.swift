/// An actionable item: who leads, who supports, by when.
public struct PlanTask: Sendable, Hashable, JSONRepresentable {
    public enum Origin: String, Sendable { case body, table }

    public var id: String
    public var number: String?
    public var section: String?
    public var text: String
    public var lead: [Agency] = []
    public var support: [Agency] = []
    public var requested: [Agency] = []
    public var deadlines: [Deadline] = []
    public var targets: [Target] = []
    public var parts: [Paragraph] = []
    public var origin: Origin
    /// The id of the body task or table row that states the same assignment (Extract/SameAssignment.swift).
    public var sameAs: String? = nil
    public var lines: LineRange

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
    public var text: String
    public var percent: Double?

    public var json: JSONValue { .object([("text", .string(text)), ("percent", percent.map(JSONValue.number) ?? .null)]) }
}
