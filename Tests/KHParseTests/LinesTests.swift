import XCTest
@testable import KHParse

final class LinesTests: XCTestCase {
    /// A line's edge spaces go and its space runs become one space; tabs (empty cells) stay: the cleaner's
    /// pass writing into the string's storage answers as the array it was written into before.
    func testTrimmedAsTheBytesSay() {
        func reference(_ line: String) -> String {
            let b = Array(line.utf8)
            if b.first != 0x20 && b.last != 0x20 && !line.contains("  ") && !line.contains("\t ") { return line }
            var out: [UInt8] = []
            var pendingSpace = false
            for byte in b {
                if byte == 0x20 {
                    pendingSpace = !out.isEmpty && out.last != 0x09
                } else if byte == 0x09 {
                    pendingSpace = false
                    out.append(0x09)
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        let pieces = [" ", "  ", "\t", "Sở", "a", "ộ", "1", "\t\t", " \t ", "x y"]
        var random = SeededRandom(seed: 0x7A1B_0002)
        for _ in 0..<5_000 {
            let line = random.text(of: pieces, fewerThan: 9)
            XCTAssertEqual(LineCleaner.trimmed(line), reference(line), line.debugDescription)
        }
        XCTAssertEqual(LineCleaner.trimmed("  Kế   hoạch \t  số 12  "), "Kế hoạch\tsố 12")
    }

    /// pdftotext opens each page's first line with a form feed: it is a space, so that the line's item marker is read
    /// and a form feed alone is a blank line between a table's parts.
    func testAFormFeedIsASpace() {
        XCTAssertEqual(LineCleaner.trimmed("\u{0C}2. Sở Giáo dục và Đào tạo"), "2. Sở Giáo dục và Đào tạo")
        XCTAssertEqual(LineCleaner.clean("a\n\u{0C}\n\u{0B}b \u{0C}\n").lines.map(\.text), ["a", "", "b"])
        let plan = parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Công an tỉnh\nBảo đảm an ninh.\n2\n\u{0C}2. Sở Giáo dục và Đào tạo\nChỉ đạo các trường.\n")
        XCTAssertEqual(plan.tasks.map(\.id), ["I/1", "I/2"])
        XCTAssertEqual(plan.tasks.last?.lead.map(\.name), ["Sở Giáo dục và Đào tạo"])
    }

    func testPageNumbersAloneAndGluedToALineEnd() {
        let cleaned = LineCleaner.clean("xã hội;\n\n2 \nvà các Chi bộ\n- Việc khác (*thực hiện thường xuyên*). 7\n")
        XCTAssertEqual(cleaned.lines.map(\.text), ["xã hội;", "", "", "và các Chi bộ", "- Việc khác (thực hiện thường xuyên)."])
        XCTAssertEqual(cleaned.dropped.map(\.text), ["2", "7"])
        XCTAssertEqual(cleaned.dropped.map(\.lines.first), [3, 5])
        XCTAssertEqual(cleaned.repairs, ["markdown-emphasis", "page-numbers"])
    }

    /// The page-number forms a lone line takes, each opening with a digit, "-" or "Trang" (the first byte is
    /// looked at before anything else), and short lines that are none.
    func testStandalonePageNumberForms() {
        for (line, page) in [("12", 12), ("- 3 -", 3), ("Trang 4", 4), ("TRANG 5", 5), ("trang 2/10", 2), ("7/12", 7)] {
            XCTAssertEqual(LineCleaner.standalonePageNumber(line)?.value, page, line)
        }
        for line in [" 12", "a12", "(3)", "Tr 4", "57/VBHN", "1000", "+3", "Tháng 5"] {
            XCTAssertNil(LineCleaner.standalonePageNumber(line), line)
        }
    }

    /// The byte readings of page numbers (a short ASCII line alone; digits after a sentence's end) answer as
    /// the readings by characters, on random lines of digits, marks, letters, combining marks, joiners and
    /// Prepend scalars (which join what follows them).
    func testPageNumbersOnBytesAsByCharacters() {
        let pieces = ["1", "7", "0", "12", "200", "1234", "/", "/10", "- ", " -", " ", " ", "\t", "Trang ", "TRANG ", "trang",
                      "Tráng ", "t", "a", "x", ".", ";", ":", "!", "?", ")", "\"", "”", "»", "ộ", "\u{301}", "\u{200D}",
                      "\u{600}", "\u{110BD}", "VBHN", "…", "\r"]
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        func next(_ n: Int) -> Int { random.next(n) }
        var lines = ["2", "- 2 -", "Trang 2", "TRANG 12", "2/10", "57/VBHN", "- -", "0", "000", "xong. 7", "xong.” 12",
                     "xong» 3", "xong.\u{301} 7", "\u{600}. 7", "a\u{600}) 12", "(xong) 1234", "xong.\t7", ". 7", " 7"]
        for _ in 0..<40_000 {
            var line = ""
            for _ in 0..<(1 + next(5)) { line += pieces[next(pieces.count)] }
            if next(2) == 0 { line += pieces[next(3)] }   // most end in a digit
            lines.append(line)
        }
        var decided = (alone: 0, trailing: 0)
        for line in lines {
            let bytes = Array(line.utf8)
            if bytes.count <= 12 {
                let characters = LineCleaner.standaloneByCharacters(line)
                switch bytes.withUnsafeBufferPointer(LineCleaner.asciiPageNumber) {
                case .found(let value): decided.alone += 1; XCTAssertEqual(characters?.value, value, line.debugDescription)
                case .none: decided.alone += 1; XCTAssertNil(characters, line.debugDescription)
                case .undecided: break
                }
            }
            guard let last = bytes.last, last >= 0x30 && last <= 0x39 else { continue }
            let characters = LineCleaner.trailingByCharacters(line)
            switch bytes.withUnsafeBufferPointer(LineCleaner.trailingOnBytes) {
            case let .found((kept, page)):
                decided.trailing += 1
                XCTAssertEqual(characters?.kept, kept, line.debugDescription)
                XCTAssertEqual(characters?.page, page, line.debugDescription)
            case .none: decided.trailing += 1; XCTAssertNil(characters, line.debugDescription)
            case .undecided: break
            }
        }
        XCTAssertGreaterThan(decided.alone, 3_000)
        XCTAssertGreaterThan(decided.trailing, 10_000)
    }

    /// A page number glued to the start of a wrapped line is dropped only as the page after the last one seen;
    /// its byte pre-test never turns away a line the reading by characters takes (random lines of digits, spaces,
    /// letters, combining marks and joiners).
    func testLeadingPageNumbers() {
        let cleaned = LineCleaner.clean("các đơn vị\n\n2\n\n3 tuyên truyền rộng rãi\n4 Sở Y tế\n5 triển khai\n")
        XCTAssertEqual(cleaned.lines.map(\.text), ["các đơn vị", "", "", "", "tuyên truyền rộng rãi", "4 Sở Y tế", "5 triển khai"])
        XCTAssertEqual(cleaned.dropped.map(\.text), ["2", "3"])
        let pieces = ["1", "2", "3", "0", "12", "123", "1234", " ", " ", "\t", "a", "ộ", "Sở", "đ", "\u{301}", "\u{200D}", ".", "x"]
        var random = SeededRandom(seed: 0x1EAD_1265)
        var lines = ["3 tuyên", "03 tuyên", "3  tuyên", "3 \u{301}tuyên", "3\u{301} tuyên", "123 x", "1234 x"]
        for _ in 0..<30_000 { lines.append(random.text(of: pieces, fewerThan: 8)) }
        var read = 0
        for line in lines {
            for last in [0, 1, 2, 11, 122] where LineCleaner.leadingByCharacters(line, after: last) != nil {
                read += 1
                XCTAssertTrue(LineCleaner.mayLeadWithPage(line, after: last), line.debugDescription)
            }
        }
        XCTAssertGreaterThan(read, 100)
        XCTAssertFalse(LineCleaner.mayLeadWithPage("2025 các năm", after: 2))
        XCTAssertFalse(LineCleaner.mayLeadWithPage("3. Sở Y tế", after: 2))
    }

    func testNumbersThatAreContentStay() {
        let cleaned = LineCleaner.clean("năm 2026\n2025 (phòng Giáo dục)\ngiai đoạn 2026 - 2030\n")
        XCTAssertEqual(cleaned.lines.map(\.text), ["năm 2026", "2025 (phòng Giáo dục)", "giai đoạn 2026 - 2030"])
        XCTAssertTrue(cleaned.dropped.isEmpty)
    }

    func testMarkdownEmphasisAndStraySymbols() {
        let cleaned = LineCleaner.clean("mô hình “**Khu – cụm công nghiệp**” (*hoàn thành*). ✦\n* Gạch đầu dòng\n")
        XCTAssertEqual(cleaned.lines[0].text, "mô hình “Khu – cụm công nghiệp” (hoàn thành).")
        XCTAssertEqual(cleaned.lines[1].text, "* Gạch đầu dòng")
        XCTAssertEqual(cleaned.dropped.map(\.reason), [.decoration])
    }

    /// Taking marks out never glues two words: a symbol between words leaves a space, and "__" inside a
    /// word is text, not emphasis (both found by AdversarialTests on random text).
    func testMarksInsideWordsNeverGlueThem() {
        let cleaned = LineCleaner.clean("Sở Y tế✦Sở Tài chính ⁂ phối hợp ✓\nma__so và __đậm__\n")
        XCTAssertEqual(cleaned.lines.map(\.text), ["Sở Y tế Sở Tài chính phối hợp", "ma__so và đậm"])
        XCTAssertEqual(cleaned.dropped.map(\.text), ["✦⁂✓"])
    }

    func testTabsSurviveForTables() {
        let cleaned = LineCleaner.clean("1\tTham mưu\t\t\n")
        XCTAssertEqual(cleaned.lines[0].text, "1\tTham mưu\t\t")
    }

    func testTwoColumnHeaderAndFooterAreReadColumnByColumn() {
        let lines = [
            "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "HUYỆN ĐÔNG ANH                        Độc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-UBND                     Đông Anh, ngày 2 tháng 1 năm 2026",
            "KẾ HOẠCH",
            "I. NHIỆM VỤ   với  hai  khoảng  trắng",
            "Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN",
            "- UBND thành phố;                          CHỦ TỊCH",
            "- Lưu: VT.",
            "                                           Nguyễn Văn An",
        ]
        let order = ColumnLayout.readingOrder(lines).map { "\($0.number):\($0.text)" }
        XCTAssertEqual(order, [
            "1:ỦY BAN NHÂN DÂN", "2:HUYỆN ĐÔNG ANH", "3:Số: 12/KH-UBND",
            "1:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2:Độc lập - Tự do - Hạnh phúc", "3:Đông Anh, ngày 2 tháng 1 năm 2026",
            "4:KẾ HOẠCH", "5:I. NHIỆM VỤ   với  hai  khoảng  trắng",
            "6:Nơi nhận:", "7:- UBND thành phố;", "8:- Lưu: VT.",
            "6:TM. ỦY BAN NHÂN DÂN", "7:CHỦ TỊCH", "9:Nguyễn Văn An",
        ])
    }
}
