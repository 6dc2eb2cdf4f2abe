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
            // Numbers: "số" before them or a symbol's letters after them; dates, years and shares are no citations.
            "Nghị định 12/СР", "Kế hoạch số:12", "Kế hoạch Số 12", "KẾ HOẠCH SỐ 12", "Kế hoạch số\u{00A0}12",
            "Kế hoạch 122 /KH-UBND", "Kế hoạch 122/\u{00A0}KH-UBND", "Chỉ thị 08-CT/TU", "Thông tư liên tịch 12/2020/TTLT-BTC",
            "Luật số 23/2008/QH12", "Quyết định 1\u{00AD}2/QĐ-UBND", "Quyết định 12&Đ", "Nghị quyết 12.NQ",
            "Nghị quyết ngày 12/3/2024 của Tỉnh ủy", "Quyết định, ngày 1/2/2024 của UBND", "Quyết định ban hành ngày 1/2/2024 của UBND",
            "Chỉ thị ký ngày 1/2/2024 của Thủ tướng", "Chỉ thị giữa hai Bộ", "kế hoạch phối hợp số 11/KH", "Chương trình phối hợp số 11",
            "đạt 100% kế hoạch năm 2024", "ngày 30/12/2022 của UBND", "Kế hoạch này", "Kế hoạch 2 năm", "Sở Y tế (2 bản)",
            "Ke\u{0302}\u{0301} hoạch 12/KH", "so\u{0302}\u{0301} 12", "Nghị quyết (Có phụ lục kèm theo)",
            "Ủy ban nhân dân (Sau đây gọi tắt là UBND)", "trật tự (Được gọi tắt là TT)", "trật tự (ĐƯỢC GỌI TẮT LÀ TT)",
        ]
        return texts
    }

    /// A text turned away cites and defines nothing; so does it with its digits taken out (what is left cites
    /// by its capitalized type words only, and defines in a parenthesis), with its parentheses taken out too,
    /// in capitals, and with spaces around its slashes ("122 / KH-UBND").
    func testATextTurnedAwayHoldsNoCitationOrDefinition() throws {
        var checked = 0, turnedAway = 0
        for text in try texts() {
            let digitless = String(text.filter { !$0.isASCIIDigit })
            let bare = String(digitless.filter { $0 != "(" })
            let spacedSigns = text.replacingOccurrences(of: "/", with: " / ")
            for variant in [text, digitless, digitless.lowercased(), bare, bare.uppercased(), text.uppercased(), spacedSigns] {
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

    /// Texts put together from the pieces the readers and the filter look at (type words in any case, "số" and
    /// "sở", numbers, signs, symbols' letters, issuers, dates, parentheses, Unicode spaces and marks), seeded: a
    /// text turned away cites and defines nothing.
    func testGeneratedTextsTurnedAwayHoldNoCitationOrDefinition() {
        let pieces = [
            "Kế hoạch", "kế hoạch", "KẾ HOẠCH", "Nghị quyết", "nghị quyết liên tịch", "Quyết định", "Chỉ thị", "Thông tư",
            "Thông tư liên tịch", "Luật", "luật", "Bộ luật", "Pháp lệnh", "pháp lệnh", "Hiến pháp", "Đề án", "Ðề án", "Chương trình",
            "phối hợp", "Kết luận", "số", "Số", "SỐ", "sở", "Sở", "so", "số:", ":", "12", "08", "2024", "100", "4", "/", "-", ".",
            "&", ",", ";", "(", ")", "KH", "UBND", "CT", "TTg", "NĐ", "CP", "QH12", "TW", "СР", "của", "CỦA", "giữa", "ngày",
            "ban hành", "ký", "tháng", "năm", "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân", "Giao thông đường bộ", "này", "về",
            "sau đây gọi tắt là", "được gọi là", "viết tắt", "an toàn giao thông", "ATGT", "Có", "Chi tiết", "%",
            "\u{00A0}", "\u{0301}", "\u{00AD}", "\u{200B}", "–", "\t", "\n",
        ]
        var random = SeededRandom(seed: 12)
        var turnedAway = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(2 + random.next(9)) {
                if !text.isEmpty && random.next(4) != 0 { text += " " }
                text += pieces[random.next(pieces.count)]
            }
            guard !CitationFilter.mayIndex(text) else { continue }
            turnedAway += 1
            XCTAssertTrue(ReferenceReader.find(in: ScanText(text)).isEmpty, "turned away, but cites: \(text.debugDescription)")
            XCTAssertTrue(AbbreviationReader.find(in: ScanText(text)).isEmpty, "turned away, but defines: \(text.debugDescription)")
        }
        XCTAssertGreaterThan(turnedAway, 2_000)
    }

    func testWhatItLetsThrough() {
        for text in ["Kế hoạch số 12", "Thực hiện Nghị quyết của Tỉnh ủy", "Đề án của Sở", "Luật Đất đai", "Ủy ban (UBND)",
                     "Bộ luật Dân sự", "Ke\u{0301} hoạch", "QUYẾT ĐỊNH CỦA UBND", "trật tự đô thị (TTĐT)",
                     "an toàn giao thông (sau đây gọi tắt là ATGT)", "(  ĐTH)", "35/CT-TTg", "theo 122 / KH-UBND",
                     "12/2019/NĐ-CP", "số: 12", "Số 12", "Nghị quyết ngày 12/3 của Tỉnh ủy", "Nghị quyết, ngày", "12/СР"] {
            XCTAssertTrue(CitationFilter.mayIndex(text), text)
        }
        for text in ["Các sở, ngành triển khai thực hiện", "kế hoạch của UBND tỉnh", "Kết quả thực hiện", "Để triển khai",
                     "Công tác tuyên truyền", "Bộ Công an", "Văn hóa", "pháp luật về giao thông", "",
                     "các sở, ngành (có danh sách kèm theo)", "(ký)", "thực hiện (", "(*)",
                     // Numbers with no "số" before them and no symbol's letters after them.
                     "năm 2024", "ngày 30/12/2022 của UBND", "đạt 100% kế hoạch", "Sở Y tế (2 bản)", "12/2022 Ban",
                     "12-ngày", "số lượng 12",
                     // Type words that no number, issuer or name follows.
                     "Kế hoạch này", "Kế hoạch triển khai", "Nghị quyết Đại hội", "Thông tư liên tịch của Bộ",
                     "Quyết định thành lập", "(Chi tiết tại Phụ lục)", "(Có phụ lục kèm theo)"] {
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
        for text in ["(TTĐT)", "( ATGT)", "(sau đây gọi là X)", "(Sau đây)", "(được gọi)", "(Được gọi)", "(viết)", "(gọi)",
                     "(ỦY BAN)", "(\u{0301}X)", "(UB\u{0301}ND)", "(QH12)", "(KH&CN)", "(\u{00A0}UBND)"] {
            XCTAssertTrue(AbbreviationReader.mayDefine(text), text)
        }
        for text in ["(có danh sách kèm theo)", "(1)", "(ký)", "(*)", "( )", "(", "không có ngoặc", "(\u{1}X)", "(" + "-ATGT)",
                     "(Ủy ban)", "(Chi tiết tại Phụ lục)", "(Có phụ lục)", "(UBNd)"] {
            XCTAssertFalse(AbbreviationReader.mayDefine(text), text)
            XCTAssertTrue(AbbreviationReader.find(in: ScanText(text)).isEmpty, text)
        }
    }
}
