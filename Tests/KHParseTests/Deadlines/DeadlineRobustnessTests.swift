import XCTest
@testable import KHParse

/// Junk in, `[]` or `unparsed` out: never a crash, never a hang.
final class DeadlineRobustnessTests: XCTestCase {
    let ctx = DeadlineContext(issued: CivilDate(iso: "2026-04-10"))

    func readAll(_ s: String) -> ([Deadline], [Deadline]) {
        (DeadlineGrammar.read(s, position: .cell, context: ctx), DeadlineGrammar.find(inSentence: s, context: ctx))
    }

    func testEmptyAndBlank() {
        for s in ["", " ", "\t\n", "()", "(**).", "-", "…"] {
            let (r, f) = readAll(s)
            XCTAssertEqual(r, [], s)
            XCTAssertEqual(f, [], s)
        }
    }

    func testBinaryJunk() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let s = String(decoding: bytes, as: UTF8.self)
            let (r, _) = readAll(s)
            XCTAssertTrue(r.allSatisfy { [.unparsed, .due, .period, .start, .recurring, .ongoing, .relative,
                                          .conditional, .reference].contains($0.kind) })
        }
        let (r, f) = readAll("\u{0}\u{1}\u{FFFD}\u{FFFF}\u{10FFFF}/ - . ,;:")
        XCTAssertLessThanOrEqual(r.count, 1)
        XCTAssertEqual(f, [])
    }

    func testHugeLines() {
        let unit = "trước ngày 15/4/2026 khi sau khi theo Kế hoạch số 1/KH-UBND thường xuyên 2026 - 2028 , "
        let big = String(repeating: unit, count: 100_000 / unit.utf8.count + 1)
        let start = Date()
        _ = readAll(big)
        _ = readAll(String(repeating: "a", count: 100_000))
        _ = readAll(String(repeating: "9", count: 100_000))
        _ = readAll(String(repeating: "/", count: 100_000))
        _ = readAll(String(repeating: "Quý ", count: 25_000))
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testNumbersThatAreNotTimes() {
        for s in ["Quốc lộ 5", "100%", "đạt 70% thủ tục", "số 122 /KH-UBND", "Tân Hồng, Đông Ngàn"] {
            XCTAssertEqual(DeadlineGrammar.find(inSentence: s, context: ctx), [], s)
        }
    }
}
