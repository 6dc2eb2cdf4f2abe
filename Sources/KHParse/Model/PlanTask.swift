/// An actionable item: who leads, who supports, by when.
///
/// "b) Tổ chức tập huấn (Sở Tư pháp chủ trì), hoàn thành trong Quý II/2026." → text "Tổ chức tập huấn", lead Sở Tư pháp, one deadline.
public struct PlanTask: Sendable, Hashable, JSONWritable {
    /// Where the task stands: a body item, or a table row.
    ///
    /// `"body"` for "1. Rà soát …" under a heading, `"table"` for a row of an assignment table.
    public enum Origin: String, Sendable {
        /// An item of the text.
        case body
        /// A row of a task table.
        case table
    }

    /// Unique and stable: "III/1/b3" (the 3rd bullet of III/1), "T1/64" (table 1, row 64).
    public internal(set) var id: String
    /// The item's own number: "1.1", or nil for a bullet.
    public internal(set) var number: String?
    /// The id of the section that holds the item, or the table (or its group row) for a row.
    public internal(set) var section: String?
    /// The statement, without its agency parenthesis and deadline.
    public internal(set) var text: String
    /// Who leads: chủ trì, the heading's agency, the "Cơ quan chủ trì" column.
    public internal(set) var lead: [Agency] = []
    /// Who supports: phối hợp, the "Cơ quan phối hợp" column.
    public internal(set) var support: [Agency] = []
    /// Bodies asked rather than ordered: "đề nghị Ủy ban MTTQ …".
    public internal(set) var requested: [Agency] = []
    /// Its deadlines, in order; empty when it states none.
    public internal(set) var deadlines: [Deadline] = []
    /// Measurable commitments: "100% số đơn vị cấp xã".
    public internal(set) var targets: [Target] = []
    /// Bullets that spell out the task ("… gồm:" followed by bullets).
    public internal(set) var parts: [Paragraph] = []
    /// Body item or table row.
    public internal(set) var origin: Origin
    /// The id of the body task or table row that states the same assignment (Extract/SameAssignment.swift).
    public internal(set) var sameAs: String? = nil
    /// The item's or row's lines.
    public internal(set) var lines: LineRange

    /// The task object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("id", id); out.member("number", number); out.member("section", section)
        out.member("text", text); out.member("lead", lead); out.member("support", support); out.member("requested", requested)
        out.member("deadlines", deadlines); out.member("targets", targets); out.member("parts", parts)
        out.member("origin", origin.rawValue); out.member("sameAs", sameAs); out.member("lines", lines)
        out.endObject()
    }
}

/// A measurable commitment: "100% số đơn vị cấp xã" → percent 100.
public struct Target: Sendable, Hashable, JSONWritable {
    /// The commitment as written.
    public internal(set) var text: String
    /// The percentage it names, or nil.
    public internal(set) var percent: Double?

    /// `{"text", "percent"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("text", text); out.member("percent", percent)
        out.endObject()
    }
}
