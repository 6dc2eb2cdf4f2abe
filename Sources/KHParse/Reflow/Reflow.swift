/// Joins hard-wrapped lines into blocks. Text pulled out of PDFs wraps every line (and may put a
/// blank line after each); Word text puts a paragraph on one line. Both read the same here:
/// - a line with a marker, a label or tab-separated cells always starts a block;
/// - a line starting in lower case continues the block before it (also across a page break), and so
///   does any line after one that ends on a joining word ("và", "của", "với" …) or inside a name of
///   several words ("Mặt trận" / "Tổ quốc", `NameSplit`);
/// - in wrapped layout, a line continues the block before it when that block's last line was
///   long and did not end a clause;
/// - in wrapped layout that puts blank lines between blocks, a line right under one that ends on a
///   capitalized word continues it: a name cut by the wrap ("tỉnh Quảng" / "Trị", "Sở Công" / "Thương");
/// - in text whose items' first lines are cut short (web exports), a line right under such an item continues it
///   whatever its case: "Chỉ tiêu 1: Phấn đấu năm" / "2025 đạt 60% …";
/// - an all-caps line is a heading: it joins only an all-caps block (a wrapped heading, or the line right under
///   a numbered heading in capitals: "VII. CHẾ" / "ĐỘ BÁO CÁO").
///
/// "Right under" means no blank line between, except in double-spaced text (PDF text with a blank line after every
/// line), where one blank line says nothing and two or more stand between blocks.
struct Reflow {
    /// Typical length of a full wrapped line, in characters (0 when the text is not wrapped).
    let wrapWidth: Int
    /// Blank lines stand between blocks (one for every eight lines of text or more), so that two lines with
    /// none between them belong together unless a marker, a label or capitals say otherwise. Never in
    /// double-spaced text.
    let blankSeparated: Bool
    /// The items' first lines are cut short, whatever the width (web exports cut a paragraph's first line after a
    /// few words): of the items whose one line ends mid-clause right above a line of text, as many go on in lower
    /// case as start a line in capitals, three at least. Then a line in capitals under such an item goes on with it
    /// too ("2. Về Dự án Nhà máy điện Nhơn" / "Trạch 3 …"); in other text it is the body under a heading ("3. Kinh
    /// phí" / "Từ nguồn ngân sách …").
    let cutsFirstLines: Bool
    /// Blank lines that may stand between two lines that are "right under" one another: 1 in double-spaced text
    /// (three lines of four or more with exactly one blank line above them: text pulled out of a PDF), else 0.
    let blanksWithin: Int

    /// The wrap width of these parts of the tokens (the body and what follows the signature), read
    /// in place: no copy of a long document's tokens.
    init(parts: [ArraySlice<LineToken>]) {
        var lengths: [Int] = []
        var open = 0
        var blanks = 0
        var singleSpaced = 0   // lines with exactly one blank line above them
        var run = 0            // blank lines since the last line
        var cut = 0, headed = 0
        var openItem = false   // the line above is an item whose line ends mid-clause
        for token in parts.joined() {
            if case .blank = token.kind {
                if !token.line.cellBreak { blanks += 1 }
                run += 1
                continue
            }
            if run == 1 { singleSpaced += 1 }
            if openItem, run == 0, case .text = token.kind {
                if Text.startsLowercase(token.line.text) { cut += 1 } else if !Text.isAllCaps(token.line.text) { headed += 1 }
            }
            openItem = false
            run = 0
            switch token.kind {
            case .text, .item, .label:
                let n = token.line.text.utf8.count
                lengths.append(n)
                guard !Text.endsClause(token.line.text) else { break }
                open += 1
                // An item whose text (the line's end, so it ends mid-clause too) is not in capitals.
                if case let .item(_, rest) = token.kind, !rest.isEmpty, !Text.isAllCaps(rest) { openItem = true }
            default: break
            }
        }
        // Double-spaced: one blank line says nothing, and none says where a block ends (runs of two or more are
        // mostly where lines were dropped: page numbers, tables), so the rules that need blank lines between blocks
        // are off.
        let doubleSpaced = lengths.count >= 8 && singleSpaced * 4 >= lengths.count * 3
        blanksWithin = doubleSpaced ? 1 : 0
        blankSeparated = !doubleSpaced && blanks * 8 >= lengths.count
        cutsFirstLines = cut >= 3 && cut >= headed
        guard lengths.count >= 8, open * 10 >= lengths.count * 4 else { wrapWidth = 0; return }
        wrapWidth = Self.kthSmallest(lengths, lengths.count * 4 / 5)
    }

    /// `values.sorted()[k]` for lengths (none negative), without sorting them all: those under 512 (nearly all
    /// of a wrapped text's lines) are counted by value, only the longer ones sorted. (Sorting every line's length
    /// took half a percent of a run over the archive.)
    static func kthSmallest(_ values: [Int], _ k: Int) -> Int {
        let limit = 512
        var counts = [Int](repeating: 0, count: limit)
        var longer: [Int] = []
        for v in values {
            if v < limit { counts[v] += 1 } else { longer.append(v) }
        }
        var seen = 0
        for (value, n) in counts.enumerated() {
            seen += n
            if seen > k { return value }
        }
        longer.sort()
        return longer[k - seen]
    }

    func blocks(_ tokens: ArraySlice<LineToken>) -> [Block] {
        var blocks: [Block] = []
        var lastLine = ""
        var index = tokens.startIndex
        // A cell boundary of the cell-per-line layout: nothing after it continues what stood before.
        var hardBreak = false
        // Blank lines between the last line and this one.
        var blanks = 0
        while index < tokens.endIndex {
            let token = tokens[index]
            switch token.kind {
            case .blank:
                if token.line.cellBreak { hardBreak = true }
                blanks += 1
                index += 1
                continue
            case .tableRow:
                let (table, next) = tableRun(tokens, from: index)
                if table.count >= 2 {
                    let range = LineRange(table.first!.line, table.last!.line)
                    blocks.append(Block(kind: .table(table), text: "", lines: range))
                    lastLine = ""
                    index = next
                    continue
                }
                // A lone tabbed line is prose with wide spaces.
                let text = table.first!.cells.filter { !$0.isEmpty }.joined(separator: " ")
                appendText(text, token: token, to: &blocks, lastLine: &lastLine)
                index = next
                continue
            case let .table(rows, caption):
                if let first = rows.first, let last = rows.last {
                    blocks.append(Block(kind: .table(rows), text: caption ?? "", lines: LineRange(first.line, last.lastLine)))
                }
                lastLine = ""
                index += 1
                continue
            case let .item(marker, rest):
                blocks.append(Block(kind: .item(marker), text: String(rest), lines: LineRange(line: token.line.number)))
            case let .label(label, rest):
                blocks.append(Block(kind: .label(label), text: String(rest), lines: LineRange(line: token.line.number)))
            case .text:
                appendText(token.line.text, token: token, to: &blocks, lastLine: &lastLine, hardBreak: hardBreak,
                           adjacent: blanks <= blanksWithin)
                hardBreak = false
                blanks = 0
                index += 1
                continue
            }
            hardBreak = false
            blanks = 0
            lastLine = token.line.text
            index += 1
        }
        return blocks
    }

    private func appendText(_ text: String, token: LineToken, to blocks: inout [Block], lastLine: inout String, hardBreak: Bool = false,
                            adjacent: Bool = false) {
        defer { lastLine = text }
        // Asked of a copy of the last block that is let go before the text grows: while a copy holds the
        // text, appending to it copies it whole, and a paragraph of n wrapped lines took n² bytes of copying.
        let joins: Bool = {
            guard !hardBreak, let last = blocks.last else { return false }
            return token.line.continuesAbove && !last.isTable || continues(text, after: last, lastLine: lastLine, adjacent: adjacent)
        }()
        if joins {
            let i = blocks.count - 1
            blocks[i].append(text, number: token.line.number)
            return
        }
        blocks.append(Block(kind: .paragraph, text: text, lines: LineRange(line: token.line.number)))
    }

    private func continues(_ text: String, after block: Block, lastLine: String, adjacent: Bool) -> Bool {
        if case .table = block.kind { return false }
        if block.text.isEmpty { return true }          // "1." alone on its line, text on the next
        // A part's title goes on only in capitals on the line right under it ("PHẦN I. DANH MỤC PHƯƠNG ÁN" / "ĐƠN GIẢN
        // HOÁ THỦ TỤC …"); what follows it is the part's content.
        if case let .item(marker) = block.kind, marker.style == .part {
            return adjacent && block.isAllCaps && Text.isAllCaps(text) && !Text.endsClause(lastLine)
        }
        // "**Điều 3. **Chánh" / "Văn phòng Bộ, …": web exports break a paragraph's first line after
        // a word or two; a heading is never one word that ends without a stop.
        // The same for a label's value: "Thời gian thực hiện: Quý" / "III/2026.".
        if block.lines.first == block.lines.last, !block.text.containsBytes(" "), !Text.endsClause(block.text), !Text.isAllCaps(block.text) {
            switch block.kind {
            case .item where !Text.isAllCaps(text), .label: return true
            default: break
            }
        }
        // A wrapped heading continues in capitals on the next line; in unwrapped text every caps
        // line is its own heading ("PHỤ LỤC" above "BẢNG PHÂN CÔNG …"). A line cut after a joining word
        // goes on into capitals too: "… hồ sơ của" / "TTHC.", "… báo cáo về" / "UBND tỉnh.".
        if Text.isAllCaps(text) {
            if !block.isAllCaps, !Text.endsClause(lastLine), Text.endsOnJoiningWord(lastLine, before: text) { return true }
            // "VII. CHẾ" / "ĐỘ BÁO CÁO", "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP" / "TRONG THỜI GIAN TỚI": right under a numbered
            // heading in capitals, with no blank line between, a line in capitals is its second line, however short the
            // first (web exports cut a first line after a word or two). The bold that joined them is gone in plain text.
            // (A part's title stands on its line or the next: "PHẦN I. DANH MỤC …" is whole, "Phần thứ nhất" / "MỤC ĐÍCH" is not.)
            if case let .item(marker) = block.kind, marker.style != .part || block.text.isEmpty, adjacent, block.isAllCaps,
               !Text.endsClause(lastLine), !Self.opensAppendix(text) { return true }
            return block.isAllCaps && wrapWidth > 0 && !Text.endsClause(lastLine) && lastLine.utf8.count * 10 >= wrapWidth * 6
        }
        // "… KẾT CẤU HẠ TẦNG (GIAI ĐOẠN" / "2025-2030)": a capitals heading wrapped before its numbers.
        if block.isAllCaps, !text.contains(where: \.isLetter), !Text.endsClause(lastLine) { return true }
        if block.isAllCaps, case .paragraph = block.kind { return false }
        if Text.startsLowercase(text) { return true }
        // "I. KINH PHÍ" / "Kinh phí thực hiện từ …": a heading in capitals goes on in capitals (above), or where
        // it is cut before a number or after a joining word; a line in sentence case under it is its paragraph,
        // however short the heading (the rules for names cut short below are for headings in sentence case).
        if block.isAllCaps, !Text.endsClause(lastLine) {
            return Text.endsOnJoiningWord(lastLine, before: text) || Text.cutBeforeNumber(lastLine, before: text)
        }
        // "… do HĐND, UBND huyện ban hành. Cơ quan chủ trì:" / "Phòng Tư pháp; …": a label that ends the line after a
        // sentence of the item takes its value from the next line.
        if lastLine.utf8.last == 0x3A, Self.endsOnLabel(lastLine) { return true }
        let length = lastLine.utf8.count
        if !Text.endsClause(lastLine) {
            // A long line of wrapped text goes on: the test that decides most lines, asked first. Not an item's only
            // line short of the width when the next line hands a task to a body: "a) Tuyên truyền trên hệ thống truyền
            // thanh cơ sở" / "Giao Phòng Văn hóa - Xã hội chủ trì …" is a heading and its paragraph.
            if wrapWidth > 0 && length * 10 >= wrapWidth * 6 {
                return !Self.headsAssignment(lastLine, of: block, before: text, width: wrapWidth)
            }
            // "3. Sở Văn hóa, Thể thao và" / "Du lịch": a line cut after "và", "của", "với" … goes on however
            // short it is, wrapped text or not; the name that follows starts in capitals. So does a date cut before
            // its number ("trước ngày" / "30/6/2025."), a name cut in two: "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc
            // Việt Nam tỉnh …", and a place's: "tỉnh Điện" / "Biên".
            if Text.endsOnJoiningWord(lastLine, before: text) || Text.cutBeforeNumber(lastLine, before: text) || NameSplit.cuts(lastLine, before: text)
                || NameSplit.cutsPlace(lastLine, before: text) { return true }
            // "1. Quỹ Bảo vệ môi trường tỉnh Quảng" / "Trị hoạt động …": a short first line cut inside a name.
            if wrapWidth > 0 && adjacent && blankSeparated && Text.endsOnCapitalizedWord(lastLine) { return true }
            // "2. Về Dự án Nhà máy điện Nhơn" / "Trạch 3 và Nhơn Trạch 4", "8. Giám đốc" / "Sở, Thủ trưởng …": in text
            // whose items' first lines are cut short (`cutsFirstLines`) and blank lines stand between blocks, an item's
            // short first line goes on into the line right under it (the bold that joined them is gone in plain text).
            guard cutsFirstLines, adjacent, blankSeparated, case .item = block.kind else { return false }
            return block.lines.first == block.lines.last && !block.isAllCaps && lastLine.utf8.count <= 60 && lastLine.last != ")"
        }
        guard wrapWidth > 0 else { return false }
        // "…; Giáo viên ký cam kết với nhà trường;" filling the whole width: the list goes on.
        if let last = lastLine.last, last == ";" || last == "," { return length * 10 >= wrapWidth * 8 }
        return false
    }

    /// An item's only line, short of the wrap width and cut after no joining word, above a line that opens "Giao",
    /// "Đề nghị" or "Yêu cầu" and a body: the item's heading, not a sentence's first line.
    private static func headsAssignment(_ line: String, of block: Block, before next: String, width: Int) -> Bool {
        guard case .item = block.kind, block.lines.first == block.lines.last, line.utf8.count * 100 < width * 85,
              let (_, rest) = AssigningVerb.opening(next), AgencyReader.beginsWithAgency(rest) else { return false }
        let last = line.utf8.last
        return last != 0x2C && !Text.endsOnJoiningWord(line, before: next) && !line.hasSuffix("phối hợp") && !line.hasSuffix("chủ trì")
    }

    /// The line ends on a label after a sentence ("… ban hành. Cơ quan chủ trì:", "…; Thời gian:"). A line that is a
    /// label alone is a label token, never text.
    static func endsOnLabel(_ line: String) -> Bool {
        // A label stands within the first 80 bytes of its statement (`LabelReader.read`).
        guard let start = Text.lastStatementStart(line[...], within: 80) else { return false }
        guard let (_, rest) = LabelReader.read(String(line[start...])) else { return false }
        return rest.isEmpty
    }

    /// "PHỤ LỤC …" opens an appendix of its own, whatever stands above it.
    static func opensAppendix(_ text: String) -> Bool {
        text.utf8.first == 0x50 && Fold.key(Text.prefix(text, characters: 8)).hasPrefix("phu luc")   // "P"
    }

    /// Consecutive tabbed lines; blank lines and nothing else may stand between them.
    private func tableRun(_ tokens: ArraySlice<LineToken>, from start: Int) -> ([TableLine], Int) {
        var rows: [TableLine] = []
        var index = start
        var end = start
        while index < tokens.endIndex {
            switch tokens[index].kind {
            case let .tableRow(cells):
                rows.append(TableLine(cells: cells, line: tokens[index].line.number))
                index += 1
                end = index
            case .blank:
                index += 1
            default:
                return (rows, end)
            }
        }
        return (rows, end)
    }
}
