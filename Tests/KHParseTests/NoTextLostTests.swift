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
            let output = try parse(input)
            let decoded = try TextDecoder.decode(bytes(of: input))
            // Markup is structure, not text: HTML tags and entities of a pasted <table>.
            // Emphasis marks inside a word ("**i**n**f**o", "số**347**/TTr") would split it in two.
            let normalized = Self.withoutMarkup(TextNormalizer.normalize(decoded.text).text).replacingOccurrences(of: "*", with: "")
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
