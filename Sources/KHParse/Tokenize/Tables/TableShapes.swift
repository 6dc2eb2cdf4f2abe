import Glibc

/// A table found in raw lines: its logical rows as cells, each with the input line(s) it came from.
///
/// `lines` indexes the array given to `TableShapes.find` (0-based, separators, borders, tags and
/// page-break lines between two parts of one table included); `rows[k].line`/`lastLine` are 1-based
/// input line numbers, as everywhere else.
struct FoundTable: Sendable {
    enum Shape: String, Sendable { case tabs, pipe, grid, aligned, html, cells }

    var rows: [TableLine]
    var lines: ClosedRange<Int>
    var shape: Shape
    /// HTML only: the `<caption>` text, plus any text sharing a line with `<table>`/`</table>`
    /// (the claimed lines must not lose it).
    var caption: String? = nil

    /// Number of columns: the widest row.
    var width: Int { rows.map(\.cells.count).max() ?? 0 }
}

/// Finds tables that are not tab-separated in the raw normalized lines, before `LineCleaner`
/// collapses the runs of spaces that space-aligned columns depend on.
///
///     TableShapes.find(in: ["| STT | Nội dung |", "|---|---|", "| 1 | Rà soát |"])
///     // one .pipe table, lines 0...2, rows ["STT", "Nội dung"] (line 1) and ["1", "Rà soát"] (line 3)
enum TableShapes {
    /// `lines[i]` is input line i+1. Tables come back in input order and never overlap.
    static func find(in lines: [String]) -> [FoundTable] {
        var lines = lines
        return find(inPlace: &lines)
    }

    /// `find(in:)` on lines the caller owns: the lines a table claims read as blank to the readers after it,
    /// blanked in place and put back before it returns (a copy of the array to blank them retained every line
    /// of a document with a table, and released it again).
    static func find(inPlace lines: inout [String]) -> [FoundTable] {
        // Shapes whose markup is unambiguous claim their lines first: an HTML cell may hold "|",
        // a grid row is also a run of pipe lines, and any padded table looks space-aligned.
        var claimed = [Bool](repeating: false, count: lines.count)
        var taken: [(line: Int, text: String)] = []   // the claimed lines' text, while they read as blank
        var found: [FoundTable] = []
        // A shape whose mark opens none of the lines is not looked for: most documents have no "|", "+" or
        // "<" lines, and each reader would read every line to find so.
        let marks = Marks(lines)
        var readers: [([String]) -> [FoundTable]] = []
        if marks.tag { readers.append(HTMLTables.find) }
        if marks.bar { readers.append(CellTables.find) }
        if marks.plus { readers.append(GridTables.find) }
        if marks.bar { readers.append(PipeTables.find) }
        readers.append(AlignedTables.find)
        for read in readers {
            for table in read(lines) where !table.lines.contains(where: { claimed[$0] }) {
                for i in table.lines {
                    claimed[i] = true
                    var text = ""
                    swap(&text, &lines[i])
                    taken.append((i, text))
                }
                found.append(table)
            }
        }
        for k in taken.indices { swap(&taken[k].text, &lines[taken[k].line]) }
        found.sort { $0.lines.lowerBound < $1.lines.lowerBound }
        return mergePageBreaks(found, lines: lines)
    }

    /// What the lines hold for the readers of marked shapes, in one pass: a line whose first byte that is
    /// no space, tab or CR is "|" (a cell break, a pipe row), or "+" (a grid border); a "<" anywhere (an
    /// HTML table opens with "<table").
    struct Marks {
        var bar = false, plus = false, tag = false

        init(_ lines: [String]) {
            for line in lines {
                withUTF8Bytes(line) { b in
                    var i = 0
                    while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
                    guard i < b.count else { return }
                    if b[i] == 0x7C { bar = true } else if b[i] == 0x2B { plus = true }
                    if !tag, let base = b.baseAddress, memchr(base + i, 0x3C, b.count - i) != nil { tag = true }
                }
            }
        }
    }

    /// Two tables of one shape and width, separated only by blank lines and page numbers, are one
    /// table broken by a page (each part usually opens with the repeated header), as for tab rows.
    static func mergePageBreaks(_ tables: [FoundTable], lines: [String]) -> [FoundTable] {
        var merged: [FoundTable] = []
        var lastWidth = 0   // the last table's width, kept (`width` reads every row)
        for table in tables {
            let width = table.width
            // The last table is grown where it stands: a copy of it would make each part copy the rows before it.
            if let i = merged.indices.last, merged[i].shape == table.shape, lastWidth == width,
               (merged[i].lines.upperBound + 1..<table.lines.lowerBound).allSatisfy({ isPageGap(lines[$0]) }) {
                merged[i].rows += table.rows
                merged[i].lines = merged[i].lines.lowerBound...table.lines.upperBound
                if let caption = table.caption { merged[i].caption = merged[i].caption.map { $0 + " " + caption } ?? caption }
            } else {
                merged.append(table)
                lastWidth = width
            }
        }
        return merged
    }

    /// A line that a page break leaves between two parts of a table: blank, a form feed, or a page
    /// number alone ("2", "- 2 -", "Trang 2").
    static func isPageGap(_ line: String) -> Bool {
        let text = CellText.trim(line, " \t\u{0C}\r")
        return text.isEmpty || LineCleaner.standalonePageNumber(text) != nil
    }
}
