/// A table recovered from flattened text (tab-separated rows, for now).
public struct Table: Sendable, Hashable, JSONRepresentable {
    public enum ColumnRole: String, Sendable, CaseIterable {
        case index, task, lead, support, deadline, product, other
    }

    public var id: String
    public var caption: String?
    public var columns: [String]
    public var roles: [ColumnRole]
    public var rows: [TableRow]
    public var lines: LineRange

    public var json: JSONValue {
        .object([("id", .string(id)), ("caption", .string(orNull: caption)), ("columns", columns.json),
                 ("roles", roles.map(\.rawValue).json), ("rows", rows.json), ("lines", lines.json)])
    }
}

public struct TableRow: Sendable, Hashable, JSONRepresentable {
    public var cells: [String]
    public var lines: LineRange

    public var json: JSONValue { .object([("cells", cells.json), ("lines", lines.json)]) }
}
