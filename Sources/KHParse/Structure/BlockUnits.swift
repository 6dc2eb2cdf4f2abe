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
    }

    /// Whether `line` goes on with the statement `text` began.
    static func continues(_ text: String, with line: SourceLine) -> Bool {
        if line.continuesAbove { return true }
        // The folded ends and starts below are asked only where the bytes allow them: a key ends in
        // ":" or "y" only if the text ends in ":", "y", "Y" or a letter beyond ASCII.
        let lastByte = text.lastByte ?? 0
        if lastByte == 0x3A || lastByte | 0x20 == 0x79 || lastByte >= 0x80 {
            let key = Fold.key(text.suffix(6))
            // "Số:" with the number on the next line.
            if key.hasSuffix("so:") || key.hasSuffix("so :") { return true }
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
