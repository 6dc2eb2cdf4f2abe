/// An HTML `<table>` pasted into a text file, over any number of lines.
///
///     <table><tr><th>STT</th><th>Cơ quan chủ trì</th></tr>
///     <tr><td>1</td><td colspan="2"><b>Sở KH&amp;CN</b></td></tr></table>
///
/// gives rows ["STT", "Cơ quan chủ trì"] (line 1) and ["1", "Sở KH&CN"] (line 2). A `<td>`/`<th>` is
/// one cell whatever its colspan; tags inside a cell are removed (`<br>`, `<p>` leave a space); a
/// missing `</td>` or `</tr>` is implied by the next `<td>`/`<tr>`; a nested table's text stays in
/// the cell that holds it.
enum HTMLTables {
    static func find(in lines: [String]) -> [FoundTable] {
        var tables: [FoundTable] = []
        var i = 0
        while i < lines.count {
            // The "<" first, inlined: most lines have none, and a line handed to a function that is not inlined
            // is retained for the call and released after it (two atomic operations a line).
            guard lines[i].containsByte(0x3C), opensTable(lines[i]) else { i += 1; continue }
            guard let table = read(lines, from: i) else { break }   // no "</table>" anywhere below: no later one either
            tables.append(table)
            i = table.lines.upperBound + 1
        }
        return tables
    }

    /// Case-insensitive "<table" without building a lower-cased copy of every line.
    static func opensTable(_ line: String) -> Bool {
        // Most lines hold no "<" at all: `memchr` says so before the line is read.
        guard line.containsByte(0x3C) else { return false }
        return withUTF8Bytes(line) { u in
            var i = 0
            while i + 6 <= u.count {
                if u[i] == 0x3C {
                    var k = 1
                    while k < 6, u[i + k] | 0x20 == tablePattern[k] { k += 1 }
                    if k == 6, i + 6 == u.count || !u[i + 6].isASCIILetter { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static let tablePattern: [UInt8] = Array("<table".utf8)

    /// Reads from the line holding "<table" to the line holding its "</table>".
    private static func read(_ lines: [String], from start: Int) -> FoundTable? {
        var reader = Reader()
        var index = start
        while index < lines.count {
            reader.line = index + 1
            reader.feed(lines[index])
            if reader.done {
                let caption = CellText.clean(reader.outside)
                return FoundTable(rows: reader.rows, lines: start...index, shape: .html, caption: caption.isEmpty ? nil : caption)
            }
            reader.feed("\n")
            index += 1
        }
        return nil
    }

    /// A streaming tokenizer: text and tags, a tag possibly broken over lines.
    private struct Reader {
        var line = 0
        var rows: [TableLine] = []
        var done = false
        /// Caption and any text outside the table on its first and last line.
        var outside = ""

        private var depth = 0
        private var tag: String?          // an unfinished "<…" being read
        private var cells: [String]?      // the open row
        private var rowLine = 0
        private var cell: String?         // the open cell's raw text
        private var inCaption = false
        private var stray = ""
        private var strayLine = 0

        mutating func feed(_ text: String) {
            for scalar in text.unicodeScalars {
                if var pending = tag {
                    // "a < b", "<5%": a "<" not followed by a letter, "/" or "!" is text, and so is a
                    // "<…" that runs on too long without its ">".
                    if pending == "<", !(scalar.isASCII && scalar.properties.isAlphabetic || scalar == "/" || scalar == "!") {
                        tag = nil; emit("<")
                    } else if scalar == "<" || pending.utf8.count > 2_000 {
                        tag = nil; emit(pending)
                    } else {
                        pending.unicodeScalars.append(scalar)
                        if scalar == ">" { tag = nil; handle(pending) } else { tag = pending }
                        continue
                    }
                }
                if scalar == "<" { tag = "<"; continue }
                emit(String(scalar))
            }
        }

        private mutating func emit<S: StringProtocol>(_ text: S) {
            if done || depth == 0 || inCaption { outside += text; return }
            if cell != nil { cell! += text; return }
            if stray.isEmpty { strayLine = line }
            stray += text
        }

        /// Text between cells (not whitespace) is kept as a one-cell row rather than lost.
        private mutating func flushStray() {
            let text = CellText.clean(stray)
            stray = ""
            guard !text.isEmpty else { return }
            closeRow()
            rows.append(TableLine(cells: [text], line: strayLine, lastLine: line))
        }

        private mutating func handle(_ raw: String) {
            guard let parsed = HTMLTag(raw.unicodeScalars.dropFirst()[...]) else { emit(raw); return }
            if done { outside += " "; return }
            flushStray()
            if parsed.name == "table" {
                if parsed.closing {
                    guard depth > 0 else { return }   // a stray "</table>" before ours
                    depth -= 1
                    if depth == 0 { closeRow(); done = true; outside += " " }
                } else {
                    depth += 1
                    if depth == 1 { outside += " "; return }
                }
            }
            guard depth >= 1 else { return }
            if depth > 1 { if cell != nil { cell! += " " }; return }   // nested table: its text stays in this cell
            switch (parsed.name, parsed.closing) {
            case ("caption", let closing): inCaption = !closing; outside += " "
            case ("tr", false): closeRow(); openRow()
            case ("tr", true): closeRow()
            case ("td", false), ("th", false):
                closeCell()
                if cells == nil { openRow() }
                cell = ""
            case ("td", true), ("th", true): closeCell()
            default:
                if parsed.breaksLine { if cell != nil { cell! += " " } else if inCaption { outside += " " } }
            }
        }

        private mutating func openRow() { cells = []; rowLine = line }

        private mutating func closeCell() {
            guard let raw = cell else { return }
            if cells == nil { openRow() }
            cells!.append(CellText.clean(raw))
            cell = nil
        }

        private mutating func closeRow() {
            closeCell()
            if let row = cells, !row.isEmpty { rows.append(TableLine(cells: row, line: rowLine, lastLine: line)) }
            cells = nil
        }
    }
}
