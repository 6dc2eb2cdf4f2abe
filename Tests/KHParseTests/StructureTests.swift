import XCTest
@testable import KHParse

final class StructureTests: XCTestCase {
    func testHardWrappedLinesJoinButHeadingsNever() {
        let text = """
        I. NHIỆM VỤ

        1. Công tác tuyên truyền; xây dựng và triển khai Bộ quy tắc “Văn hóa giao

        thông" của người Bắc Ninh - Kinh Bắc

        1.1. Phối hợp tổ chức Hội nghị trực tuyến từ cấp tỉnh đến cấp huyện, cấp xã và

        UBND các phường để triển khai nghiêm túc các nội dung của kế hoạch này, bảo đảm

        đúng tiến độ (Công an thành phố).

        1.2. Thành lập Tổ thường trực.

        Thời gian hoàn thành: Tháng 3/2023.

        2. Sở Công Thương

        Chủ trì và phối hợp với các đơn vị.
        """
        let output = parse(text: text)
        let part = output.sections[0]
        XCTAssertEqual(part.children[0].title, "Công tác tuyên truyền; xây dựng và triển khai Bộ quy tắc “Văn hóa giao thông\" của người Bắc Ninh - Kinh Bắc")
        XCTAssertEqual(part.children[0].children[0].title?.hasSuffix("đúng tiến độ (Công an thành phố)."), true)
        XCTAssertEqual(part.children[0].children[1].fields.first?.label, "Thời gian hoàn thành")
        XCTAssertEqual(part.children[1].title, "Sở Công Thương")
        XCTAssertEqual(part.children[1].paragraphs.map(\.text), ["Chủ trì và phối hợp với các đơn vị."])
    }

    /// A line cut after a joining word ("và", "của", "với" …) goes on, however short it is and though the next
    /// line opens with a name in capitals; a short line that ends otherwise ("tham khảo") keeps its own title.
    func testLineCutAfterAJoiningWordGoesOn() {
        let text = """
        I. TỔ CHỨC THỰC HIỆN

        Các sở, ban, ngành và Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ được giao
        triển khai thực hiện các nội dung của Kế hoạch này, định kỳ báo cáo kết quả thực hiện về Ủy
        ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm để tổng hợp, báo cáo theo quy định.

        1. Sở Văn hóa, Thể thao và
        Du lịch

        a) Phối hợp Sở Nông nghiệp và
        Môi trường tuyên truyền về tài nguyên nước.

        2. Tài liệu tham khảo
        Danh mục các nhiệm vụ.

        3. Phụ lục ban hành kèm theo
        Quyết định số 12/QĐ-UBND.
        """
        let part = parse(text: text).sections[0]
        XCTAssertEqual(part.children.map(\.title), ["Sở Văn hóa, Thể thao và Du lịch", "Tài liệu tham khảo",
                                                     "Phụ lục ban hành kèm theo Quyết định số 12/QĐ-UBND."])
        XCTAssertEqual(part.children[0].agency?.name, "Sở Văn hóa, Thể thao và Du lịch")
        XCTAssertEqual(part.children[0].children.map(\.title), ["Phối hợp Sở Nông nghiệp và Môi trường tuyên truyền về tài nguyên nước."])
        XCTAssertEqual(part.children[1].paragraphs.map(\.text), ["Danh mục các nhiệm vụ."])
        XCTAssertTrue(Text.endsOnJoiningWord("Thực hiện Chỉ thị số 32/CT-TTg của", before: "Thủ tướng Chính phủ"))
        XCTAssertFalse(Text.endsOnJoiningWord("và", before: "Du lịch"))
        XCTAssertFalse(Text.endsOnJoiningWord("Cơ quan chủ trì và phối hợp", before: "Sở Y tế"))
        // "số" numbers a text or names a body, or means "digital" above a sentence of its own.
        XCTAssertTrue(Text.endsOnJoiningWord("Căn cứ Nghị quyết số", before: ".../NQ-HĐND ngày …"))
        XCTAssertTrue(Text.endsOnJoiningWord("2. Giao Trung tâm Chuyển đổi số", before: "Thành phố cấu hình thủ tục"))
        XCTAssertFalse(Text.endsOnJoiningWord("1. Phát triển hạ tầng số", before: "Giao Phòng Kinh tế chủ trì, phối hợp"))
        XCTAssertFalse(Text.endsOnJoiningWord("d) Xây dựng chính quyền số", before: "Triển khai ứng dụng dịch vụ công"))
        XCTAssertFalse(Text.endsOnJoiningWord("1. Chuyển đổi số", before: "Sở Khoa học và Công nghệ chủ trì nâng cấp Hệ thống"))
        XCTAssertTrue(Text.endsOnJoiningWord("Giao Trung tâm Chuyển đổi số", before: "Sở Khoa học và Công nghệ"))
        // "trực thuộc" goes on only into a body.
        XCTAssertTrue(Text.endsOnJoiningWord("Phó bí thư đảng ủy cấp trên cơ sở trực thuộc", before: "Thành ủy, Phó Bí thư quận"))
        XCTAssertFalse(Text.endsOnJoiningWord("2. Các chi bộ, đảng bộ trực thuộc", before: "Xây dựng chương trình hành động"))
        // "số" waits for its number, and a joining word for the acronym in capitals after it.
        let cut = parse(text: """
        KẾ HOẠCH
        Triển khai nhiệm vụ
        I. NHIỆM VỤ
        1. Sở Nội vụ
        a) Tiếp tục rà soát, đơn giản hóa thủ tục hành chính theo Nghị quyết số
        66/NQ-CP ngày 26/3/2025 của Chính phủ.
        b) Rà soát các quy định, thủ tục hành chính có liên quan đến hồ sơ của
        TTHC.

        """)
        XCTAssertEqual(cut.tasks.map(\.text), ["Tiếp tục rà soát, đơn giản hóa thủ tục hành chính theo Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ.",
                                              "Rà soát các quy định, thủ tục hành chính có liên quan đến hồ sơ của TTHC."])
        XCTAssertEqual(cut.document.references.map(\.number), ["66/NQ-CP"])
    }

    /// A name of several words that `AgencyGlossary` spells out, cut by the wrap after one of its words, joins
    /// whatever the layout: "Ủy ban Mặt trận" / "Tổ quốc …", "tại Việt" / "Nam).".
    func testNameCutByTheWrapJoins() {
        XCTAssertTrue(NameSplit.cuts("3. Đề nghị Ủy ban Mặt trận", before: "Tổ quốc Việt Nam tỉnh và các đoàn thể"))
        XCTAssertTrue(NameSplit.cuts("tổ chức quốc tế tại Việt", before: "Nam), kể cả các khoản thưởng"))
        XCTAssertTrue(NameSplit.cuts("- Chỉ đạo Tổng Liên đoàn", before: "Lao động Việt Nam phối hợp"))
        XCTAssertFalse(NameSplit.cuts("3. Đề nghị Ủy ban Mặt trận", before: "Tham gia giám sát việc thực hiện"))
        XCTAssertFalse(NameSplit.cuts("2. Sở Công Thương", before: "Chủ trì, phối hợp với các sở"))
        // A place unit and the first word of the place's name.
        XCTAssertTrue(NameSplit.cutsPlace("Sau khi nghe Chủ tịch Ủy ban nhân dân tỉnh Điện", before: "Biên báo cáo; ý kiến của"))
        XCTAssertTrue(NameSplit.cutsPlace("a) Sở Công Thương thành phố Cần", before: "Thơ và các tổ chức, cá nhân"))
        XCTAssertFalse(NameSplit.cutsPlace("3. Ủy ban nhân dân thành phố Huế", before: "Chủ trì, phối hợp với các sở"))
        XCTAssertFalse(NameSplit.cutsPlace("2. Công an tỉnh", before: "Chủ trì, phối hợp với các sở"))
        XCTAssertFalse(NameSplit.cutsPlace("Đảng ủy các cơ quan Đảng", before: "Thành phố"))
        let output = parse(text: "I. TỔ CHỨC THỰC HIỆN\n3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\n")
        XCTAssertEqual(output.sections[0].children.map(\.title), ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền."])
    }

    /// In wrapped text with blank lines between blocks, a line right under a short one that ends on a capitalized
    /// word goes on: the wrap cut a name ("tỉnh Quảng" / "Trị", "Sở Công" / "Thương"). Without blank lines between
    /// blocks, a heading that ends on a name keeps its own title, and so does one with a blank line under it.
    /// Plain text of a web export whose bold is gone: a numbered heading in capitals goes on in the capitals line right
    /// under it, however short its first line; and where items' first lines are cut short (most of them go on in lower
    /// case), a line in capitals or digits right under such an item goes on with it too.
    func testHeadingsCutShortGoOnWithoutTheirBold() {
        let caps = parse(text: "KẾ HOẠCH\n\nVII. CHẾ\nĐỘ BÁO CÁO\n\nCác sở báo cáo kết quả về Sở Nội vụ.\n\nVIII. PHỤ LỤC\nPHỤ LỤC I\n")
        XCTAssertEqual(caps.sections.map(\.title), ["CHẾ ĐỘ BÁO CÁO", "PHỤ LỤC", "PHỤ LỤC I"], "\(caps.sections.map(\.title))")

        let cut = """
        I. NHIỆM VỤ

        1. Tổ chức các hoạt động
        truyền thông trên các phương tiện thông tin đại chúng.

        2. Rà soát, hoàn thiện
        các quy định về bình đẳng giới.

        3. Chỉ tiêu 1: Phấn đấu năm
        2025 đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.

        4. Về Dự án Nhà máy điện Nhơn
        Trạch 3 và Nhơn Trạch 4

        5. Kiểm tra, giám sát
        việc thực hiện tại các địa phương.
        """
        let titles = parse(text: cut + "\n").sections[0].children.map(\.title)
        XCTAssertEqual(titles[2], "Chỉ tiêu 1: Phấn đấu năm 2025 đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.")
        XCTAssertEqual(titles[3], "Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4")
        // Where items end their first line (none goes on in lower case), the line under a heading is its body.
        let headed = parse(text: "I. NHIỆM VỤ\n\n1. Kinh phí\nTừ nguồn ngân sách nhà nước.\n\n2. Tổ chức thực hiện\nCác phòng báo cáo kết quả.\n\n3. Chế độ báo cáo\nHằng quý.\n")
        XCTAssertEqual(headed.sections[0].children.map(\.title), ["Kinh phí", "Tổ chức thực hiện", "Chế độ báo cáo"])
    }

    /// A line that ends on a word taking a number ("ngày", "tháng", "năm", "khoản", "Điều" …) goes on into a line that
    /// opens with a digit, wrapped text or not: a date or a part of a text cut in two. A list marker still opens an item.
    func testDateCutBeforeItsNumberGoesOn() {
        let text = """
        KẾ HOẠCH
        I. NHIỆM VỤ
        1. Công an tỉnh chủ trì tuyên truyền, hoàn thành trước ngày
        30/6/2025.
        2. Căn cứ Luật Điện lực ngày 30 tháng 11 năm
        2024; thực hiện theo khoản
        3 Điều 12 của Luật.
        3. Mục tiêu đến năm
        4. Sở Y tế báo cáo hằng năm.

        """
        let items = parse(text: text).sections[0].children
        XCTAssertEqual(items.map(\.title), ["Công an tỉnh chủ trì tuyên truyền, hoàn thành trước ngày 30/6/2025.",
                                            "Căn cứ Luật Điện lực ngày 30 tháng 11 năm 2024; thực hiện theo khoản 3 Điều 12 của Luật.",
                                            "Mục tiêu đến năm", "Sở Y tế báo cáo hằng năm."])
        XCTAssertTrue(Text.cutBeforeNumber("tại Điều", before: "5 Luật này"))
        XCTAssertFalse(Text.cutBeforeNumber("Quý", before: "3/2026"))   // a word alone on its line is not asked about
        XCTAssertFalse(Text.cutBeforeNumber("hoàn thành trước ngày", before: "Sở Y tế"))
        XCTAssertFalse(Text.cutBeforeNumber("báo cáo kết quả", before: "30/6/2025"))
    }

    /// A label that ends an item's line after its first sentence ("… ban hành. Cơ quan chủ trì:") takes its value from
    /// the next line, and the item stays one task with its lead; a label's value after its sentence names the lead.
    func testALabelEndingTheLineTakesTheNextLine() {
        let text = """
        KẾ HOẠCH
        I. NHIỆM VỤ
        a) Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành. Cơ quan chủ trì:
        Phòng Tư pháp; thời gian hoàn thành: Quý II/2025.
        b) Kiểm tra việc thực hiện văn bản tại các xã.

        """
        let plan = parse(text: text)
        XCTAssertEqual(plan.tasks.map(\.text), ["Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành. Cơ quan chủ trì: "
                                                + "Phòng Tư pháp; thời gian hoàn thành: Quý II/2025.", "Kiểm tra việc thực hiện văn bản tại các xã."])
        XCTAssertEqual(plan.tasks.first?.lead.map(\.name), ["Phòng Tư pháp"])
        XCTAssertTrue(Reflow.endsOnLabel("… ban hành. Thời gian thực hiện:"))
        XCTAssertFalse(Reflow.endsOnLabel("Các nội dung sau:"))
        XCTAssertFalse(Reflow.endsOnLabel("… ban hành. Cụ thể như sau:"))
    }

    /// Double-spaced text (PDF text with a blank line after every line): one blank line says nothing there, so the
    /// capitals line under a numbered heading in capitals is still its second line, and a body line in mixed case
    /// stays the heading's body. In text that is not double-spaced, a blank line under the heading ends it.
    func testDoubleSpacedHeadingsGoOnAcrossOneBlankLine() {
        let lines = ["KẾ HOẠCH", "I. MỤC ĐÍCH,", "YÊU CẦU", "1. Mục tiêu chung", "Quan trắc, cảnh báo môi trường",
                     "nuôi trồng thủy sản năm 2026.", "II. TỔ CHỨC", "THỰC HIỆN", "Các sở báo cáo kết quả về Sở Nội vụ.",
                     "III. KINH PHÍ", "Từ nguồn ngân sách nhà nước."]
        let output = parse(text: lines.joined(separator: "\n\n") + "\n")
        XCTAssertEqual(output.sections.map(\.title), ["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ"])
        XCTAssertEqual(output.sections[0].children.map(\.title), ["Mục tiêu chung"])
        XCTAssertEqual(output.sections[0].children[0].paragraphs.map(\.text),
                       ["Quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026."])
        // The same lines, single-spaced with a blank line after each heading only.
        let single = "KẾ HOẠCH\n\nI. MỤC ĐÍCH,\n\nYÊU CẦU\n1. Mục tiêu chung\nQuan trắc, cảnh báo môi trường nuôi trồng.\n"
            + "2. Mục tiêu cụ thể\nGiảm ô nhiễm.\n3. Yêu cầu\nBảo đảm đúng quy định.\n4. Phạm vi\nToàn tỉnh.\n"
        XCTAssertEqual(parse(text: single).sections.first?.title, "MỤC ĐÍCH,")
    }

    /// PDF text with a blank line after every line cuts a range of years at its dash ("giai đoạn 2021" / "" / "- 2025”;"):
    /// the later year goes on with the line above; a list under a heading that ends on a year stays a list.
    func testRangeOfYearsCutAtItsDashAcrossABlankLineGoesOn() {
        let lines = ["I. NHIỆM VỤ", "1. Căn cứ Chương trình phòng ngừa bạo lực giai đoạn 2021", "- 2025”; Sở Nội vụ tổ chức triển khai.",
                     "2. Đến năm 2030", "- 100% các dự án áp dụng BIM;", "- 2031 là năm đánh giá."]
        let plan = parse(text: lines.joined(separator: "\n\n") + "\n")
        let items = plan.sections[0].children
        XCTAssertEqual(items[0].title, "Căn cứ Chương trình phòng ngừa bạo lực giai đoạn 2021 - 2025”; Sở Nội vụ tổ chức triển khai.")
        XCTAssertEqual(items[1].children.map(\.title), ["100% các dự án áp dụng BIM;", "2031 là năm đánh giá."])
    }

    func testShortLineCutInsideANameGoesOnWhenBlankLinesSeparateBlocks() {
        let body = """
        Quỹ hoạt động theo quy định của pháp luật về ngân sách nhà nước và các văn bản hướng dẫn thi hành hiện hành.

        1. Quỹ Bảo vệ môi trường tỉnh Quảng
        Trị hoạt động không vì mục đích lợi nhuận, bảo đảm an toàn vốn và bù đắp chi phí quản lý của quỹ
        theo quy định.

        2. Sở Công
        Thương có trách nhiệm kiểm tra, giám sát các đơn vị bán lẻ điện thuộc địa bàn tỉnh, thành phố trong
        phạm vi quản lý.

        3. Sở Tài chính
        Quỹ được miễn nộp thuế và các khoản nộp ngân sách nhà nước đối với các hoạt động trong lĩnh vực bảo
        vệ môi trường.

        4. Ban Quản lý các khu công nghiệp

        Chủ trì hướng dẫn các doanh nghiệp trong khu công nghiệp thực hiện các quy định về bảo vệ môi
        trường của địa phương.
        """
        let titles = parse(text: "I. TỔ CHỨC THỰC HIỆN\n\n" + body).sections[0].children.map(\.title)
        XCTAssertEqual(titles.count, 4)
        XCTAssertTrue(titles[0]?.hasPrefix("Quỹ Bảo vệ môi trường tỉnh Quảng Trị hoạt động") == true, "\(titles)")
        XCTAssertTrue(titles[1]?.hasPrefix("Sở Công Thương có trách nhiệm") == true, "\(titles)")
        // "3. Sở Tài chính" ends on a word in lower case; "4." has a blank line under it.
        XCTAssertEqual(titles[2], "Sở Tài chính")
        XCTAssertEqual(titles[3], "Ban Quản lý các khu công nghiệp")

        // The same text without its blank lines: nothing tells a cut name from a heading that ends on one.
        let packed = body.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
        let packedTitles = parse(text: "I. TỔ CHỨC THỰC HIỆN\n" + packed).sections[0].children.map(\.title)
        XCTAssertEqual(packedTitles[1], "Sở Công")
        XCTAssertTrue(Text.endsOnCapitalizedWord("Các tỉnh Hà Tĩnh, Quảng Trị,"))
        XCTAssertFalse(Text.endsOnCapitalizedWord("Quảng"))
        XCTAssertFalse(Text.endsOnCapitalizedWord("Sở Tài chính"))
    }

    /// The caption over an appendix names the document it stands in, for a web export that lost its header.
    func testAttachmentCaptionReadsTheDocumentsOwnNumberAndDate() {
        let cases: [(String, String, AttachmentCaption.Reading?)] = [
            ("(Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ)",
             "Thông tư", .init(number: "37/2025/TT-BKHCN", issued: CivilDate(year: 2025, month: 11, day: 28))),
            ("(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 của Uỷ ban thường vụ Quốc hội)",
             "Nghị quyết", .init(number: "1339/NQ-UBTVQH15", issued: CivilDate(year: 2024, month: 12, day: 28))),
            ("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)",
             "Hướng dẫn", .init(number: "40-HD/BTGDVTW", issued: CivilDate(year: 2025, month: 11, day: 27))),
            // A date left blank gives the number alone; a number left blank, nothing.
            ("(Kèm theo Quyết định số 12/QĐ-UBND ngày tháng năm 2025 của Ủy ban nhân dân tỉnh)",
             "Quyết định", .init(number: "12/QĐ-UBND", issued: nil)),
            ("(Kèm theo Nghị quyết số /2025/NQ-CP ngày tháng năm 2025 của Chính phủ)", "Nghị quyết", nil),
            // Another type than the document's own, a sentence, a caption without a number.
            ("(Kèm theo Quyết định số 14/2025/QĐ-TTg ngày 02 tháng 6 năm 2025)", "Thông tư", nil),
            ("Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28 tháng 11 năm 2025, các đơn vị báo cáo.", "Thông tư", nil),
            ("(Kèm theo Thông tư này)", "Thông tư", nil),
        ]
        for (text, type, expected) in cases {
            XCTAssertEqual(AttachmentCaption.read(text, typeKey: Fold.key(type)), expected, text)
        }

        // Read only for the fields the header left empty, and then from the caption of the same number.
        let headerless = "NGHỊ QUYẾT\n\nĐiều 1. Phê duyệt Kế hoạch.\n\nPHỤ LỤC\n\n(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)\n"
        XCTAssertEqual(parse(text: headerless).document.number, "394/NQ-CP")
        XCTAssertEqual(parse(text: headerless).document.issued, CivilDate(year: 2025, month: 12, day: 3))
        let numbered = "CHÍNH PHỦ\nSố: 395/NQ-CP\n\nNGHỊ QUYẾT\n\nĐiều 1. Phê duyệt Kế hoạch.\n\n(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025)\n"
        XCTAssertEqual(parse(text: numbered).document.number, "395/NQ-CP")
        XCTAssertNil(parse(text: numbered).document.issued)
    }

    /// The wrap width is the 80th percentile of the lines' lengths, found without sorting them all: the same
    /// value as sorting, for lengths on both sides of the counted range (512) and with repeated values.
    func testWrapWidthPercentileIsTheSortedOne() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 {
            let count = 1 + random.next(60)
            let values = (0..<count).map { _ in
                random.next(4) == 0 ? 500 + random.next(40) : random.next(3) == 0 ? random.next(5) : random.next(2_000)
            }
            let k = random.next(count)
            XCTAssertEqual(Reflow.kthSmallest(values, k), values.sorted()[k], "\(values), k = \(k)")
        }
    }

    func testParagraphContinuedAfterAPageBreakInUnwrappedText() {
        let output = parse(text: "I. NHIỆM VỤ\n\n- Rà soát quy hoạch cảng và\n\nbến thủy nội địa.\n\n- Việc khác.\n")
        XCTAssertEqual(output.sections[0].children.map(\.title), ["Rà soát quy hoạch cảng và bến thủy nội địa.", "Việc khác."])
    }

    func testNumberingGapsAndDuplicates() {
        let output = parse(text: "I. A\n1. x.\n2. y.\n4. z.\n4. w.\nIII. B\n")
        let messages = output.diagnostics.filter { $0.code == .numberingGap || $0.code == .numberingDuplicate }.map(\.message)
        // Sorted by where they start: the part gap spans from part I.
        XCTAssertEqual(messages, ["part II is missing between I and III", "item 3 is missing between 2 and 4",
                                  "item 4 follows 4: numbering repeats or goes back"])
    }

    func testRolesFromHeadingWords() {
        XCTAssertEqual(SectionRoles.role(forTitle: "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ".dropFirst(3).description), .review)
        XCTAssertEqual(SectionRoles.role(forTitle: "Các giải pháp tổ chức thực hiện"), .tasks)
        XCTAssertEqual(SectionRoles.role(forTitle: "ĐẶC ĐIỂM TÌNH HÌNH"), .review)
        XCTAssertEqual(SectionRoles.role(forTitle: "Khái quát tình hình trên địa bàn"), .review)
        XCTAssertEqual(SectionRoles.role(forTitle: "Khái quát hóa, tổng kết các mô hình điểm"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: "ĐẶC ĐIỂM TÌNH HÌNH VÀ NHIỆM VỤ TRỌNG TÂM"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: "Về chế độ báo cáo"), .organization)
        XCTAssertEqual(SectionRoles.role(forTitle: "PHÁT TRIỂN HẠ TẦNG SỐ"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: "KINH PHÍ THỰC HIỆN"), .funding)
        XCTAssertEqual(SectionRoles.role(forTitle: "Mục tiêu cụ thể"), .objectives)
        // Fillers before the role word, a role word that is itself "các …", a key opening with a letter beyond
        // ASCII or a digit, a role word that goes on as another word.
        XCTAssertEqual(SectionRoles.role(forTitle: "Một số nhiệm vụ trọng tâm"), .tasks)
        XCTAssertEqual(SectionRoles.role(forTitle: "Các bước thực hiện"), .tasks)
        XCTAssertEqual(SectionRoles.role(forTitle: "Đánh giá kết quả"), .review)
        XCTAssertEqual(SectionRoles.role(forTitle: "PHỤ LỤC"), .appendix)
        XCTAssertEqual(SectionRoles.role(forTitle: "Tổ chức thực hiện"), .organization)
        XCTAssertEqual(SectionRoles.role(forTitle: "Tổ chức hội nghị"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: "Yêu cầux"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: "12 nhiệm vụ"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: "Ưu tiên"), nil)
        XCTAssertEqual(SectionRoles.role(forTitle: ""), nil)
    }

    /// The place and date line: its numbers are read from the whole rest of the line, however far.
    func testPlaceAndDateReadsTheWholeRest() {
        let spaced = HeaderReader.placeAndDate("Hà Nội,  ngày  18   tháng 11 năm 2025")
        XCTAssertEqual(spaced?.0, "Hà Nội")
        XCTAssertEqual(spaced?.1, CivilDate(year: 2025, month: 11, day: 18))
        let far = HeaderReader.placeAndDate("Thành phố Hồ Chí Minh, ngày 02 tháng 3 năm 2025 về việc thực hiện kế hoạch số 7 của thành phố trong năm")
        XCTAssertEqual(far?.0, "Thành phố Hồ Chí Minh")
        XCTAssertNil(far?.1, "four numbers are no date")
        XCTAssertNil(HeaderReader.placeAndDate("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"))
    }

    func testHeaderAndFooter() {
        let text = """
        ỦY BAN NHÂN DÂN
        TỈNH BẮC NINH
        Số: 71 /KH-UBND
        Bắc Ninh, ngày 24 tháng 3 năm 2023
        KẾ HOẠCH
        Xây dựng “Tỉnh an toàn giao thông”
        giai đoạn 2023 - 2025
        I. MỤC ĐÍCH
        Nơi nhận:
        - Bộ Công an;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Đào Quang Khải
        """
        let document = parse(text: text).document
        assertHeader(document, issuer: "Ủy ban nhân dân tỉnh Bắc Ninh", number: "71/KH-UBND", place: "Bắc Ninh", issued: "2023-03-24",
                     title: "Xây dựng “Tỉnh an toàn giao thông” giai đoạn 2023 - 2025")
        XCTAssertEqual(document.type, "Kế hoạch")
        XCTAssertEqual(document.recipients, ["Bộ Công an", "Lưu: VT"])
        XCTAssertEqual(document.signer, Signer(name: "Đào Quang Khải", position: "Phó Chủ tịch", authority: nil, delegation: "KT. Chủ tịch"))
    }

    /// A tên loại written otherwise than its type ("KE HOACH" without marks, or what a wrong --from makes
    /// of "KẾ HOẠCH") is read as the type, and its words as written are kept in `dropped`; written as the
    /// type, in capitals, it is not repeated there.
    func testTypeWrittenOtherwiseKeepsItsWords() {
        for (line, kept) in [("KE HOACH", ["KE HOACH"]), ("KÉ HOÀCH", ["KÉ HOÀCH"]), ("KẾ HOẠCH", []),
                             ("CHUONG TRINH HANH DONG", ["CHUONG TRINH"])] {
            let output = parse(text: "Số: 12/KH-UBND\n\(line)\nXây dựng nông thôn mới\nI. MỤC ĐÍCH\n")
            XCTAssertEqual(output.document.type, line.hasPrefix("C") ? "Chương trình" : "Kế hoạch", line)
            XCTAssertEqual(output.dropped.filter { $0.reason == .boilerplate }.map(\.text), kept, line)
        }
    }

    func testCapitalsOfTheLayoutBecomeSentenceCase() {
        XCTAssertEqual(Casing.sentence("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"), "Ủy ban nhân dân thành phố Hải Phòng")
        XCTAssertEqual(Casing.sentence("SỞ TƯ PHÁP TỈNH LÂM ĐỒNG"), "Sở Tư pháp tỉnh Lâm Đồng")
        XCTAssertEqual(Casing.sentence("CÔNG AN TỈNH BẮC NINH"), "Công an tỉnh Bắc Ninh")
        XCTAssertEqual(Casing.sentence("BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI"), "Ban Chỉ đạo phòng chống thiên tai")
        XCTAssertEqual(Casing.sentence("PHÓ CHỦ TỊCH"), "Phó Chủ tịch")
        XCTAssertEqual(Casing.sentence("TỈNH ỦY GIA LAI"), "Tỉnh ủy Gia Lai")
        XCTAssertEqual(Casing.sentence("THÀNH ỦY HÀ NỘI"), "Thành ủy Hà Nội")
        XCTAssertEqual(Casing.sentence("HUYỆN ỦY ĐỨC THỌ"), "Huyện ủy Đức Thọ")
        XCTAssertEqual(Casing.sentence("BỘ TRƯỞNG"), "Bộ trưởng")
        XCTAssertEqual(Casing.sentence("CỤC TRƯỞNG"), "Cục trưởng")
        XCTAssertEqual(Casing.sentence("PHÓ CHỦ NHIỆM"), "Phó Chủ nhiệm")
        XCTAssertEqual(Casing.sentence("PHÓ THỐNG ĐỐC"), "Phó Thống đốc")
        XCTAssertEqual(Casing.sentence("BỘ TRƯỞNG BỘ TÀI CHÍNH"), "Bộ trưởng Bộ Tài chính")
        XCTAssertEqual(Casing.sentence("KT. TRƯỞNG BAN BAN CHÍNH SÁCH"), "KT. Trưởng ban Ban Chính sách")
        XCTAssertEqual(Casing.sentence("PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), "Phó Chủ tịch Ủy ban nhân dân tỉnh")
        XCTAssertEqual(Casing.sentence("PHÓ CHỦ TỊCH THƯỜNG TRỰC"), "Phó Chủ tịch thường trực")
        XCTAssertEqual(Casing.sentence("TM. ỦY BAN NHÂN DÂN"), "TM. Ủy ban nhân dân")
        XCTAssertEqual(Casing.sentence("Đã có chữ thường"), "Đã có chữ thường")
        // Names the state writes with capitals inside a body's name, and the glossary's abbreviations.
        XCTAssertEqual(Casing.sentence("VĂN PHÒNG CHÍNH PHỦ"), "Văn phòng Chính phủ")
        XCTAssertEqual(Casing.sentence("THỦ TƯỚNG CHÍNH PHỦ"), "Thủ tướng Chính phủ")
        XCTAssertEqual(Casing.sentence("BỘ CÔNG THƯƠNG"), "Bộ Công Thương")
        XCTAssertEqual(Casing.sentence("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), "Bộ Văn hóa, Thể thao và Du lịch")
        XCTAssertEqual(Casing.sentence("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), "Bộ Nông nghiệp và Môi trường")
        XCTAssertEqual(Casing.sentence("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"), "Hội đồng nhân dân thành phố Hà Nội")
        XCTAssertEqual(Casing.sentence("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), "Ủy ban Thường vụ Quốc hội")
        XCTAssertEqual(Casing.sentence("UBND THÀNH PHỐ HÀ NỘI"), "UBND thành phố Hà Nội")
        XCTAssertEqual(Casing.sentence("HỘI NÔNG DÂN TỈNH"), "Hội Nông dân tỉnh")
        // An issuer's lines: a line that opens a body of its own is cased as one; a wrapped name goes on.
        XCTAssertEqual(Casing.issuer(lines: ["BỘ TÀI CHÍNH", "CỤC THUẾ"]), "Bộ Tài chính Cục Thuế")
        XCTAssertEqual(Casing.issuer(lines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]), "Ủy ban nhân dân thành phố Cần Thơ")
        XCTAssertEqual(Casing.issuer(lines: ["VĂN PHÒNG CHÍNH", "PHỦ"]), "Văn phòng Chính phủ")
        XCTAssertEqual(Casing.issuer(lines: ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ NAM BAN"]), "Đảng bộ tỉnh Lâm Đồng Đảng ủy xã Nam Ban")
        XCTAssertEqual(Casing.issuer(lines: ["UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO 389"]), "UBND tỉnh Quảng Ninh Ban Chỉ đạo 389")
        XCTAssertEqual(Casing.issuer(lines: ["ỦY", "BAN NHÂN DÂN TỈNH BẮC NINH"]), "Ủy ban nhân dân tỉnh Bắc Ninh")
        // The party's "T/M", "K/T" keep their capitals, and the word after them opens with one.
        XCTAssertEqual(Casing.sentence("T/M ĐẢNG ỦY"), "T/M Đảng ủy")
    }

    /// A party committee's header: "ĐẢNG CỘNG SẢN VIỆT NAM" where the quốc hiệu stands, a star under the committee's
    /// name before the place and date, "Số 14-KH/ĐU" without a colon.
    /// A header table copied out of Word keeps its cells apart with tabs: each cell is a statement.
    func testHeaderTableFlattenedToTabs() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 12/KH-UBND\tHà Tĩnh, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\nI. NHIỆM VỤ\n"
            + "1. Sở Tư pháp rà soát văn bản, hoàn thành trong tháng 4.\n"
        let output = parse(text: text)
        assertHeader(output.document, issuer: "Ủy ban nhân dân tỉnh Hà Tĩnh", number: "12/KH-UBND", place: "Hà Tĩnh",
                     issued: "2026-03-12", title: "Triển khai nhiệm vụ năm 2026")
        XCTAssertTrue(output.tables.isEmpty, "\(output.tables)")
        XCTAssertEqual(output.tasks.first?.deadlines.first?.start?.description, "2026-04-01")
    }

    /// Word → Markdown sets the header table as a pipe table: its rows are read as the header's units, and its
    /// cells are not kept twice.
    func testHeaderSetAsAPipeTable() {
        let text = """
        | ỦY BAN NHÂN DÂN TỈNH THANH HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        |---|---|
        | | Độc lập - Tự do - Hạnh phúc |
        | Số: 96/KH-UBND | Thanh Hóa, ngày 08 tháng 4 năm 2024 |

        KẾ HOẠCH
        Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2024

        I. NHIỆM VỤ
        1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6.

        """
        let output = parse(text: text)
        assertHeader(output.document, issuer: "Ủy ban nhân dân tỉnh Thanh Hóa", number: "96/KH-UBND", place: "Thanh Hóa",
                     issued: "2024-04-08", title: "Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2024")
        XCTAssertTrue(output.tables.isEmpty, "\(output.tables)")
        XCTAssertEqual(output.dropped.filter { $0.text.contains("Độc lập") }.count, 1, "\(output.dropped)")
        XCTAssertEqual(output.tasks.first?.deadlines.first?.end?.description, "2024-06-29")
    }

    /// A portal's download widget under the signature is site chrome, not the last task's text.
    func testDownloadWidgetAfterTheSignatureIsChrome() {
        let text = """
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
        Số: 318/KH-UBND
        Quảng Ngãi, ngày 22 tháng 12 năm 2025
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        I. TỔ CHỨC THỰC HIỆN
        1. Sở Nội vụ tổng hợp báo cáo UBND tỉnh trước ngày 30/11/2026./.
        Nơi nhận:
        - Bộ Nội vụ;
        - Lưu: VT, NC.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An
        Tải về
        318-KH-UBND.signed.pdf (512 KB)
        Chia sẻ: Facebook | Zalo | In
        CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI

        """
        let output = parse(text: text)
        XCTAssertEqual(output.tasks.map(\.text), ["Sở Nội vụ tổng hợp báo cáo UBND tỉnh trước ngày 30/11/2026./."])
        XCTAssertEqual(output.dropped.filter { $0.reason == .siteChrome }.map(\.lines.first), [14, 15, 16, 17])
    }

    /// A PDF's two columns with the party's star alone between them: the star does not end the header's columns.
    func testPartyHeaderInTwoColumnsWithTheStarAlone() {
        let text = "        TỈNH ỦY GIA LAI                           ĐẢNG CỘNG SẢN VIỆT NAM\n               *\n"
            + "        Số 52-KH/TU                       Gia Lai, ngày 15 tháng 10 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết\n"
            + "I- NHIỆM VỤ\n1- Các cấp ủy tổ chức học tập, hoàn thành trong tháng 11.\n"
        let output = parse(text: text)
        assertHeader(output.document, issuer: "Tỉnh ủy Gia Lai", number: "52-KH/TU", place: "Gia Lai", issued: "2025-10-15",
                     title: "thực hiện Nghị quyết")
        XCTAssertTrue(output.dropped.contains { $0.text == "*" && $0.reason == .decoration }, "\(output.dropped)")
        XCTAssertEqual(output.tasks.map(\.id), ["I/1"])
        XCTAssertEqual(output.tasks.first?.deadlines.first?.start?.description, "2025-11-01")
    }

    /// A table of related documents above the header holds numbers and dates but no quốc hiệu: it is not the header.
    func testATableOfDocumentsAboveTheHeaderIsNotTheHeader() {
        let text = """
        | Văn bản liên quan | Ngày ban hành | Trích yếu |
        |---|---|---|
        | Số: 201/KH-UBND | Quảng Ngãi, ngày 20 tháng 12 năm 2024 | Kế hoạch CCHC năm 2025 |

        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG NGÃI
        Số: 318/KH-UBND
        Quảng Ngãi, ngày 22 tháng 12 năm 2025
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        I. NHIỆM VỤ
        1. Sở Nội vụ ban hành Kế hoạch kiểm tra trước ngày 31/01/2026.

        """
        let output = parse(text: text)
        assertHeader(output.document, issuer: "Ủy ban nhân dân tỉnh Quảng Ngãi", number: "318/KH-UBND", place: "Quảng Ngãi",
                     issued: "2025-12-22", title: "Cải cách hành chính năm 2026")
        XCTAssertTrue(output.dropped.contains { $0.text.hasPrefix("Số: 201/KH-UBND") }, "\(output.dropped)")
    }

    func testPartyCommitteeHeader() {
        let text = """
        ĐẢNG BỘ TỈNH LÂM ĐỒNG                 ĐẢNG CỘNG SẢN VIỆT NAM
        ĐẢNG ỦY XÃ NAM BAN
                  *                   Nam Ban, ngày 20 tháng 10 năm 2025
        Số 14-KH/ĐU

        KẾ HOẠCH
        thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030

        I. NHIỆM VỤ
        1. Tổ chức hội nghị quán triệt Nghị quyết; hoàn thành trong tháng 11.

        """
        let output = parse(text: text)
        assertHeader(output.document, issuer: "Đảng bộ tỉnh Lâm Đồng Đảng ủy xã Nam Ban", number: "14-KH/ĐU", place: "Nam Ban",
                     issued: "2025-10-20", title: "thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030")
        XCTAssertFalse(output.dropped.contains { $0.reason == .siteChrome }, "\(output.dropped)")
        XCTAssertEqual(output.tasks.first?.deadlines.first?.start?.description, "2025-11-01")
    }

    func testRepeatedTableHeadersAreDroppedAndRolesRead() {
        let text = "PHỤ LỤC\nBẢNG PHÂN CÔNG\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n1\tA\tB\tC\tQuý II/2026\n\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n2\tD\tE\tF\tThường xuyên\n"
        let output = parse(text: text)
        XCTAssertEqual(output.tables.count, 1)
        XCTAssertEqual(output.tables[0].caption, "BẢNG PHÂN CÔNG")
        XCTAssertEqual(output.tables[0].roles, [.index, .task, .lead, .support, .deadline])
        XCTAssertEqual(output.tables[0].rows.map(\.cells[0]), ["1", "2"])
        XCTAssertEqual(output.dropped.map(\.reason), [.repeatedHeader])
    }

    /// Site chrome goes to `dropped` unit by unit and table row by row, and its tokens are blank after:
    /// nothing reads them again, and keeping both was a large page's memory peak.
    func testSiteChromeIsDroppedAndItsTokensBlanked() {
        var tokens = Tokenizer.tokenize([
            SourceLine(number: 1, text: "Văn bản liên quan"),
            SourceLine(number: 2, text: "- Quyết định 12/QĐ-UBND"),
            SourceLine(number: 3, text: ""),
            SourceLine(number: 4, text: ""),
            SourceLine(number: 5, text: "Giữ nguyên"),
        ])
        tokens[3].kind = .table([TableLine(cells: ["Cơ quan", "", "UBND"], line: 4), TableLine(cells: ["", ""], line: 5)], caption: "Thuộc tính")
        var dropped: [DroppedText] = []
        SiteChrome.drop(&tokens, 0..<4, into: &dropped)
        XCTAssertEqual(dropped.map(\.text), ["Văn bản liên quan", "- Quyết định 12/QĐ-UBND", "Thuộc tính", "Cơ quan | UBND"])
        XCTAssertEqual(dropped.map(\.reason), Array(repeating: .siteChrome, count: 4))
        XCTAssertEqual(dropped.map(\.lines.first), [1, 2, 4, 4])
        XCTAssertTrue(tokens[0..<4].allSatisfy { $0.line.isBlank && { if case .blank = $0 { true } else { false } }($0.kind) })
        XCTAssertEqual(tokens[4].line.text, "Giữ nguyên")
    }

    /// The trailing chrome opens with the site's title for the document: its number as the second to
    /// fourth word, not after "số", not in capitals.
    func testTrailingChromeOpensWithTheDocumentsOwnNumberAsAName() {
        let lines = [
            "theo Quyết định 1951/QĐ-UBND năm 2025",        // lower case: a sentence going on
            "Căn cứ Quyết định số 1951/QĐ-UBND ngày 2/3/2025", // sixth word
            "Theo số 1951/QĐ-UBND ngày 2/3/2025",              // after "số": a citation
            "1951/QĐ-UBND của Ủy ban nhân dân",                // first word
            "QUYẾT ĐỊNH 1951/QĐ-UBND NĂM 2025",                // capitals: the document's own heading
            "Quyết  định 1951/qđ-ubnd năm 2025 công bố danh mục",
        ]
        let tokens = Tokenizer.tokenize(lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        XCTAssertEqual(SiteChrome.trailingStart(tokens, from: 0, number: "1951/QĐ-UBND"), 5)
        XCTAssertNil(SiteChrome.trailingStart(Array(tokens[0..<5]), from: 0, number: "1951/QĐ-UBND"))
        XCTAssertNil(SiteChrome.trailingStart(tokens, from: 0, number: "195"))
    }

    /// The header's units, read as far as they are asked for, are the units read at once, and each is
    /// classified as its statements are one by one (on the unit's key, or on the piece's own).
    func testHeaderUnitsAreReadAndClassifiedAsTheWholeList() {
        let lines = [
            "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "", "Số: 122/KH-UBND | Hải Phòng, ngày 10 tháng 4 năm 2026",
            "", "|", "Số:", "72/2025/QĐ-UBND", "", "Cần Thơ, ngày 18", "tháng 11 năm 2025", "", "KẾ HOẠCH",
            "Triển khai nhiệm vụ năm 2026", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        ]
        let tokens = Tokenizer.tokenize(lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        let all = BlockUnits.read(tokens, 0..<tokens.count)
        XCTAssertEqual(all.map(\.text), ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: 122/KH-UBND | Hải Phòng, ngày 10 tháng 4 năm 2026",
                                          "|", "Số: 72/2025/QĐ-UBND", "Cần Thơ, ngày 18 tháng 11 năm 2025", "KẾ HOẠCH",
                                          "Triển khai nhiệm vụ năm 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
        var units = HeaderReader.Units(tokens, limit: 7)
        XCTAssertEqual(units.unit(3)?.text, all[3].text)   // asked out of order: the ones before are read too
        for (u, unit) in all.enumerated() {
            XCTAssertEqual(units.unit(u)?.tokens, u < 7 ? unit.tokens : nil, "unit \(u)")
            guard u < 7 else { continue }
            let pieces = units.statements(u)
            XCTAssertEqual(pieces.map(\.piece.text), HeaderReader.statements(unit).map(\.text))
            XCTAssertEqual(pieces.map { "\($0.kind)" }, HeaderReader.statements(unit).map { "\(HeaderReader.classify($0.text))" })
        }
        XCTAssertEqual(units.statements(2).map(\.piece.text), ["Số: 122/KH-UBND", "Hải Phòng, ngày 10 tháng 4 năm 2026"])
        XCTAssertEqual(units.key(6), "ke hoach")
    }

    /// "Nơi nhận" behind any first letter: the shortcut on a Latin letter's own fold answers as the fold of
    /// the text's start.
    func testRecipientsOpenWithNWhateverItsMarks() {
        var scalars = Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)
        scalars += [0x4E, 0x6E, 0x300, 0x200B, 0xFF2E, 0x39D]
        for v in scalars {
            for rest in ["ơi nhận:", "OI NHẬN", "ơi khác"] {
                let text = String(Unicode.Scalar(UInt32(v))!) + rest
                XCTAssertEqual(FooterReader.opensRecipients(text), Fold.key(text.prefix(12)).hasPrefix("noi nhan"), text)
            }
        }
        XCTAssertTrue(FooterReader.opensRecipients("Nơi nhận:"))
        XCTAssertTrue(FooterReader.opensRecipients("NƠI NHẬN:"))
    }

    /// A rule line told on its bytes is a rule by its characters; and a number line's value is read after the
    /// first colon, or after the word that names it.
    func testRulesAndNumberLines() {
        for text in ["----", "- - ", "___ ===", "---", "-\u{301}---", "----x", "— — —", "==== ====", "    ", " -\t--", "", "-_=-"] {
            let byCharacters = text.count >= 4 && text.allSatisfy { $0 == "-" || $0 == "_" || $0 == "=" || $0 == " " }
            XCTAssertEqual(HeaderReader.isRule(text), byCharacters, text.debugDescription)
        }
        XCTAssertEqual(HeaderReader.number("Số: 122 /KH-UBND", key: Fold.key("Số: 122 /KH-UBND")), "122/KH-UBND")
        XCTAssertEqual(HeaderReader.number("Số 125-KH/TU", key: Fold.key("Số 125-KH/TU")), "125-KH/TU")
        XCTAssertEqual(HeaderReader.number("Luật số: 60/2024/QH15", key: Fold.key("Luật số: 60/2024/QH15")), "60/2024/QH15")
        XCTAssertNil(HeaderReader.number("Số lượng 12 người", key: Fold.key("Số lượng 12 người")))
    }

    /// A marker's or label's text is a slice of its line, read as the same words.
    func testMarkerAndLabelTextsAreSlicesOfTheLine() throws {
        let line = "1.2. Sở Tư pháp chủ trì"
        let (marker, rest) = try XCTUnwrap(MarkerReader.read(line))
        XCTAssertEqual(marker.number, "1.2")
        XCTAssertEqual(rest, "Sở Tư pháp chủ trì")
        XCTAssertEqual(rest.base, line)
        let label = try XCTUnwrap(LabelReader.read("Thời gian:  Quý II/2026 "))
        XCTAssertEqual(label.rest, "Quý II/2026")
    }

    /// Sources/KHParse/Structure/Corpus/closing.tsv: which paragraphs are a closing formula.
    func testClosingFormulaCorpus() throws {
        try runCorpus("Structure/Corpus/closing.tsv", atLeast: 15, read: { ClosingFormula.opens($0) ? true : nil }) { at, cells, _ in
            XCTAssertEqual(cells[1], "yes", at)
        }
    }

    /// The closing after the last item is a section of its own, not the last task's text; the same words before
    /// an item, or a task's own sentence, stay where they are.
    func testClosingAfterTheLastItemIsNoTaskText() {
        let text = """
        KẾ HOẠCH
        Triển khai nhiệm vụ năm 2026
        I. NHIỆM VỤ
        1. Sở Tài chính rà soát dự toán năm 2026.
        2. Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.
        Trên đây là Kế hoạch triển khai nhiệm vụ năm 2026, yêu cầu các cơ quan nghiêm túc thực hiện./.
        [1] Gồm các xã Phú Mỡ, Sông Cầu.

        """
        let plan = parse(text: text)
        XCTAssertEqual(plan.tasks.map(\.id), ["I/1", "I/2"])
        XCTAssertEqual(plan.tasks.last?.text, "Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.")
        let closing = plan.sections.last
        XCTAssertEqual(closing?.id, "closing")
        XCTAssertEqual(closing?.style, Section.Style.none)
        XCTAssertEqual(closing?.paragraphs.map(\.text), ["Trên đây là Kế hoạch triển khai nhiệm vụ năm 2026, yêu cầu các cơ quan nghiêm túc thực hiện./.",
                                                          "[1] Gồm các xã Phú Mỡ, Sông Cầu."])
        // An item after it: the words are the item's own.
        let before = parse(text: text.replacingOccurrences(of: "[1] Gồm các xã Phú Mỡ, Sông Cầu.", with: "3. Sở Y tế kiểm tra các cơ sở."))
        XCTAssertFalse(before.sections.contains { $0.id == "closing" })
        XCTAssertEqual(before.tasks.count, 3)
    }

    /// The enacting authority in capitals between a decision's trích yếu and "Căn cứ …" opens the preamble; a title
    /// line that only begins like one ("CHÍNH PHỦ NƯỚC …", a body named in the title above the authority) stays.
    func testEnactingAuthorityIsNoPartOfTheTitle() {
        func read(_ title: [String]) -> (String?, String?) {
            let text = (["QUYẾT ĐỊNH"] + title + ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT ĐỊNH:",
                                                  "Điều 1. Ban hành Kế hoạch."]).joined(separator: "\n")
            let plan = parse(text: "Số: 12/QĐ-UBND\nCần Thơ, ngày 18 tháng 11 năm 2025\n" + text + "\n")
            return (plan.document.title, plan.sections.first?.paragraphs.first?.text)
        }
        XCTAssertEqual(read(["VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ", "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"]).0,
                       "VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ")
        XCTAssertEqual(read(["VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ", "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"]).1,
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
        XCTAssertEqual(read(["PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ", "THỦ TƯỚNG CHÍNH PHỦ"]).0, "PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ")
        // Wrapped onto a second line.
        XCTAssertEqual(read(["VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ", "CHỦ TỊCH ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]).0,
                       "VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ")
        XCTAssertEqual(read(["VỀ HIỆP ĐỊNH THƯƠNG MẠI GIỮA", "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ", "CHÍNH PHỦ NƯỚC LÀO"]).0,
                       "VỀ HIỆP ĐỊNH THƯƠNG MẠI GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC LÀO")
        XCTAssertEqual(read(["VỀ VIỆC CÔNG BỐ THỦ TỤC CỦA SỞ TÀI CHÍNH,", "ỦY BAN NHÂN DÂN CẤP XÃ TỈNH CAO BẰNG",
                             "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"]).0,
                       "VỀ VIỆC CÔNG BỐ THỦ TỤC CỦA SỞ TÀI CHÍNH, ỦY BAN NHÂN DÂN CẤP XÃ TỈNH CAO BẰNG")
    }

    /// Label bullets ("- Nội dung: …", "- Cơ quan thực hiện: …", "- Thời gian: …") fill the item that holds them, as
    /// label items do (output.md's Task rule): the item is the task, and a "Cơ quan thực hiện" sentence gives its
    /// lead and support.
    func testLabelBulletsFillTheItemThatHoldsThem() {
        let plan = parse(text: """
        KẾ HOẠCH
        Triển khai
        I. NHIỆM VỤ
        1. Truyền thông
        a) Hoạt động 1
        - Nội dung: Triển khai Tháng hành động.
        - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Y tế.
        - Thời gian: Tháng 11/2025.
        b) Hoạt động 2
        - Nội dung: Tuyên truyền giáo dục.
        - Cơ quan thực hiện: Sở Văn hóa và Thể thao.

        """)
        XCTAssertEqual(plan.tasks.map(\.id), ["I/1/a", "I/1/b"])
        XCTAssertEqual(plan.tasks[0].lead.map(\.name), ["Sở Nội vụ"])
        XCTAssertEqual(plan.tasks[0].support.map(\.name), ["Sở Y tế"])
        XCTAssertEqual(plan.tasks[0].deadlines.map(\.text), ["Tháng 11/2025"])
        XCTAssertEqual(plan.tasks[1].lead.map(\.name), ["Sở Văn hóa và Thể thao"])
        XCTAssertTrue(plan.tasks[0].text.contains("Triển khai Tháng hành động."), plan.tasks[0].text)
    }

    /// A label's value on the line below it (plain text, where a bold span joined them) fills the label as if written
    /// on its line: "2. Thời gian trình:" / "Hồ sơ … trước ngày 31/3/2026." is a field of its heading (its deadline the
    /// day before, as "trước" reads), no task; a label line's empty field takes the paragraph under it too.
    func testLabelValueOnTheLineBelowFillsTheLabel() {
        let plan = parse(text: """
        KẾ HOẠCH
        Khen thưởng
        V. TỔ CHỨC THỰC HIỆN
        1. Sở Nội vụ hướng dẫn các cơ quan, đơn vị lập hồ sơ khen thưởng.
        2. Thời gian trình khen thưởng:
        Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 31/3/2026.
        VI. KINH PHÍ
        Thời gian thực hiện:
        Quý I năm 2026.
        1. Sở Tài chính bố trí kinh phí.

        """)
        XCTAssertEqual(plan.tasks.map(\.id), ["V/1", "VI/1"])
        let fields = plan.sections[0].fields
        XCTAssertEqual(fields.map(\.label), ["Thời gian trình khen thưởng"])
        XCTAssertEqual(fields.first?.text, "Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 31/3/2026.")
        XCTAssertEqual(fields.first?.deadlines.map { $0.end?.iso }, ["2026-03-30"])
        XCTAssertEqual(plan.sections[1].fields.map(\.text), ["Quý I năm 2026."])
    }

    /// A capitals title whose last line is short ("ĐẮK LẮK") ends before the first body paragraph in sentence case.
    func testShortLastTitleLineEndsTheTitleBeforeTheBody() {
        let plan = parse(text: """
        Số: 623/TB-VPCP
        Hà Nội, ngày 15 tháng 11 năm 2025
        THÔNG BÁO
        KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH
        ĐẮK LẮK
        Chiều ngày 09 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Đắk Lắk, Phó Thủ tướng đã chủ trì buổi làm việc.
        I. ĐÁNH GIÁ CHUNG
        Tỉnh đã đạt nhiều kết quả.

        """)
        XCTAssertEqual(plan.document.title, "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐẮK LẮK")
        XCTAssertEqual(plan.sections.first?.paragraphs.first?.text.hasPrefix("Chiều ngày 09"), true)
    }

    /// "(1)", "(i)" enumerations open items of their own (each a task when it names its body); one wrapped inside a
    /// sentence ("…, (ii) Tư pháp," / "(iii) Hàng hải …") stays text; and an item whose last paragraph introduces a
    /// list ("… như sau:") takes bullets that name no body as its parts.
    func testParenthesizedEnumerationsAreItems() {
        let plan = parse(text: """
        THÔNG BÁO
        Kết luận của Phó Thủ tướng
        1. Trong thời gian tới, đề nghị các bộ, ngành:
        (1) Giao Bộ Y tế chủ trì, phối hợp với Bộ Xây dựng hoàn thành dự án trước ngày 30/11/2025.
        (2) Giao Bộ Công an bảo đảm an ninh.
        2. Về nguồn lực: các tập đoàn tham gia gồm (i) Điện lực Việt Nam, (ii) Dầu khí Việt Nam,
        (iii) Hàng hải Việt Nam.
        3. Tổ chức thi đua.
        Các nội dung này được cụ thể hóa bằng các chỉ tiêu như sau:
        - 100% số xã tham gia;
        - 80% số hộ được tuyên truyền.

        """)
        XCTAssertEqual(plan.tasks.map(\.id), ["1/b1", "1/b2", "2", "3"])
        XCTAssertEqual(plan.tasks[0].lead.map(\.name), ["Bộ Y tế"])
        XCTAssertEqual(plan.tasks[1].lead.map(\.name), ["Bộ Công an"])
        XCTAssertTrue(plan.tasks[2].text.hasSuffix("(iii) Hàng hải Việt Nam."), plan.tasks[2].text)
        XCTAssertEqual(plan.tasks[3].parts.map(\.text), ["100% số xã tham gia;", "80% số hộ được tuyên truyền."])
    }
}

final class TableTaskTests: XCTestCase {
    private let header = "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện"

    func testRowCutByAPageBreakIsMergedCellByCell() {
        let text = "PHỤ LỤC\n\(header)\n1\tChủ trì xây dựng mô hình\tCATP\tSở Xây dựng\tThực hiện thí điểm trong quý\n\n\(header)\n\t\t\t\tII/2026, sau đó nhân rộng.\n2\tRà soát\tSở Xây dựng Công an thành phố\t\tThường xuyên\n"
        let output = parse(text: text, name: "t.txt")
        let table = output.tables[0]
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.rows[0].cells[4], "Thực hiện thí điểm trong quý II/2026, sau đó nhân rộng.")
        XCTAssertEqual(table.rows[0].lines, LineRange(3, 6))
        XCTAssertEqual(output.diagnostics.filter { $0.code == .tableRowMerged }.count, 1)
        let tasks = output.tasks.filter { $0.origin == .table }
        XCTAssertEqual(tasks.map(\.id), ["T1/1", "T1/2"])
        XCTAssertEqual(tasks[0].lead.map(\.name), ["Công an thành phố"])
        XCTAssertEqual(tasks[0].deadlines.first?.kind, .due)
        XCTAssertEqual(tasks[0].deadlines.first?.end?.iso, "2026-06-30")
        // Two bodies whose line break was lost in the cell.
        XCTAssertEqual(tasks[1].lead.map(\.name), ["Sở Xây dựng", "Công an thành phố"])
    }

    func testRowUnderAMergedIndexCellInheritsTheRowAbove() {
        let text = "PHỤ LỤC\n\(header)\n1\tTổ chức tuyên truyền\tSở Tư pháp\tCATP\tQuý II/2026\n\tKiểm tra việc thực hiện\t\t\t\n"
        let tasks = parse(text: text, name: "t.txt").tasks.filter { $0.origin == .table }
        XCTAssertEqual(tasks.map(\.id), ["T1/1", "T1/1.1"])
        XCTAssertEqual(tasks[1].lead.map(\.name), ["Sở Tư pháp"])
        XCTAssertEqual(tasks[1].support.map(\.name), ["Công an thành phố"])
        XCTAssertEqual(tasks[1].deadlines.map(\.text), ["Quý II/2026"])
    }

    func testGroupRowsGroupTheRowsBelowThem() {
        let text = "PHỤ LỤC\n\(header)\nI\tCÔNG TÁC TUYÊN TRUYỀN\t\t\t\n1\tTuyên truyền pháp luật\tSở Tư pháp\t\tQuý II/2026\nII\tHẠ TẦNG\t\t\t\n2\tRà soát điểm đen\tSở Xây dựng\tCATP\tThường xuyên\n"
        let tasks = parse(text: text, name: "t.txt").tasks
        XCTAssertEqual(tasks.map(\.id), ["T1/1", "T1/2"])
        XCTAssertEqual(tasks.map(\.section), ["T1/I", "T1/II"])
    }

    func testIndicatorTableWithoutTaskColumnGivesNoTasks() {
        let text = "PHỤ LỤC\nSTT\tChỉ tiêu\tĐơn vị\tNăm 2026\n1\tTỷ lệ xử phạt qua hình ảnh\t%\t50\n2\tSố vụ TNGT giảm\t%\t6\n"
        XCTAssertTrue(parse(text: text, name: "t.txt").tasks.isEmpty)
    }

    /// Repeated ids take "~2", "~3" … in order, each the smallest free suffix, also after a literal "I~2".
    func testUniqueIDsTakeTheNextFreeSuffix() {
        var ids = UniqueIDs()
        XCTAssertEqual(["I", "I", "I", "I~2", "II", "I"].map { ids.claim($0) }, ["I", "I~2", "I~3", "I~2~2", "II", "I~4"])
        XCTAssertEqual(ids.count, 6)
    }

    /// A label item ("1. Nội dung:") gathers the bullets under it. Hoisted into its heading's fields or kept as a
    /// section of its own (at the top, with paragraphs, with items under it), its field holds them: they were
    /// lost when the item stayed a section.
    func testLabelItemKeepsTheBulletsItGathersWhereverItStands() {
        let top = parse(text: "1. Nội dung:\n- Tổ chức tuyên truyền pháp luật.\n- Kiểm tra việc thực hiện.\n").sections
        XCTAssertEqual(top.map(\.title), ["Nội dung:"])
        XCTAssertEqual(top.first?.fields.map(\.label), ["Nội dung"])
        XCTAssertEqual(top.first?.fields.first?.items, ["Tổ chức tuyên truyền pháp luật.", "Kiểm tra việc thực hiện."])

        let withItems = parse(text: "I. NHIỆM VỤ\n1. Nội dung:\n- Rà soát văn bản.\n- Cơ quan chủ trì: Sở Tư pháp.\na) Việc thứ nhất.\n").sections
        let item = withItems.first?.children.first
        XCTAssertEqual(item?.title, "Nội dung")
        XCTAssertEqual(item?.fields.map(\.label), ["Nội dung", "Cơ quan chủ trì"])
        XCTAssertEqual(item?.fields.first?.items, ["Rà soát văn bản."])
        XCTAssertEqual(item?.children.map(\.title), ["Việc thứ nhất."])

        let hoisted = parse(text: "I. NHIỆM VỤ\n1. Nội dung:\n- Rà soát văn bản.\n").sections
        XCTAssertEqual(hoisted.first?.fields.first?.items, ["Rà soát văn bản."])
        XCTAssertEqual(hoisted.first?.children.count, 0)
    }

    /// A law's or an assembly resolution's closing formula dates it when its header has no date line; a sentence
    /// about another document's passing, or a formula whose date is left blank, does not.
    func testAdoptionFormulaDatesADocumentWithoutADateLine() {
        let phrases: [(String, String?)] = [
            ("Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8 thông qua ngày 30 tháng 11 năm 2024.", "2024-11-30"),
            ("Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVthông qua ngày 16 tháng 6 năm 2025.", "2025-06-16"),
            ("Bộ luật này đã được Quốc hội thông qua ngày 24/11/2015.", "2015-11-24"),
            ("Nghị quyết số 12/NQ-HĐND được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 7 năm 2024.", nil),
            ("Luật này được Quốc hội khóa XV thông qua ngày … tháng … năm 2025.", nil),
            ("Cơ quan thẩm định thông qua ngày 3 tháng 4.", nil),
        ]
        for (phrase, expected) in phrases {
            XCTAssertEqual(AdoptionLine.date(phrase)?.iso, expected, phrase)
        }
        let law = "LUẬT\nĐIỆN LỰC\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về điện lực.\n"
            + "Luật này được Quốc hội khóa XV, kỳ họp thứ 8 thông qua ngày 30 tháng 11 năm 2024.\n"
        XCTAssertEqual(parse(text: law).document.issued?.iso, "2024-11-30")
        let dated = "Hà Nội, ngày 02 tháng 12 năm 2024\n" + law
        XCTAssertEqual(parse(text: dated).document.issued?.iso, "2024-12-02")
    }

    /// Signature blocks as the archive writes them: an authority without its period ("KT GIÁM ĐỐC"), an authority
    /// wrapped after a comma, two posts over one name, and a consolidated text's attestation heading.
    func testSignatureBlockVariants() {
        func signer(_ block: String) -> Signer? {
            parse(text: "KẾ HOẠCH\nI. MỤC ĐÍCH\nRà soát.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block).document.signer
        }
        XCTAssertEqual(signer("KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrương Hải Thanh\n"),
                       Signer(name: "Trương Hải Thanh", position: "Phó Giám đốc", authority: nil, delegation: "KT Giám đốc"))
        XCTAssertEqual(signer("KT. TRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nMạnh Thị Tuyết Mai\n")?.name, "Mạnh Thị Tuyết Mai")
        XCTAssertEqual(signer("KT. TRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nMạnh Thị Tuyết Mai\n")?.position, "Phó Trưởng ban")
        XCTAssertEqual(signer("TRƯỞNG BAN\nPHÓ THỦ TƯỚNG\nNguyễn Chí Dũng\n")?.name, "Nguyễn Chí Dũng")
        XCTAssertEqual(signer("CHỦ TỊCH\nTRƯƠNG HẢI THANH\n")?.name, "Trương Hải Thanh")
        XCTAssertEqual(signer("XÁC THỰC VĂN BẢN HỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Hoàng Long\n"),
                       Signer(name: "Nguyễn Hoàng Long", position: "Thứ trưởng", authority: nil, delegation: "KT. Bộ trưởng"))
        XCTAssertEqual(signer("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Võ Minh Lương\n")?.name, "Thượng tướng Võ Minh Lương")
        // The authority's body cut without a comma: the delegation or post below tells the cut.
        XCTAssertEqual(signer("TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Thanh An\n"),
                       Signer(name: "Bùi Thanh An", position: "Phó Chủ tịch", authority: "TM. Ủy ban nhân dân", delegation: "KT. Chủ tịch"))
        // A recipient wrapped after a comma keeps it where the lines join.
        let wrapped = parse(text: "KẾ HOẠCH\nI. MỤC ĐÍCH\nRà soát.\nNơi nhận:\n- VPCP: BTCN, các PCN, các Vụ: CN,\nKTTH, NN;\n- Lưu: VT.\nCHỦ TỊCH\nBùi Thanh An\n")
        XCTAssertEqual(wrapped.document.recipients, ["VPCP: BTCN, các PCN, các Vụ: CN, KTTH, NN", "Lưu: VT"])
        XCTAssertEqual(signer("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nBùi Thanh An\n"),
                       Signer(name: "Bùi Thanh An", position: "Chủ tịch", authority: "TM. Ủy ban nhân dân", delegation: nil))
    }

    /// "Phần thứ nhất" / "MỤC ĐÍCH, YÊU CẦU": parts of a long plan are sections above its items, whose role their
    /// title names; the purpose items give no tasks, and no heading is glued to a task.
    func testPartsOfAPlan() {
        let text = """
        KẾ HOẠCH
        Giáo dục kỹ năng số năm học 2025-2026
        Phần thứ nhất
        MỤC ĐÍCH, YÊU CẦU
        1. Trang bị cho học sinh kỹ năng sử dụng thiết bị số an toàn.
        PHẦN THỨ HAI: NHIỆM VỤ VÀ GIẢI PHÁP
        I. NHIỆM VỤ CHUNG
        1. Sở Y tế tổ chức tập huấn giáo viên trong tháng 10/2025.
        Phần III. TỔ CHỨC THỰC HIỆN
        1. Các trường báo cáo kết quả trước ngày 10/01/2026.

        """
        let output = parse(text: text)
        XCTAssertEqual(output.sections.map(\.id), ["P1", "P2", "P3"])
        XCTAssertEqual(output.sections.map(\.style), [.part, .part, .part])
        XCTAssertEqual(output.sections.map(\.title), ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"])
        XCTAssertEqual(output.tasks.map(\.id), ["P2/I/1", "P3/1"])
        XCTAssertEqual(output.tasks.first?.text, "Sở Y tế tổ chức tập huấn giáo viên trong tháng 10/2025.")
        // A sentence that opens with "Phần" is text.
        XCTAssertNil(MarkerReader.read("Phần thứ hai của Kế hoạch này quy định nhiệm vụ."))
        XCTAssertEqual(MarkerReader.read("PHẦN I. DANH MỤC")?.0.number, "1")

        // After the preamble ("Căn cứ …"), the first part is a part too (it became a paragraph of the preamble).
        let preambled = parse(text: "KẾ HOẠCH\nPhòng, chống ma túy năm 2026\nCăn cứ Luật Phòng, chống ma túy ngày 30/3/2021;\n\n"
                              + "Phần thứ nhất\nKẾT QUẢ THỰC HIỆN NĂM 2025\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Tỷ lệ xã không ma túy đạt 60%.\n"
                              + "Phần thứ hai\nKẾ HOẠCH NĂM 2026\nI. NHIỆM VỤ\n1. Công an tỉnh mở đợt cao điểm trong tháng 6/2026.\n")
        XCTAssertEqual(preambled.sections.map(\.id), ["preamble", "P1", "P2"])
        XCTAssertEqual(preambled.tasks.map(\.id), ["P2/I/1"])
        XCTAssertFalse(preambled.diagnostics.contains { $0.code == .numberingGap })
    }

    /// Hard-wrapped text: an item's heading a little over half the width stays a heading when the next line hands a task
    /// to a body; the paragraph under it keeps its lead and deadline.
    func testWrappedItemHeadingAboveAnAssignmentStaysAHeading() {
        let text = """
        KẾ HOẠCH
        Về chuyển đổi số
        III. NHIỆM VỤ, GIẢI PHÁP
        1. Nâng cao nhận thức về chuyển đổi số cho cán bộ và người dân trên địa bàn
        a) Tuyên truyền trên hệ thống truyền thanh cơ sở
        Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ tổng
        hợp xã xây dựng chuyên mục "Chuyển đổi số cùng người dân" trên hệ thống
        truyền thanh cơ sở, phát sóng tối thiểu 02 lần/tuần; thực hiện thường
        xuyên.
        b) Quán triệt đến cán bộ, công chức các quy định mới về chuyển đổi số và
        an toàn thông tin mạng trong hoạt động của cơ quan nhà nước cấp xã.
        c) Giao Phòng Kinh tế chủ trì, phối hợp với Công an xã và các doanh nghiệp
        viễn thông rà soát vùng lõm sóng trên địa bàn các thôn, hoàn thành trong
        Quý III/2025.

        """
        let output = parse(text: text)
        let a = output.tasks.first { $0.id == "III/1/a" }
        XCTAssertEqual(output.sections.first?.children.first?.children.first?.title, "Tuyên truyền trên hệ thống truyền thanh cơ sở")
        XCTAssertEqual(a?.lead.map(\.name), ["Phòng Văn hóa - Xã hội"])
        XCTAssertEqual(a?.deadlines.map(\.kind), [.recurring, .ongoing])
        XCTAssertEqual(output.tasks.first { $0.id == "III/1/c" }?.lead.map(\.name), ["Phòng Kinh tế"])
    }

    /// PDF text with a blank line after every line: a header statement that cannot end where a blank line cuts it
    /// (the quốc hiệu's first half, "Số:", a date cut after "ngày" or its day) goes on below; others stay apart.
    func testHeaderStatementsGoOnAcrossBlankLines() {
        let header = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "-------", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc", "Số:", "09/KH-UBND", "Cần Thơ, ngày 18", "tháng 11 năm 2025", "KẾ HOẠCH",
                      "Quản lý tài nguyên nước dưới đất", "I. MỤC ĐÍCH", "Sở Nông nghiệp và Môi trường rà soát các giếng khoan."]
        let text = header.joined(separator: "\n\n") + "\n"
        assertHeader(parse(text: text).document, issuer: "Ủy ban nhân dân thành phố Cần Thơ", number: "09/KH-UBND", place: "Cần Thơ",
                     issued: "2025-11-18", title: "Quản lý tài nguyên nước dưới đất")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
        let units = BlockUnits.read(Tokenizer.tokenize(lines), 0..<lines.count).map(\.text)
        XCTAssertTrue(units.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "\(units)")
        XCTAssertTrue(units.contains("Số: 09/KH-UBND"), "\(units)")
        XCTAssertTrue(units.contains("Cần Thơ, ngày 18 tháng 11 năm 2025"), "\(units)")
        // "hồ sơ:" folds as "Số:" does, but no number follows it; a cell boundary is a hard break.
        XCTAssertFalse(BlockUnits.continuesAcrossBlank("2. Thời gian nộp hồ sơ:", with: SourceLine(number: 3, text: "Ủy ban Mặt trận")))
        let cells = ["Cần Thơ, ngày 18", "|", "tháng 11 năm 2025"].enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element == "|" ? "" : $0.element, cellBreak: $0.element == "|") }
        XCTAssertEqual(BlockUnits.read(Tokenizer.tokenize(cells), 0..<3).count, 2)
    }

    /// Plain text of a web export, its cells and bold gone: the quốc hiệu cut at any word ("CỘNG HÒA XÃ" / "HỘI …") is
    /// the header's anchor, so the issuer above it is read; a place's name cut before its date goes on below, with or
    /// without blank lines between.
    func testQuocHieuCutAtAnyWordAndPlaceCutBeforeItsDate() {
        let header = ["ỦY BAN NHÂN", "DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "--------", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 174/KH-UBND", "Thành phố Hồ",
                      "Chí Minh, ngày 18 tháng 11 năm 2025", "KẾ HOẠCH", "Triển khai Tháng hành động vì bình đẳng giới",
                      "I. MỤC ĐÍCH", "Sở Nội vụ tổ chức các hoạt động truyền thông."]
        for separator in ["\n", "\n\n"] {
            assertHeader(parse(text: header.joined(separator: separator) + "\n").document, issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh",
                         number: "174/KH-UBND", place: "Thành phố Hồ Chí Minh", issued: "2025-11-18",
                         title: "Triển khai Tháng hành động vì bình đẳng giới")
        }
        func line(_ text: String) -> SourceLine { SourceLine(number: 2, text: text) }
        XCTAssertTrue(BlockUnits.cutsMotto("CỘNG HÒA XÃ HỘI CHỦ", before: line("NGHĨA VIỆT NAM")))
        XCTAssertFalse(BlockUnits.cutsMotto("CỘNG HÒA XÃ", before: line("HỘI NÔNG DÂN")))
        XCTAssertTrue(BlockUnits.cutsMotto("CỘNG HÒA", before: line("XÃ HỘI CHỦ NGHĨA VIỆT NAM")))
        XCTAssertTrue(BlockUnits.cutsPlace("Bà Rịa -", before: line("Vũng Tàu, ngày 02 tháng 12 năm 2025")))
        // Not a place: the motto, a số, a sentence in lower case, a line below with no date.
        XCTAssertFalse(BlockUnits.cutsPlace("Độc lập - Tự do - Hạnh phúc", before: line("Hà Nội, ngày 02 tháng 12 năm 2025")))
        XCTAssertFalse(BlockUnits.cutsPlace("Số: 12/KH-UBND", before: line("Hà Nội, ngày 02 tháng 12 năm 2025")))
        XCTAssertFalse(BlockUnits.cutsPlace("Thành phố Hồ", before: line("Chí Minh, Hà Nội và Đà Nẵng")))
    }

    /// Recipients of plain text, no cell around them: a recipient whose line stops without ";" or "." goes on in the
    /// next line, even one in capitals that ends like a recipient ("TTĐTCP;"), and the signature below is still read.
    func testRecipientCutWithoutPunctuationGoesOnAndTheSignatureFollows() {
        let text = """
        KẾ HOẠCH
        I. NHIỆM VỤ
        1. Bộ Xây dựng rà soát quy hoạch.
        Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
        Nơi nhận:
        - Thủ tướng, các PTTgCP (để b/c);
        - VPCP: BTCN, PCN Trịnh Mạnh Linh, các Vụ: QHĐP, Cổng
        TTĐTCP;
        - Lưu: Văn thư, TCCV (02). CMP
        KT. BỘ TRƯỞNG,
        CHỦ NHIỆM
        PHÓ CHỦ NHIỆM
        Trịnh Mạnh Linh

        """
        let plan = parse(text: text)
        XCTAssertEqual(plan.document.recipients, ["Thủ tướng, các PTTgCP (để b/c)", "VPCP: BTCN, PCN Trịnh Mạnh Linh, các Vụ: QHĐP, Cổng TTĐTCP",
                                                  "Lưu: Văn thư, TCCV (02). CMP"])
        XCTAssertEqual(plan.document.signer, Signer(name: "Trịnh Mạnh Linh", position: "Phó Chủ nhiệm", authority: nil, delegation: "KT. Bộ trưởng, Chủ nhiệm"))
        XCTAssertTrue(FooterReader.isCutRecipient("- VPCP: BTCN, Cổng"))
        XCTAssertFalse(FooterReader.isCutRecipient("- Tỉnh ủy, HĐND tỉnh;"))
        XCTAssertFalse(FooterReader.isCutRecipient("- Như trên (b/c)"))
    }

    /// A signature set above "Nơi nhận" (its cell came first in the text, or it is signed above the list) is the
    /// signer's, not the tail of the last task; a post without "TM."/"KT." starts it too. A line of text between the
    /// signature and the list leaves both where they were.
    /// "(Đã ký)" on its own line over the signature's authority (web copies set it there too) is the signature's
    /// mark, not the last task's words; over the recipients' list, or set apart by text, it is not.
    func testSignedMarkAboveTheSignature() {
        let body = """
        KẾ HOẠCH
        I. NHIỆM VỤ
        1. Sở Nội vụ kiện toàn Ban Chỉ đạo trước ngày 15/01/2026.

        """
        for mark in ["(Đã ký)", "**(Đã ký)**", "[đã ký]"] {
            let plan = parse(text: body + mark + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
            XCTAssertEqual(plan.tasks.map(\.text), ["Sở Nội vụ kiện toàn Ban Chỉ đạo trước ngày 15/01/2026."], mark)
            XCTAssertEqual(plan.document.signer?.name, "Nguyễn Văn An", mark)
            XCTAssertTrue(plan.dropped.contains { $0.reason == .boilerplate && $0.lines == LineRange(line: 4) }, "\(mark): \(plan.dropped)")
        }
        let noSignature = parse(text: body + "(Đã ký)\nCác phòng triển khai thực hiện.\n")
        XCTAssertNil(noSignature.document.signer)
        XCTAssertTrue(noSignature.tasks.first?.text.contains("(Đã ký)") == true)
    }

    /// A heading in capitals stands alone above a line in sentence case, however short it is and however the
    /// document wraps elsewhere: the line is the section's paragraph ("I. KINH PHÍ" / "Kinh phí thực hiện …").
    func testCapitalHeadingKeepsItsParagraphInWrappedText() {
        let text = """
        KẾ HOẠCH
        Phòng, chống dịch sốt xuất huyết năm 2026

        I. KINH PHÍ
        Kinh phí thực hiện từ ngân sách tỉnh năm 2026.

        II. TỔ CHỨC THỰC HIỆN
        1. Sở Y tế
        Chủ trì, phối hợp với các sở, ngành, địa phương theo dõi, đôn đốc việc thực
        hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2026.
        2. Sở Tài chính
        Bố trí kinh phí thực hiện Kế hoạch.

        """
        let output = parse(text: text)
        XCTAssertEqual(output.sections.first?.title, "KINH PHÍ")
        XCTAssertEqual(output.sections.first?.paragraphs.map(\.text), ["Kinh phí thực hiện từ ngân sách tỉnh năm 2026."])
    }

    /// Word → Markdown sets the footer as a borderless table: the recipients in one cell (on one line), or the list and
    /// the signature in two columns, a row per line. Both are read as the footer, none of their text left as a table.
    func testFooterSetAsATable() {
        let body = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế tổ chức hội nghị triển khai trong tháng 5/2026.\n\n"
        let oneCell = parse(text: body + "|  |  |\n|---|---|\n| **Nơi nhận:** \\- Bộ Y tế; \\- TT Tỉnh ủy; \\- Lưu: VT, KGVX. |  |\n\n"
                            + "**TM. ỦY BAN NHÂN DÂN**\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n**Phạm Thiện Nghĩa**\n")
        XCTAssertEqual(oneCell.document.recipients, ["Bộ Y tế", "TT Tỉnh ủy", "Lưu: VT, KGVX"])
        XCTAssertEqual(oneCell.document.signer?.name, "Phạm Thiện Nghĩa")
        XCTAssertEqual(oneCell.tables.count, 0)
        XCTAssertEqual(oneCell.tasks.first?.lines, LineRange(3, 3))

        let twoColumns = parse(text: body + "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n|---|---|\n| - Bộ LĐTB&XH (để b/c); | KT. CHỦ TỊCH |\n"
                               + "| - Các sở, ban, ngành cấp tỉnh; | PHÓ CHỦ TỊCH |\n| - Lưu: VT, VX. | Đầu Thanh Tùng |\n")
        XCTAssertEqual(twoColumns.document.signer, Signer(name: "Đầu Thanh Tùng", position: "Phó Chủ tịch", authority: "TM. Ủy ban nhân dân",
                                                          delegation: "KT. Chủ tịch"))
        XCTAssertEqual(twoColumns.document.recipients, ["Bộ LĐTB&XH (để b/c)", "Các sở, ban, ngành cấp tỉnh", "Lưu: VT, VX"])
        XCTAssertEqual(twoColumns.tables.count, 0)

        // A table whose cells only mention the recipients stays a table.
        let table = parse(text: body + "| Nội dung | Ghi chú |\n|---|---|\n| Gửi báo cáo | theo Nơi nhận: Bộ Y tế |\n")
        XCTAssertEqual(table.tables.count, 1)
        XCTAssertEqual(FooterTable.pieces("Nơi nhận: - Bộ Y tế; - Lưu: VT."), ["Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT."])
    }

    func testSignatureAboveTheRecipients() {
        let body = """
        KẾ HOẠCH
        I. NHIỆM VỤ
        1. Sở Xây dựng rà soát các điểm đen, báo cáo trước ngày 15/5/2025.

        """
        let recipients = "Nơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n"
        let plan = parse(text: body + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\nNguyễn Văn An\n\n" + recipients)
        XCTAssertEqual(plan.document.signer, Signer(name: "Nguyễn Văn An", position: "Phó Chủ tịch", authority: "TM. Ủy ban nhân dân",
                                                    delegation: "KT. Chủ tịch"))
        XCTAssertEqual(plan.document.recipients, ["Bộ Công an", "Lưu: VT"])
        XCTAssertEqual(plan.tasks.map(\.text), ["Sở Xây dựng rà soát các điểm đen, báo cáo trước ngày 15/5/2025."])

        let post = parse(text: body + "GIÁM ĐỐC\nTrần Thị Bình\n" + recipients)
        XCTAssertEqual(post.document.signer?.name, "Trần Thị Bình")
        XCTAssertEqual(post.tasks.map(\.text), ["Sở Xây dựng rà soát các điểm đen, báo cáo trước ngày 15/5/2025."])

        let apart = parse(text: body + "GIÁM ĐỐC\nTrần Thị Bình\nCác phòng triển khai thực hiện.\n" + recipients)
        XCTAssertNil(apart.document.signer)
        XCTAssertEqual(apart.document.recipients, ["Bộ Công an", "Lưu: VT"])
    }

    /// What a footer could not take stays under the closing formula, and assigns nothing: a recipients' list broken by a
    /// line that is none of them leaves its last bullet and the signature after the closing, and they give no task.
    func testClosingGivesNoTaskEvenWithBulletsUnderIt() {
        let text = """
        KẾ HOẠCH
        I. NHIỆM VỤ
        1. Sở Y tế rà soát các cơ sở y tế.
        Trên đây là Kế hoạch của UBND tỉnh./.
        Nơi nhận:
        - Như trên;
        Văn phòng UBND tỉnh
        - Lưu: VT, KGVX
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An

        """
        let plan = parse(text: text)
        XCTAssertEqual(plan.tasks.map(\.id), ["I/1"])
        let closing = plan.sections.first { $0.id == "closing" }
        XCTAssertEqual(closing?.children.map(\.title), ["Lưu: VT, KGVX"], "\(plan.sections.map(\.id))")
    }
}

/// The header fields most tests read, each compared on its own line of the report.
private func assertHeader(_ document: DocumentInfo, issuer: String?, number: String?, place: String?, issued: String?, title: String?,
                          file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(document.issuer, issuer, "issuer", file: file, line: line)
    XCTAssertEqual(document.number, number, "number", file: file, line: line)
    XCTAssertEqual(document.place, place, "place", file: file, line: line)
    XCTAssertEqual(document.issued?.iso, issued, "issued", file: file, line: line)
    XCTAssertEqual(document.title, title, "title", file: file, line: line)
}
