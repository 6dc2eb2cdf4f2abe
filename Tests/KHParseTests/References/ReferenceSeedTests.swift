import Foundation
import XCTest
@testable import KHParse

/// The seeds read whole: every reference the issue names is found with its date and issuer.
final class ReferenceSeedTests: XCTestCase {
    static let seeds = ReferenceCorpus.folder
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")

    /// The seed's lines joined (hard wraps and blank lines included), as a whole-document pass sees them.
    func seedText(_ name: String) throws -> String {
        let text = try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }

    func assertFound(_ refs: [FoundReference], _ number: String, _ iso: String, _ issuer: String,
                     file: StaticString = #filePath, line: UInt = #line) {
        let hit = refs.first { $0.number == number && $0.issued?.iso == iso }
        XCTAssertNotNil(hit, "\(number) of \(iso) not found in \(refs.map(ReferenceCorpus.render))", file: file, line: line)
        XCTAssertEqual(hit?.issuer, issuer, file: file, line: line)
    }

    func testHaiPhongSeedReferences() throws {
        let refs = ReferenceReader.find(in: try seedText("002_35f6f42cd9739a20.txt"))
        assertFound(refs, "08-CT/TU", "2026-03-04", "Ban Thường vụ Thành uỷ")
        assertFound(refs, "35/CT-TTg", "2024-09-17", "Thủ tướng Chính phủ")
        assertFound(refs, "12-NQ/TW", "2022-03-16", "Bộ Chính trị")
        assertFound(refs, "122/KH-UBND", "2026-04-10", "Ủy ban nhân dân thành phố Hải Phòng")
        // Every cited number is one of those: no road, date or task number is read as a document.
        XCTAssertEqual(Set(refs.compactMap(\.number)), ["08-CT/TU", "35/CT-TTg", "12-NQ/TW", "122/KH-UBND"])
        // Dates inside a reference are the cited document's date (never a deadline): each number has one date.
        for r in refs where r.issued != nil {
            XCTAssertEqual(refs.filter { $0.number == r.number }.compactMap(\.issued).count { $0 != r.issued }, 0)
        }
    }

    func testTuSonSeedReferences() throws {
        let refs = ReferenceReader.find(in: try seedText("000_ceccd0ef4be28823.txt"))
        assertFound(refs, "71/KH-UBND", "2023-03-24", "UBND tỉnh Bắc Ninh")
        assertFound(refs, "18-CT/TW", "2012-09-04", "Ban Bí thư")
        assertFound(refs, "11/CTrPH-BCA-BGDĐT", "2022-10-19", "Bộ Công an và Bộ Giáo dục và Đào tạo")
        assertFound(refs, "579/KH-UBND", "2022-12-30", "UBND tỉnh Bắc Ninh")
        XCTAssertTrue(refs.contains { $0.type == "Nghị quyết" && $0.issuer == "Ban Thường vụ Tỉnh ủy" && $0.number == nil })
    }

    func testHaiPhongSeedAbbreviations() throws {
        let found = AbbreviationReader.find(in: try seedText("002_35f6f42cd9739a20.txt")).map(ReferenceCorpus.render)
        XCTAssertEqual(found, [
            "UBND = Ủy ban nhân dân", "TTATGT = trật tự, an toàn giao thông", "TTĐT = trật tự đô thị",
            "TNGT = tai nạn giao thông", "UTGT = ùn tắc giao thông", "TTCC = trật tự công cộng",
        ])
    }

    /// Plans may be megabytes: the three readers over ~2 MB must stay linear and quick.
    func testReferenceReadersThroughput() throws {
        let seed = try seedText("002_35f6f42cd9739a20.txt")
        let big = String(repeating: seed + "\n", count: max(1, 2_000_000 / seed.utf8.count))
        let start = Date()
        let refs = ReferenceReader.find(in: big)
        let abbrs = AbbreviationReader.find(in: big)
        let targets = TargetReader.find(in: big)
        let seconds = Date().timeIntervalSince(start)
        print("references throughput: \(big.utf8.count) bytes in \(String(format: "%.2f", seconds)) s "
              + "(\(refs.count) references, \(abbrs.count) abbreviations, \(targets.count) targets)")
        XCTAssertGreaterThan(refs.count, 0)
        XCTAssertLessThan(seconds, 20)
    }
}
