/// A table recovered from flattened text (tab-separated rows, for now).
public struct Table: Sendable, Hashable, JSONRepresentable {
    public enum ColumnRole: String, Sendable, CaseIterable {
        case index, task, lead, support, deadline, product, other
    }

    public internal(set) var id: String
    public internal(set) var caption: String?
    public internal(set) var columns: [String]
    public internal(set) var roles: [ColumnRole]
    public internal(set) var rows: [TableRow]
    public internal(set) var lines: LineRange

    public var json: JSONValue {
        .object([("id", .string(id)), ("caption", .string(orNull: caption)), ("columns", columns.json),
                 ("roles", roles.map(\.rawValue).json), ("rows", rows.json), ("lines", lines.json)])
    }
}

public struct TableRow: Sendable, Hashable, JSONRepresentable {
    public internal(set) var cells: [String]
    public internal(set) var lines: LineRange

    public var json: JSONValue { .object([("cells", cells.json), ("lines", lines.json)]) }
}
