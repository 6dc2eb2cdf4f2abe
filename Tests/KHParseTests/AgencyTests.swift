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

    /// Runs lists.tsv: a table cell or clause part → the bodies it names (glued names recovered).
    func testListCorpus() throws {
        let rows = try corpusRows(Paths.sources.appendingPathComponent("Extract/Agencies/Corpus/lists.tsv"))
        XCTAssertGreaterThan(rows.count, 30)
        for (line, cells) in rows {
            let names = AgencyReader.split(cells[0], recoverJoined: true).map(\.name)
            XCTAssertEqual(names, cells[1].isEmpty ? [] : cells[1].components(separatedBy: "; "), "lists.tsv:\(line) \"\(cells[0])\"")
        }
    }

    /// `AGENCY_PROBE=file` prints how each first column of a file reads, as corpus lines to review.
    func testProbe() throws {
        guard let path = ProcessInfo.processInfo.environment["AGENCY_PROBE"] else { throw XCTSkip("no probe") }
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[0] == "list" {
                print("PROBE list\t\(parts[1])\t\(AgencyReader.split(parts[1], recoverJoined: true).map(\.name).joined(separator: "; "))")
            } else if let c = ResponsibilityClause.read(parts[1]) {
                print("PROBE clause\t\(parts[1])\t\(c.lead.map(\.name).joined(separator: "; "))\t\(c.support.map(\.name).joined(separator: "; "))\t\(c.requested.map(\.name).joined(separator: "; "))")
            } else {
                print("PROBE clause\t\(parts[1])\t-\t\t")
            }
        }
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
