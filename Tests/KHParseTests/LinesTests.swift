import XCTest
@testable import KHParse

final class LinesTests: XCTestCase {
    func testPageNumbersAloneAndGluedToALineEnd() {
        let cleaned = LineCleaner.clean("xã hội;\n\n2 \nvà các Chi bộ\n- Việc khác (*thực hiện thường xuyên*). 7\n")
        XCTAssertEqual(cleaned.lines.map(\.text), ["xã hội;", "", "", "và các Chi bộ", "- Việc khác (thực hiện thường xuyên)."])
        XCTAssertEqual(cleaned.dropped.map(\.text), ["2", "7"])
        XCTAssertEqual(cleaned.dropped.map(\.lines.first), [3, 5])
        XCTAssertEqual(cleaned.repairs, ["markdown-emphasis", "page-numbers"])
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

    func testTabsSurviveForTables() {
        let cleaned = LineCleaner.clean("1\tTham mưu\t\t\n")
        XCTAssertEqual(cleaned.lines[0].text, "1\tTham mưu\t\t")
    }
}
