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

    /// Lunar → solar for other days, against published Vietnamese calendars: Rằm tháng Giêng (1/15), Giỗ Tổ Hùng Vương
    /// (3/10, a public holiday), Tết Đoan ngọ (5/5), Vu Lan (7/15), Tết Trung thu (8/15), and the leap months of 2020
    /// (nhuận tháng 4), 2023 (nhuận tháng 2) and 2025 (nhuận tháng 6).
    func testLunarToSolar() {
        let published: [(Int, Int, Int, Bool, String)] = [
            (2025, 1, 1, false, "2025-01-29"), (2026, 1, 1, false, "2026-02-17"), (2030, 1, 1, false, "2030-02-02"),
            (1985, 1, 1, false, "1985-01-21"),
            (2024, 1, 15, false, "2024-02-24"), (2025, 1, 15, false, "2025-02-12"), (2026, 1, 15, false, "2026-03-03"),
            (2023, 3, 10, false, "2023-04-29"), (2024, 3, 10, false, "2024-04-18"), (2025, 3, 10, false, "2025-04-07"),
            (2026, 3, 10, false, "2026-04-26"),
            (2024, 5, 5, false, "2024-06-10"), (2023, 7, 15, false, "2023-08-30"),
            (2020, 8, 15, false, "2020-10-01"), (2022, 8, 15, false, "2022-09-10"), (2023, 8, 15, false, "2023-09-29"),
            (2024, 8, 15, false, "2024-09-17"), (2025, 8, 15, false, "2025-10-06"),
            (2020, 4, 1, true, "2020-05-23"), (2023, 2, 1, true, "2023-03-22"), (2023, 3, 1, false, "2023-04-20"),
            (2025, 6, 1, true, "2025-07-25"),
            (2024, 12, 29, false, "2025-01-28"),   // the eve of Tết 2025: month 12 of Giáp Thìn has 29 days
        ]
        for (y, m, d, leap, iso) in published {
            XCTAssertEqual(LunarNewYear.solar(year: y, month: m, day: d, leap: leap), date(iso), "\(d)/\(m)\(leap ? " nhuận" : "")/\(y)")
        }
        XCTAssertNil(LunarNewYear.solar(year: 2024, month: 4, day: 1, leap: true), "2024 has no leap month")
        XCTAssertNil(LunarNewYear.solar(year: 2023, month: 3, day: 1, leap: true), "2023's leap month is the second")
        XCTAssertNil(LunarNewYear.solar(year: 2025, month: 13, day: 1))
        XCTAssertNil(LunarNewYear.solar(year: 9990, month: 1, day: 15))
        // Every day of every month from 1900 to 2100 has a solar date, and consecutive months join.
        for y in 1801...2198 {
            for m in 1...12 {
                let (a, b) = LunarNewYear.solarMonth(year: y, month: m)!
                XCTAssertTrue((28...29).contains(b.dayNumber - a.dayNumber), "\(m)/\(y)")
                if m < 12, let (next, _) = LunarNewYear.solarMonth(year: y, month: m + 1), LunarNewYear.solar(year: y, month: m, day: 1, leap: true) == nil {
                    XCTAssertEqual(next.dayNumber, b.dayNumber + 1, "\(m)/\(y)")
                }
            }
            XCTAssertEqual(LunarNewYear.solar(year: y, month: 1, day: 1), LunarNewYear.date(year: y), "Tết \(y)")
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
