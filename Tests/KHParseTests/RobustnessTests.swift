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

    func testTenMegabytesOnOneLine() {
        let line = String(repeating: "Tổ chức tuyên truyền, phổ biến pháp luật về giao thông; ", count: 10_000_000 / 60)
        let output = parse(text: line)
        XCTAssertEqual(output.sections.first?.paragraphs.first?.text.count, line.trimmingCharacters().count)
    }

    func testRandomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for size in [1, 7, 100, 4096, 65536] {
            for _ in 0..<5 {
                let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
                _ = try? KHParser.parse(bytes: bytes, name: "random")
            }
        }
        // Random bytes without NULs and controls get through as (repaired) text.
        let printable = (0..<50_000).map { _ in UInt8.random(in: 0x20...0xFF, using: &generator) }
        XCTAssertNoThrow(try KHParser.parse(bytes: printable, name: "random"))
    }

    func testPathologicalStructure() {
        // Deep bullets, many markers, unbalanced parentheses, tabs everywhere.
        var text = ""
        for i in 0..<2000 { text += "\(i % 200 + 1). " + String(repeating: "(", count: i % 7) + "Mục \(i))\n- + • a) \n\t\t\n" }
        let output = parse(text: text)
        XCTAssertFalse(output.sections.isEmpty)
    }
}
