import Foundation
import XCTest
@testable import KHParse

/// `kh-parse deadlines` reads each line as free text ([] when it holds no time); `--cell` as a deadline cell.
final class DeadlineCommandTests: XCTestCase {
    let input = Data("""
    Xây dựng lộ trình cụ thể theo từng giai đoạn
    Họp giao ban vào 8 giờ 30 phút ngày 15/4/2026 tại hội trường
    liên tục, thường xuyên
    Rằm tháng Giêng

    tuần tới

    """.utf8)

    func testFreeText() throws {
        let result = try runProgram(Paths.binary, ["deadlines", "--issued", "2026-04-10"], stdin: input)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        XCTAssertEqual(lines.count, 6, result.out)
        XCTAssertEqual(lines[0], "[]")
        XCTAssertTrue(lines[1].contains(#""start":"2026-04-15","end":"2026-04-15","time":"08:30""#), lines[1])
        XCTAssertEqual(lines[2].components(separatedBy: #""kind":"ongoing""#).count, 2, lines[2])
        XCTAssertTrue(lines[3].contains(#""start":"2027-02-20""#), lines[3])
        XCTAssertEqual(lines[4], "[]")
        XCTAssertTrue(lines[5].contains(#""start":"2026-04-13","end":"2026-04-19","time":null,"grain":"week""#), lines[5])
    }

    func testCell() throws {
        let result = try runProgram(Paths.binary, ["deadlines", "--cell", "--issued", "2026-04-10"], stdin: input)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        XCTAssertEqual(lines.count, 6)
        XCTAssertTrue(lines[0].contains(#""kind":"unparsed""#), lines[0])
        XCTAssertEqual(lines[4], "[]")
    }
}
