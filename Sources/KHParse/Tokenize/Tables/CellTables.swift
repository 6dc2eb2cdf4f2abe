/// Tables of the cell-per-line layout that web exports of legal texts use: each cell is opened by
/// a line holding a lone "|", its text hard-wrapped on the lines below; a row ends with one more
/// "|", so that an empty cell and a row's end look alike:
///
///     |              ← opens "STT"
///     **STT**
///     |
///     **Tên nhiệm vụ/dự
///     án**
///     |              ← closes the header row …
///     |              ← … and opens the first data row
///     1
///     |
///     Rà soát toàn diện …
///     |
///
/// Rows are rebuilt by counting cells against the width that explains the most of the run: at a
/// width w, every (w+1)-th gap between two "|" lines is the empty one that ends a row. A run whose
/// cells are the header or signature block of the document (quốc hiệu, "Số:", "Nơi nhận", TM./KT.)
/// or a web page's metadata cells is no table: `HeaderReader` and `FooterReader` read those.
enum CellTables {
    /// A cell longer than this many lines is body text that a page layout put in a cell, not a
    /// table cell, and ends a run.
    static let longestCell = 40

    static func find(in lines: [String]) -> [FoundTable] {
        let bars = lines.indices.filter { LineCleaner.isCellBreak(lines[$0]) }
        guard bars.count >= 4 else { return [] }
        var tables: [FoundTable] = []
        // Runs of bars whose gaps are short cells without blank lines.
        var runStart = 0
        for k in 1...bars.count {
            let ends = k == bars.count || !isCell(lines, from: bars[k - 1] + 1, to: bars[k])
            if ends {
                tables += read(run: Array(bars[runStart..<k]), lines: lines)
                runStart = k
            }
        }
        return tables
    }

    private static func isCell(_ lines: [String], from: Int, to: Int) -> Bool {
        to - from <= longestCell && !(from..<to).contains { lines[$0].utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } || isBlockLine(lines[$0]) }
    }

    /// A line of the header or signature block, of a page's metadata cells or a page heading: those
    /// are read by `HeaderReader`, `FooterReader` and `SiteChrome`, and no table runs across them.
    static func isBlockLine(_ line: String, cleaned: Bool = false) -> Bool {
        // A Markdown heading ("## Văn bản liên quan") is page structure, never a cell's text.
        if line.firstByte == 0x23, line.hasPrefix("#") { return true }
        return mayOpenBlock(line) && opensBlock(cleaning: line, cleaned: cleaned)
    }

    /// Whether `opensBlock` may hold for a line, told from its first bytes. Cleaning takes only emphasis,
    /// escapes, tags, entities and whitespace off the front: a line that opens with a letter or digit
    /// keeps it, and only C, N, S (and K, Q, T of an authority) open a block line. Most lines are told
    /// so before they are cleaned.
    static func mayOpenBlock(_ line: String) -> Bool {
        let utf8 = line.utf8
        guard let at = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x2A && $0 != 0x5F }) else { return true }
        let lead = utf8[at]
        let letterOrDigit = lead >= 0x30 && lead <= 0x39 || (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A
            || lead >= 0xC3 && lead <= 0xDF || lead == 0xE1 && utf8.index(after: at) < utf8.endIndex
                && (utf8[utf8.index(after: at)] == 0xBA || utf8[utf8.index(after: at)] == 0xBB)
        if letterOrDigit && !blockInitials.contains(lead) { return false }
        // Other ASCII ("-", "(", ":", "+") stays first after cleaning; no block line opens with it.
        if !letterOrDigit && lead > 0x20 && lead < 0x80 && lead != 0x5C && lead != 0x3C && lead != 0x26 { return false }
        guard blockInitials.contains(lead) else { return true }
        // The second letter too: C, N, S go on with an "o" of some kind (ASCII or not), an authority with
        // the rest of its prefix ("KT.", "Q.", "TM.", "T/M"); markup next is left to the cleaning.
        let after = utf8.index(after: at)
        guard after < utf8.endIndex else { return false }
        let next = utf8[after]
        if next == 0x2A || next == 0x5F || next == 0x5C || next == 0x3C || next == 0x26 { return true }
        if let seconds = authoritySeconds[lead] { return seconds.contains(next) }
        // C, N, S: every key of `opensBlock` has "o" second ("cong", "noi", "so").
        return next < 0x80 ? next | 0x20 == 0x6F : !isOtherVowel(utf8, at: after)
    }

    /// The header's or signature's opening words once the line is cleaned as a cell is: the national motto,
    /// "Số:", "Số hiệu", "Nơi nhận", an authority ("TM.", "KT."). A cell's text (`cleaned`) is cleaned once
    /// more only where cleaning has something to take.
    static func opensBlock(cleaning line: String, cleaned: Bool) -> Bool {
        let cell = cleaned && !CellText.mayClean(line) ? line : CellText.cleanMarkdown(line)
        // Every block word starts with C, N or S, every authority with an upper-case letter: most
        // cells fail this before anything is folded.
        guard let first = cell.firstByte, first >= 0x41 && first <= 0x5A || first == 0x63 || first == 0x6E || first == 0x73 else { return false }
        let key = Fold.key(Text.prefix(cell, characters: 24))
        return key.hasPrefix("cong hoa xa hoi") || key.hasPrefix("so:") || key.hasPrefix("so hieu")
            || FooterReader.opensRecipients(cell) || FooterReader.isAuthority(cell)
    }

    /// Whether the character at `i` is a Latin letter with marks whose base is not "o" ("ậ" of "Cập nhật",
    /// "á" of "Các", "ứ" of "Sứ mệnh"): told from its bytes, so that such lines skip the cleaning and
    /// folding below. Any other character (an "o" with marks, punctuation, a combining mark) is left to them.
    static func isOtherVowel(_ utf8: String.UTF8View, at i: String.UTF8View.Index) -> Bool {
        let lead = utf8[i]
        let j = utf8.index(after: i)
        guard j < utf8.endIndex else { return false }
        let second = utf8[j]
        switch lead {
        case 0xC3:   // U+00C0–00FF: Ò–Ö, Ø, ò–ö, ø have base "o"
            return !(0x92...0x96).contains(second) && second != 0x98 && !(0xB2...0xB6).contains(second) && second != 0xB8
        case 0xC4: return true                                           // U+0100–013F: ā ă ą ć … đ ē ĩ ī
        case 0xC5: return !(0x8C...0x93).contains(second)                // U+014C–0153: Ō ō Ŏ ŏ Ő ő Œ œ
        case 0xC6: return second == 0xAF || second == 0xB0              // U+01AF, 01B0: Ư ư
        case 0xE1:
            // U+1EA0–1EF9, Vietnamese letters with two marks: only U+1ECC–1EE3 (Ọ … ợ) have base "o".
            let k = utf8.index(after: j)
            guard k < utf8.endIndex else { return false }
            let third = utf8[k]
            if second == 0xBA { return third >= 0xA0 }
            if second == 0xBB { return !(0x8C...0xA3).contains(third) && third <= 0xB9 }
            return false
        default: return false
        }
    }

    /// The letters a block line can open with: "CỘNG HÒA", "Nơi nhận", "Số:", and an authority's.
    private static let blockInitials = ByteSet("CNScns".utf8).union(authoritySeconds.keys)

    /// An authority's first byte → the bytes that may follow it (`FooterReader.authorityPrefixes`:
    /// "KT." → K, then T).
    private static let authoritySeconds: [UInt8: ByteSet] = {
        var table: [UInt8: ByteSet] = [:]
        for prefix in FooterReader.authorityPrefixes {
            let bytes = Array(prefix.utf8)
            table[bytes[0], default: ByteSet([])].insert(bytes[1])
        }
        return table
    }()

    /// Tables in one run of bars: the best width from the run's start, then again after it.
    private static func read(run bars: [Int], lines: [String]) -> [FoundTable] {
        var found: [FoundTable] = []
        // The gaps between the run's bars, made once: each start below reads them from where it stands
        // (making them again at every start took time with the square of a long run without a table).
        let allGaps = (0..<(bars.count - 1)).map { k in (bars[k] + 1)..<bars[k + 1] }
        var start = 0
        while bars.count - start >= 5 {
            let gaps = allGaps[start...]
            guard let (width, rows) = bestWidth(gaps) else { start += 1; continue }
            // The run may open with text before the table (a caption in a cell of the page layout):
            // the table starts one bar later when that explains more of the run.
            if let later = bestWidth(gaps.dropFirst()), later.1 * (later.0 + 1) > rows * (width + 1) + 1 {
                start += 1
                continue
            }
            let used = rows * (width + 1) - 1        // gaps of the rows and the bars between them
            let lastBar = start + used
            let table = makeTable(Array(gaps.prefix(used)), width: width, lines: lines, range: bars[start]...bars[lastBar])
            if let table { found.append(table) }
            start = lastBar + 1
        }
        return found
    }

    /// The width (2…40 cells) whose rows, read from the first gap on, cover the most gaps; at least
    /// two rows.
    private static func bestWidth(_ gaps: ArraySlice<Range<Int>>) -> (Int, Int)? {
        var best: (width: Int, rows: Int, covered: Int)?
        let first = gaps.startIndex
        for width in 2...min(40, max(2, gaps.count)) where width <= gaps.count {
            var rows = 1
            // Row r ends at gap r*(w+1)+w-1; the gap after it must be empty (the row's closing bar).
            while true {
                let boundary = rows * (width + 1) - 1
                guard boundary + width < gaps.count, gaps[first + boundary].isEmpty else { break }
                rows += 1
            }
            let covered = rows * (width + 1) - 1
            if rows >= 2, covered > (best?.covered ?? 0) { best = (width, rows, covered) }
        }
        return best.map { ($0.width, $0.rows) }
    }

    /// A cell of the header or signature block: a block line, a place and date, or a post in capitals
    /// ("PHÓ CHỦ TỊCH"). Cells are cleaned, so their words are one space apart.
    private static func isBlockCell(_ cell: String) -> Bool {
        if isBlockLine(cell, cleaned: true) { return true }
        if cell.utf8.count < 240 && Text.isShorter(cell, than: 60) && HeaderReader.placeAndDate(cell) != nil { return true }
        // The first two words, in capitals.
        guard let lead = cell.firstByte, !(lead >= 0x61 && lead <= 0x7A), Text.isShorter(cell, than: 80) else { return false }
        let head = cell.utf8.indices.lazy.filter { cell.utf8[$0] == 0x20 }.dropFirst().first.map { cell[..<$0] } ?? cell[...]
        return Text.isAllCaps(head) && FooterReader.isPosition(String(head))
    }

    private static func makeTable(_ gaps: [Range<Int>], width: Int, lines: [String], range: ClosedRange<Int>) -> FoundTable? {
        var rows: [TableLine] = []
        var r = 0
        while r * (width + 1) < gaps.count {
            let cells = gaps[(r * (width + 1))..<(r * (width + 1) + width)]
            let texts = cells.map { gap in
                // Most cells are one line (or none): joined in place otherwise.
                guard gap.count > 1 else { return gap.isEmpty ? "" : CellText.cleanMarkdown(lines[gap.lowerBound]) }
                var text = ""
                for line in gap { Text.append(CellText.cleanMarkdown(lines[line]), to: &text) }
                return text
            }
            // The header and signature blocks are read elsewhere: a run that holds one of their cells
            // (a date line, a position over a name) is no table, told as soon as the row is read.
            if texts.contains(where: isBlockCell) { return nil }
            let first = cells.first { !$0.isEmpty }?.lowerBound ?? cells.first!.lowerBound
            let last = cells.last { !$0.isEmpty }.map { $0.upperBound - 1 } ?? first
            rows.append(TableLine(cells: texts, line: first + 1, lastLine: last + 1))
            r += 1
        }
        // A grid of empty cells says nothing.
        guard rows.contains(where: { $0.cells.filter { !$0.isEmpty }.count >= 2 }) else { return nil }
        return FoundTable(rows: rows, lines: range, shape: .cells)
    }
}
