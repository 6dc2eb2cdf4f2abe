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
            "trật tự đô thị (TTĐT)", "an toàn giao thông ( ATGT )", "an toàn giao thông (sau đây gọi tắt là ATGT)",
            "an toàn giao thông (duoc goi tat la ATGT)", "an toàn giao thông (viết tắt là ATGT)", "khoa học và công nghệ (gọi tắt là KH&CN)",
            "Ủy ban nhân dân (\u{00A0}UBND)", "Ủy ban nhân dân (\u{200B}UBND)", "Đài truyền hình (ĐTH)", "khoa học (kh)",
            "trật tự đô thị (có danh sách kèm theo)", "trật tự đô thị\n(TTĐT)", "trật tự đô thị (\tTTĐT)",
        ]
        return texts
    }

    /// A text turned away cites and defines nothing; so does it with its digits taken out (what is left cites
    /// by its capitalized type words only, and defines in a parenthesis), with its parentheses taken out too,
    /// and in capitals.
    func testATextTurnedAwayHoldsNoCitationOrDefinition() throws {
        var checked = 0, turnedAway = 0
        for text in try texts() {
            let digitless = String(text.filter { !$0.isASCIIDigit })
            let bare = String(digitless.filter { $0 != "(" })
            for variant in [text, digitless, digitless.lowercased(), bare, bare.uppercased()] {
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
                     "Bộ luật Dân sự", "Ke\u{0301} hoạch", "QUYẾT ĐỊNH CỦA UBND", "trật tự đô thị (TTĐT)",
                     "an toàn giao thông (sau đây gọi tắt là ATGT)", "(  ĐTH)"] {
            XCTAssertTrue(CitationFilter.mayIndex(text), text)
        }
        for text in ["Các sở, ngành triển khai thực hiện", "kế hoạch của UBND tỉnh", "Kết quả thực hiện", "Để triển khai",
                     "Công tác tuyên truyền", "Bộ Công an", "Văn hóa", "pháp luật về giao thông", "",
                     "các sở, ngành (có danh sách kèm theo)", "(ký)", "thực hiện (", "(*)"] {
            XCTAssertFalse(CitationFilter.mayIndex(text), text)
        }
    }

    /// Every definition of the abbreviations' corpus has a "(" that may open it; a parenthesis opened by a
    /// lower-case word, a digit or a sign does not.
    func testAParenthesisThatMayOpenADefinition() {
        for phrase in ReferenceCorpus.cases("abbreviations.tsv").map(\.text)
        where !AbbreviationReader.find(in: ScanText(phrase)).isEmpty {
            XCTAssertTrue(AbbreviationReader.mayDefine(phrase), phrase)
        }
        for text in ["(TTĐT)", "( ATGT)", "(sau đây gọi là X)", "(Sau đây)", "(được gọi)", "(viết)", "(gọi)", "(Ủy ban)", "(\u{0301}X)"] {
            XCTAssertTrue(AbbreviationReader.mayDefine(text), text)
        }
        for text in ["(có danh sách kèm theo)", "(1)", "(ký)", "(*)", "( )", "(", "không có ngoặc", "(\u{1}X)", "(" + "-ATGT)"] {
            XCTAssertFalse(AbbreviationReader.mayDefine(text), text)
            XCTAssertTrue(AbbreviationReader.find(in: ScanText(text)).isEmpty, text)
        }
    }
}
