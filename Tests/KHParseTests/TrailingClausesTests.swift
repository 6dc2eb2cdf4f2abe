import XCTest
@testable import KHParse

/// Which trailing parentheses state a time: one that opens like a deadline but names no time is not one
/// (the Hải Phòng seed's "(*Xây dựng lộ trình cụ thể theo từng giai đoạn*)" was a false unparsed-deadline).
final class TrailingClausesTests: XCTestCase {
    func testParenthesesThatStateATime() {
        for phrase in ["thực hiện thường xuyên", "hoàn thành trước ngày 30/6/2026", "trong Quý II/2026", "6 tháng đầu năm 2026",
                       "giai đoạn 2026 - 2030", "hằng năm", "theo kế hoạch", "sau khi có ý kiến của Ủy ban nhân dân thành phố"] {
            XCTAssertTrue(TrailingClauses.isDeadlinePhrase(phrase), phrase)
        }
    }

    func testParenthesesThatNameNoTime() {
        for phrase in ["Xây dựng lộ trình cụ thể theo từng giai đoạn", "sau đây viết tắt là Kế hoạch",
                       "sau đây viết tắt là Nghị định số 267/2025/NĐ-CP", "sau đây gọi là Phần mềm",
                       "trong trường hợp tư vấn viên không phải là tổ chức", "Công an thành phố"] {
            XCTAssertFalse(TrailingClauses.isDeadlinePhrase(phrase), phrase)
        }
    }

    func testTheSeedParenthesisStaysInTheTaskText() {
        let peeled = TrailingClauses.peel("Hướng dẫn UBND cấp xã quản lý các điểm chợ đúng quy định. (Xây dựng lộ trình cụ thể theo từng giai đoạn)")
        XCTAssertEqual(peeled.deadlinePhrases, [])
        XCTAssertTrue(peeled.text.hasSuffix("(Xây dựng lộ trình cụ thể theo từng giai đoạn)"), peeled.text)
    }

    /// The "(" a text's last ")" closes is found on the bytes where each "(" and ")" is a character of its
    /// own, and by characters where a mark or a Prepend scalar may join one: the two agree on random texts.
    func testMatchingOpenOnBytesAsByCharacters() {
        let pieces = ["(", ")", "Sở", " ", "a", "\u{301}", "(\u{301}", "\u{600}(", "ộ", "“x”", "))", "((", "Quý II"]
        var random = SeededRandom(seed: 0x7C1A_0003)
        for _ in 0..<10_000 {
            var text = random.text(of: pieces, fewerThan: 10)
            text += ")"
            let s = text[...]
            XCTAssertEqual(TrailingClauses.matchingOpen(s), TrailingClauses.matchingOpenByCharacters(s), text.debugDescription)
        }
    }

    /// A parenthesis leaves the task's text for its agencies only when every word of it is in a body read or joins
    /// them (roles, "phối hợp với", "đề nghị"): a name the reader cuts short keeps the whole parenthesis in the text.
    func testAParenthesisLeavesTheTextOnlyWhenItsBodiesCoverIt() {
        let peeled = TrailingClauses.peel("Tuyên truyền an toàn giao thông (Công an tỉnh chủ trì, phối hợp với các sở, ngành).")
        XCTAssertEqual(peeled.text, "Tuyên truyền an toàn giao thông.")
        XCTAssertEqual(peeled.responsibility?.lead.map(\.name), ["Công an tỉnh"])
        let clause = ResponsibilityClause(lead: [Agency(name: "Hợp tác xã dịch vụ", text: "Hợp tác xã dịch vụ")])
        XCTAssertFalse(TrailingClauses.coversWords(clause, of: "Hợp tác xã dịch vụ vận tải"))
        XCTAssertTrue(TrailingClauses.coversWords(clause, of: "Hợp tác xã dịch vụ chủ trì, tham mưu"))
        let kept = "Thu gom rác thải tại các điểm tập kết (Hợp tác xã dịch vụ vận tải)."
        XCTAssertEqual(parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. \(kept)\n").tasks.map(\.text), [kept])
    }

    /// "(Sở Y tế chủ trì, thực hiện thường xuyên)": the bodies before the last commas, the time after them; neither
    /// is lost. A parenthesis whose words before the time are no bodies stays in the text.
    func testAClauseThenATimeAfterAComma() {
        let peeled = TrailingClauses.peel("Nâng cao chất lượng dịch vụ tại các Trạm Y tế xã (Sở Y tế chủ trì, thực hiện thường xuyên).")
        XCTAssertEqual(peeled.text, "Nâng cao chất lượng dịch vụ tại các Trạm Y tế xã.")
        XCTAssertEqual(peeled.responsibility?.lead.map(\.name), ["Sở Y tế"])
        XCTAssertEqual(peeled.deadlinePhrases, ["thực hiện thường xuyên"])
        let support = TrailingClauses.peel("Kiểm tra an toàn thực phẩm (Sở Y tế chủ trì, phối hợp với Công an tỉnh, hoàn thành trong Quý II/2026).")
        XCTAssertEqual(support.responsibility?.support.map(\.name), ["Công an tỉnh"])
        XCTAssertEqual(support.deadlinePhrases, ["hoàn thành trong Quý II/2026"])
        let kept = TrailingClauses.peel("Tổ chức hội nghị (quy mô toàn tỉnh, trong Quý II/2026).")
        XCTAssertNil(kept.responsibility)
    }

    /// A parenthesis after a period word ("hằng năm (trước ngày 15/12)") gives that recurrence its day: it stays in
    /// the sentence, read with it, also when it ends the sentence.
    func testAParenthesisAfterAPeriodWordStaysWithIt() {
        for text in ["Báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).",
                     "Tổng hợp, báo cáo hằng quý (trước ngày 20 tháng cuối quý)."] {
            XCTAssertEqual(TrailingClauses.peel(text).text, text)
            XCTAssertEqual(TrailingClauses.peel(text).deadlinePhrases, [])
        }
        // Bodies after a period word still leave the text.
        let bodies = TrailingClauses.peel("Báo cáo kết quả kiểm tra trước ngày 15 hàng tháng (Đội Trật tự đô thị).")
        XCTAssertEqual(bodies.responsibility?.lead.map(\.name), ["Đội Trật tự đô thị"])
        XCTAssertTrue(TrailingClauses.endsOnPeriod("báo cáo định kỳ"))
        XCTAssertTrue(TrailingClauses.endsOnPeriod("và 01 năm"))
        XCTAssertFalse(TrailingClauses.endsOnPeriod("tổ chức hội nghị sơ kết năm"))
        let plan = parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Nội vụ báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).\n")
        XCTAssertEqual(plan.tasks.first?.deadlines.map(\.rrule), ["FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=14", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"])
    }
}
