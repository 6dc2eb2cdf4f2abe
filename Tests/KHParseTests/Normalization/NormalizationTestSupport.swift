import XCTest
import Foundation
@testable import KHParse

/// "56 69 D6 74" → [0x56, 0x69, 0xD6, 0x74].
func hex(_ text: String) -> [UInt8] {
    text.split(separator: " ").map { UInt8($0, radix: 16)! }
}

func hexString(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
}

/// `<package root>/Fixtures/seeds`, found from this file's path.
func seedsDirectory(file: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: file)
    for _ in 0..<4 { url.deleteLastPathComponent() }   // Normalization, KHParseTests, Tests, package root
    return url.appendingPathComponent("Fixtures/seeds")
}

/// The two seed plans, (name, text).
func seedTexts() throws -> [(String, String)] {
    let dir = seedsDirectory()
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".dump.txt") }.sorted()
    return try names.map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
}

/// Characters `encoding` cannot hold, replaced by a space (`✦` in TCVN3).
func replacingUnencodable(_ text: String, for encoding: TextEncoding) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
        if s.value < 0x80 || LegacyCodec.encode(String(s), as: encoding) != nil { out.append(s) } else { out.append(" ") }
    }
    return String(out)
}

func lineCount(_ text: String) -> Int {
    var n = 1
    for b in text.utf8 where b == 0x0A { n += 1 }
    return n
}

/// XCTAssertEqual for text, scalar by scalar: Swift's `==` calls NFC and NFD text equal, and
/// composition is exactly what these tests check.
func assertSameText(_ actual: String, _ expected: String, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    if !actual.unicodeScalars.elementsEqual(expected.unicodeScalars) {
        let show = { (s: String) in s.unicodeScalars.map { $0.value < 0x80 ? String($0) : String(format: "<%04X>", $0.value) }.joined() }
        XCTFail("\(message)\n  got:      \(show(actual))\n  expected: \(show(expected))", file: file, line: line)
    }
}
