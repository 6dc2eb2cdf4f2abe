import Foundation
import XCTest
@testable import KHParse

/// Every input under Fixtures/ with a `.json` beside it must parse to exactly that JSON.
/// `KH_RECORD=1 swift test --filter GoldenTests` rewrites the golden files: review the diff by hand.
final class GoldenTests: XCTestCase {
    func testEveryFixtureMatchesItsGoldenJSON() throws {
        let inputs = Paths.goldenInputs()
        XCTAssertGreaterThanOrEqual(inputs.count, 6, "fixtures are missing")
        let record = ProcessInfo.processInfo.environment["KH_RECORD"] == "1"
        for input in inputs {
            let plan = try parse(input)
            // The JSON, and beside it the readable tree dump that a reviewer reads first.
            let base = input.deletingPathExtension()
            for (golden, actual) in [(base.appendingPathExtension("json"), JSONWriter(pretty: true).string(plan.json)),
                                     (base.appendingPathExtension("dump.txt"), TreeDump.render(plan))] {
                if record {
                    try Data(actual.utf8).write(to: golden)
                    continue
                }
                let expected = try String(contentsOf: golden, encoding: .utf8)
                if !expected.utf8.elementsEqual(actual.utf8) {
                    XCTFail("\(golden.lastPathComponent) differs (KH_RECORD=1 rewrites it):\n" + firstDifference(expected, actual))
                }
            }
        }
    }

    func testOutputIsByteForByteDeterministic() throws {
        let input = Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt")
        let first = JSONWriter(pretty: false).string(try parse(input).json)
        let second = JSONWriter(pretty: false).string(try parse(input).json)
        XCTAssertEqual(first, second)
    }
}
