/// A table recovered from flattened text (tab-separated rows, for now).
///
/// `{"id": "T1", "columns": ["STT", "Nội dung", "Cơ quan chủ trì"], "roles": ["index", "task", "lead"], …}`.
public struct Table: Sendable, Hashable, JSONWritable {
    /// What a column holds: `.task` for "Nội dung nhiệm vụ", `.lead` for "Cơ quan chủ trì".
    public enum ColumnRole: String, Sendable, CaseIterable {
        /// "STT"
        case index
        /// "Nội dung nhiệm vụ"
        case task
        /// "Cơ quan chủ trì"
        case lead
        /// "Cơ quan phối hợp"
        case support
        /// "Thời gian thực hiện"
        case deadline
        /// "Sản phẩm"
        case product
        /// any other column
        case other
    }

    /// "T1", "T2" … in reading order.
    public internal(set) var id: String
    /// The line above the table that names it, or nil.
    public internal(set) var caption: String?
    /// The header cells.
    public internal(set) var columns: [String]
    /// What each column holds.
    public internal(set) var roles: [ColumnRole]
    /// The data rows; a row continued across a page is one row.
    public internal(set) var rows: [TableRow]
    /// From the header to the last row.
    public internal(set) var lines: LineRange

    /// The table object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("id", id); out.member("caption", caption); out.member("columns", columns)
        out.member("roles", roles.map(\.rawValue)); out.member("rows", rows); out.member("lines", lines)
        out.endObject()
    }
}

/// A data row of a table: `{"cells": ["1", "Tham mưu …", "Công an thành phố", "", "Thường xuyên"], "lines": [364, 367]}`.
public struct TableRow: Sendable, Hashable, JSONWritable {
    /// One text per column.
    public internal(set) var cells: [String]
    /// Its input lines.
    public internal(set) var lines: LineRange

    /// `{"cells", "lines"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("cells", cells); out.member("lines", lines)
        out.endObject()
    }
}
