import XCTest
@testable import KHParse

/// The rules of Extract/Tasks, each on its own: headings that name an agency (its corpus), the verbs that hand a
/// task on, and the one order in which an item's label, clause, sentence and heading decide who does it.
final class TaskRulesTests: XCTestCase {
    /// Runs Sources/KHParse/Extract/Tasks/Corpus/headings.tsv: heading → agency | asked | bodies.
    func testHeadingCorpus() throws {
        try runCorpus("Extract/Tasks/Corpus/headings.tsv", atLeast: 10, read: HeadingAgency.read) { at, cells, read in
            guard cells.count == 4 else { return XCTFail("\(at) has \(cells.count) columns") }
            XCTAssertEqual(read.agency.name, cells[1], "\(at) agency")
            XCTAssertEqual(read.requested, cells[2] == "yes", "\(at) asked")
            XCTAssertEqual(read.bodies.map(\.name).joined(separator: "; "), cells[3], "\(at) bodies")
        }
    }

    func testAssigningVerbs() {
        XCTAssertEqual(AssigningVerb.opening("Đề nghị Ủy ban MTTQ tỉnh")?.verb, .deNghi)
        XCTAssertEqual(AssigningVerb.opening("Đề nghị Ủy ban MTTQ tỉnh").map { String($0.rest) }, "Ủy ban MTTQ tỉnh")
        XCTAssertEqual(AssigningVerb.opening("GIAO Sở Tài chính")?.verb, .giao)
        XCTAssertEqual(AssigningVerb.opening("yêu cầu các sở")?.verb, .yeuCau)
        XCTAssertNil(AssigningVerb.opening("giao thông đường bộ", among: [.deNghi]))
        XCTAssertNil(AssigningVerb.opening("giaoban"))
        XCTAssertNil(AssigningVerb.opening("Yêu cầu các sở", among: [.giao, .deNghi]))
        XCTAssertTrue(AssigningVerb.deNghi.asks)
        XCTAssertFalse(AssigningVerb.giao.asks)
    }

    // MARK: agency precedence, one rule at a time

    private let yTe = Agency(name: "Sở Y tế", text: "Sở Y tế")
    private let taiChinh = Agency(name: "Sở Tài chính", text: "Sở Tài chính")
    private let congAn = Agency(name: "Công an tỉnh", text: "Công an tỉnh")
    private let mttq = Agency(name: "Ủy ban MTTQ tỉnh", text: "Ủy ban MTTQ tỉnh")

    func testLabelsWinOverTheClause() {
        let clause = ResponsibilityClause(lead: [yTe], support: [congAn], requested: [mttq])
        let who = AgencyPrecedence(labels: ([taiChinh], []), clause: clause, sentence: nil, heading: .init(lead: [congAn]))
        XCTAssertEqual(who.lead, [taiChinh])
        XCTAssertEqual(who.support, [congAn], "the clause keeps the role the labels leave empty")
        XCTAssertEqual(who.requested, [mttq])
    }

    func testTheSentenceFillsOnlyWhatIsEmpty() {
        let clause = ResponsibilityClause(lead: [yTe])
        let sentence = ResponsibilityClause(lead: [congAn], support: [taiChinh], requested: [mttq])
        let who = AgencyPrecedence(labels: ([], []), clause: clause, sentence: sentence, heading: .init())
        XCTAssertEqual(who.lead, [yTe])
        XCTAssertEqual(who.support, [taiChinh])
        XCTAssertEqual(who.requested, [mttq])
    }

    /// "- Chủ đề:", "- Phạm vi:" under an activity are its particulars, as "- Địa điểm:" is: the activity is the task,
    /// with its time and lead; "Phạm vi điều chỉnh:" (a legal text's item) is no label.
    func testParticularsOfAnActivityFillItsFields() {
        let plan = parse(text: """
            KẾ HOẠCH
            I. NHIỆM VỤ
            1. Tổ chức Tháng hành động vì an toàn thực phẩm
            - Chủ đề: Bảo đảm an toàn thực phẩm trong sản xuất nông nghiệp.
            - Phạm vi: Toàn tỉnh.
            - Thời gian: Từ ngày 15/4 đến ngày 15/5/2026.
            - Cơ quan chủ trì: Sở Y tế.
            """)
        XCTAssertEqual(plan.tasks.map(\.id), ["I/1"])
        XCTAssertEqual(plan.tasks.first?.lead.map(\.name), ["Sở Y tế"])
        XCTAssertEqual(plan.tasks.first?.deadlines.map(\.kind), [.period])
        XCTAssertNotNil(LabelReader.read("Phạm vi: Toàn tỉnh."))
        XCTAssertNil(LabelReader.read("Phạm vi điều chỉnh: Nghị định này quy định về quản lý thuế."))
    }

    /// "Thành phần: Sở Y tế (chủ trì), Công an tỉnh": the marked body leads, the others support.
    func testParticipantsMarkedChuTri() {
        let plan = parse(text: """
            KẾ HOẠCH
            I. NHIỆM VỤ
            1. Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán
            - Thành phần: Sở Văn hóa, Thể thao và Du lịch, Sở Y tế (chủ trì), Công an tỉnh, Sở Công Thương.
            - Thời gian: Tháng 01/2026.
            """)
        XCTAssertEqual(plan.tasks.first?.lead.map(\.name), ["Sở Y tế"])
        XCTAssertEqual(plan.tasks.first?.support.map(\.name), ["Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Sở Công Thương"])
        XCTAssertNil(TaskExtractor.participants("Đại diện lãnh đạo các sở, ngành"))
    }

    /// A section whose only text points to the appendix gives no task; one that names a body or a time does.
    func testAPointerToTheAppendixIsNoTask() {
        let plan = parse(text: """
            KẾ HOẠCH
            I. NHIỆM VỤ
            Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

            II. TỔ CHỨC THỰC HIỆN
            1. Sở Tài chính bố trí vốn đối ứng trước ngày 31/3/2026.
            2. (Chi tiết tại Phụ lục kèm theo)
            3. Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.
            """)
        XCTAssertEqual(plan.tasks.map(\.id), ["II/1", "II/3"])
    }

    func testTheHeadingLeadsWhenNothingElseDoes() {
        let who = AgencyPrecedence(labels: ([], []), clause: nil, sentence: nil, heading: .init(lead: [yTe]))
        XCTAssertEqual(who.lead, [yTe])
        let asked = AgencyPrecedence(labels: ([], []), clause: nil, sentence: nil, heading: .init(requested: [mttq]))
        XCTAssertEqual(asked.lead, [])
        XCTAssertEqual(asked.requested, [mttq])
    }

    func testARequestOpeningTheSentenceHidesTheHeading() {
        let opening = ResponsibilityClause(requested: [mttq], atStart: true)
        let who = AgencyPrecedence(labels: ([], []), clause: nil, sentence: opening, heading: .init(lead: [yTe]))
        XCTAssertEqual(who.lead, [])
        XCTAssertEqual(who.requested, [mttq])
        // "…; đề nghị Ủy ban MTTQ tỉnh phối hợp": asked in passing, the heading's body still leads.
        let passing = ResponsibilityClause(requested: [mttq], atStart: false)
        let led = AgencyPrecedence(labels: ([], []), clause: nil, sentence: passing, heading: .init(lead: [yTe]))
        XCTAssertEqual(led.lead, [yTe])
        XCTAssertEqual(led.requested, [mttq])
    }

    // MARK: the lines a deadline names

    private static let header = """
    ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc
    Số: 12/KH-UBND\tHà Tĩnh, ngày 12 tháng 3 năm 2026
    KẾ HOẠCH
    Triển khai nhiệm vụ năm 2026
    II. NHIỆM VỤ

    """

    /// A deadline names the input lines its own words stand on (output.md: lines of the input as given), not the
    /// whole paragraph or the item's first line: `check`'s file:line points at the phrase.
    func testADeadlineNamesTheLinesOfItsPhrase() throws {
        // Lines 7–10: an item whose title wraps, a paragraph over three lines, a time label wrapped over two.
        let text = Self.header + """
        1. Rà soát, cập nhật danh mục thủ tục hành chính
        trong tháng 4/2026 và công bố công khai.
        Sở Tư pháp chủ trì, phối hợp với các sở, ngành tổng hợp kết quả, gửi
        về Ủy ban nhân dân tỉnh chậm nhất ngày
        30/6/2026 để theo dõi.
        Thời gian thực hiện: Hoàn thành rà soát và cập nhật dữ liệu dùng chung
        trước ngày 15/9/2026.

        """
        let plan = parse(text: text)
        let task = try XCTUnwrap(plan.tasks.first { $0.id == "II/1" })
        let lines = Dictionary(task.deadlines.map { ($0.text, [$0.lines?.first ?? 0, $0.lines?.last ?? 0]) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(lines["trong tháng 4/2026"], [8, 8], "\(task.deadlines)")
        XCTAssertEqual(lines["chậm nhất ngày 30/6/2026"], [10, 11], "\(task.deadlines)")
        XCTAssertEqual(lines["trước ngày 15/9/2026"], [13, 13], "\(task.deadlines)")
        XCTAssertEqual(task.lines, LineRange(7, 13))
    }

    /// Double-spaced text keeps the numbers of the lines the words are on, not of the blanks between them.
    func testDoubleSpacedTextAndARepeatedPhrase() throws {
        let text = Self.header + """
        1. Báo cáo kết quả thực hiện Quý I/2026 gửi Sở Nội vụ;

        tổng hợp và báo cáo cả năm trước ngày 15/12/2026

        gửi Văn phòng UBND tỉnh.

        """
        let plan = parse(text: text)
        let task = try XCTUnwrap(plan.tasks.first { $0.id == "II/1" })
        XCTAssertEqual(task.deadlines.map { [$0.lines?.first ?? 0, $0.lines?.last ?? 0] }, [[7, 7], [9, 9]], "\(task.deadlines)")
    }

    /// Roles written as labels: two on a bullet's line, or inside a trailing parenthesis.
    func testRoleLabelsOnABulletAndInAParenthesis() throws {
        let text = Self.header + """
        1. Rà soát quy định quản lý nhiệm vụ khoa học.
        - Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ.
        2. Sửa đổi quy chế quản lý đề tài (chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Tài chính).

        """
        let plan = parse(text: text)
        let first = try XCTUnwrap(plan.tasks.first { $0.id == "II/1" })
        XCTAssertEqual(first.lead.map(\.name), ["Sở Tư pháp"])
        XCTAssertEqual(first.support.map(\.name), ["Sở Tài chính", "Sở Nội vụ"])
        let second = try XCTUnwrap(plan.tasks.first { $0.id == "II/2" })
        XCTAssertEqual(second.text, "Sửa đổi quy chế quản lý đề tài.")
        XCTAssertEqual(second.lead.map(\.name), ["Sở Khoa học và Công nghệ"])
        XCTAssertEqual(second.support.map(\.name), ["Sở Tài chính"])
    }
}
