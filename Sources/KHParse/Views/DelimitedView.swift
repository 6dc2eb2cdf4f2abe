/// One row per task for spreadsheets and scripts: CSV (RFC 4180: CRLF, fields with a comma, quote
/// or line break quoted, quotes doubled) or TSV (tabs and line breaks inside a field become spaces).
/// A task with several deadlines lists them in order in each deadline column, separated by "; "
/// (an absent value is empty, so the columns stay aligned); agencies are separated by "; " too,
/// since their names may hold commas.
enum DelimitedView {
    static let columns = ["document_number", "issuer", "issued", "task_id", "section", "number", "text", "lead",
                                 "support", "requested", "deadline_text", "deadline_kind", "deadline_start", "deadline_end",
                                 "rrule", "origin", "lines", "source"]

    enum Dialect: Sendable { case csv, tsv }

    /// `excel`: a UTF-8 byte-order mark first, which Excel needs to read the file as UTF-8.
    /// `header`: the column names first (a stream writes them once, then the rows of each document).
    static func render(_ rows: [TaskRow], dialect: Dialect, excel: Bool = false, header: Bool = true) -> String {
        var out = excel ? "\u{FEFF}" : ""
        let end = dialect == .csv ? "\r\n" : "\n"
        if header { out += line(columns, dialect) + end }
        for row in rows { out += line(fields(row), dialect) + end }
        return out
    }

    static func fields(_ row: TaskRow) -> [String] {
        let t = row.task
        let d = t.deadlines
        return [row.number ?? "", row.issuer ?? "", row.issued?.iso ?? "", t.id, t.section ?? "", t.number ?? "", t.text,
                names(t.lead), names(t.support), names(t.requested),
                d.map(\.text).joined(separator: "; "), d.map(\.kind.rawValue).joined(separator: "; "),
                d.map { $0.start?.iso ?? "" }.joined(separator: "; "), d.map { $0.end?.iso ?? "" }.joined(separator: "; "),
                d.map { $0.rrule ?? "" }.joined(separator: "; "), t.origin.rawValue,
                t.lines.first == t.lines.last ? "\(t.lines.first)" : "\(t.lines.first)-\(t.lines.last)", row.source]
            .map { $0.allSatisfy { $0 == ";" || $0 == " " } ? "" : $0 }
    }

    static func names(_ agencies: [Agency]) -> String { agencies.map(\.name).joined(separator: "; ") }

    private static func line(_ fields: [String], _ dialect: Dialect) -> String {
        switch dialect {
        case .csv:
            return fields.map { field in
                guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: ",")
        case .tsv:
            return fields.map { field in
                String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
            }.joined(separator: "\t")
        }
    }
}
