import XCTest
@testable import KHParse

/// `task.sameAs`: a body task and a table row that state the same assignment.
final class SameAssignmentTests: XCTestCase {
    func plan(rows: [String]) -> PlanOutput {
        parse(text: """
        KẾ HOẠCH
        Thử nghiệm
        I. NHIỆM VỤ
        1. Kẻ vẽ lại vạch sơn lòng đường, hè phố; hướng dẫn Nhân dân sắp xếp hàng hóa (Công an xã).
        2. Tuyên truyền pháp luật về trật tự đô thị.
        3. Tuyên truyền pháp luật về trật tự đô thị.
        4. Rà soát biển báo.

        PHỤ LỤC
        STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện
        \(rows.enumerated().map { "\($0 + 1)\t\($1)\tCông an xã\tQuý II/2026" }.joined(separator: "\n"))
        """)
    }

    func links(_ plan: PlanOutput) -> [String: String] {
        Dictionary(uniqueKeysWithValues: plan.tasks.compactMap { t in t.sameAs.map { (t.id, $0) } })
    }

    func testEqualAndContainedTextsLinkBothWays() {
        let p = plan(rows: ["TUYÊN TRUYỀN PHÁP LUẬT VỀ TRẬT TỰ ĐÔ THỊ", "Kẻ vẽ lại vạch sơn lòng đường, hè phố", "Tuyên truyền pháp luật về trật tự đô thị."])
        XCTAssertEqual(p.tasks.filter { $0.origin == .table }.count, 3, "\(p.tasks.map(\.id))")
        let l = links(p)
        XCTAssertEqual(l["T1/1"], "I/2", "equal after folding case and punctuation")
        XCTAssertEqual(l["I/2"], "T1/1")
        XCTAssertEqual(l["T1/2"], "I/1", "the row's text contained in the task's")
        XCTAssertEqual(l["T1/3"], "I/3", "each task links to one row: the next equal task")
        XCTAssertNil(l["I/4"])
    }

    /// Rows are linked to the first unlinked task that holds them, in reading order, whether that task
    /// was also a candidate of another row (containment) or not: with many tasks holding the same words
    /// (a plan pasted many times into one file) every row still finds its own.
    func testManyTasksHoldingTheSameRowLinkInReadingOrder() {
        let task = "Kẻ vẽ lại vạch sơn lòng đường, hè phố (Công an xã)."
        let body = (1...40).map { "\($0). \(task)" }.joined(separator: "\n")
        let rows = (1...40).map { "\($0)\tvạch sơn lòng đường\tCông an xã\tQuý II/2026" }.joined(separator: "\n")
        let p = parse(text: "KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n\(body)\n\nPHỤ LỤC\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n\(rows)\n")
        let l = links(p)
        XCTAssertEqual((1...40).map { l["T1/\($0)"] }, (1...40).map { "I/\($0)" })
    }

    func testShortRowsAndPartialWordsDoNotLink() {
        let l = links(plan(rows: ["Rà soát", "vạch sơn lòng đường, hè", "Tuyên truyền pháp luật về trật tự đô th"]))
        XCTAssertNil(l["T1/1"], "fewer than four words: no containment")
        XCTAssertEqual(l["T1/2"], "I/1", "whole words")
        XCTAssertNil(l["T1/3"], "\"th\" is not the word \"thị\"")
    }

    /// Words are numbered by their bytes when ASCII and short, as strings otherwise: a row whose words are
    /// long ("nghiencuuchuyensau"), or that the fold leaves beyond ASCII (Cyrillic, a CJK word), links as
    /// its plain words do, and a word differing in one letter keeps a row apart.
    func testLongAndNonASCIIWordsLinkAsPlainOnes() {
        let tasks = ["Tổ chức nghiencuuchuyensau về trật tự đô thị tại phường.", "Kiểm tra СРВ ДОКУМЕНТ 文件 về trật tự đô thị."]
        let body = tasks.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n")
        let rows = ["nghiencuuchuyensau về trật tự đô thị", "СРВ ДОКУМЕНТ 文件 về trật tự", "СРВ ДОКУМЕНТЫ 文件 về trật tự"]
            .enumerated().map { "\($0 + 1)\t\($1)\tCông an xã\tQuý II/2026" }.joined(separator: "\n")
        let p = parse(text: "KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n\(body)\n\nPHỤ LỤC\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n\(rows)\n")
        let l = links(p)
        XCTAssertEqual(l["T1/1"], "I/1", "\(p.tasks.map { ($0.id, $0.text) })")
        XCTAssertEqual(l["T1/2"], "I/2")
        XCTAssertNil(l["T1/3"], "ДОКУМЕНТЫ is not ДОКУМЕНТ")
    }

    /// An ASCII fold's words are joined on its bytes as the general reading joins them.
    func testASCIIFoldsJoinAsEveryFoldDoes() {
        XCTAssertEqual(SameAssignment.key("Kẻ vẽ lại vạch sơn, hè phố."), "ke ve lai vach son he pho")
        let pieces = ["ke", " ", ", ", "-", "12", "A", "(", ")", "  ", "x9", ".", "\t", "/"]
        var random = SeededRandom(seed: 0x5A3E_0001)
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 10)
            XCTAssertEqual(SameAssignment.words(ofASCIIFold: text), SameAssignment.words(ofFold: text), text.debugDescription)
        }
    }

    func testHaiPhongSeedLinksElevenRows() throws {
        let p = try parse(Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt"))
        let rows = p.tasks.filter { $0.origin == .table && $0.sameAs != nil }
        XCTAssertEqual(rows.count, 11)
        let ids = Dictionary(uniqueKeysWithValues: p.tasks.map { ($0.id, $0) })
        for row in rows { XCTAssertEqual(ids[row.sameAs!]?.sameAs, row.id) }
    }
}
