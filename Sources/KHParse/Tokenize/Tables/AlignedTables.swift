/// Columns aligned with runs of spaces, as PDF-to-text converters lay out a table.
///
///     STT  Nội dung nhiệm vụ trọng tâm      Cơ quan chủ  Thời gian
///                                           trì
///     4    Xây dựng Trung tâm dữ liệu,      Công an      Quý II/2026
///          quản lý, giám sát                thành phố
///     5    Xây dựng cơ sở dữ liệu           Công an      Quý II/2026
///
/// gives rows ["STT", "Nội dung nhiệm vụ trọng tâm", "Cơ quan chủ trì", "Thời gian"],
/// ["4", "Xây dựng Trung tâm dữ liệu, quản lý, giám sát", "Công an thành phố", "Quý II/2026"] and
/// ["5", …]. Runs of 2+ spaces cut a line into segments; the first line with 3 or more segments
/// fixes the column starts; later lines belong while every segment starts at a column (±2
/// characters). With no other row signal, a line with an empty first column continues the row above,
/// column by column, except right after a complete repeated header (a row continued over a page).
/// Conservative: 3+ lines with 3+ filled columns, or no table; prose never has aligned double spaces.
enum AlignedTables {
    static let tolerance = 2
    static let columnRange = 3...12

    static func find(in lines: [String]) -> [FoundTable] {
        var tables: [FoundTable] = []
        var i = 0
        while i < lines.count {
            guard let columns = anchorColumns(lines[i]) else { i += 1; continue }
            if let table = read(lines, from: i, columns: columns) {
                tables.append(table)
                i = table.lines.upperBound + 1
            } else {
                i += 1
            }
        }
        return tables
    }

    /// The column starts of a line with 3 to 12 segments.
    static func anchorColumns(_ line: String) -> [Int]? {
        // Without tabs, a space after a blank is "  ".
        guard !line.containsByte(0x09), line.containsSpaceRun() else { return nil }
        let segments = self.segments(Array(line))
        guard columnRange.contains(segments.count) else { return nil }
        return segments.map(\.lowerBound)
    }

    /// Character ranges of the text between runs of 2+ spaces.
    static func segments(_ chars: [Character]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { break }
            let start = i
            var end = i
            while i < chars.count {
                if chars[i] != " " { i += 1; end = i; continue }
                if i + 1 < chars.count, chars[i + 1] != " " { i += 1; continue }   // one space: same segment
                break
            }
            result.append(start..<end)
        }
        return result
    }

    /// A row being built: each column's pieces, one per physical line.
    private struct Row {
        var pieces: [[String]]
        var first: Int
        var last: Int
        var physical = 1
        var repeatedHeader = false
    }

    private static func read(_ lines: [String], from start: Int, columns: [Int]) -> FoundTable? {
        var rows: [Row] = []
        var headerKey: [String] = []
        var fullLines = 0
        var end = start
        var k = start
        while k < lines.count {
            if isGap(lines[k], columns: columns) {
                // A page break or a blank line between rows: go on only if a row follows.
                var next = k + 1
                while next < lines.count, isGap(lines[next], columns: columns) { next += 1 }
                guard next < lines.count, let cells = fit(lines[next], columns: columns),
                      cells.filter({ !$0.isEmpty }).count >= 2 else { break }
                k = next
                continue
            }
            guard let cells = fit(lines[k], columns: columns) else { break }
            if cells.filter({ !$0.isEmpty }).count >= 3 { fullLines += 1 }
            let key = cells.map { Fold.key($0) }
            let startsRow: Bool
            if rows.isEmpty {
                headerKey = key
                startsRow = true
            } else if key == headerKey || !cells[0].isEmpty {
                startsRow = true
            } else if let last = rows.last, last.repeatedHeader, last.physical >= rows[0].physical {
                startsRow = true   // the first line of a page that goes on with the row above the break
            } else {
                startsRow = false
            }
            if startsRow {
                var row = Row(pieces: cells.map { [$0] }, first: k, last: k)
                row.repeatedHeader = rows.count > 0 && key == headerKey
                rows.append(row)
            } else {
                for (column, cell) in cells.enumerated() where !cell.isEmpty { rows[rows.count - 1].pieces[column].append(cell) }
                rows[rows.count - 1].last = k
                rows[rows.count - 1].physical += 1
            }
            end = k
            k += 1
        }
        guard fullLines >= 3, rows.count >= 2, !isJustifiedProse(rows) else { return nil }
        let tableRows = rows.map { row in
            TableLine(cells: row.pieces.map { CellText.clean($0.joined(separator: " ")) }, line: row.first + 1, lastLine: row.last + 1)
        }
        return FoundTable(rows: tableRows, lines: start...end, shape: .aligned)
    }

    /// Blank, or a page number standing away from the first column ("                2").
    private static func isGap(_ line: String, columns: [Int]) -> Bool {
        let text = CellText.trim(line, " \u{0C}\r")
        if text.isEmpty { return true }
        guard LineCleaner.standalonePageNumber(text) != nil else { return false }
        let indent = line.prefix { $0 == " " || $0 == "\u{0C}" }.count
        return indent > columns[0] + tolerance
    }

    /// The cells of one line under the given column starts, or nil when the line does not line up.
    static func fit(_ line: String, columns: [Int]) -> [String]? {
        guard !line.containsByte(0x09) else { return nil }
        let chars = Array(line)
        var pending = segments(chars)[...]
        guard !pending.isEmpty else { return nil }
        // Only a line that already has a real column gap may have a cell cut at a single space.
        let mayCut = pending.count >= 2
        var cells = [String](repeating: "", count: columns.count)
        var current = -1
        while var segment = pending.popFirst() {
            guard let column = nearestColumn(segment.lowerBound, columns), column >= current else { return nil }
            if column + 1 < columns.count, segment.upperBound > columns[column + 1] {
                // Text running into the next column: two cells with one space between them.
                guard mayCut, let cut = singleSpace(in: chars, segment, near: columns[column + 1]) else { return nil }
                pending.insert(cut + 1..<segment.upperBound, at: pending.startIndex)
                segment = segment.lowerBound..<cut
            }
            let text = String(chars[segment])
            cells[column] = cells[column].isEmpty ? text : cells[column] + " " + text
            current = column
        }
        return cells
    }

    private static func nearestColumn(_ start: Int, _ columns: [Int]) -> Int? {
        var best: Int?
        for (index, column) in columns.enumerated() where abs(column - start) <= tolerance {
            if best == nil || abs(column - start) < abs(columns[best!] - start) { best = index }
        }
        return best
    }

    /// The offset of a single space whose next character starts near `column`.
    private static func singleSpace(in chars: [Character], _ segment: Range<Int>, near column: Int) -> Int? {
        let low = max(segment.lowerBound + 1, column - tolerance - 1)
        let high = min(segment.upperBound - 2, column + tolerance - 1)
        guard low <= high else { return nil }
        return (low...high).filter { chars[$0] == " " }.min { abs($0 + 1 - column) < abs($1 + 1 - column) }
    }

    /// Justified prose that a converter padded with double spaces: every segment a single word.
    private static func isJustifiedProse(_ rows: [Row]) -> Bool {
        !rows.contains { row in row.pieces.contains { $0.contains { $0.contains(" ") } } }
    }
}
