import Foundation
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
        var rng = SeededGenerator(seed: 20)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let s = String(decoding: bytes, as: UTF8.self)
            let (r, f) = readAll(s)
            // A cell that holds something gives at least one object (`unparsed` when it reads as nothing);
            // whatever is read has its dates in the calendar.
            if s.unicodeScalars.contains(where: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) {
                XCTAssertFalse(r.isEmpty, s)
            }
            for d in r + f {
                for x in [d.start, d.end].compactMap({ $0 }) { XCTAssertTrue((1...9999).contains(x.year), s) }
            }
        }
        // Found by Fuzz/FuzzDeadlines: replacement characters, "|" and a combining NKo mark read as nothing.
        XCTAssertEqual(readAll("\u{FFFD};|\u{FFFD}\u{07F1}\u{FFFD}\u{FFFD}").0, [])
        let (r, f) = readAll("\u{0}\u{1}\u{FFFD}\u{FFFF}\u{10FFFF}/ - . ,;:")
        XCTAssertLessThanOrEqual(r.count, 1)
        XCTAssertEqual(f, [])
    }

    /// 100 KB phrases: read to their end (time is measured by Scripts/adversarial-bench.sh, not asserted here).
    func testHugeLines() {
        let unit = "trước ngày 15/4/2026 khi sau khi theo Kế hoạch số 1/KH-UBND thường xuyên 2026 - 2028 , "
        let repeats = 100_000 / unit.utf8.count + 1
        let big = String(repeating: unit, count: repeats)
        let (cell, inline) = readAll(big)
        // Every repetition's "trước ngày 15/4/2026" is found (one of the ends may join its neighbour's statement).
        for found in [cell, inline] {
            XCTAssertGreaterThanOrEqual(found.filter { $0.kind == .due && $0.end == CivilDate(iso: "2026-04-14") }.count, repeats - 1)
        }
        for junk in [String(repeating: "a", count: 100_000), String(repeating: "9", count: 100_000),
                     String(repeating: "Quý ", count: 25_000)] {
            let (r, f) = readAll(junk)
            XCTAssertEqual(r.map(\.kind), [.unparsed])
            XCTAssertEqual(r.first?.text, junk.trimmingCharacters(in: .whitespaces))
            XCTAssertEqual(f, [])
        }
        XCTAssertEqual(readAll(String(repeating: "/", count: 100_000)).0, [])
    }

    /// A sentence of over 128 KB is read in pieces (`TextPieces`): what it holds is still found, each statement
    /// once, and a piece with nowhere to cut (signs without a space) is read as it stands, not cut again.
    func testSentencesOfMegabytesAreReadInPieces() {
        let unit = "Rà soát, hoàn thành trước ngày 15/4/2026 và báo cáo kết quả. "
        let repeats = 400_000 / unit.utf8.count + 1
        let found = DeadlineGrammar.find(inSentence: String(repeating: unit, count: repeats), context: DeadlineContext())
        XCTAssertEqual(found.filter { $0.kind == .due && $0.end == CivilDate(iso: "2026-04-14") }.count, repeats)
        XCTAssertEqual(found.count, repeats)
        let signs = String(repeating: "+-----+----------+", count: 20_000) + " trước ngày 15/4/2026"
        XCTAssertEqual(DeadlineGrammar.find(inSentence: signs, context: DeadlineContext()).map(\.kind), [.due])
    }

    func testNumbersThatAreNotTimes() {
        for s in ["Quốc lộ 5", "100%", "đạt 70% thủ tục", "số 122 /KH-UBND", "Tân Hồng, Đông Ngàn"] {
            XCTAssertEqual(DeadlineGrammar.find(inSentence: s, context: ctx), [], s)
        }
    }
}

/// Random sequences of the words and signs the everyday families read: never a trap, every date in 0001 … 9999.
final class DeadlineEverydayFuzzTests: XCTestCase {
    func testRandomPhrases() {
        let words = ["ngày", "mùng", "mồng", "tháng", "quý", "năm", "tuần", "thứ", "Chủ", "nhật", "CN", "Giêng", "Chạp",
                     "hai", "ba", "tư", "năm", "sáu", "bảy", "mười", "mươi", "lăm", "mốt", "nghìn", "trăm", "không",
                     "này", "tới", "sau", "trước", "nay", "mai", "kia", "hôm", "cuối", "đầu", "giữa", "cùng", "tiên", "của",
                     "giờ", "phút", "h", "sáng", "chiều", "tối", "lúc", "âm", "lịch", "ÂL", "nhuận", "Rằm", "Tết", "Trung",
                     "thu", "kể", "từ", "ký", "ban", "hành", "Kế", "hoạch", "được", "làm", "việc", "trong", "vòng", "khi",
                     "có", "Q", "hằng", "dịp", "hết", "sắp", "0", "1", "5", "12", "13", "15", "24", "26", "29", "30", "31",
                     "99", "2026", "9999", "99999999999999999999", "/", "-", ",", ".", ":", "(", ")", ";"]
        var rng = SeededGenerator(seed: 55)
        let contexts = [DeadlineContext(issued: CivilDate(iso: "2026-04-10")), DeadlineContext(issued: CivilDate(iso: "9999-12-31")),
                        DeadlineContext(issued: CivilDate(iso: "0001-01-01")), DeadlineContext(fallbackYear: 2023), DeadlineContext()]
        for _ in 0..<3000 {
            let phrase = (0..<Int.random(in: 1...9, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            for c in contexts {
                let all = DeadlineGrammar.read(phrase, position: .cell, context: c) + DeadlineGrammar.find(inSentence: phrase, context: c)
                    + DeadlineGrammar.scan(phrase, context: c)
                for d in all {
                    for x in [d.start, d.end].compactMap({ $0 }) { XCTAssertTrue((1...9999).contains(x.year), phrase) }
                    if let tm = d.time { XCTAssertNotNil(tm.range(of: #"^([01][0-9]|2[0-3]):[0-5][0-9]$"#, options: .regularExpression), phrase) }
                }
            }
        }
    }
}
