import XCTest
@testable import KHParse

/// Tết by the Vietnamese calendar (UTC+7). Expected dates are the published Vietnamese ones; the years where
/// Vietnam and China (UTC+8) differ are the point of the test.
final class DeadlineLunarNewYearTests: XCTestCase {
    func date(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    func testPublishedVietnameseDates() {
        let published: [Int: String] = [
            1985: "1985-01-21",   // China: 1985-02-20 (the month-11 / leap-month difference)
            2007: "2007-02-17",   // China: 2007-02-18 (new moon 16:14 UTC on the 17th)
            2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22",
            2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
            2028: "2028-01-26", 2029: "2029-02-13",
            2030: "2030-02-02",   // China: 2030-02-03 (new moon 16:07 UTC on the 2nd = 23:07 in Hà Nội)
        ]
        for (year, iso) in published.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(LunarNewYear.date(year: year), date(iso), "Tết \(year)")
        }
    }

    func testOutOfRange() {
        XCTAssertNil(LunarNewYear.date(year: 1000))
        XCTAssertNil(LunarNewYear.date(year: 9999))
    }

    func testPhrases() {
        let ctx = DeadlineContext(issued: date("2025-11-20"))
        func read(_ s: String) -> [String] {
            DeadlineGrammar.read(s, position: .label, context: ctx).map { DeadlineRendering.render($0, text: false) }
        }
        XCTAssertEqual(read("trước Tết Nguyên đán Bính Ngọ 2026"), ["due null..2026-02-16 day"])
        XCTAssertEqual(read("Trước Tết Nguyên đán năm 2027"), ["due null..2027-02-05 day"])
        XCTAssertEqual(read("trước Tết Nguyên đán Bính Ngọ"), ["due null..2026-02-16 day"])
        XCTAssertEqual(read("trước Tết Nguyên đán"), ["due null..2026-02-16 day"])
        XCTAssertEqual(read("trước Tết Nguyên đán Canh Tuất 2030"), ["due null..2030-02-01 day"])
        XCTAssertEqual(read("trước Tết Nguyên đán Ất Sửu 1985"), ["due null..1985-01-20 day"])
    }
}
