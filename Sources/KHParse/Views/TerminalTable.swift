/// The table on a terminal: one task per row (id, the task, lead, support, deadlines in words),
/// every cell wrapped to its column, never cut. Box drawing and colour only when asked for (the CLI
/// asks on a terminal); when the task column would be narrower than `minimumTaskWidth`, each task
/// is a block of lines instead (narrow terminals).
struct TerminalTable: Sendable {
    var width: Int
    /// Box-drawing rules between columns and rows; plain spaces and a blank line otherwise.
    var box: Bool
    /// ANSI colour: bold headers, dim ids, deadlines already past `today` in red.
    var color: Bool
    var today: CivilDate?

    static let minimumTaskWidth = 20
    static let headers = ["ID", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]

    init(width: Int, box: Bool, color: Bool, today: CivilDate? = nil) {
        self.width = max(width, 20)
        self.box = box
        self.color = color
        self.today = today
    }

    func render(_ rows: [TaskRow]) -> String {
        var out: [String] = []
        var start = 0
        // One block per run of rows from the same document, under its heading.
        while start < rows.count {
            var end = start + 1
            while end < rows.count && rows[end].sourceSHA256 == rows[start].sourceSHA256 && rows[end].source == rows[start].source { end += 1 }
            if !out.isEmpty { out.append("") }
            for line in TerminalTable.wrap(MarkdownViewHeading.text(rows[start]), width: width) { out.append(paint(line, .bold)) }
            out += block(Array(rows[start..<end]))
            start = end
        }
        if rows.isEmpty { out.append("(no tasks)") }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: layout

    enum Paint { case none, bold, dim, red }

    private struct Cell { var lines: [String]; var paint: Paint }

    private func cells(_ row: TaskRow) -> [[(String, Paint)]] {
        let t = row.task
        let deadlines: [(String, Paint)] = t.deadlines.map { d in
            let late = today.flatMap { today in d.end.map { $0 < today } } ?? false
            return (DeadlineWords.words(d), late ? .red : .none)
        }
        // A body task that stands for a table row too names it: "= T1/15".
        let id: [(String, Paint)] = [(t.id, .dim)] + (row.merged.map { [("= " + $0, .dim)] } ?? [])
        return [id, [(t.text, .none)], t.lead.map { ($0.name, .none) }, t.support.map { ($0.name, .none) }, deadlines]
    }

    private func block(_ rows: [TaskRow]) -> [String] {
        let all = rows.map(cells)
        // Five columns when the task gets room; else lead and support share a column ("+ " before
        // each supporting body); else (narrow terminals) one block of lines per task.
        if let table = table(all, headers: TerminalTable.headers, shares: [0, 0, 18, 18, 22], taskMinimum: 28) { return table }
        let merged = all.map { row in [row[0], row[1], row[2] + row[3].map { ("+ " + $0.0, $0.1) }, row[4]] }
        let headers = ["ID", "Nhiệm vụ", "Chủ trì (+ phối hợp)", "Thời hạn"]
        if let table = table(merged, headers: headers, shares: [0, 0, 20, 22], taskMinimum: TerminalTable.minimumTaskWidth) { return table }
        return stacked(all)
    }

    /// Column 0 is the id, column 1 the task; the others get `shares` percent of what is left
    /// (at least their longest word, at most their longest line), the task the rest.
    private func table(_ all: [[[(String, Paint)]]], headers: [String], shares: [Int], taskMinimum: Int) -> [String]? {
        let columns = headers.count
        let overhead = box ? 3 * columns + 1 : 2 * (columns - 1)
        func natural(_ c: Int) -> Int { max(headers[c].count, all.map { $0[c].map(\.0.count).max() ?? 0 }.max() ?? 0) }
        func longestWord(_ c: Int) -> Int {
            all.flatMap { $0[c].flatMap { $0.0.split(separator: " ").map(\.count) } }.max() ?? 0
        }
        var widths = [min(natural(0), 12), 0]
        let rest = width - overhead - widths[0]
        for c in 2..<columns {
            widths.append(min(natural(c), max(min(longestWord(c), 24), 8, rest * shares[c] / 100)))
        }
        widths[1] = min(natural(1), rest - widths[2...].reduce(0, +))
        guard widths[1] >= taskMinimum || (widths[1] == natural(1) && widths[1] > 0) else { return nil }

        var out: [String] = []
        if box { out.append(rule("┌", "┬", "┐", widths)) }
        out += render(headers.map { [($0, Paint.bold)] }, widths)
        out.append(box ? rule("├", "┼", "┤", widths) : widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (i, row) in all.enumerated() {
            if i > 0 { out.append(box ? rule("├", "┼", "┤", widths) : "") }
            out += render(row, widths)
        }
        if box { out.append(rule("└", "┴", "┘", widths)) }
        return out
    }

    private func render(_ row: [[(String, Paint)]], _ widths: [Int]) -> [String] {
        let wrapped: [[(String, Paint)]] = zip(row, widths).map { entries, w in
            entries.flatMap { text, paint in TerminalTable.wrap(text, width: w).map { ($0, paint) } }
        }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        var out: [String] = []
        for i in 0..<height {
            var pieces: [String] = []
            for (c, lines) in wrapped.enumerated() {
                let (text, style) = i < lines.count ? lines[i] : ("", Paint.none)
                let padding = String(repeating: " ", count: max(0, widths[c] - text.count))
                // The last column of a plain table needs no padding.
                pieces.append(self.paint(text, style) + (!box && c == wrapped.count - 1 ? "" : padding))
            }
            let line = box ? "│ " + pieces.joined(separator: " │ ") + " │" : pieces.joined(separator: "  ")
            out.append(box ? line : String(line.reversed().drop { $0 == " " }.reversed()))
        }
        return out
    }

    private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }

    /// Narrow terminals: each task a block, the id and deadlines first, then the text and agencies.
    private func stacked(_ all: [[[(String, Paint)]]]) -> [String] {
        var out: [String] = []
        for (i, row) in all.enumerated() {
            if i > 0 { out.append(box ? String(repeating: "─", count: width) : "") }
            for line in TerminalTable.wrap(row[0].map(\.0).joined(separator: " "), width: width) { out.append(paint(line, .bold)) }
            for (text, paint) in row[1] {
                out += TerminalTable.wrap(text, width: width - 2).map { "  " + self.paint($0, paint) }
            }
            for (label, entries) in [("Chủ trì: ", row[2]), ("Phối hợp: ", row[3]), ("Thời hạn: ", row[4])] where !entries.isEmpty {
                for (k, (text, paint)) in entries.enumerated() {
                    let lead = k == 0 ? label : String(repeating: " ", count: label.count)
                    let lines = TerminalTable.wrap(text, width: width - 2 - label.count)
                    for (j, line) in lines.enumerated() {
                        out.append("  " + (j == 0 ? lead : String(repeating: " ", count: label.count)) + self.paint(line, paint))
                    }
                }
            }
        }
        return out
    }

    private func paint(_ text: String, _ paint: Paint) -> String {
        guard color, !text.isEmpty else { return text }
        switch paint {
        case .none: return text
        case .bold: return "\u{1B}[1m" + text + "\u{1B}[0m"
        case .dim: return "\u{1B}[2m" + text + "\u{1B}[0m"
        case .red: return "\u{1B}[31m" + text + "\u{1B}[0m"
        }
    }

    /// Greedy word wrap to `width` characters, each paragraph (line of `text`) on its own lines; a
    /// word longer than the width is broken, never cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrapLine(String($0), width: width) }
    }

    private static func wrapLine(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
            var word = Substring(word)
            if current.isEmpty {
                // fall through
            } else if current.count + 1 + word.count <= width {
                current += " " + word
                continue
            } else {
                lines.append(current)
                current = ""
            }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

/// The heading line of a document's rows: "122/KH-UBND · Ủy ban nhân dân thành phố Hải Phòng · 10/04/2026 · plan.txt".
enum MarkdownViewHeading {
    static func text(_ row: TaskRow) -> String {
        ([row.number, row.issuer, row.issued.map(DeadlineWords.day)].compactMap { $0 } + [row.source]).joined(separator: " · ")
    }
}
