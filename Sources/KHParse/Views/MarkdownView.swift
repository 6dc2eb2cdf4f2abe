/// A Markdown table to paste into a report: one heading per document, then one row per task.
enum MarkdownView {
    static func render(_ rows: [TaskRow]) -> String {
        var out: [String] = []
        var current: String?
        for row in rows {
            let key = row.source + "\u{1F}" + row.sourceSHA256
            if key != current {
                if current != nil { out.append("") }
                current = key
                out.append("### " + heading(row))
                out.append("")
                out.append("| ID | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |")
                out.append("|---|---|---|---|---|")
            }
            let t = row.task
            let cells = [t.id + (row.merged.map { " (= \($0))" } ?? ""), t.text, t.lead.map(\.name).joined(separator: "; "), t.support.map(\.name).joined(separator: "; "),
                         t.deadlines.map(DeadlineWords.words).joined(separator: "\n")]
            out.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// "122/KH-UBND · Ủy ban nhân dân thành phố Hải Phòng · 10/04/2026", or the file's name.
    static func heading(_ row: TaskRow) -> String {
        let parts = [row.number, row.issuer, row.issued.map(DeadlineWords.day)].compactMap { $0 }
        return escape(parts.isEmpty ? row.source : parts.joined(separator: " · "))
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += "<br>"
            case "<": out += "&lt;"
            default: out.append(ch)
            }
        }
        return out
    }
}
