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

    /// The text without what a parser takes for HTML: tags ("<td …>", "</tr>", "<!-- -->") and entities
    /// ("&nbsp;", "&#7871;"), each left as a space. Only well-formed ones: a "&" or "<" in plain text (random
    /// bytes are full of them) is text, and cutting after it would split a word that the output keeps whole.
    static func withoutMarkup(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "<", i + 1 < chars.count, chars[i + 1] == "/" || chars[i + 1] == "!" || (chars[i + 1].isASCII && chars[i + 1].isLetter),
               let close = chars[(i + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }), chars[close] == ">" {
                out.append(" ")
                i = close + 1
                continue
            }
            if ch == "&", let semi = chars[(i + 1)..<min(chars.count, i + 10)].firstIndex(of: ";"), semi > i + 1,
               chars[(i + 1)..<semi].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) || $0 == "#" }) {
                out.append(" ")
                i = semi + 1
                continue
            }
            out.append(ch)
            i += 1
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
