/// What one cleaned line is, before lines are joined into blocks.
struct LineToken: Sendable {
    enum Kind: Sendable {
        case blank
        // `indirect`: the payloads of more than one word sit in a box of their own, so that every token
        // (most of them blank lines) is 48 bytes instead of 104.
        /// "1.1. Phối hợp …": the marker and the text after it (a slice of the line: no copy).
        indirect case item(Marker, Substring)
        /// "Thời gian hoàn thành: Tháng 3/2023.": the label and the text after it (a slice of the line).
        indirect case label(String, Substring)
        /// A line with tab-separated cells.
        case tableRow([String])
        /// A whole table of another shape (pipe, grid, aligned, HTML), on the first line it claims;
        /// the other lines it claims are blank.
        indirect case table([TableLine], caption: String?)
        case text
    }

    var line: SourceLine
    var kind: Kind

    /// A table of another shape than tabs: its line is blank, so `BlockUnits` (the header and footer
    /// readers) pass over it.
    var isTable: Bool { if case .table = kind { return true } else { return false } }
}

enum Tokenizer {
    /// Puts the tables found in the raw lines over the tokens of the lines they claim.
    /// `FoundTable.lines` are 0-based indexes of input lines; tokens are found by line number
    /// (a column layout may have reordered or cut some lines).
    static func overlay(_ tables: [FoundTable], on tokens: inout [LineToken]) {
        // Which table claims each line (tables never share a line): one small integer per line, where a
        // dictionary of token lists by line number took three times the tokens' own memory.
        guard let last = tables.map(\.lines.upperBound).max() else { return }
        var owner = [Int32](repeating: -1, count: last + 2)
        for (t, table) in tables.enumerated() { for line in table.lines { owner[line + 1] = Int32(t) } }
        var first = [Int?](repeating: nil, count: tables.count)
        for index in tokens.indices {
            let number = tokens[index].line.number
            guard owner.indices.contains(number), owner[number] >= 0 else { continue }
            let t = Int(owner[number])
            tokens[index].kind = .blank
            tokens[index].line.text = ""
            first[t] = min(first[t] ?? index, index)
        }
        for (t, table) in tables.enumerated() {
            if let index = first[t] { tokens[index].kind = .table(table.rows, caption: table.caption) }
        }
    }

    /// "… xây dựng cơ sở dữ liệu, hoàn thành" / "- 2028, đưa vào khai thác": a dash that a hard wrap
    /// put at a line's start, before a year or a lower-case word, right under a sentence that has
    /// not ended, continues that sentence; a bullet starts with a capital or follows a colon.
    static func wrapsIntoDash(_ line: SourceLine, after above: SourceLine) -> Bool {
        guard above.number + 1 == line.number, !above.isBlank, !above.cellBreak, line.text.firstByte == 0x2D,
              line.text.startsWithBytes("- ") else { return false }
        // The character after "- ": an ASCII byte that the next byte does not join is told on its byte.
        let ascii = withUTF8Bytes(line.text) { b -> UInt8? in
            b.count > 2 && Text.isASCIIAlone(b, at: 2) ? b[2] : nil
        }
        if let ascii {
            guard ascii >= 0x61 && ascii <= 0x7A || ascii >= 0x30 && ascii <= 0x39 else { return false }
        } else {
            guard let next = line.text.dropFirst(2).first, next.isLowercase || next.isASCIIDigit else { return false }
        }
        return !Text.endsClause(above.text) && !Text.isAllCaps(above.text)
    }

    /// "… giai đoạn 2021" / "" / "- 2025”;": PDF text with a blank line after every line cuts a range of years at its
    /// dash, and the blank line stands between the halves. A dash and a later year under a line that ends on a year,
    /// at most two blank lines and no cell boundary between, go on with it ("Đến năm 2030" / "- 100% …" is a list).
    static func wrapsIntoRange(_ line: SourceLine, after text: SourceLine) -> Bool {
        guard line.text.startsWithBytes("- "), let start = year(line.text.utf8.dropFirst(2).prefix(4)),
              let end = year(text.text.utf8.suffix(4)), start > end,
              text.text.utf8.dropLast(4).last.map({ !($0 >= 0x30 && $0 <= 0x39) }) ?? true else { return false }
        let after = line.text.utf8.dropFirst(6).first
        return after.map { !($0 >= 0x30 && $0 <= 0x39) && $0 != 0x25 } ?? true   // no fifth digit, no "%"
    }

    /// The year that four ASCII digits write, 1900 to 2099.
    private static func year(_ digits: Substring.UTF8View) -> Int? {
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (1900...2099).contains(value) ? value : nil
    }

    /// "… ngành: (i) Văn hóa, Thể thao và Du lịch, (ii) Tư pháp," / "(iii) Hàng hải Việt Nam, (iv) …": an enumeration
    /// running inside a sentence, wrapped before one of its numbers. The line above goes on (a comma at its end, or
    /// the length of a wrapped line, and no stop), so the number opens no item.
    static func wrapsIntoEnumerator(_ line: SourceLine, after above: SourceLine) -> Bool {
        guard line.text.firstByte == 0x28, above.number + 1 == line.number, !above.isBlank, !above.cellBreak,
              !Text.endsClause(above.text), above.text.lastByte == 0x2C || above.text.utf8.count >= 60 else { return false }
        return MarkerReader.enumerator(line.text) != nil
    }

    static func tokenize(_ lines: [SourceLine]) -> [LineToken] {
        var stream = Stream(capacity: lines.count)
        for line in lines { stream.add(line) }
        return stream.take()
    }

    /// Tokens made one line at a time, as `LineCleaner` hands the lines on: a line's kind depends only on
    /// the line above it and the last letter and arabic markers, so no array of cleaned lines is needed.
    struct Stream {
        private(set) var tokens: [LineToken] = []
        private var previousLetter: Int?
        private var previousNumber: Int?
        private var above: SourceLine?

        init(capacity: Int) { tokens.reserveCapacity(capacity) }

        /// The line is taken (`consuming`): it becomes the token's and the next line's `above` without a copy
        /// of its own.
        mutating func add(_ line: consuming SourceLine) {
            // Only a line that opens with "-" or "(" may be a wrap that looks like a marker: its first byte is read once.
            if !line.continuesAbove, let above, let lead = line.text.firstByte, lead == 0x2D || lead == 0x28,
               lead == 0x2D ? Tokenizer.wrapsIntoDash(line, after: above) || above.isBlank && wrapsIntoRange(line)
                            : Tokenizer.wrapsIntoEnumerator(line, after: above) {
                line.continuesAbove = true
            }
            let kind = kind(of: line)
            above = copy line
            tokens.append(LineToken(line: line, kind: kind))
        }

        /// `Tokenizer.wrapsIntoRange` of the line with text above the blank lines over `line`: looked for among the
        /// tokens already made (at most two blank lines, no cell boundary), only for a line that opens with "-".
        private func wrapsIntoRange(_ line: SourceLine) -> Bool {
            var i = tokens.count - 1
            while i >= 0, tokens.count - i <= 3 {
                let above = tokens[i].line
                if above.cellBreak { return false }
                if !above.isBlank { return Tokenizer.wrapsIntoRange(line, after: above) }
                i -= 1
            }
            return false
        }

        /// What the line is, the last letter and arabic markers kept for the next.
        private mutating func kind(of line: SourceLine) -> LineToken.Kind {
            if line.isBlank { return .blank }
            if line.text.containsByte(0x09) {
                return .tableRow(line.text.pieces(between: 0x09, omittingEmpty: false).map { String($0.trimmingSpaces()) })
            }
            // The rest of a heading or label wrapped inside its emphasis ("**II. NHIỆM" / "VỤ, GIẢI
            // PHÁP**", "*3.2. Sở" / "Xây dựng*") is never a marker of its own.
            if line.continuesAbove { return .text }
            if let (marker, rest) = MarkerReader.read(line.text, previousLetter: previousLetter, previousNumber: previousNumber) {
                if marker.style == .letter { previousLetter = marker.values.first }
                if marker.style == .arabic { previousNumber = marker.values.first }
                return .item(marker, rest)
            }
            if let (label, rest) = LabelReader.read(line.text) { return .label(label, rest) }
            return .text
        }

        /// The tokens, handed over.
        mutating func take() -> [LineToken] {
            var out: [LineToken] = []
            swap(&out, &tokens)
            return out
        }
    }
}
