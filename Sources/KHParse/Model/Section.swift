/// A node of the document's outline: a numbered heading, an item, or a bullet.
/// "II/1 · 1. · Công tác quán triệt, triển khai".
public struct Section: Sendable, Hashable, JSONRepresentable {
    public enum Style: String, Sendable, CaseIterable {
        /// "Điều 1." of a decision.
        case article
        case roman, arabic, decimal, letter, bullet
        /// Text with no marker of its own: the preamble before the first heading, an appendix.
        case none
    }

    public enum Role: String, Sendable, CaseIterable {
        case purpose, requirements, basis, objectives, viewpoints, scope, review, tasks, assignment
        case funding, organization, appendix, other

        /// Roles whose leaf items are tasks.
        public var bearsTasks: Bool {
            switch self {
            case .tasks, .assignment, .funding, .organization, .other: return true
            default: return false
            }
        }
    }

    public internal(set) var id: String
    public internal(set) var number: String?
    public internal(set) var marker: String?
    public internal(set) var style: Style
    public internal(set) var title: String?
    public internal(set) var role: Role
    public internal(set) var agency: Agency?
    public internal(set) var paragraphs: [Paragraph] = []
    public internal(set) var fields: [Field] = []
    public internal(set) var children: [Section] = []
    public internal(set) var lines: LineRange

    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("number", .string(orNull: number)), ("marker", .string(orNull: marker)),
            ("style", .string(style.rawValue)), ("title", .string(orNull: title)), ("role", .string(role.rawValue)),
            ("agency", agency?.json ?? .null), ("paragraphs", paragraphs.json), ("fields", fields.json),
            ("children", children.json), ("lines", lines.json),
        ])
    }
}

public struct Paragraph: Sendable, Hashable, JSONRepresentable {
    public internal(set) var text: String
    public internal(set) var lines: LineRange

    public var json: JSONValue { .object([("text", .string(text)), ("lines", lines.json)]) }
}

/// A label line that describes its item: "Thời gian hoàn thành: Tháng 3/2023."
public struct Field: Sendable, Hashable, JSONRepresentable {
    public internal(set) var label: String
    /// The label's value; bullets under an empty label ("Nhiệm vụ:" / "- …" / "- …") follow one
    /// another as "- … - …" (output.md allows no line break in a value).
    public internal(set) var text: String
    public internal(set) var deadlines: [Deadline]
    public internal(set) var lines: LineRange
    /// The bullets under the label, one each, for the task they fill (parts, agency lists).
    var items: [String] = []

    public var json: JSONValue {
        .object([("label", .string(label)), ("text", .string(text)), ("deadlines", deadlines.json), ("lines", lines.json)])
    }
}
