/// The header and signature blocks are read in units, not lines: a unit is one statement of the
/// block (the issuer, the quốc hiệu, "Số: 12/KH-UBND", the place and date, an authority line) that
/// web exports and PDFs hard-wrap over several lines:
///
///     *Cần Thơ, ngày 18          → "Cần Thơ, ngày 18 tháng 11 năm 2025"
///     tháng 11 năm 2025*
///     Số:                        → "Số: 72/2025/QĐ-UBND"
///     72/2025/QĐ-UBND
///
/// A unit never crosses a blank line or a cell boundary.
struct BlockUnit: Sendable {
    var text: String
    var lines: LineRange
    /// Token indexes the unit covers.
    var tokens: Range<Int>
    /// The unit starts right after a cell boundary (a lone "|").
    var opensCell: Bool
    /// The unit is a row of a table token (`Reader`'s `tablesWithin`): its place among the table's rows read as units.
    var fromTable = false
    var tableRow = 0
    var tableRows = 0
}

enum BlockUnits {
    /// Units of `tokens[range]`, the first `limit` of them; blank tokens belong to no unit.
    static func read(_ tokens: [LineToken], _ range: Range<Int>, limit: Int = .max) -> [BlockUnit] {
        var units: [BlockUnit] = []
        var reader = Reader(tokens, range)
        while units.count < limit, let unit = reader.next() { units.append(unit) }
        return units
    }

    /// Hands each unit of `tokens[range]` to `body` once it is complete, in order, until `body` returns
    /// false: the chrome of a long page is never held as units besides the text it becomes.
    static func visit(_ tokens: [LineToken], _ range: Range<Int>, _ body: (BlockUnit) -> Bool) {
        var reader = Reader(tokens, range)
        while let unit = reader.next() {
            if !body(unit) { return }
        }
    }

    /// The units of `tokens[range]` one at a time, so a reader takes only as many as it looks at (the
    /// header block mostly stands in the first few).
    struct Reader {
        private let tokens: [LineToken]
        private var index: Int
        private let end: Int
        private var pending: BlockUnit?   // the last unit, which may take the next line
        private var afterBreak = true
        /// Tables read as units when they stand among the first `tablesWithin` units: a header set as a table
        /// (Word → Markdown writes "| ỦY BAN NHÂN DÂN … | CỘNG HÒA … |"), one unit per row.
        private let tablesWithin: Int
        private var emitted = 0
        private var rows: [BlockUnit] = []

        init(_ tokens: [LineToken], _ range: Range<Int>, tablesWithin: Int = 0) {
            self.tokens = tokens
            index = range.lowerBound
            end = range.upperBound
            self.tablesWithin = tablesWithin
        }

        mutating func next() -> BlockUnit? {
            guard let unit = nextUnit() else { return nil }
            emitted += 1
            return unit
        }

        private mutating func nextUnit() -> BlockUnit? {
            if !rows.isEmpty { return rows.removeFirst() }
            while index < end {
                let line = tokens[index].line
                // Only a table that holds the quốc hiệu or the party's motto is a header (a table of contents or of related
                // documents above the header is not, whatever dates and numbers its cells hold).
                if emitted < tablesWithin, case let .table(table, _) = tokens[index].kind, Self.holdsMotto(table) {
                    if let unit = pending { pending = nil; return unit }   // the table is read next
                    rows = table.compactMap { row in
                        let cells = row.cells.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
                        guard !cells.isEmpty else { return nil }
                        return BlockUnit(text: cells.joined(separator: " | "), lines: LineRange(row.line, row.lastLine),
                                         tokens: index..<(index + 1), opensCell: true, fromTable: true)
                    }
                    for r in rows.indices { rows[r].tableRow = r; rows[r].tableRows = rows.count }
                    index += 1
                    afterBreak = true
                    if !rows.isEmpty { return rows.removeFirst() }
                    continue
                }
                if line.isBlank {
                    // A statement cut in two by blank lines (PDF text with a blank line after every line)
                    // goes on below them when it cannot stop where it is; a cell boundary still ends it.
                    // (`continuesAcrossBlank`, its byte test asked before the line below is looked for.)
                    if let unit = pending, !line.cellBreak, BlockUnits.mayGoOnAcrossBlank(unit.text), let next = nextText(after: index),
                       BlockUnits.continuesStatement(unit.text, with: tokens[next].line) || BlockUnits.cutsMotto(unit.text, before: tokens[next].line) {
                        index = next
                        continue
                    }
                    index += 1
                    if line.cellBreak { afterBreak = true }
                    if let unit = pending {
                        pending = nil
                        return unit
                    }
                    continue
                }
                if var last = pending {
                    pending = nil   // so `last` is the only owner of its text, which may grow in place
                    if continues(last.text, with: line) {
                        Text.append(line.text, to: &last.text)
                        last.lines = last.lines.union(LineRange(line: line.number))
                        last.tokens = last.tokens.lowerBound..<(index + 1)
                        pending = last
                        index += 1
                        continue
                    }
                    return last   // this line is read again, to open the next unit
                }
                pending = BlockUnit(text: line.text, lines: LineRange(line: line.number), tokens: index..<(index + 1), opensCell: afterBreak)
                afterBreak = false
                index += 1
            }
            defer { pending = nil }
            return pending
        }

        private static func holdsMotto(_ table: [TableLine]) -> Bool {
            table.prefix(4).contains { row in
                row.cells.contains { cell in
                    let key = Fold.key(cell)
                    return key.containsBytes("cong hoa xa hoi chu nghia") || key.containsBytes(HeaderReader.partyMotto)
                }
            }
        }

        /// The first line with text after the blank line at `blank`, if only blank lines (no cell boundary,
        /// at most three of them: a page's gap is longer) stand between.
        private func nextText(after blank: Int) -> Int? {
            var i = blank
            while i < end, i - blank < 3 {
                let line = tokens[i].line
                if !line.isBlank { return i }
                if line.cellBreak { return nil }
                i += 1
            }
            return nil
        }
    }

    /// Whether `line`, below blank lines, goes on with the statement `text` began: only where the statement
    /// cannot end as it stands ("Số:", a date cut after "ngày" or its day, the quốc hiệu's first half), and
    /// only for a statement as short as a header's. Elsewhere a blank line ends a unit.
    static func continuesAcrossBlank(_ text: String, with line: SourceLine) -> Bool {
        mayGoOnAcrossBlank(text) && (continuesStatement(text, with: line) || cutsMotto(text, before: line))
    }

    /// What `continuesAcrossBlank` asks first, of the statement's bytes alone: a header's length, and a last byte
    /// that a cut statement ends with (":" of "Số:", "y" of "ngày", a day's digit, "-" or "/" of a ký hiệu), or a short
    /// one that opens with "C" (the quốc hiệu's first words) or is a place's name cut before its date. Most units above
    /// a blank line are told so without reading the line below.
    static func mayGoOnAcrossBlank(_ text: String) -> Bool {
        guard text.utf8.count <= 80, let last = text.lastByte else { return false }
        if text.firstByte.map({ $0 | 0x20 == 0x63 }) == true, text.utf8.count <= 40 { return true }   // the quốc hiệu's first words
        if text.utf8.count <= 24 { return true }   // a place's name cut before its date
        return last == 0x3A || last | 0x20 == 0x79 || last | 0x20 == 0x69 || last == 0x2D || last == 0x2F || last >= 0x30 && last <= 0x39
    }

    /// Whether `line` goes on with the statement `text` began.
    static func continues(_ text: String, with line: SourceLine) -> Bool {
        line.continuesAbove || continuesStatement(text, with: line) || cutsMotto(text, before: line)
    }

    /// The quốc hiệu, folded: `cutsMotto` asks whether a unit holds its first words and the line below the rest.
    private static let motto = "cong hoa xa hoi chu nghia viet nam"

    /// "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM": the quốc hiệu wrapped in two
    /// at any word (told from the bytes first: the text opens with "C" and is short).
    static func cutsMotto(_ text: String, before line: SourceLine) -> Bool {
        // "Cộng", "CỘNG" (E1 BB 99/98), "Cong", or a decomposed "O": the second byte tells most texts that open with "C".
        guard text.utf8.count <= 40, let first = text.firstByte, first | 0x20 == 0x63, let second = text.utf8.dropFirst().first,
              second == 0xE1 || second | 0x20 == 0x6F, !line.text.isEmpty else { return false }
        let head = Fold.key(text)
        guard head.utf8.count >= 8, head.utf8.count < motto.utf8.count, motto.hasPrefix(head),
              motto.utf8.dropFirst(head.utf8.count).first == 0x20 else { return false }   // cut between two words
        let rest = motto.dropFirst(head.count + 1)
        let below = Fold.key(Text.prefix(line.text, characters: rest.count + 2))
        return below.hasPrefix(rest) || below.count >= 3 && rest.hasPrefix(below)
    }

    /// "Thành phố Hồ" / "Chí Minh, ngày 18 tháng 11 năm 2025", "Bà Rịa -" / "Vũng Tàu, ngày …": a place's name cut
    /// before its date. The text above is at most four words without digits, colon or comma, in sentence case (not
    /// "Số: …", not the motto's "Độc lập - Tự do - Hạnh phúc"); the line below opens with a name and its comma, then "ngày".
    static func cutsPlace(_ text: String, before line: SourceLine) -> Bool {
        // Both open with a capital or a letter beyond ASCII (or "*"), told on their first bytes before any scan.
        func opensName(_ b: UInt8?) -> Bool { b.map { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0xC3 || $0 == 0x2A } ?? false }
        guard text.utf8.count <= 24, line.text.utf8.count <= 80, opensName(text.firstByte), opensName(line.text.firstByte),
              let comma = line.text.utf8.prefix(30).firstIndex(of: 0x2C),
              !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x3A || $0 == 0x2C }) else { return false }
        let name = line.text[..<comma]
        guard name.utf8.count <= 24, !name.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let after = Fold.key(Text.prefix(String(line.text[line.text.index(after: comma)...]), characters: 6))
        guard after.hasPrefix(" ngay") || after.hasPrefix("ngay") else { return false }
        let words = Text.words(text.filter { $0 != "*" && $0 != "_" })
        guard (1...4).contains(words.count), !Text.isAllCaps(text) else { return false }
        // "Thành phố Hồ": a name's first word and the word it is cut after open with capitals.
        return Text.startsUppercase(words[0]) && (Text.startsUppercase(words[words.count - 1]) || words[words.count - 1] == "-")
            && Text.words(String(name).filter { $0 != "*" && $0 != "_" }).allSatisfy { Text.startsUppercase($0) || $0 == "-" }
    }

    /// "Số:", "SỐ :" at the end of `text`, its "ố" as written.
    private static func endsOnNumberWord(_ text: String) -> Bool {
        var head = text.dropLast()   // the ":"
        while head.last == " " { head.removeLast() }
        return head.hasSuffix("Số") || head.hasSuffix("số") || head.hasSuffix("SỐ") || head.hasSuffix("So") || head.hasSuffix("SO")
    }

    /// The rules of `continues` that a statement's own words give, the line's flags aside.
    private static func continuesStatement(_ text: String, with line: SourceLine) -> Bool {
        // The folded ends and starts below are asked only where the bytes allow them: a key ends in
        // ":" or "y" only if the text ends in ":", "y", "Y" or a letter beyond ASCII.
        let lastByte = text.lastByte ?? 0
        if lastByte == 0x3A || lastByte | 0x20 == 0x79 || lastByte >= 0x80 {
            let key = Fold.key(text.suffix(6))
            // "Số:" with the number on the next line (the word as written: "hồ sơ:" folds alike).
            if key.hasSuffix("so:") || key.hasSuffix("so :"), endsOnNumberWord(text) { return true }
            // "*Hà Nội, ngày*" / "*02 tháng 12 năm 2025*": the date's numbers on the next line.
            if key.hasSuffix("ngay"), line.text.first?.isASCIIDigit == true { return true }
        }
        // "Số: 3783/QĐ-" / "UBND": a ký hiệu wrapped at its dash or slash.
        if lastByte == 0x2D || lastByte == 0x2F, let last = text.last, last == "-" || last == "/", Fold.key(text.prefix(4)).hasPrefix("so"),
           line.text.utf8.count <= 20, !line.text.containsBytes(" ") { return true }
        if cutsPlace(text, before: line) { return true }
        // "Hà Nội, ngày 27" / "tháng 11 năm 2025": a date wrapped mid-way.
        let lead = line.text.utf8.first ?? 0
        if lead == 0x74 || lead == 0x6E || lead >= 0x80, Text.startsLowercase(line.text), !Text.endsClause(text) {
            let head = Fold.key(Text.prefix(line.text, characters: 6))
            return head.hasPrefix("thang") || head.hasPrefix("nam ") || head.hasPrefix("ngay")
        }
        return false
    }
}
