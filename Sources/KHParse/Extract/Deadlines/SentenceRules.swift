/// What a task's sentence may hold as deadlines (deadlines.md, "Inside a task's sentence"): units with an explicit
/// marker or year; never a plan's horizon inside its name ("Quy hoạch … đến năm 2030", "Chương trình … giai đoạn
/// 2021-2025", "tầm nhìn đến năm 2045"), nor a recurrence word that says how money is allocated.
extension DeadlineParser {
    /// "tầm nhìn (đến) năm 2045" is always part of a name: skipped.
    mutating func nameHorizon(at i: Int) -> Int? {
        guard let n = seq(i, .tam, .nhin) else { return nil }
        var j = n
        if isWord(j, .den) || isWord(j, .toi) { j += 1 }
        if isWord(j, .het) { j += 1 }
        if isWord(j, .nam), year(j + 1) != nil { return j + 2 }
        if year(j) != nil { return j + 1 }
        return nil
    }

    /// A clause after ";" that holds a time and nothing else, or a deadline label and a time, and ends the sentence:
    /// "…; năm 2025-2026.", "…; thời gian thực hiện năm 2025-2026", "…; thực hiện thường xuyên." It states the
    /// task's time as a label line does ("…; duy trì thường xuyên": deadlines.md, several statements).
    func closingClause(from i: Int, to end: Int) -> Bool {
        guard end >= t.count || (sym(end, ".") && !isDottedNumber(end) && end + 1 >= t.count) else { return false }
        var k = i - 1
        if sym(k, ":") { k -= 1 }
        // "thời gian thực hiện", "thời gian hoàn thành", "thời hạn", "tiến độ".
        if isWord(k, .hien), isWord(k - 1, .thuc) || isWord(k - 1, .khai) { k -= 2 }
        else if isWord(k, .thanh), isWord(k - 1, .hoan) { k -= 2 }
        if isWord(k, .gian), isWord(k - 1, .thoi) { k -= 2 }
        else if isWord(k, .han), isWord(k - 1, .thoi) { k -= 2 }
        else if isWord(k, .`do`), isWord(k - 1, .tien) { k -= 2 }
        if sym(k, ":") { k -= 1 }
        return sym(k, ";")
    }

    func sentenceAccepts(_ e: TimeExpr, bound b: Bound, at i: Int) -> Bool {
        if closingClause(from: i, to: e.next) { return true }
        // A bare date or year in a sentence names a document or a fact, not a deadline.
        if b == .none && (e.first.grain == .day || e.first.grain == .year) { return false }
        // A year-less unit needs a bound ("trong quý II"); "Quý II (30%)" alone is a column heading.
        if b == .none && e.first.year == nil && e.last.year == nil { return false }
        // So does one whose year is "năm nay / sau / ngoái" ("kết quả tháng 3 năm nay tăng 5%" states a fact).
        if b == .none, isWord(e.next - 2, .nam), isWord(e.next - 1, .ngoai) || step(at: e.next - 1) != nil { return false }
        // A horizon right before ", tầm nhìn" or after a document's type is part of the name. A name's horizon is
        // stated in years and never with "chậm nhất" or "hạn": "xây dựng kế hoạch kiểm tra, hoàn thành đến hết tháng
        // 6/2026", "rà soát văn bản … chậm nhất ngày 31/01/2026" are deadlines.
        let horizon = (b == .by || b == .stage || (b == .none && e.isRange))
            && (e.first.grain == .year || e.last.grain == .year) && seq(i, .cham, .nhat) == nil && !isWord(i, .han)
        if horizon {
            if sym(e.next, ","), isWord(e.next + 1, .tam), isWord(e.next + 2, .nhin) { return false }
            if namesDocumentBefore(i) { return false }
        }
        return true
    }

    /// A horizon ("giai đoạn 2021-2030", "thời kỳ …", "đến năm 2030", a bare range) after a document's name.
    func namesHorizon(_ e: TimeExpr, bound b: Bound, at i: Int) -> Bool {
        let horizon = b == .by || b == .stage || (b == .none && e.isRange)
        guard horizon, e.first.grain == .year || e.last.grain == .year else { return false }
        return namesDocumentBefore(i)
    }

    /// A document type earlier in the same clause (back to ";", "." or ":"), within 60 tokens.
    func namesDocumentBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k >= begin && i - k <= 60 {
            if sym(k, ";") || sym(k, ":") || (sym(k, ".") && !isDottedNumber(k)) { return false }
            if seq(k, .phan, .dau) != nil { return false }   // "phấn đấu đến năm 2030": a target
            if documentHead(k) != nil, !(isWord(k, .luat)) { return true }
            k -= 1
        }
        return false
    }

    /// "dự toán / ngân sách / kinh phí / vốn … hằng năm": money allocation, no deadline.
    func moneyBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k >= begin && i - k <= 8 {
            if sym(k, ";") || (sym(k, ".") && !isDottedNumber(k)) { return false }
            if seq(k, .du, .toan) != nil || seq(k, .ngan, .sach) != nil || seq(k, .kinh, .phi) != nil || isWord(k, .von) {
                return true
            }
            k -= 1
        }
        return false
    }
}
