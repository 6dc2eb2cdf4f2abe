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

        init(_ tokens: [LineToken], _ range: Range<Int>) {
            self.tokens = tokens
            index = range.lowerBound
            end = range.upperBound
        }

        mutating func next() -> BlockUnit? {
            while index < end {
                let line = tokens[index].line
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
    /// that a cut statement ends with (":" of "Số:", "y" of "ngày", a day's digit, "-" or "/" of a ký hiệu, "I" of
    /// "XÃ HỘI"). Most units above a blank line are told so without reading the line below.
    static func mayGoOnAcrossBlank(_ text: String) -> Bool {
        guard text.utf8.count <= 80, let last = text.lastByte else { return false }
        return last == 0x3A || last | 0x20 == 0x79 || last | 0x20 == 0x69 || last == 0x2D || last == 0x2F || last >= 0x30 && last <= 0x39
    }

    /// Whether `line` goes on with the statement `text` began.
    static func continues(_ text: String, with line: SourceLine) -> Bool {
        line.continuesAbove || continuesStatement(text, with: line) || cutsMotto(text, before: line)
    }

    /// "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM": the quốc hiệu wrapped in two (told from the bytes first:
    /// the text ends in "I", the line opens with "C").
    static func cutsMotto(_ text: String, before line: SourceLine) -> Bool {
        guard let last = text.lastByte, last | 0x20 == 0x69, let first = line.text.firstByte, first | 0x20 == 0x63,
              text.utf8.count <= 40 else { return false }
        return Fold.key(text).hasSuffix("cong hoa xa hoi") && Fold.key(Text.prefix(line.text, characters: 20)).hasPrefix("chu nghia viet nam")
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
        // "Hà Nội, ngày 27" / "tháng 11 năm 2025": a date wrapped mid-way.
        let lead = line.text.utf8.first ?? 0
        if lead == 0x74 || lead == 0x6E || lead >= 0x80, Text.startsLowercase(line.text), !Text.endsClause(text) {
            let head = Fold.key(Text.prefix(line.text, characters: 6))
            return head.hasPrefix("thang") || head.hasPrefix("nam ") || head.hasPrefix("ngay")
        }
        return false
    }
}
