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

    func testNamesAreUnifiedAcrossSpellings() {
        let text = "I. NHIỆM VỤ\n1. Việc một (Công an Thành phố).\n2. Việc hai (Công an thành phố).\n3. Việc ba (CATP).\n"
        let output = parse(text: text)
        XCTAssertEqual(Set(output.tasks.flatMap(\.lead).map(\.name)), ["Công an thành phố"])
        XCTAssertEqual(output.agencies.count, 1)
        XCTAssertEqual(output.agencies[0].lead, ["I/1", "I/2", "I/3"])
        XCTAssertEqual(output.agencies[0].aliases, ["Công an Thành phố", "CATP"])
    }
}
