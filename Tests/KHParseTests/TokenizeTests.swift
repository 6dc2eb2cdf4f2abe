import XCTest
@testable import KHParse

/// Runs Sources/KHParse/Tokenize/Corpus/markers.tsv: each line must read as the marker listed.
final class TokenizeTests: XCTestCase {
    func testMarkerCorpus() throws {
        try runCorpus("Tokenize/Corpus/markers.tsv", atLeast: 20, read: { MarkerReader.read($0) }) { at, cells, read in
            let (marker, rest) = read
            XCTAssertEqual(marker.style.rawValue, cells[1], at)
            XCTAssertEqual(marker.number ?? "", cells[2], at)
            XCTAssertEqual(String(rest), cells[3], at)
        }
    }

    /// Whether a marker read on the bytes decided (found one or none), checking it is the one read by characters.
    private func assertSameMarker(_ bytes: ByteReading<(Marker, Substring)>, _ characters: (Marker, Substring)?, _ line: String,
                                  file: StaticString = #filePath, line number: UInt = #line) -> Bool {
        switch bytes {
        case let .found((marker, text)):
            XCTAssertEqual(characters?.0, marker, line.debugDescription, file: file, line: number)
            XCTAssertEqual(characters?.1, text, line.debugDescription, file: file, line: number)
            return true
        case .none:
            XCTAssertNil(characters, line.debugDescription, file: file, line: number)
            return true
        case .undecided:
            return false
        }
    }

    /// A numeric marker read on the bytes is the one read by characters, or the bytes leave it to them: random
    /// lines of digits, dots, brackets, spaces, tabs, letters, combining marks, joiners and CR.
    func testNumericMarkersOnBytesAsByCharacters() {
        let pieces = ["1", "2", "0", "9", "12", "200", "201", "1234", ".", ".", ")", " ", " ", "\t", "a", "Đ", "ộ", "x",
                      "\u{301}", "\u{200D}", "\r", "\n", "-", "…", "(", "1.", "2)", " Sở"]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ n: Int) -> Int { random.next(n) }
        var lines = ["1. Sở", "1.2. Rà", "2.13 Xây", "3) a", "1.", "1.\u{301} x", "1\u{301}. x", "12. 5", "7.\t\tx", "201. x", "1. \u{301}x"]
        for _ in 0..<30_000 {
            var line = pieces[next(4)]
            for _ in 0..<(1 + next(6)) { line += pieces[next(pieces.count)] }
            lines.append(line)
        }
        var decided = 0
        for line in lines where line.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            for previous in [nil, 200, 0] as [Int?] {
                if assertSameMarker(MarkerReader.numericOnBytes(line, previousNumber: previous),
                                    MarkerReader.numericByCharacters(line, previousNumber: previous), line) { decided += 1 }
            }
        }
        XCTAssertGreaterThan(decided, 40_000)
    }

    /// A letter marker read on the bytes is the one read by characters, or the bytes leave it to them: random
    /// lines of letters, "đ", brackets, dots, spaces, capitals, combining marks, joiners and CR.
    func testLetterMarkersOnBytesAsByCharacters() {
        let pieces = ["a", "b", "đ", "i", "v", "x", "f", "z", ")", ".", " ", " ", "\t", "\u{301}", "\u{200D}", "\r", "R", "Rà",
                      " soát", " Sở", "ạ", "Đ", "1"]
        var random = SeededRandom(seed: 0x1E77_E125)
        var lines = ["a) Rà soát", "đ) Tuyên truyền", "b. Công bố", "b. công bố", "i. Kiểm tra", "f) Tiếp", "a)  Rà", "a) \u{301}Rà",
                     "a)\u{301} Rà", "a\u{301}) Rà", "đ\u{301}) Rà", "a) ", "a)  ", "x. Xây", "a)\r\nRà"]
        for _ in 0..<30_000 {
            let line = random.text(of: ["a", "b", "đ", "i", "x", "f"], fewerThan: 2) + random.text(of: [")", "."], fewerThan: 2)
                + random.text(of: pieces, fewerThan: 6)
            lines.append(line)
        }
        var decided = 0
        for line in lines {
            for previous in [nil, 4, 5, 8, 9, 20] as [Int?] {
                if assertSameMarker(MarkerReader.letterOnBytes(line, previousLetter: previous),
                                    MarkerReader.letterMarkerByCharacters(line, previousLetter: previous), line) { decided += 1 }
            }
        }
        XCTAssertGreaterThan(decided, 50_000)
        // The pre-test never turns away a line either reading takes, and turns these away.
        for line in lines where !MarkerReader.mayBeLetterMarker(line) {
            for previous in [nil, 4, 6, 8, 20] as [Int?] {
                XCTAssertNil(MarkerReader.letterMarkerByCharacters(line, previousLetter: previous), line.debugDescription)
            }
        }
        for line in ["(1) Sở Y tế", "TP. Hà Nội", "KT. CHỦ TỊCH", "A) Rà soát", "Đ) Rà soát", "a)Rà soát", "1. Sở"] {
            XCTAssertFalse(MarkerReader.mayBeLetterMarker(line), line)
        }
    }

    /// A line "- …" continues the line above when a small letter or a digit follows the dash and its space (a
    /// hyphenated word wrapped at its hyphen): told on the bytes as by characters, on random lines of dashes,
    /// spaces, letters, digits, capitals, combining marks, joiners and CR.
    func testDashWrapReadsTheCharacterAfterTheDashAsCharactersDo() {
        let above = SourceLine(number: 1, text: "phối hợp với các đơn vị")
        let pieces = ["-", " ", "a", "z", "ộ", "Đ", "R", "1", "\u{301}", "\u{200D}", "\r", "\n", "x\u{323}", "\t", "–"]
        var random = SeededRandom(seed: 0xDA5E_0001)
        var texts = ["- các", "- Các", "- 2025", "- ộ", "- \u{301}a", "-  a", "- a\u{301}", "- ", "-", "- x\u{323}y"]
        for _ in 0..<20_000 { texts.append("-" + random.text(of: pieces, fewerThan: 5)) }
        var wraps = 0
        for text in texts {
            let next = text.hasPrefix("- ") ? text.dropFirst(2).first : nil
            let expected = next.map { $0.isLowercase || $0.isASCIIDigit } ?? false
            XCTAssertEqual(Tokenizer.wrapsIntoDash(SourceLine(number: 2, text: text), after: above), expected, text.debugDescription)
            if expected { wraps += 1 }
        }
        XCTAssertGreaterThan(wraps, 200)
    }

    func testLetterIAfterHIsALetterNotRoman() {
        XCTAssertEqual(MarkerReader.read("i. Kiểm tra", previousLetter: 8)?.0.style, .letter)
        XCTAssertNil(MarkerReader.read("i. kiểm tra", previousLetter: 8))
    }

    /// A list goes on past 200 one number at a time; a large number that continues nothing stays prose.
    func testNumbersAbove200ContinueTheirList() {
        XCTAssertEqual(MarkerReader.read("201. Sở Y tế chủ trì", previousNumber: 200)?.0.number, "201")
        XCTAssertEqual(MarkerReader.read("512) Rà soát", previousNumber: 511)?.0.number, "512")
        XCTAssertNil(MarkerReader.read("201. Sở Y tế chủ trì"))
        XCTAssertNil(MarkerReader.read("203. Sở Y tế", previousNumber: 201))
        XCTAssertNil(MarkerReader.read("2026. Các năm tiếp theo", previousNumber: 2025), "four digits are never a marker")
        XCTAssertNil(MarkerReader.read("201.1. Rà soát", previousNumber: 200), "a decimal marker keeps its bound")
        // Line by line: the stream remembers the last arabic number, whatever stands between.
        let lines = (1...260).flatMap { ["\($0). Sở Nội vụ thực hiện nhiệm vụ \($0)", "- Nội dung \($0)"] }
        let tokens = Tokenizer.tokenize(lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        let numbers = tokens.compactMap { token -> String? in
            if case .item(let marker, _) = token.kind, marker.style == .arabic { return marker.number }
            return nil
        }
        XCTAssertEqual(numbers, (1...260).map(String.init))
    }

    /// Two labels on one line: the value of the first ends at the "; " before the second.
    func testLabelValueSplitsAtASecondLabel() {
        let two = LabelReader.splitValue("Sở Y tế; Đơn vị phối hợp: Công an tỉnh, Sở Tài chính.")
        XCTAssertEqual(two.value, "Sở Y tế")
        XCTAssertEqual(two.more.map(\.label), ["Đơn vị phối hợp"])
        XCTAssertEqual(two.more.map(\.rest), ["Công an tỉnh, Sở Tài chính."])
        let time = LabelReader.splitValue("Chi cục Thủy lợi; thời gian: từ tháng 6 đến tháng 12/2025.")
        XCTAssertEqual(time.value, "Chi cục Thủy lợi")
        XCTAssertEqual(time.more.first?.label, "thời gian")
        // A ";" before no label keeps the value whole; text after a second label's value stays with it.
        XCTAssertTrue(LabelReader.splitValue("Sở Y tế; Công an tỉnh: phối hợp kiểm tra").more.isEmpty)
        XCTAssertEqual(LabelReader.splitValue("Sở Y tế; Phối hợp: Công an tỉnh; UBND các xã").more.first?.rest, "Công an tỉnh; UBND các xã")
    }

    func testLabels() {
        XCTAssertEqual(LabelReader.read("Thời gian hoàn thành: Tháng 3/2023.")?.label, "Thời gian hoàn thành")
        XCTAssertEqual(LabelReader.read("Thời gian hoàn thành: Tháng 3/2023.")?.rest, "Tháng 3/2023.")
        XCTAssertEqual(LabelReader.read("Cơ quan chủ trì: Sở Nội vụ")?.label, "Cơ quan chủ trì")
        XCTAssertNil(LabelReader.read("Về chế độ thông tin báo cáo: Định kỳ"))
        XCTAssertNil(LabelReader.read("Trong đó: Nhà trường ký cam kết"))
        // A head alone or followed by words; a word that only begins like a head is none.
        XCTAssertEqual(LabelReader.read("Kinh phí: 10 tỷ đồng")?.label, "Kinh phí")
        XCTAssertEqual(LabelReader.read("KINH PHÍ THỰC HIỆN: 10 tỷ đồng")?.label, "KINH PHÍ THỰC HIỆN")
        XCTAssertNil(LabelReader.read("Thời giant: 10"))
        XCTAssertNil(LabelReader.read("Sản phẩmx: 10"))
    }
}
