import Foundation
import XCTest
@testable import KHParse

/// Bad input is normal input: nothing crashes, hangs or loses text.
final class RobustnessTests: XCTestCase {
    func testEmptyInputGivesNullDocumentAndADiagnostic() {
        let output = parse(text: "")
        XCTAssertNil(output.document.number)
        XCTAssertTrue(output.sections.isEmpty)
        XCTAssertEqual(output.diagnostics.map(\.code), [.emptyInput])
    }

    func testOneLine() {
        let output = parse(text: "Một dòng duy nhất")
        XCTAssertEqual(output.sections.first?.paragraphs.first?.text, "Một dòng duy nhất")
    }

    func testPathologicalStructure() throws {
        // Deep bullets, many markers, unbalanced parentheses, tabs everywhere.
        var text = ""
        for i in 0..<2000 { text += "\(i % 200 + 1). " + String(repeating: "(", count: i % 7) + "Mục \(i))\n- + • a) \n\t\t\n" }
        let output = parse(text: text)
        XCTAssertEqual(lostWords(input: Array(text.utf8), output: output), [])
        // Numbers 1…200 run ten times over: each run after the first restarts the numbering.
        XCTAssertGreaterThanOrEqual(output.sections.count, 10)
        if let errors = try schemaErrors([JSONWriter(pretty: false).string(output.json)]) { XCTFail(errors) }
    }
}
