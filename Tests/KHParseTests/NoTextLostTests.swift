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

    func testNoWordOfAnyFixtureIsLost() throws {
        for input in Paths.goldenInputs() {
            let output = try parse(input)
            let decoded = try TextDecoder.decode(bytes(of: input))
            let normalized = TextNormalizer.normalize(decoded.text).text
            var available: [String: Int] = [:]
            for text in strings(in: output.json, skippingKeys: ["tasks", "agencies", "diagnostics", "source"]) {
                for word in words(text) { available[word, default: 0] += 1 }
            }
            // Dates in ISO form still hold their numbers.
            if let issued = output.document.issued { for n in [issued.year, issued.month, issued.day] { available[String(n), default: 0] += 1 } }
            var needed: [String: Int] = [:]
            for word in words(normalized) where !Self.frameWords.contains(word) { needed[word, default: 0] += 1 }
            var lost: [String] = []
            for (word, count) in needed where (available[word] ?? 0) < count {
                lost.append("\(word) ×\(count - (available[word] ?? 0))")
            }
            XCTAssertTrue(lost.isEmpty, "\(input.lastPathComponent) lost words: \(lost.sorted().prefix(40).joined(separator: ", "))")
        }
    }
}
