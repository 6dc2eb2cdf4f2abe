/// A readable dump of what was parsed, one node per line with its input lines — the snapshot a
/// person reviews beside the JSON golden file (`kh-parse dump`).
///
///     section II/1 @59-223 arabic tasks "Công tác quán triệt, triển khai"
///       item II/1/1.1 @61-76 decimal "Phối hợp Tổ chức Hội nghị trực tuyến…"
///         field @76 "Thời gian hoàn thành" → due 2023-03-01..2023-03-31 month
///     task II/1/1.1 @61-76 "Phối hợp Tổ chức Hội nghị trực tuyến …" lead=[…] deadlines=[due 2023-03-01..2023-03-31 month]
public enum TreeDump {
    /// The tree of `plan`, one node a line with its input lines: `section I @13-31 roman purpose "MỤC ĐÍCH, YÊU CẦU"`.
    public static func render(_ plan: PlanOutput) -> String {
        var out: [String] = []
        let d = plan.document
        out.append("document type=\(d.type ?? "-") number=\(d.number ?? "-") issuer=\(d.issuer ?? "-") place=\(d.place ?? "-") issued=\(d.issued?.iso ?? "-")")
        if let title = d.title { out.append("  title \(quote(title))") }
        if let s = d.signer {
            out.append("  signer \(s.name ?? "-") · \(s.position ?? "-") · \(s.authority ?? "-") · \(s.delegation ?? "-")")
        }
        for r in d.recipients { out.append("  recipient \(quote(r))") }
        for r in d.references { out.append("  reference \(at(r.lines)) \(r.type ?? "-") \(r.number ?? "-") \(r.issued?.iso ?? "-") \(quote(r.text))") }
        for a in d.abbreviations { out.append("  abbreviation \(at(a.lines)) \(a.short) = \(quote(a.long))") }
        for section in plan.sections { dump(section, depth: 0, into: &out) }
        for table in plan.tables {
            out.append("table \(table.id) \(at(table.lines)) \(table.columns.count) columns, \(table.rows.count) rows, roles \(table.roles.map(\.rawValue).joined(separator: "/"))" + (table.caption.map { " " + quote($0) } ?? ""))
        }
        for task in plan.tasks {
            var line = "task \(task.id) \(at(task.lines)) \(excerpt(task.text))"
            if let other = task.sameAs { line += " sameAs=\(other)" }
            if !task.lead.isEmpty { line += " lead=[\(task.lead.map(\.name).joined(separator: "; "))]" }
            if !task.support.isEmpty { line += " support=[\(task.support.map(\.name).joined(separator: "; "))]" }
            if !task.requested.isEmpty { line += " requested=[\(task.requested.map(\.name).joined(separator: "; "))]" }
            if !task.deadlines.isEmpty { line += " deadlines=[\(task.deadlines.map(describe).joined(separator: "; "))]" }
            if !task.parts.isEmpty { line += " parts=\(task.parts.count)" }
            out.append(line)
        }
        for item in plan.dropped { out.append("dropped \(at(item.lines)) \(item.reason.rawValue) \(quote(item.text))") }
        for item in plan.diagnostics { out.append("\(item.severity.rawValue) \(item.lines.map(at) ?? "@-") \(item.code.rawValue): \(item.message)") }
        return out.joined(separator: "\n") + "\n"
    }

    private static func dump(_ section: Section, depth: Int, into out: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        let kind = section.children.isEmpty && section.style != .roman && section.style != .none ? "item" : "section"
        var line = "\(pad)\(kind) \(section.id) \(at(section.lines)) \(section.style.rawValue) \(section.role.rawValue)"
        if let title = section.title { line += " " + quote(title) }
        if let agency = section.agency { line += " agency=\(agency.name)" }
        out.append(line)
        for p in section.paragraphs { out.append("\(pad)  paragraph \(at(p.lines)) \(quote(p.text))") }
        for f in section.fields {
            out.append("\(pad)  field \(at(f.lines)) \(quote(f.label))" + (f.deadlines.isEmpty ? "" : " → " + f.deadlines.map(describe).joined(separator: "; ")))
        }
        for child in section.children { dump(child, depth: depth + 1, into: &out) }
    }

    static func describe(_ d: Deadline) -> String {
        var parts = [d.kind.rawValue]
        if d.start != nil || d.end != nil { parts.append("\(d.start?.iso ?? "null")..\(d.end?.iso ?? "null")") }
        if let t = d.time { parts.append(t) }
        if let g = d.grain { parts.append(g.rawValue) }
        if let r = d.rrule { parts.append(r) }
        if let o = d.offset { parts.append(o) }
        if let e = d.event { parts.append("event=\(e)") }
        return parts.joined(separator: " ")
    }

    private static func at(_ lines: LineRange) -> String {
        lines.first == lines.last ? "@\(lines.first)" : "@\(lines.first)-\(lines.last)"
    }

    /// A task's text, quoted: its first 100 characters, "…" when there is more.
    private static func excerpt(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ⏎ ")
        return "\"" + (flat.count > 100 ? String(flat.prefix(100)) + "…" : flat) + "\""
    }

    /// Quoted, cut to 72 characters so the dump stays one screen wide.
    private static func quote(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ⏎ ")
        return "\"" + (flat.count > 72 ? String(flat.prefix(71)) + "…" : flat) + "\""
    }
}
