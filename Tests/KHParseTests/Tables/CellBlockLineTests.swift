import XCTest
@testable import KHParse

/// `CellTables.mayOpenBlock` tells most lines from their first bytes that they open no header or signature
/// block, before `opensBlock` cleans and folds them. It may let through lines that open none; it must never
/// turn away one that `opensBlock` accepts, or a cell table would run across the document's header.
final class CellBlockLineTests: XCTestCase {
    private func assertNeverTurnsAway(_ line: String, file: StaticString = #filePath, line number: UInt = #line) {
        for cleaned in [false, true] where CellTables.opensBlock(cleaning: line, cleaned: cleaned) {
            XCTAssertTrue(CellTables.mayOpenBlock(line), "turned away a block line: \(line.debugDescription)", file: file, line: number)
        }
    }

    func testEveryLineOfTheFixturesThatOpensABlockGetsThrough() throws {
        var opening = 0
        for url in Paths.goldenInputs() {
            let text = String(decoding: try bytes(of: url), as: UTF8.self)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                if CellTables.opensBlock(cleaning: line, cleaned: false) { opening += 1 }
                assertNeverTurnsAway(line)
            }
        }
        XCTAssertGreaterThan(opening, 50, "the fixtures hold header and signature lines")
    }

    /// The openers of a block, with what web exports and Word put around them, and every Latin letter with
    /// marks as the second letter after C, N, S.
    func testBlockOpenersInAnyDressGetThrough() {
        let openers = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Số: 12/KH-UBND",
                       "SỐ: 12/KH-UBND", "số: 5", "Số hiệu: 01", "Nơi nhận:", "NƠI NHẬN:", "nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
                       "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG", "TUQ. CHỦ TỊCH", "T/M BAN CHẤP HÀNH", "K/T GIÁM ĐỐC",
                       "T.M. ỦY BAN", "K.T. CHỦ TỊCH", "Cô̂ng hòa", "Sô\u{301}: 1", "Nơ\u{301}i nhận"]
        let before = ["", " ", "\t", "**", "*", "__", "_", "\\", "<b>", "<p class=\"x\">", "&nbsp;", "\u{00A0}", "\u{2003}",
                      "** ", "\r", "<b>**"]
        let inside = ["", "**", "*", "<i>", "</i>", "&#7897;", "\\", "__"]
        for opener in openers {
            for lead in before {
                for mark in inside {
                    let first = opener.prefix(1)
                    assertNeverTurnsAway(lead + first + mark + opener.dropFirst())
                }
            }
        }
        // Every character U+00C0–U+024F and U+1E00–U+1EFF as the second letter of "C_ng hòa", "S_:", "N_i nhận".
        let seconds = (0xC0...0x24F).compactMap(Unicode.Scalar.init) + (0x1E00...0x1EFF).compactMap(Unicode.Scalar.init)
        for scalar in seconds {
            for (initial, rest) in [("C", "ng hòa xã hội"), ("S", ": 1"), ("S", " hiệu: 2"), ("N", "i nhận:"), ("c", "ng hòa"), ("n", "i nhận")] {
                assertNeverTurnsAway(initial + String(Character(scalar)) + rest)
            }
        }
    }

    /// The lines the pre-test exists for, which web exports put in their cells by the thousand.
    func testCommonCellTextIsToldWithoutCleaning() {
        for line in ["Cập nhật: 12/05/2025", "Các nội dung của VB này", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI", "Sứ mệnh của trang",
                     "sử dụng công nghệ", "Cảm ơn đã dùng", "- Nộp hồ sơ trực tiếp", "(028) 3930 3279", ": Sửa đổi, thay thế,",
                     "---------------", "**-**", "1. Mục tiêu", "Tên nhiệm vụ", "Kế hoạch số 12"] {
            XCTAssertFalse(CellTables.mayOpenBlock(line), line)
            XCTAssertFalse(CellTables.isBlockLine(line), line)
        }
        for line in ["**Số hiệu:**", "Nơi nhận:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KT. GIÁM ĐỐC", "&nbsp;Số: 1"] {
            XCTAssertTrue(CellTables.isBlockLine(line), line)
        }
    }
}
