import Foundation
import XCTest
@testable import KHParse

/// One test per corpus table: the table is the specification of its grammar; every difference prints as a diff.
final class ReferenceCorpusTests: XCTestCase {
    func testReferenceTable() {
        let (total, negatives, diffs) = ReferenceCorpus.run("references.tsv", render: {
            ReferenceReader.find(in: $0).map(ReferenceCorpus.render)
        }, matches: ReferenceCorpus.sameReference)
        print("reference corpus: \(total) phrases (\(negatives) negatives), \(diffs.count) failing")
        XCTAssertGreaterThanOrEqual(total, 60)
        XCTAssertGreaterThanOrEqual(negatives, 15)
        if !diffs.isEmpty { XCTFail("\(diffs.count) reference phrases differ:\n" + diffs.joined(separator: "\n")) }
    }

    /// `REFS_PROBE=path.tsv swift test --filter testReferenceProbe` writes what each reader finds per line to
    /// path.probe (a tool, not a test).
    func testReferenceProbe() throws {
        guard let path = ProcessInfo.processInfo.environment["REFS_PROBE"] else { throw XCTSkip("no probe") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out = ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let phrase = String(line.split(separator: "\t", omittingEmptySubsequences: false)[0])
            let refs = ReferenceReader.find(in: phrase).map(ReferenceCorpus.render)
            let abbrs = AbbreviationReader.find(in: phrase).map(ReferenceCorpus.render)
            let targets = TargetReader.find(in: phrase).map(ReferenceCorpus.render)
            out += "\(phrase)\tR: \(refs.joined(separator: " ; "))\tA: \(abbrs.joined(separator: " ; "))\tT: \(targets.joined(separator: " ; "))\n"
        }
        try out.write(toFile: path + ".probe", atomically: true, encoding: .utf8)
    }
}

final class AbbreviationCorpusTests: XCTestCase {
    func testAbbreviationTable() {
        let (total, negatives, diffs) = ReferenceCorpus.run("abbreviations.tsv", render: {
            AbbreviationReader.find(in: $0).map(ReferenceCorpus.render)
        })
        print("abbreviation corpus: \(total) phrases (\(negatives) negatives), \(diffs.count) failing")
        XCTAssertGreaterThanOrEqual(total, 30)
        XCTAssertGreaterThanOrEqual(negatives, 15)
        if !diffs.isEmpty { XCTFail("\(diffs.count) abbreviation phrases differ:\n" + diffs.joined(separator: "\n")) }
    }
}

final class TargetCorpusTests: XCTestCase {
    func testTargetTable() {
        let (total, negatives, diffs) = ReferenceCorpus.run("targets.tsv", render: {
            TargetReader.find(in: $0).map(ReferenceCorpus.render)
        })
        print("target corpus: \(total) phrases (\(negatives) negatives), \(diffs.count) failing")
        XCTAssertGreaterThanOrEqual(total, 40)
        XCTAssertGreaterThanOrEqual(negatives, 15)
        if !diffs.isEmpty { XCTFail("\(diffs.count) target phrases differ:\n" + diffs.joined(separator: "\n")) }
    }
}
