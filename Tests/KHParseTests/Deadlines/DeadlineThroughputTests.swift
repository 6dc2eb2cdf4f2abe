import Foundation
import XCTest
@testable import KHParse

/// `DEADLINE_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter testThroughput` prints phrases per second
/// of `read` over the whole corpus (a measurement, skipped in ordinary runs).
final class DeadlineThroughputTests: XCTestCase {
    func testThroughput() throws {
        guard ProcessInfo.processInfo.environment["DEADLINE_BENCH"] != nil else { throw XCTSkip("set DEADLINE_BENCH") }
        let cases = Corpus.files().flatMap { Corpus.cases(in: $0) }
        let ctx = DeadlineContext(issued: CivilDate(iso: "2026-04-10"))
        _ = LetterTable.shared   // built once, outside the timing
        var n = 0, objects = 0
        let start = Date()
        while Date().timeIntervalSince(start) < 2 {
            for c in cases {
                objects += DeadlineGrammar.read(c.phrase, position: .cell, context: ctx).count
                n += 1
            }
        }
        let rate = Double(n) / Date().timeIntervalSince(start)
        var sentences = 0
        let start2 = Date()
        while Date().timeIntervalSince(start2) < 1 {
            for c in cases { _ = DeadlineGrammar.find(inSentence: c.phrase, context: ctx); sentences += 1 }
        }
        let rate2 = Double(sentences) / Date().timeIntervalSince(start2)
        print("deadline read: \(Int(rate)) phrases/s (\(objects) objects); find: \(Int(rate2)) sentences/s")
    }
}
