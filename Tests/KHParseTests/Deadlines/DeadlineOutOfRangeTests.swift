import Foundation
import XCTest
@testable import KHParse

/// Issue 13: date arithmetic outside 0001-01-01 … 9999-12-31 is nil, never a trap; a deadline that names such a date
/// is `unparsed` with a `deadline-out-of-range` diagnostic, and every emitted date has four-digit years.
final class DeadlineOutOfRangeTests: XCTestCase {
    func date(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    func testArithmeticStaysInRange() {
        XCTAssertEqual(date("2025-03-15").adding(days: 30), date("2025-04-14"))
        XCTAssertEqual(date("2025-03-31").adding(months: 1), date("2025-04-30"))
        XCTAssertEqual(date("2025-03-15").adding(years: 1), date("2026-03-15"))
        XCTAssertEqual(date("9999-12-30").adding(days: 1), date("9999-12-31"))
        XCTAssertNil(date("9999-12-31").adding(days: 1))
        XCTAssertNil(date("0001-01-01").adding(days: -1))
        XCTAssertEqual(date("0001-01-31").adding(months: -0), date("0001-01-31"))
        XCTAssertNil(date("0001-01-31").adding(months: -1))
        XCTAssertNil(date("9990-12-10").adding(years: 15))
        XCTAssertNil(date("2026-04-10").adding(years: 8000))
        XCTAssertNil(date("2026-04-10").adding(months: 9999 * 12))
        XCTAssertNil(date("2026-04-10").adding(days: Int.max))
        XCTAssertNil(date("2026-04-10").adding(days: Int.min))
        XCTAssertNil(date("2026-04-10").adding(months: Int.max))
        XCTAssertNil(date("2026-04-10").adding(years: Int.max / 6))
        XCTAssertNil(date("2026-04-10").adding(years: Int.min))
        XCTAssertNil(CivilDate(dayNumber: Int.max))
        XCTAssertNil(CivilDate(dayNumber: 2932897))
        XCTAssertEqual(CivilDate(dayNumber: 2932896), date("9999-12-31"))
        XCTAssertEqual(CivilDate(dayNumber: -719162), date("0001-01-01"))
        for bad in ["0000-01-01", "2026-00-10", "2026-13-01", "2026-04-00", "2026-02-30", "+202-04-10", "2026-+4-10", "10000-01-01"] {
            XCTAssertNil(CivilDate(iso: bad), bad)
        }
    }

    func testPhrasesOutsideTheCalendar() {
        let late = DeadlineContext(issued: date("9999-12-10"))
        func read(_ s: String, _ ctx: DeadlineContext) -> [String] {
            DeadlineGrammar.read(s, position: .label, context: ctx).map { DeadlineRendering.render($0, text: false) }
        }
        let ctx = DeadlineContext(issued: date("2026-04-10"))
        XCTAssertEqual(read("trong vòng 8000 năm kể từ ngày ký", ctx), ["unparsed !out-of-range"])
        XCTAssertEqual(DeadlineGrammar.read("trong vòng 8000 năm kể từ ngày ký", position: .label, context: ctx).first?.problem,
                       .outOfRange)
        XCTAssertEqual(read("trong vòng 7000 năm kể từ ngày ký", ctx), ["relative P7000Y end=9026-04-10 event=ký"])
        XCTAssertEqual(read("trong vòng 9999 ngày kể từ ngày ban hành", late), ["unparsed !out-of-range"])
        // Without an issue date there is no value: still a relative deadline.
        XCTAssertEqual(read("trong vòng 8000 năm kể từ ngày ký", DeadlineContext()), ["relative P8000Y event=ký"])
        XCTAssertEqual(read("tháng 1", late), ["unparsed !out-of-range"])
        XCTAssertEqual(read("tháng 12", late), ["due 9999-12-01..9999-12-31 month"])
        // Numbers of 20 digits, day 0, month 13, quarter V, year 0: read as nothing or unparsed, never a trap.
        for s in ["ngày 0/4/2026", "ngày 32/1/2026", "tháng 13/2026", "Quý V/2026", "quý 9/2026", "năm 0", "0/0/0000",
                  "trong vòng 99999999999999999999 năm kể từ ngày ký", "99999999999999999999/12/2026",
                  "ngày 99999999999999999999 tháng 99999999999999999999 năm 99999999999999999999",
                  "định kỳ 99999999999999999999 tháng", "99999999999999999999 lần/tháng", "sau 9999 tuần triển khai",
                  "trước ngày 1/1/0001", "ngày 29/2/2100"] {
            for c in [ctx, late, DeadlineContext(), DeadlineContext(fallbackYear: 9999)] {
                let cell = DeadlineGrammar.read(s, position: .cell, context: c)
                let inline = DeadlineGrammar.find(inSentence: s, context: c)
                for d in cell + inline {
                    for x in [d.start, d.end].compactMap({ $0 }) { XCTAssertTrue((1...9999).contains(x.year), s) }
                }
            }
        }
    }

    static let plan = """
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ HẢI PHÒNG
    Số: 1/KH-UBND
    Hải Phòng, ngày 10 tháng 12 năm 9990

    KẾ HOẠCH
    Kiểm tra công tác phòng cháy

    I. NHIỆM VỤ
    1. Kiểm tra các chợ trên địa bàn (Công an xã) (trong vòng 8000 năm kể từ ngày ký).
    2. Tuyên truyền trên hệ thống loa truyền thanh (Đài truyền thanh xã).
    Thời gian thực hiện: Tháng 5.
    3. Rà soát hồ sơ (Công an xã) (trong vòng 30 ngày kể từ ngày ký).
    """

    func testWholeParse() throws {
        for (text, issued) in [(Self.plan, "9990-12-10"),
                               (Self.plan.replacingOccurrences(of: "năm 9990", with: "năm 2026"), "2026-12-10")] {
            let out = parse(text: text)
            XCTAssertEqual(out.document.issued?.iso, issued)
            let deadlines = out.tasks.flatMap(\.deadlines)
            let far = try XCTUnwrap(deadlines.first { $0.text == "trong vòng 8000 năm kể từ ngày ký" })
            XCTAssertEqual(far.kind, .unparsed)
            XCTAssertNil(far.end)
            XCTAssertTrue(out.diagnostics.contains { $0.code == .deadlineOutOfRange && $0.lines == far.lines })
            XCTAssertFalse(out.diagnostics.contains { $0.code == .unparsedDeadline && $0.message.contains("8000") })
            let json = JSONWriter(pretty: false).string(out.json)
            XCTAssertNil(json.range(of: #""[0-9]{5,}-[0-9]{2}-[0-9]{2}""#, options: .regularExpression), json)
        }
        XCTAssertTrue(parse(text: Self.plan).tasks.flatMap(\.deadlines).contains { $0.end?.iso == "9991-01-09" })
    }

    func testDeadlinesCommand() throws {
        let input = Data("trong vòng 8000 năm kể từ ngày ký\n(trong vòng 8000 năm kể từ ngày ký)\ntháng 1\n".utf8)
        for issued in ["2026-04-10", "9990-12-31", "9999-12-31"] {
            let result = try runProgram(Paths.binary, ["deadlines", "--issued", issued], stdin: input)
            XCTAssertEqual(result.status, 0, result.err)
            let lines = result.out.split(separator: "\n")
            XCTAssertEqual(lines.count, 3)
            XCTAssertTrue(lines[0].contains("\"kind\":\"unparsed\""), String(lines[0]))
            XCTAssertTrue(lines[1].contains("\"kind\":\"unparsed\""), String(lines[1]))
        }
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("kh-9990-\(UUID().uuidString).txt")
        try Data(Self.plan.utf8).write(to: plan)
        defer { try? FileManager.default.removeItem(at: plan) }
        let parsed = try runProgram(Paths.binary, [plan.path])
        XCTAssertEqual(parsed.status, 0, parsed.err)
        XCTAssertTrue(parsed.out.contains("deadline-out-of-range"))
    }
}

/// A weekday that contradicts its date keeps the date and becomes a `deadline-weekday-mismatch` diagnostic.
final class DeadlineWeekdayDiagnosticTests: XCTestCase {
    func testWholeParse() {
        let plan = DeadlineOutOfRangeTests.plan
            .replacingOccurrences(of: "năm 9990", with: "năm 2025")
            .replacingOccurrences(of: "(trong vòng 8000 năm kể từ ngày ký)", with: "(thứ Năm, ngày 14/3/2026)")
            .replacingOccurrences(of: "(trong vòng 30 ngày kể từ ngày ký)", with: "(8 giờ 30 phút, thứ Bảy, ngày 14/3/2026)")
        let out = parse(text: plan)
        let ds = out.tasks.flatMap(\.deadlines)
        XCTAssertEqual(ds.filter { $0.end?.iso == "2026-03-14" }.count, 2)
        XCTAssertEqual(ds.first { $0.time != nil }?.time, "08:30")
        let mismatch = out.diagnostics.filter { $0.code == .deadlineWeekdayMismatch }
        XCTAssertEqual(mismatch.count, 1)
        XCTAssertEqual(mismatch.first?.message.contains("thứ Năm"), true)
        XCTAssertEqual(mismatch.first?.lines, ds.first { $0.text.hasPrefix("thứ Năm") }?.lines)
    }
}
