import Foundation
import XCTest
@testable import KHParse

/// Losing text is the worst bug this tool can have: every word of the input must land in the
/// output — in the header, a title, a paragraph, a field, a table cell, the footer or `dropped`.
/// Tasks and the agency index repeat text and are left out, so they cannot hide a loss.
final class NoTextLostTests: XCTestCase {
    /// Words the contract turns into structure rather than text: "Số:" → number, "ngày … tháng
    /// … năm" → an ISO date, "Nơi nhận:" → recipients.
    static let frameWords: Set<String> = ["số", "ngày", "tháng", "năm", "nơi", "nhận"]

    static func withoutMarkup(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = ""
        var inTag = false
        var entity = ""
        for ch in text {
            if inTag { if ch == ">" { inTag = false; out.append(" ") }; continue }
            if ch == "<" { inTag = true; continue }
            if !entity.isEmpty {
                entity.append(ch)
                if ch == ";" || entity.count > 8 { out.append(" "); entity = "" }
                continue
            }
            if ch == "&" { entity = "&"; continue }
            out.append(ch)
        }
        return out
    }

    func testNoWordOfAnyFixtureIsLost() throws {
        for input in Paths.goldenInputs() {
            let lost = lostWords(input: try bytes(of: input), output: try parse(input))
            XCTAssertTrue(lost.isEmpty, "\(input.lastPathComponent) lost words: \(lost.prefix(40).joined(separator: ", "))")
        }
    }
}
