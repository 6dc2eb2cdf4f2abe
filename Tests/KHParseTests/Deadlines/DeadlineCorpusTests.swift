import Foundation
import XCTest
@testable import KHParse

/// Runs every phrase of every corpus file (the corpus is the specification) and prints one diff per failure.
final class DeadlineCorpusTests: XCTestCase {
    func testEveryCorpusFile() {
        let files = Corpus.files()
        XCTAssertFalse(files.isEmpty, "no corpus at \(Corpus.folder.path)")
        var total = 0, negatives = 0
        var failures: [String] = []
        for file in files {
            for c in Corpus.cases(in: file) {
                total += 1
                if c.expected.isEmpty { negatives += 1 }
                if let diff = c.check() { failures.append(diff) }
            }
        }
        print("deadline corpus: \(total) phrases (\(negatives) negatives) in \(files.count) files, \(failures.count) failing")
        XCTAssertGreaterThanOrEqual(total, 400)
        XCTAssertGreaterThanOrEqual(negatives, 60)
        if !failures.isEmpty {
            XCTFail("\(failures.count) corpus phrases differ:\n" + failures.joined(separator: "\n"))
        }
    }

    /// `DEADLINE_PROBE=file.tsv swift test --filter testProbe` prints how each phrase reads (a tool, not a test).
    func testProbe() throws {
        guard let path = ProcessInfo.processInfo.environment["DEADLINE_PROBE"] else { throw XCTSkip("no probe") }
        for c in Corpus.cases(in: URL(fileURLWithPath: path)) {
            print("\(c.position)\t\(c.contextText)\t\(c.phrase)\t\(c.actual.map { DeadlineRendering.render($0, text: true) }.joined(separator: " ; "))")
        }
    }
}
