import Foundation
import XCTest
@testable import KHParse

/// `CitationFilter` lets `DocumentIndex` skip the scan of a text that cannot cite or define: that is only
/// right if the readers find nothing in every text it turns away.
final class CitationFilterTests: XCTestCase {
    /// The corpus phrases of both readers, every line of the seeds and golden inputs, and crafted texts.
    private func texts() throws -> [String] {
        var texts = ["references.tsv", "abbreviations.tsv"].flatMap { ReferenceCorpus.cases($0).map(\.text) }
        for url in Paths.goldenInputs() {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { continue }
            texts += text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
        texts += [
            "Thực hiện Nghị quyết của Ban Thường vụ Tỉnh ủy", "theo Luật Giao thông đường bộ", "Đề án của Sở Y tế",
            "Hiến pháp nước Cộng hòa", "căn cứ Pháp lệnh Dân số", "“Chỉ thị của Thủ tướng”", "(Kế hoạch của UBND)",
            "Kế\u{00A0}hoạch của Ủy ban", "Ke\u{0302}\u{0301} hoạch của UBND", "Kế\u{200B}hoạch của UBND", "KẾ HOẠCH CỦA UBND",
            "Bộ luật Lao động", "Quyết\tđịnh của Chủ tịch", "Kết luận của Bộ Chính trị", "Văn bản của Bộ Công an",
        ]
        return texts
    }

    /// A text turned away cites and defines nothing; so does it with its digits and parentheses taken out
    /// (what is left cites by its capitalized type words only), and in capitals.
    func testATextTurnedAwayHoldsNoCitationOrDefinition() throws {
        var checked = 0, turnedAway = 0
        for text in try texts() {
            let bare = String(text.filter { !$0.isASCIIDigit && $0 != "(" })
            for variant in [text, bare, bare.uppercased()] {
                checked += 1
                let found = !ReferenceReader.find(in: ScanText(variant)).isEmpty || !AbbreviationReader.find(in: ScanText(variant)).isEmpty
                if CitationFilter.mayIndex(variant) { continue }
                turnedAway += 1
                XCTAssertFalse(found, "turned away, but cites or defines: \(variant)")
            }
        }
        // The filter saves the scan of many texts, else it is no use.
        XCTAssertGreaterThan(checked, 3_000)
        XCTAssertGreaterThan(Double(turnedAway) / Double(checked), 0.2)
    }

    func testWhatItLetsThrough() {
        for text in ["Kế hoạch số 12", "Thực hiện Nghị quyết của Tỉnh ủy", "Đề án của Sở", "Luật Đất đai", "Ủy ban (UBND)",
                     "Bộ luật Dân sự", "Ke\u{0301} hoạch", "QUYẾT ĐỊNH CỦA UBND"] {
            XCTAssertTrue(CitationFilter.mayIndex(text), text)
        }
        for text in ["Các sở, ngành triển khai thực hiện", "kế hoạch của UBND tỉnh", "Kết quả thực hiện", "Để triển khai",
                     "Công tác tuyên truyền", "Bộ Công an", "Văn hóa", "pháp luật về giao thông", ""] {
            XCTAssertFalse(CitationFilter.mayIndex(text), text)
        }
    }
}
