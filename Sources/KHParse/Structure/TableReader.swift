/// Turns a run of tab-separated lines into a Table: the first row is the header, a header repeated
/// after a page break is dropped (reason `repeated-header`), and column roles come from the header
/// words on folded text.
enum TableReader {
    struct Result {
        var table: Table
        var dropped: [DroppedText]
        var diagnostics: [Diagnostic]
    }

    static func read(_ lines: [TableLine], id: String, caption: String?) -> Result {
        var dropped: [DroppedText] = []
        var diagnostics: [Diagnostic] = []
        let header = lines[0].cells
        let headerKey = header.map { Fold.key($0) }
        let width = max(header.count, lines.map { significantWidth($0.cells) }.max() ?? 0)
        let roles = fitted(header, width: width).map(role(of:))
        let indexColumn = roles.firstIndex(of: .index)
        var rows: [TableRow] = []
        var previousLine = lines[0].lastLine
        var afterBreak = false
        for line in lines.dropFirst() {
            defer { previousLine = line.lastLine }
            // A gap of blank lines or a page number between two rows is a page break.
            if line.line > previousLine + 1 { afterBreak = true }
            // Only rows whose first cell reads like the header's are compared in full.
            if line.cells.first.map({ Fold.key($0) }) == headerKey.first,
               line.cells.map({ Fold.key($0) }) == headerKey || trimmedKey(line.cells) == trimmedKey(header) {
                dropped.append(DroppedText(text: line.cells.joined(separator: "\t"), reason: .repeatedHeader, lines: LineRange(line.line, line.lastLine)))
                afterBreak = true
                continue
            }
            let cells = fitted(line.cells, width: width)
            if let index = indexColumn, !rows.isEmpty, cells[index].isEmpty,
               afterBreak || cells.contains(where: { !$0.isEmpty && Text.startsLowercase($0) }) {
                // A row cut by a page break (or starting mid-sentence) continues the row above,
                // cell by cell: "Thực hiện thí điểm trong quý" + "II/2026, sau đó nhân rộng."
                // Grown where it stands: a copy of the row made each continued line copy its cells so far.
                let last = rows.count - 1
                let number = rows[last].cells[index].isEmpty ? "above" : rows[last].cells[index]
                for k in cells.indices where !cells[k].isEmpty {
                    if rows[last].cells[k].isEmpty { rows[last].cells[k] = cells[k] } else { rows[last].cells[k] += " " + cells[k] }
                }
                rows[last].lines = rows[last].lines.union(LineRange(line.line, line.lastLine))
                diagnostics.append(Diagnostic(.note, .tableRowMerged, "\(id): the row on line \(line.line) continues row \(number) across a page break",
                                              lines: rows[last].lines))
            } else {
                rows.append(TableRow(cells: cells, lines: LineRange(line.line, line.lastLine)))
            }
            afterBreak = false
        }
        let columns = fitted(header, width: width)
        let table = Table(id: id, caption: caption, columns: columns, roles: roles,
                          rows: rows, lines: LineRange(lines.first!.line, lines.last!.lastLine))
        return Result(table: table, dropped: dropped, diagnostics: diagnostics)
    }

    /// Cells after the last non-empty one are layout, not columns.
    private static func significantWidth(_ cells: [String]) -> Int {
        (cells.lastIndex { !$0.isEmpty } ?? -1) + 1
    }

    private static func trimmedKey(_ cells: [String]) -> [String] {
        Array(cells.map { Fold.key($0) }.prefix(significantWidth(cells)))
    }

    /// Pads short rows with empty cells; a row longer than the table keeps its extra text in the
    /// last column, so no cell is lost.
    private static func fitted(_ cells: [String], width: Int) -> [String] {
        guard width > 0 else { return cells }
        if cells.count <= width { return cells + Array(repeating: "", count: width - cells.count) }
        let extra = cells[(width - 1)...].filter { !$0.isEmpty }.joined(separator: " ")
        return Array(cells.prefix(width - 1)) + [extra]
    }

    static func role(of column: String) -> Table.ColumnRole {
        let key = Fold.key(column)
        if key == "stt" || key == "tt" || key == "so tt" || key == "so thu tu" { return .index }
        if key.containsBytes("chu tri") { return .lead }
        if key.containsBytes("phoi hop") { return .support }
        if key.hasPrefix("thoi gian") || key.hasPrefix("thoi han") || key.hasPrefix("tien do") || key.containsBytes("thoi gian hoan thanh") { return .deadline }
        if key.hasPrefix("san pham") || key.hasPrefix("ket qua") { return .product }
        if key.containsBytes("nhiem vu") || key.hasPrefix("noi dung") || key.hasPrefix("ten nhiem vu") || key.hasPrefix("cong viec") { return .task }
        if key.hasPrefix("co quan thuc hien") || key.hasPrefix("don vi thuc hien") { return .lead }
        return .other
    }
}
