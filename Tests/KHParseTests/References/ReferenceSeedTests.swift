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

    /// A text of megabytes (a document on one line) is read in pieces cut after sentences, and the
    /// pieces hold the whole text: the same citations as each sentence read alone.
    func testLongTextIsReadInSentencePieces() throws {
        var text = ""
        var number = 0
        while text.utf8.count < 600_000 {
            number += 1
            text += number % 7 == 0 ? "Thực hiện Kế hoạch số \(number)/KH-UBND ngày 10/4/2026 của Ủy ban nhân dân tỉnh Lâm Đồng; "
                : "Tổ chức tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông đường bộ. "
        }
        let pieces = TextPieces.pieces(text)
        XCTAssertGreaterThan(pieces.count, 4)
        XCTAssertEqual(pieces.joined(), text)
        for piece in pieces.dropLast() {
            XCTAssertTrue(piece.hasSuffix(". ") || piece.hasSuffix("; "), "cut inside a sentence: …\(piece.suffix(30))")
            XCTAssertLessThanOrEqual(piece.utf8.count, 2 * TextNormalizer.pieceBytes)
        }
        XCTAssertEqual(TextPieces.pieces("Ngắn. Gọn.").count, 1)

        let plan = try KHParser.parse(text: "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n" + text)
        let cited = Set(plan.document.references.compactMap(\.number))
        XCTAssertEqual(cited, Set((1...number).filter { $0 % 7 == 0 }.map { "\($0)/KH-UBND" }))
    }

    /// Laws cited by name, without numbers, are one reference each; the same law cited twice is one.
    func testLawsWithoutNumbersAreToldApartByName() throws {
        let plan = try KHParser.parse(text: """
            KẾ HOẠCH
            Cải cách hành chính năm 2026
            Căn cứ Luật Trẻ em ngày 05/4/2016;
            Căn cứ Luật Đất đai ngày 18/01/2024;
            Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;
            I. NHIỆM VỤ
            1. Sở Nội vụ triển khai Luật Đất đai trước ngày 15/01/2026.
            """)
        let laws = plan.document.references.map { "\($0.text) | \($0.issued?.iso ?? "-")" }
        XCTAssertEqual(laws, ["Luật Trẻ em ngày 05/4/2016 | 2016-04-05", "Luật Đất đai ngày 18/01/2024 | 2024-01-18",
                              "Luật Phòng, chống thiên tai ngày 19/6/2013 | 2013-06-19"])
    }

    /// Plans may be megabytes: over the seed repeated to ~2 MB the three readers find what they find in
    /// the seed, once for each copy (their speed is measured in Benchmarks/, never asserted here).
    func testReferenceReadersOnARepeatedSeed() throws {
        let seed = try seedText("002_35f6f42cd9739a20.txt")
        let copies = max(1, 2_000_000 / seed.utf8.count)
        let big = String(repeating: seed + "\n", count: copies)
        XCTAssertGreaterThan(ReferenceReader.find(in: seed).count, 0)
        XCTAssertEqual(ReferenceReader.find(in: big).count, copies * ReferenceReader.find(in: seed + "\n").count)
        XCTAssertEqual(AbbreviationReader.find(in: big).count, copies * AbbreviationReader.find(in: seed + "\n").count)
        XCTAssertEqual(TargetReader.find(in: big).count, copies * TargetReader.find(in: seed + "\n").count)
    }

    /// The words a citation needs are told by their packed keys as the text is scanned: each constant is its
    /// word's key, and a text may cite exactly when a number, "của", "giữa", "luật", "pháp lệnh" or "hiến
    /// pháp" stands in it (in any case or spelling the fold makes one key).
    func testMayCiteIsToldWhileScanning() {
        let words: [(String, UInt64)] = [("cua", ReferenceReader.CitingWord.cua), ("giua", ReferenceReader.CitingWord.giua),
                                         ("luat", ReferenceReader.CitingWord.luat), ("lenh", ReferenceReader.CitingWord.lenh),
                                         ("phap", ReferenceReader.CitingWord.phap), ("hien", ReferenceReader.CitingWord.hien)]
        for (word, packed) in words { XCTAssertEqual(PackedKey.of(word), packed, word) }
        XCTAssertEqual(PackedKey.of("abcdefghi"), 0, "nine bytes")
        XCTAssertEqual(PackedKey.of(""), 0)
        XCTAssertNotEqual(PackedKey.of("abcdefgh"), PackedKey.of("abcdefg"))
        // The table finds what it holds and nothing else.
        let table = PackedKey.Table((0..<40).map { (key: "w\($0)", value: $0) })
        for k in 0..<40 { XCTAssertEqual(table[packed: PackedKey.of("w\(k)")], k) }
        for k in 40..<200 { XCTAssertNil(table[packed: PackedKey.of("w\(k)")]) }
        XCTAssertNil(table[packed: 0])
        let cases: [(String, Bool)] = [
            ("Sở Y tế chủ trì thực hiện", false), ("năm 2026", true), ("ý kiến CỦA Sở", true), ("giữa hai bên", true),
            ("theo Luật Đất đai", true), ("Pháp lệnh Dân số", true), ("Hiến pháp năm", true), ("hiến kế, pháp chế", false),
            ("pháp luật", true), ("lệnh pháp", false), ("Hiến-pháp", false), ("cửa hàng", true), ("cuả", true), ("", false),
        ]
        for (text, expected) in cases { XCTAssertEqual(ScanText(text).mayCite, expected, text) }
    }
}
