/// Word → Markdown sets the footer as a borderless table: "| Nơi nhận: - Bộ Y tế; - Lưu: VT. | |" above the
/// signature, or "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |" / "| - Bộ Y tế; | KT. CHỦ TỊCH |" … with a row per line.
/// Such a table is laid out as the web exports lay out their cells: each column's cells as lines, top to bottom, a
/// cell boundary between the columns, so that `FooterReader` reads it as it reads those.
enum FooterTable {
    /// The first table after `bodyStart` with a cell that opens with "Nơi nhận" or a signing authority, as lines.
    static func unroll(_ tokens: inout [LineToken], from bodyStart: Int) {
        guard bodyStart < tokens.count,
              let index = tokens[bodyStart...].firstIndex(where: { token in
                  guard case let .table(rows, _) = token.kind, rows.count <= 12 else { return false }
                  return rows.contains { $0.cells.contains(where: opensFooter) }
              }),
              case let .table(rows, _) = tokens[index].kind else { return }
        var lines: [SourceLine] = []
        let columns = rows.map(\.cells.count).max() ?? 0
        for column in 0..<columns {
            let cells = rows.filter { column < $0.cells.count && !$0.cells[column].isEmpty }
            guard let first = cells.first else { continue }
            if !lines.isEmpty { lines.append(SourceLine(number: first.line, text: "", cellBreak: true)) }
            for row in cells {
                for piece in pieces(row.cells[column]) { lines.append(SourceLine(number: row.line, text: piece)) }
            }
        }
        // The table's own line goes on holding its first piece; the lines it claimed stay blank.
        tokens.replaceSubrange(index...index, with: Tokenizer.tokenize(lines))
    }

    private static func opensFooter(_ cell: String) -> Bool {
        FooterReader.opensRecipients(cell) || FooterReader.isAuthority(cell)
    }

    /// A cell's recipients set on one line: "Nơi nhận: - Bộ Y tế; - TT Tỉnh ủy; - Lưu: VT." → "Nơi nhận:", "- Bộ Y tế;",
    /// "- TT Tỉnh ủy;", "- Lưu: VT.". Other cells stay whole.
    static func pieces(_ cell: String) -> [String] {
        guard FooterReader.opensRecipients(cell), let colon = cell.firstIndex(of: ":") else { return [cell] }
        var out = [String(cell[...colon])]
        var rest = cell[cell.index(after: colon)...].drop { $0 == " " }
        // Each recipient ends with ";" before the next "- ".
        while let range = rest.range(of: "; -") ?? rest.range(of: ";-") {
            out.append(String(rest[..<rest.index(after: range.lowerBound)]))
            rest = rest[rest.index(after: range.lowerBound)...].drop { $0 == " " }
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out
    }
}
