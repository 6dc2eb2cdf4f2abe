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

    /// Tables are tokens that the header's and the signature's readers pass over (they read units of text
    /// lines): a table right under the tên loại, or inside the signature block, was in neither those blocks
    /// nor the body, and its cells were lost. (A letter's "Kính gửi" cells under the header are the
    /// `layouts/addressee-cells` fixture.)
    func testATableBesideTheHeaderOrInsideTheSignatureIsKept() {
        let header = """
            ỦY BAN NHÂN DÂN
            TỈNH AN GIANG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 15/KH-UBND
            An Giang, ngày 09 tháng 3 năm 2026

            KẾ HOẠCH

            """
        let body = """

            I. NHIỆM VỤ
            1. Sở Xây dựng chủ trì kiểm tra các công trình, hoàn thành trước ngày 30/6/2026.

            """
        let table = """
            | Đơn vị nhận | Số bản |
            |---|---|
            | Trung tâm Kiểm định | 02 |

            """
        let signature = """
            Nơi nhận:
            - Như trên;
            - Lưu: VT.

            """ + table + """
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Nguyễn Văn An
            """
        // Under the tên loại, where the trích yếu would stand: the body's first block.
        let underType = header + table + body
        var plan = parse(text: underType)
        XCTAssertEqual(plan.tables.count, 1)
        XCTAssertEqual(plan.tables.first?.rows.first?.cells, ["Trung tâm Kiểm định", "02"])
        XCTAssertEqual(lostWords(input: Array(underType.utf8), output: plan), [])
        // Inside the signature block: kept with the block's other fixed text.
        let inSignature = header + "Kiểm tra công trình năm 2026\n" + body + signature
        plan = parse(text: inSignature)
        XCTAssertEqual(plan.document.signer?.name, "Nguyễn Văn An")
        XCTAssertTrue(plan.dropped.contains { $0.text == "Trung tâm Kiểm định | 02" && $0.reason == .boilerplate }, "\(plan.dropped)")
        XCTAssertEqual(lostWords(input: Array(inSignature.utf8), output: plan), [])
    }

    /// The same on real layouts: a small pipe table put after the first line of a fixture that closes or opens
    /// a block (the place and date, the tên loại, "V/v", "Số:", "Nơi nhận", the signer's post) keeps its cells.
    /// (The build before the fix lost 60 of 264 such tables put at random near those lines.)
    func testATableAfterAHeaderOrSignatureLineOfAnyFixtureIsKept() throws {
        let opens = ["ngày", "KẾ HOẠCH", "QUYẾT ĐỊNH", "V/v", "Số:", "Nơi nhận", "CHỦ TỊCH", "GIÁM ĐỐC"]
        var placed = 0
        for input in Paths.goldenInputs() where ["md", "txt"].contains(input.pathExtension) {
            guard let text = String(data: try Data(contentsOf: input), encoding: .utf8) else { continue }
            let lines = text.components(separatedBy: "\n")
            var seen: Set<String> = []   // the first line of each kind: the header's, the signature's
            for (at, line) in lines.enumerated() {
                guard let open = opens.first(where: { line.contains($0) }), seen.insert(open).inserted else { continue }
                placed += 1
                let marks = (1...4).map { "Zqmark\(placed)x\($0)" }
                let table = ["| \(marks[0]) | \(marks[1]) |", "|---|---|", "| \(marks[2]) | \(marks[3]) |"]
                let variant = (lines[...at] + table + lines[(at + 1)...]).joined(separator: "\n")
                let lost = lostWords(input: Array(variant.utf8), output: parse(text: variant))
                XCTAssertEqual(lost, [], "\(input.lastPathComponent), a table after line \(at + 1): \(line.prefix(60))")
            }
        }
        XCTAssertGreaterThan(placed, 100)
    }

    func testNoWordOfAnyFixtureIsLost() throws {
        for input in Paths.goldenInputs() {
            let lost = lostWords(input: try bytes(of: input), output: try parse(input))
            XCTAssertTrue(lost.isEmpty, "\(input.lastPathComponent) lost words: \(lost.prefix(40).joined(separator: ", "))")
        }
    }
}
