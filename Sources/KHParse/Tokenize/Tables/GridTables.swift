/// Pandoc grid tables: `+---+` borders, "|" at the border's "+" positions, cells spanning lines.
///
///     +-----+---------------------+
///     | STT | Nội dung nhiệm vụ   |
///     +=====+=====================+
///     | 1   | Rà soát, xử lý điểm |
///     |     | hay xảy ra TNGT     |
///     +-----+---------------------+
///
/// gives rows ["STT", "Nội dung nhiệm vụ"] (line 2) and ["1", "Rà soát, xử lý điểm hay xảy ra TNGT"]
/// (lines 4–5): between two borders, each column's lines join into one cell. "+===+" only marks the
/// header's end; the header is the first row either way.
enum GridTables {
    static func find(in lines: [String]) -> [FoundTable] {
        var tables: [FoundTable] = []
        var i = 0
        while i < lines.count {
            guard isBorder(lines[i]) else { i += 1; continue }
            let columns = borderPositions(lines[i])
            var rows: [TableLine] = []
            var pending: [[String]] = []   // physical lines of the row being read, cut into columns
            var first = 0
            var end = i
            var k = i + 1
            while k < lines.count {
                if isBorder(lines[k]) {
                    if !pending.isEmpty { rows.append(row(pending, first: first, last: k)) }
                    pending = []
                    end = k
                } else if isContent(lines[k]) {
                    if pending.isEmpty { first = k + 1 }
                    pending.append(cut(lines[k], at: columns))
                    end = k
                } else {
                    break
                }
                k += 1
            }
            // An unclosed last row is still a row: its text must not be lost.
            if !pending.isEmpty { rows.append(row(pending, first: first, last: end + 1)) }
            if !rows.isEmpty, columns.count >= 3 {
                tables.append(FoundTable(rows: rows, lines: i...end, shape: .grid))
                i = end + 1
            } else if rows.isEmpty {
                // Borders only: no later start in the run finds a row either (trying each one read the rest
                // of the run again, so a run of n borders took time with the square of n).
                i = end + 1
            } else {
                // Too few columns at this border: a table can only start at a wider border of the run.
                var next = i + 1
                while next <= end, !(isBorder(lines[next]) && borderPositions(lines[next]).count >= 3) { next += 1 }
                i = next
            }
        }
        return tables
    }

    /// "+----+:---:+", "+====+====+": at least two "+", nothing but "+-=:" between them.
    static func isBorder(_ line: String) -> Bool {
        guard let first = line.firstByte, first == 0x2B || first == 0x20 else { return false }   // told by most first bytes
        let bytes = line.utf8.drop { $0 == 0x20 }
        guard bytes.first == 0x2B else { return false }
        var plus = 0, rule = 0
        for byte in bytes {
            switch byte {
            case 0x2B: plus += 1
            case 0x2D, 0x3D: rule += 1
            case 0x3A: continue
            case 0x20, 0x09, 0x0D: continue
            default: return false
            }
        }
        return plus >= 2 && rule >= 1
    }

    static func isContent(_ line: String) -> Bool {
        line.utf8.first { $0 != 0x20 } == 0x7C
    }

    /// Character offsets of the "+" of a border: the column edges.
    static func borderPositions(_ line: String) -> [Int] {
        var positions: [Int] = []
        for (offset, c) in line.enumerated() where c == "+" { positions.append(offset) }
        return positions
    }

    /// The text of each column on one physical line. When the "|" stand where the border's "+" do,
    /// columns are cut by position (a "|" inside a cell stays text); otherwise, a line drawn with
    /// other widths, by its own "|".
    static func cut(_ line: String, at edges: [Int]) -> [String] {
        let chars = Array(line)
        let count = edges.count - 1
        if edges.allSatisfy({ $0 < chars.count && chars[$0] == "|" }) {
            var cells = (0..<count).map { String(chars[(edges[$0] + 1)..<edges[$0 + 1]]) }
            // Text beyond the last edge belongs to the last column rather than to nobody.
            if edges.last! + 1 < chars.count { cells[count - 1] += " " + String(chars[(edges.last! + 1)...]) }
            return cells
        }
        var pieces = CellText.trim(line, " \t").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if pieces.first?.isEmpty == true { pieces.removeFirst() }
        if pieces.last.map({ CellText.trim($0, " \t").isEmpty }) == true, pieces.count > count { pieces.removeLast() }
        if pieces.count > count, count > 0 {
            let extra = pieces[(count - 1)...].joined(separator: "|")
            pieces = Array(pieces.prefix(count - 1)) + [extra]
        }
        return pieces + Array(repeating: "", count: max(0, count - pieces.count))
    }

    /// Joins each column's physical lines into one cell.
    private static func row(_ physical: [[String]], first: Int, last: Int) -> TableLine {
        let width = physical.map(\.count).max() ?? 0
        let cells = (0..<width).map { column in
            CellText.cleanMarkdown(physical.map { column < $0.count ? $0[column] : "" }.joined(separator: " "))
        }
        return TableLine(cells: cells, line: first, lastLine: last)
    }
}
