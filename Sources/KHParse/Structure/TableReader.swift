/// Turns a run of tab-separated lines into a Table: the first row is the header, a header repeated
/// after a page break is dropped (reason `repeated-header`), and column roles come from the header
/// words on folded text.
enum TableReader {
    static func read(_ lines: [TableLine], id: String, caption: String?) -> (Table, [DroppedText]) {
        var dropped: [DroppedText] = []
        let header = lines[0].cells
        let headerKey = header.map { Fold.key($0) }
        let width = max(header.count, lines.map { significantWidth($0.cells) }.max() ?? 0)
        var rows: [TableRow] = []
        for line in lines.dropFirst() {
            // Only rows whose first cell reads like the header's are compared in full.
            if line.cells.first.map({ Fold.key($0) }) == headerKey.first,
               line.cells.map({ Fold.key($0) }) == headerKey || trimmedKey(line.cells) == trimmedKey(header) {
                dropped.append(DroppedText(text: line.cells.joined(separator: "\t"), reason: .repeatedHeader, lines: LineRange(line: line.line)))
                continue
            }
            rows.append(TableRow(cells: fitted(line.cells, width: width), lines: LineRange(line: line.line)))
        }
        let columns = fitted(header, width: width)
        let table = Table(id: id, caption: caption, columns: columns, roles: columns.map(role(of:)),
                          rows: rows, lines: LineRange(lines.first!.line, lines.last!.line))
        return (table, dropped)
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
        if key.contains("chu tri") { return .lead }
        if key.contains("phoi hop") { return .support }
        if key.hasPrefix("thoi gian") || key.hasPrefix("thoi han") || key.hasPrefix("tien do") || key.contains("thoi gian hoan thanh") { return .deadline }
        if key.hasPrefix("san pham") || key.hasPrefix("ket qua") { return .product }
        if key.contains("nhiem vu") || key.hasPrefix("noi dung") || key.hasPrefix("ten nhiem vu") || key.hasPrefix("cong viec") { return .task }
        if key.hasPrefix("co quan thuc hien") || key.hasPrefix("don vi thuc hien") { return .lead }
        return .other
    }
}
