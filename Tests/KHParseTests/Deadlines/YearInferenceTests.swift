import XCTest
@testable import KHParse

/// deadlines.md, "Years": the year that places a year-less phrase in the twelve months beginning with the issue
/// date's month; without an issue date the fallback year; else null dates with the kind kept.
final class DeadlineYearInferenceTests: XCTestCase {
    func read(_ phrase: String, issued: String? = nil, fallback: Int? = nil) -> [String] {
        let ctx = DeadlineContext(issued: issued.flatMap { CivilDate(iso: $0) }, fallbackYear: fallback)
        return DeadlineGrammar.read(phrase, position: .label, context: ctx).map { DeadlineRendering.render($0, text: false) }
    }

    func testTwelveMonthsFromTheIssueMonth() {
        XCTAssertEqual(read("tháng 1", issued: "2025-11-20"), ["due 2026-01-01..2026-01-31 month"])
        XCTAssertEqual(read("tháng 11", issued: "2025-11-20"), ["due 2025-11-01..2025-11-30 month"])
        XCTAssertEqual(read("tháng 10", issued: "2025-11-20"), ["due 2026-10-01..2026-10-31 month"])
        XCTAssertEqual(read("trước ngày 15/6", issued: "2026-04-10"), ["due null..2026-06-14 day"])
        XCTAssertEqual(read("trước ngày 5/4", issued: "2026-04-10"), ["due null..2026-04-04 day"])
        XCTAssertEqual(read("trong quý II", issued: "2026-04-10"), ["due 2026-04-01..2026-06-30 quarter"])
        XCTAssertEqual(read("trong quý I", issued: "2026-04-10"), ["due 2027-01-01..2027-03-31 quarter"])
        XCTAssertEqual(read("6 tháng đầu năm", issued: "2025-11-20"), ["due 2026-01-01..2026-06-30 half"])
        XCTAssertEqual(read("cuối năm", issued: "2025-11-20"), ["due null..2025-12-31 year"])
        XCTAssertEqual(read("từ tháng 11 đến tháng 2", issued: "2025-10-01"), ["period 2025-11-01..2026-02-28 month"])
    }

    func testRangeTakesTheYearOfItsOtherEnd() {
        XCTAssertEqual(read("từ tháng 3 đến tháng 6/2026"), ["period 2026-03-01..2026-06-30 month"])
        XCTAssertEqual(read("từ tháng 11 đến tháng 2/2027"), ["period 2026-11-01..2027-02-28 month"])
        XCTAssertEqual(read("Quý II-III/2026"), ["period 2026-04-01..2026-09-30 quarter"])
    }

    func testFallbackYearAndNull() {
        XCTAssertEqual(read("tháng 4", fallback: 2023), ["due 2023-04-01..2023-04-30 month"])
        XCTAssertEqual(read("tháng 4"), ["due null..null month"])
        XCTAssertEqual(read("trước ngày 15/6"), ["due null..null day"])
        // A year stated earlier in the same phrase is nearer than the fallback.
        XCTAssertEqual(read("Tháng 3/2024; hoàn thành tháng 5", fallback: 2023),
                       ["due 2024-03-01..2024-03-31 month", "due 2024-05-01..2024-05-31 month"])
    }
}
