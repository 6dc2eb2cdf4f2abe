/// Ongoing work: "thường xuyên", "Thực hiện thường xuyên", "liên tục", "duy trì (thực hiện) thường xuyên",
/// "tiếp tục hoàn thiện". "liên tục trong năm 2026 …" is not ongoing: the adverb belongs to the unit after it.
extension DeadlineParser {
    mutating func ongoing(at i: Int) -> Int? {
        var j = i
        // The verb that goes with it, kept in `text`.
        if let n = seq(j, .thuc, .hien) ?? seq(j, .trien, .khai) { j = n }
        else if let n = seq(j, .duy, .tri) { j = seq(n, .thuc, .hien) ?? n }
        else if let n = seq(j, .tiep, .tuc) {
            if let m = seq(n, .hoan, .thien) { return addOngoing(i, m) }
            j = seq(n, .thuc, .hien) ?? seq(n, .duy, .tri) ?? n
        }
        guard var n = seq(j, .thuong, .xuyen) ?? seq(j, .lien, .tuc) else { return nil }
        // "giáo dục thường xuyên" is a name.
        if w(j) == .thuong, w(j - 2) == .giao, w(j - 1) == .duc { return n }
        // "liên tục, thường xuyên", "thường xuyên và liên tục": adjacent ongoing words are one statement.
        while sym(n, ",") || isWord(n, .va) || sym(n, "-"),
              let m = seq(n + 1, .thuong, .xuyen) ?? seq(n + 1, .lien, .tuc) {
            n = m
        }
        if unitFollows(n) { return n }
        return addOngoing(i, n)
    }

    private mutating func addOngoing(_ i: Int, _ n: Int) -> Int {
        // Inside a sentence only where it opens the sentence ("Thường xuyên rà soát …"), is the clause that closes it
        // ("…; thực hiện thường xuyên."), or closes it after another time ("… khi có yêu cầu và thường xuyên.",
        // "… trong tháng 4/2026 và thực hiện thường xuyên.").
        if inSentence && i != begin && !closingClause(from: i, to: n) && !(closesAfterTime(i, n)) { return n }
        add(Deadline(text: slice(i, n - 1), kind: .ongoing))
        return n
    }

    /// "… và thường xuyên." at the end of the sentence, after a time this sentence stated.
    private func closesAfterTime(_ i: Int, _ n: Int) -> Bool {
        guard !out.isEmpty, isWord(i - 1, .va) else { return false }
        return n >= t.count || sym(n, ".") && !isDottedNumber(n) && n + 1 >= t.count
    }

    /// "liên tục trong năm 2026", "thường xuyên từ tháng 3/2023".
    func unitFollows(_ n: Int) -> Bool {
        guard w(n) == .trong || w(n) == .tu || w(n) == .vao else { return false }
        let k = w(n + 1) == .suot ? n + 2 : n + 1
        return expr(at: k, bareYear: true, bareDayMonth: false) != nil || isWord(k, .giai)
    }
}
