import XCTest
@testable import KHParse

/// Runs Sources/KHParse/Extract/Agencies/Corpus/clauses.tsv: clause → lead | support | requested.
final class AgencyTests: XCTestCase {
    func testClauseCorpus() throws {
        let rows = try corpusRows(Paths.sources.appendingPathComponent("Extract/Agencies/Corpus/clauses.tsv"))
        XCTAssertGreaterThan(rows.count, 30)
        func names(_ cell: String) -> [String] { cell.isEmpty ? [] : cell.components(separatedBy: "; ") }
        for (line, cells) in rows {
            let clause = ResponsibilityClause.read(cells[0])
            if cells[1] == "-" {
                XCTAssertNil(clause, "clauses.tsv:\(line) \"\(cells[0])\" is no responsibility clause")
                continue
            }
            guard let clause else { XCTFail("clauses.tsv:\(line) \"\(cells[0])\" was not read"); continue }
            XCTAssertEqual(clause.lead.map(\.name), names(cells[1]), "clauses.tsv:\(line) lead")
            XCTAssertEqual(clause.support.map(\.name), names(cells[2]), "clauses.tsv:\(line) support")
            XCTAssertEqual(clause.requested.map(\.name), names(cells.count > 3 ? cells[3] : ""), "clauses.tsv:\(line) requested")
        }
    }

    /// Runs sentences.tsv: a task's sentence → lead | support | requested, "-": no body does the task.
    func testSentenceCorpus() throws {
        let rows = try corpusRows(Paths.sources.appendingPathComponent("Extract/Agencies/Corpus/sentences.tsv"))
        XCTAssertGreaterThan(rows.count, 150)
        func names(_ cell: String) -> [String] { cell.isEmpty ? [] : cell.components(separatedBy: "; ") }
        for (line, cells) in rows {
            XCTAssertEqual(cells.count, 4, "sentences.tsv:\(line) has \(cells.count) columns")
            guard cells.count == 4 else { continue }
            let clause = ResponsibilityClause.read(sentence: cells[0])
            if cells[1] == "-" {
                XCTAssertNil(clause, "sentences.tsv:\(line) \"\(cells[0].prefix(60))\" names no body")
                continue
            }
            guard let clause else { XCTFail("sentences.tsv:\(line) \"\(cells[0].prefix(60))\" was not read"); continue }
            XCTAssertEqual(clause.lead.map(\.name), names(cells[1]), "sentences.tsv:\(line) lead")
            XCTAssertEqual(clause.support.map(\.name), names(cells[2]), "sentences.tsv:\(line) support")
            XCTAssertEqual(clause.requested.map(\.name), names(cells[3]), "sentences.tsv:\(line) requested")
        }
    }

    /// Runs support.tsv: a sentence without a subject → who supports, "-": nobody named.
    func testSubjectlessSupportCorpus() throws {
        try runCorpus("Extract/Agencies/Corpus/support.tsv", atLeast: 8, read: { ResponsibilityClause.read(subjectless: $0) }) { at, cells, clause in
            XCTAssertEqual(clause.support.map(\.name), cells[1].components(separatedBy: "; "), at)
            XCTAssertEqual(clause.lead, [], at)
        }
    }

    /// Where a name ends: at its predicate, a colon, or a clause opener, not at a fixed list of verbs.
    func testNameEndsWhereThePredicateBegins() {
        func lead(_ s: String) -> [String] { ResponsibilityClause.read(sentence: s)?.lead.map(\.name) ?? [] }
        XCTAssertEqual(lead("Công an thành phố kịp thời phát hiện và xử lý vi phạm."), ["Công an thành phố"])
        XCTAssertEqual(lead("Chi cục Hải quan khu vực XI tăng cường công tác bảo vệ bí mật nhà nước."), ["Chi cục Hải quan khu vực XI"])
        XCTAssertEqual(lead("Sở Y tế: Chủ trì, phối hợp với các đơn vị liên quan."), ["Sở Y tế"])
        XCTAssertEqual(lead("Ủy ban nhân dân các xã, phường Căn cứ vào chức năng, nhiệm vụ được giao."), ["Ủy ban nhân dân các xã, phường"])
        XCTAssertEqual(lead("Sở Tư pháp cần khẩn trương rà soát văn bản."), ["Sở Tư pháp"])
        XCTAssertEqual(lead("Sở Giáo dục và Đào tạo trên cơ sở kết quả rà soát, đề xuất phương án."), ["Sở Giáo dục và Đào tạo"])
        // Name-internal words stay: fields, levels, places.
        XCTAssertEqual(lead("Trung tâm Trợ giúp pháp lý nhà nước tỉnh chịu trách nhiệm hướng dẫn."), ["Trung tâm Trợ giúp pháp lý nhà nước tỉnh"])
        XCTAssertEqual(lead("Các cơ quan, đơn vị cấp tỉnh có liên quan đến công tác bầu cử rà soát hồ sơ."), ["Các cơ quan, đơn vị cấp tỉnh có liên quan"])
        // No body, no lead.
        XCTAssertNil(ResponsibilityClause.read(sentence: "Chủ trì, phối hợp với Sở Tài chính bố trí kinh phí."))
        XCTAssertNil(ResponsibilityClause.read(sentence: "Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025."))
    }

    /// An official stands for their body; the title stays in `text`.
    func testOfficialsStandForTheirBody() {
        let clause = ResponsibilityClause.read(sentence: "Giám đốc Sở Xây dựng chủ trì, phối hợp với Chủ tịch Ủy ban nhân dân các xã, phường kiểm tra.")
        XCTAssertEqual(clause?.lead, [Agency(name: "Sở Xây dựng", text: "Giám đốc Sở Xây dựng")])
        XCTAssertEqual(clause?.support, [Agency(name: "Ủy ban nhân dân các xã, phường", text: "Chủ tịch Ủy ban nhân dân các xã, phường")])
        XCTAssertEqual(ResponsibilityClause.read(sentence: "Bộ trưởng Bộ Tư pháp có trách nhiệm hướng dẫn.")?.lead.map(\.name), ["Bộ Tư pháp"])
        XCTAssertEqual(ResponsibilityClause.read(sentence: "Thủ trưởng các sở, ban, ngành tổ chức thực hiện.")?.lead.map(\.name), ["Các sở, ban, ngành"])
        XCTAssertEqual(AgencyReader.split("Giám đốc Sở Tài chính").map(\.name), ["Sở Tài chính"])
    }

    /// Party, Assembly, Front and state-owned groups; lists that split at each head; members after a colon.
    func testPartyBodiesListsAndMembers() {
        XCTAssertEqual(AgencyReader.split("Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy").map(\.name),
                       ["Văn phòng Tỉnh ủy", "Các Ban Xây dựng Đảng", "Ủy ban Kiểm tra Tỉnh ủy"])
        XCTAssertEqual(AgencyReader.split("Văn phòng HĐND và UBND huyện").map(\.name), ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"])
        XCTAssertEqual(AgencyReader.split("Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh, Thường trực Tỉnh ủy").map(\.name),
                       ["Đảng đoàn Hội đồng nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Thường trực Tỉnh ủy"])
        XCTAssertEqual(AgencyReader.split("Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Liên đoàn Lao động tỉnh").map(\.name),
                       ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh"])
        let members = ResponsibilityClause.read(sentence: "Đề nghị các Tập đoàn: Điện lực Việt Nam, Bưu chính Viễn thông Việt Nam phối hợp thực hiện.")
        XCTAssertEqual(members?.requested.map(\.name), ["Tập đoàn Điện lực Việt Nam", "Tập đoàn Bưu chính Viễn thông Việt Nam"])
        let ministries = AgencyReader.split("Các Bộ, cơ quan: Tài chính, Xây dựng, Văn hóa, Thể thao và Du lịch")
        XCTAssertEqual(ministries.map(\.name), ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch"])
        // A duty after the colon is no member list.
        XCTAssertEqual(ResponsibilityClause.read(sentence: "Các tổ chức chính trị - xã hội tỉnh: Vận động đoàn viên tham gia.")?.lead.map(\.name),
                       ["Các tổ chức chính trị - xã hội tỉnh"])
    }

    /// Assignments deep in a sentence: ", giao X chủ trì, phối hợp với Y", "; đề nghị Z phối hợp".
    func testAssignmentsInsideASentence() {
        let given = ResponsibilityClause.read(sentence: "Trên cơ sở kết quả rà soát, giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở.")
        XCTAssertEqual(given?.lead.map(\.name), ["Sở Y tế"])
        XCTAssertEqual(given?.support.map(\.name), ["Công an tỉnh"])
        XCTAssertEqual(given?.atStart, false)
        let asked = ResponsibilityClause.read(sentence: "Sở Nội vụ chủ trì tổng hợp kết quả; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giám sát.")
        XCTAssertEqual(asked?.lead.map(\.name), ["Sở Nội vụ"])
        XCTAssertEqual(asked?.requested.map(\.name), ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
        // The issuer hands the task on.
        let handed = ResponsibilityClause.read(sentence: "Ủy ban nhân dân tỉnh giao Giám đốc các sở triển khai thực hiện.")
        XCTAssertEqual(handed?.lead.map(\.name), ["Các sở"])
        // A request in passing keeps the heading's lead.
        let text = "I. NHIỆM VỤ\n1. Sở Tài chính:\na) Rà soát nguồn vốn, đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp giám sát.\n"
        let task = parse(text: text).tasks.first
        XCTAssertEqual(task?.lead.map(\.name), ["Sở Tài chính"])
        XCTAssertEqual(task?.requested.map(\.name), ["Ủy ban Mặt trận Tổ quốc tỉnh"])
    }

    /// "UBND tỉnh" in a plan of tỉnh Lâm Đồng is Ủy ban nhân dân tỉnh Lâm Đồng; another province stays apart.
    func testIssuersPlaceJoinsBareNames() {
        let home = AgencyIndex.home(of: "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
        XCTAssertEqual(home?.unit, "tinh")
        XCTAssertEqual(home?.place, "lam dong")
        XCTAssertEqual(AgencyIndex.bodyKey("Ủy ban nhân dân tỉnh Lâm Đồng", home: home), AgencyIndex.bodyKey("Ủy ban nhân dân tỉnh", home: home))
        XCTAssertEqual(AgencyIndex.bodyKey("Công an tỉnh Lâm Đồng", home: home), AgencyIndex.bodyKey("Công an tỉnh", home: home))
        XCTAssertNotEqual(AgencyIndex.bodyKey("Ủy ban nhân dân tỉnh Gia Lai", home: home), AgencyIndex.bodyKey("Ủy ban nhân dân tỉnh", home: home))
        XCTAssertEqual(AgencyIndex.home(of: "UBND THÀNH PHỐ HẢI PHÒNG")?.place, "hai phong")
        XCTAssertNil(AgencyIndex.home(of: "BỘ XÂY DỰNG"))
        var tasks = [PlanTask(id: "1", number: nil, section: nil, text: "a", origin: .body, lines: LineRange(line: 1)),
                     PlanTask(id: "2", number: nil, section: nil, text: "b", origin: .body, lines: LineRange(line: 2))]
        tasks[0].lead = [Agency(name: "Ủy ban nhân dân tỉnh", text: "UBND tỉnh")]
        tasks[1].lead = [Agency(name: "Ủy ban nhân dân tỉnh Lâm Đồng", text: "Ủy ban nhân dân tỉnh Lâm Đồng")]
        var sections: [Section] = []
        let index = AgencyIndex.unify(tasks: &tasks, sections: &sections, issuer: "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
        XCTAssertEqual(index.count, 1)
        XCTAssertEqual(index.first?.lead, ["1", "2"])
    }

    /// Runs lists.tsv: a table cell or clause part → the bodies it names (glued names recovered).
    func testListCorpus() throws {
        let rows = try corpusRows(Paths.sources.appendingPathComponent("Extract/Agencies/Corpus/lists.tsv"))
        XCTAssertGreaterThan(rows.count, 30)
        for (line, cells) in rows {
            let names = AgencyReader.split(cells[0], recoverJoined: true).map(\.name)
            XCTAssertEqual(names, cells[1].isEmpty ? [] : cells[1].components(separatedBy: "; "), "lists.tsv:\(line) \"\(cells[0])\"")
        }
    }

    /// `AGENCY_PROBE=file` reads how each line ("sentence", "list" or "clause", a tab, the text) reads,
    /// as corpus lines to review, into file.out.
    func testProbe() throws {
        guard let path = ProcessInfo.processInfo.environment["AGENCY_PROBE"] else { throw XCTSkip("no probe") }
        var out = ""
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            func names(_ list: [Agency]) -> String { list.map(\.name).joined(separator: "; ") }
            switch parts[0] {
            case "sentence":
                let c = ResponsibilityClause.read(sentence: parts[1])
                out += "\(parts[1])\t\(c.map { names($0.lead) } ?? "-")\t\(c.map { names($0.support) } ?? "")\t\(c.map { names($0.requested) } ?? "")\n"
            case "list":
                out += "\(parts[1])\t\(names(AgencyReader.split(parts[1], recoverJoined: true)))\n"
            default:
                let c = ResponsibilityClause.read(parts[1])
                out += "\(parts[1])\t\(c.map { names($0.lead) } ?? "-")\t\(c.map { names($0.support) } ?? "")\t\(c.map { names($0.requested) } ?? "")\n"
            }
        }
        try out.write(toFile: path + ".out", atomically: true, encoding: .utf8)
    }

    func testDocumentAbbreviationsNameBodies() {
        let text = "I. NHIỆM VỤ\n1. Thành lập Ban chỉ đạo an toàn giao thông (BCĐATGT) của huyện.\n2. Rà soát các điểm đen (BCĐATGT chủ trì, phối hợp với Công an huyện).\n"
        let output = parse(text: text)
        XCTAssertEqual(output.document.abbreviations.map(\.short), ["BCĐATGT"])
        XCTAssertEqual(output.tasks[1].lead, [Agency(name: "Ban chỉ đạo an toàn giao thông", text: "BCĐATGT")])
    }

    func testNamesAreUnifiedAcrossSpellings() {
        let text = "I. NHIỆM VỤ\n1. Việc một (Công an Thành phố).\n2. Việc hai (Công an thành phố).\n3. Việc ba (CATP).\n"
        let output = parse(text: text)
        XCTAssertEqual(Set(output.tasks.flatMap(\.lead).map(\.name)), ["Công an thành phố"])
        XCTAssertEqual(output.agencies.count, 1)
        XCTAssertEqual(output.agencies[0].lead, ["I/1", "I/2", "I/3"])
        XCTAssertEqual(output.agencies[0].aliases, ["Công an Thành phố", "CATP"])
    }
}

/// `AgencyExtent.tokens` reads most texts on their bytes; the tokens are those the characters give.
final class AgencyTokenTests: XCTestCase {
    private func assertSameTokens(_ text: Substring, file: StaticString = #filePath, line: UInt = #line) {
        let fast = AgencyExtent.tokens(text), slow = AgencyExtent.characterTokens(text)
        XCTAssertEqual(fast.map(\.text), slow.map(\.text), String(text), file: file, line: line)
        XCTAssertEqual(fast.map(\.lower), slow.map(\.lower), String(text), file: file, line: line)
        XCTAssertEqual(fast.map(\.isPunctuation), slow.map(\.isPunctuation), String(text), file: file, line: line)
        XCTAssertEqual(fast.map(\.start), slow.map(\.start), String(text), file: file, line: line)
        XCTAssertEqual(fast.map(\.end), slow.map(\.end), String(text), file: file, line: line)
    }

    func testByteTokensAreTheCharacterTokens() {
        let texts = [
            "Sở Tư pháp chủ trì, phối hợp với UBND các xã; Công an TP. (CATP) thực hiện.",
            "Mặt trận Tổ quốc và các tổ chức chính trị-xã hội – “đoàn thể” — các cấp!",
            "Ban Chỉ đạo 35 - Thành ủy: - TT. -a- x-Y x- -y", "TP.HCM. Q.1.. !. ...", "",
            "  \t\u{A0}Sở\u{2003}Y tế\u{2028}(BHXH)\u{85}", "Ho\u{300}a Bi\u{300}nh - cấp xã",   // marks: read by characters
            "Sở Y tế\r\nCông an", "a\u{200D}b c", "Việt Nam 🇻🇳 Sở Nội vụ", "ǅ-ǆ ŉ-ª µ-ß",
        ]
        for text in texts { assertSameTokens(text[...]) }
        // A slice of a longer text keeps its own indices.
        let long = "Thực hiện: Sở Tài chính, Sở Kế hoạch và Đầu tư phối hợp."
        assertSameTokens(long[long.firstIndex(of: ":")!...])
        // Every line of the fixtures.
        var lines = 0
        for url in Paths.goldenInputs() {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") { assertSameTokens(line); lines += 1 }
        }
        XCTAssertGreaterThan(lines, 1_000)
    }
}

final class AssigningVerbTests: XCTestCase {
    /// The verbs are found in any case after the first-byte test, and only where they open the text.
    func testOpeningVerbsInAnyCase() {
        let cases: [(String, AssigningVerb?, String)] = [
            ("giao Sở Tài chính", .giao, "Sở Tài chính"), ("GIAO Công an", .giao, "Công an"),
            ("Yêu cầu các sở", .yeuCau, "các sở"), ("YÊU CẦU UBND", .yeuCau, "UBND"),
            ("Đề nghị Ủy ban MTTQ", .deNghi, "Ủy ban MTTQ"), ("đề nghị các", .deNghi, "các"), ("ĐỀ NGHỊ Sở", .deNghi, "Sở"),
            ("Ðề nghị (eth)", nil, ""), ("giaoSở", nil, ""), (" giao Sở", nil, ""), ("Các sở", nil, ""), ("", nil, ""),
        ]
        for (text, verb, rest) in cases {
            let found = AssigningVerb.opening(text)
            XCTAssertEqual(found?.verb, verb, text)
            if verb != nil { XCTAssertEqual(found.map { String($0.rest) }, rest, text) }
        }
        XCTAssertNil(AssigningVerb.opening("giao Sở", among: [.deNghi]))
    }
}
