import XCTest
@testable import KHParse

/// Every row of the seed examples table of deadlines.md, exactly (Hải Phòng issued 2026-04-10; Từ Sơn: 2023, no
/// header date, so its year comes from the fallback year).
final class DeadlineSpecExamplesTests: XCTestCase {
    let haiPhong = DeadlineContext(issued: CivilDate(iso: "2026-04-10"))
    let tuSon = DeadlineContext(fallbackYear: 2023)

    func check(_ phrase: String, _ position: DeadlinePosition, _ context: DeadlineContext, _ expected: [String],
               file: StaticString = #filePath, line: UInt = #line) {
        let got = position == .inline
            ? DeadlineGrammar.find(inSentence: phrase, context: context)
            : DeadlineGrammar.read(phrase, position: position, context: context)
        XCTAssertEqual(got.map { DeadlineRendering.render($0, text: false) }, expected, phrase, file: file, line: line)
        XCTAssertTrue(got.allSatisfy { $0.lines == nil }, file: file, line: line)
    }

    func testSeedExamplesTable() {
        check("Thời gian hoàn thành: Tháng 3/2023.", .label, tuSon, ["due 2023-03-01..2023-03-31 month"])
        check("Thời gian thực hiện: Từ tháng 3/2023.", .label, tuSon, ["start 2023-03-01..null month"])
        check("Hoàn thành rà soát trong tháng 4/2023 và thực hiện thường xuyên.", .label, tuSon,
              ["due 2023-04-01..2023-04-30 month", "ongoing"])
        check("Mở cao điểm trong tháng 4, 5/2023 và duy trì thực hiện thường xuyên.", .label, tuSon,
              ["period 2023-04-01..2023-05-31 month", "ongoing"])
        check("Tháng 6/2023 và hoàn thành trong năm 2023, 2024.", .label, tuSon,
              ["due 2023-06-01..2023-06-30 month", "period 2023-01-01..2024-12-31 year"])
        check("Theo Kế hoạch số 579/KH-UBND ngày 30/12/2022 của UBND tỉnh Bắc Ninh.", .label, tuSon, ["reference"])
        check("trước 12/4/2023", .label, tuSon, ["due null..2023-04-11 day"])
        check("hoàn thành tháng 12/4/2023", .parenthesis, tuSon, ["due 2023-04-12..2023-04-12 day"])
        check("trước ngày 15 hàng tháng", .label, tuSon, ["recurring FREQ=MONTHLY;BYMONTHDAY=14"])
        check("Sau 01 năm triển khai", .label, tuSon, ["relative P1Y event=triển khai"])
        check("Sau 01 năm triển khai", .label, DeadlineContext(issued: CivilDate(iso: "2023-03-24")),
              ["relative P1Y end=2024-03-24 event=triển khai"])
        check("*thực hiện trong Quý II/2026 và tiếp tục hoàn thiện*", .parenthesis, haiPhong,
              ["due 2026-04-01..2026-06-30 quarter", "ongoing"])
        check("*hoàn thành trước 30/4/2026*", .parenthesis, haiPhong, ["due null..2026-04-29 day"])
        check("*triển khai liên tục trong năm 2026 và các năm tiếp theo*", .parenthesis, haiPhong,
              ["start 2026-01-01..null year"])
        check("*hoàn thành sau Quy hoạch chung thành phố Hải Phòng đến năm 2050, tầm nhìn đến năm 2075 được phê duyệt*",
              .parenthesis, haiPhong,
              ["conditional event=Quy hoạch chung thành phố Hải Phòng đến năm 2050, tầm nhìn đến năm 2075 được phê duyệt"])
        check("Định kỳ 06 tháng (trước ngày 15/6) và 01 năm (trước ngày 15/12)", .label, haiPhong,
              ["recurring FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=14", "recurring FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"])
        check("- Rà soát trước Quý IV/2026 - Xử lý 100% trong giai đoạn 2026 - 2028", .cell, haiPhong,
              ["due null..2026-09-30 quarter", "period 2026-01-01..2028-12-31 year"])
        check("Thường xuyên Kiểm tra ít nhất 2 lần/tháng", .cell, haiPhong, ["ongoing", "recurring FREQ=MONTHLY"])
        check("Quý II/2026 và giai đoạn 2026-2030", .cell, haiPhong,
              ["due 2026-04-01..2026-06-30 quarter", "period 2026-01-01..2030-12-31 year"])
        check("Thời gian thực hiện: Theo Kế hoạch số 579/KH-UBND ngày 30/12/2022 của UBND tỉnh Bắc Ninh.", .label, tuSon,
              ["reference"])
        check("Xây dựng lộ trình cụ thể theo từng giai đoạn", .parenthesis, haiPhong, ["unparsed"])
    }

    func testTextsAreThePhraseAsWritten() {
        let got = DeadlineGrammar.read("Hoàn thành rà soát trong tháng 4/2023 và thực hiện thường xuyên.",
                                       position: .label, context: tuSon)
        XCTAssertEqual(got.map(\.text), ["trong tháng 4/2023", "thực hiện thường xuyên"])
        let event = DeadlineGrammar.read("(*hoàn thành sau Quy hoạch chung thành phố Hải Phòng đến năm 2050, tầm nhìn đến năm 2075 được phê duyệt*).",
                                         position: .parenthesis, context: haiPhong)
        XCTAssertEqual(event.first?.text,
                       "sau Quy hoạch chung thành phố Hải Phòng đến năm 2050, tầm nhìn đến năm 2075 được phê duyệt")
        XCTAssertNil(event.first?.start)
        XCTAssertNil(event.first?.end)
    }

    func testPlanAnchoredCalendarArithmetic() {
        let ctx = DeadlineContext(issued: CivilDate(iso: "2025-03-15"))
        check("trong vòng 30 ngày kể từ ngày ký", .label, ctx, ["relative P30D end=2025-04-14 event=ký"])
        check("sau 6 tháng triển khai", .label, ctx, ["relative P6M end=2025-09-15 event=triển khai"])
        check("kể từ ngày nhận Kế hoạch, trong vòng 15 ngày kể từ ngày nhận Kế hoạch", .label, ctx,
              ["relative P15D event=nhận Kế hoạch"])
    }
}
