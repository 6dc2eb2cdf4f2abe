/// Markdown pipe tables: every line starts with "|" and holds at least two unescaped "|".
///
///     | STT | Nội dung nhiệm vụ | Cơ quan chủ trì |
///     |-----|-------------------|-----------------|
///     | 1   | Rà soát \| bổ sung | Sở Xây dựng     |
///
/// gives rows ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"] and ["1", "Rà soát | bổ sung", "Sở Xây dựng"].
/// The `|---|` rule is structure and optional. Each physical line is a row: a wrapped cell shows as
/// a row with an empty first cell, merged later by `TableReader` as for every shape.
enum PipeTables {
    static func find(in lines: [String]) -> [FoundTable] {
        var tables: [FoundTable] = []
        var i = 0
        while i < lines.count {
            // The first byte first, inlined, as the HTML reader's "<" (no retain of the line for a call).
            guard let first = lines[i].firstByte, first == 0x7C || first == 0x20 || first == 0x09, isPipeLine(lines[i]) else { i += 1; continue }
            var end = i
            while end + 1 < lines.count, isPipeLine(lines[end + 1]) { end += 1 }
            var rows: [TableLine] = []
            var ruled = false
            for k in i...end {
                if isRule(lines[k]) { ruled = true; continue }
                rows.append(TableLine(cells: cells(of: lines[k]), line: k + 1))
            }
            // Without a rule, one line of pipes is too little evidence ("|a| b |" in prose).
            let width = rows.map(\.cells.count).max() ?? 0
            if width >= 2, !rows.isEmpty, ruled || rows.count >= 2 {
                tables.append(FoundTable(rows: rows, lines: i...end, shape: .pipe))
            }
            i = end + 1
        }
        return tables
    }

    /// "| a | b |" or "|a|b" (the closing pipe is optional); "a | b" is prose.
    static func isPipeLine(_ line: String) -> Bool {
        // Most lines open with a letter: told by their first byte.
        guard let first = line.firstByte, first == 0x7C || first == 0x20 || first == 0x09 else { return false }
        var bytes = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
        guard bytes.first == 0x7C else { return false }
        bytes = bytes.dropFirst()
        var escaped = false
        for byte in bytes {
            if escaped { escaped = false; continue }
            if byte == 0x5C { escaped = true; continue }
            if byte == 0x7C { return true }
        }
        return false
    }

    /// "|---|:--:|", "| --- | --- |", "|---+---|": only pipes, dashes, colons, plus signs and spaces.
    static func isRule(_ line: String) -> Bool {
        var dashes = 0
        for byte in line.utf8 {
            switch byte {
            case 0x2D: dashes += 1
            case 0x7C, 0x3A, 0x2B, 0x20, 0x09: continue
            default: return false
            }
        }
        return dashes >= 1
    }

    /// Splits on unescaped pipes; the outer pipes open and close the row, "\|" is a literal pipe.
    static func cells(of line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var scalars = CellText.trim(line, " \t")[...].unicodeScalars[...]
        scalars = scalars.dropFirst()   // the opening "|"
        while let s = scalars.popFirst() {
            if s == "\\", scalars.first == "|" {
                current.unicodeScalars.append("|")
                scalars = scalars.dropFirst()
            } else if s == "|" {
                pieces.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(s)
            }
        }
        // Text after the last pipe is a cell when the row has no closing pipe.
        if !CellText.trim(current, " \t").isEmpty { pieces.append(current) }
        return pieces.map(CellText.cleanMarkdown)
    }

}
