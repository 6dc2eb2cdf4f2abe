/// Everyday relative days, weeks, months, quarters and years, counted from the issue date: "hôm nay", "ngày mai",
/// "ngày kia" / "ngày mốt", "hôm qua", "hôm kia"; "tuần này / tới / sau / trước / tiếp theo / kế tiếp"; "tháng này …",
/// "quý này …", "năm nay / tới / sau / trước / ngoái", "sang năm"; with the bounds of Bounds.swift ("trước ngày mai",
/// "trong tuần tới", "cuối tuần", "đến hết tháng này", "từ quý sau"). Weeks run Monday to Sunday (grain `week`).
/// "những năm tới", "các tháng sau" and "6 tháng tới" are spans of several units, not these. Without an issue date the
/// dates are null; inside a task's sentence only with a bound ("… trong tuần tới").
extension DeadlineParser {
    /// The step of "này / tới / sau / trước / tiếp theo / kế tiếp / ngoái" after a unit word: 0, 1 or -1.
    func step(at k: Int, thisWord: Vocab = .nay) -> (Int, Int)? {
        switch w(k) {
        case thisWord: return (0, k + 1)
        case .toi: return isExactly(k, "tới") ? (1, k + 1) : nil
        case .sau:
            guard isExactly(k, "sau") else { return nil }   // "tháng sáu" is June
            if isWord(k + 1, .nua) { return (2, k + 2) }
            return (1, k + 1)
        case .truoc: return (-1, k + 1)
        case .tiep: return isWord(k + 1, .theo) ? (1, k + 2) : nil
        case .ke: return isWord(k + 1, .tiep) ? (1, k + 2) : nil
        default: return nil
        }
    }

    func weekStep(at k: Int) -> (Int, Int)? {
        guard isWord(k, .tuan) else { return nil }
        return step(at: k + 1)
    }

    /// A relative unit at `j`: its grain, how many units from the issue date's, and the index after it.
    func everydayUnit(at j: Int) -> (Deadline.Grain, Int, Int)? {
        // "những năm tới", "các tháng sau", "6 tháng tới": several units.
        if j > 0, isWord(j - 1, .cac) || isWord(j - 1, .nhung) || num(j - 1) != nil { return nil }
        switch w(j) {
        case .hom:
            if isWord(j + 1, .nay) { return (.day, 0, j + 2) }
            if isWord(j + 1, .qua) { return (.day, -1, j + 2) }
            if isWord(j + 1, .kia) { return (.day, -2, j + 2) }
        case .ngay:
            if isWord(j + 1, .hom), isWord(j + 2, .nay) { return (.day, 0, j + 3) }
            if isWord(j + 1, .mai) { return (.day, 1, j + 2) }
            if isWord(j + 1, .kia) || (isWord(j + 1, .mot) && isExactly(j + 1, "mốt")) { return (.day, 2, j + 2) }
        case .tuan:
            if let (s, n) = step(at: j + 1) { return (.week, s, n) }
        case .thang:
            if let (s, n) = step(at: j + 1) { return (.month, s, n) }
        case .quy:
            if let (s, n) = step(at: j + 1) { return (.quarter, s, n) }
        case .nam:
            if isWord(j + 1, .ngoai) { return (.year, -1, j + 2) }
            if let (s, n) = step(at: j + 1) { return (.year, s, n) }
        default:
            if isExactly(j, "sang"), isWord(j + 1, .nam), year(j + 2) == nil { return (.year, 1, j + 2) }
        }
        return nil
    }

    /// The span of a relative unit around `issued`.
    static func span(_ grain: Deadline.Grain, _ n: Int, from issued: CivilDate) -> (CivilDate, CivilDate)? {
        switch grain {
        case .day:
            guard let d = issued.adding(days: n) else { return nil }
            return (d, d)
        case .week:
            guard let monday = issued.adding(days: 1 - issued.weekday + 7 * n), let sunday = monday.adding(days: 6) else { return nil }
            return (monday, sunday)
        case .month:
            guard let m = CivilDate.firstOf(month: issued.month, year: issued.year)?.adding(months: n),
                  let last = CivilDate.lastOf(month: m.month, year: m.year) else { return nil }
            return (m, last)
        case .quarter:
            let q = (issued.month - 1) / 3
            guard let m = CivilDate.firstOf(month: 3 * q + 1, year: issued.year)?.adding(months: 3 * n),
                  let end = m.adding(months: 3)?.adding(days: -1) else { return nil }
            return (m, end)
        case .half:
            return nil
        case .year:
            guard let a = CivilDate.firstOf(month: 1, year: issued.year + n),
                  let b = CivilDate.lastOf(month: 12, year: issued.year + n) else { return nil }
            return (a, b)
        }
    }

    /// "ngày kia", "trong tuần tới", "cuối tuần", "đầu tháng sau", "trước ngày mai" …
    mutating func everyday(at i: Int, bound b: Bound, from j: Int) -> Int? {
        var k = j
        // "cuối tuần" (this week's Sunday), "đầu tuần", "cuối năm nay".
        var unit = everydayUnit(at: k)
        if unit == nil, b == .endOf || b == .vague, isWord(k, .tuan), num(k + 1) == nil { unit = (.week, 0, k + 1) }
        guard let (grain, n, next) = unit else { return nil }
        k = next
        // In a sentence "giữa tháng này và tháng sau" is "between": a vague bound reads nothing there.
        if inSentence && (b == .none || b == .vague) { return k }
        let text = slice(i, k - 1)
        guard let issued = context.issued else {
            add(Deadline(text: text, kind: b == .vague ? .unparsed : b == .from ? .start : .due,
                         grain: b == .vague ? nil : grain))
            return k
        }
        guard let (first, last) = DeadlineParser.span(grain, n, from: issued) else {
            add(Deadline(text: text, kind: .unparsed, problem: .outOfRange))
            return k
        }
        if b == .vague, grain == .month, let (a, z) = thirdOfMonth(first, word: i) {
            add(Deadline(text: text, kind: .due, start: a, end: z, grain: .month))
            return k
        }
        addBounded(b, first: first, last: last, grain: grain, text: text)
        return k
    }

    /// "đầu / giữa tháng X" (and "thượng / trung tuần"): days 1–10 and 11–20 of the month beginning at `first`.
    func thirdOfMonth(_ first: CivilDate, word i: Int) -> (CivilDate, CivilDate)? {
        let (a, z): (Int, Int)
        if isWord(i, .dau) || isWord(i, .thuong) { (a, z) = (1, 10) } else if isWord(i, .giua) || isWord(i, .trung) { (a, z) = (11, 20) } else { return nil }
        guard let s = CivilDate(year: first.year, month: first.month, day: a),
              let e = CivilDate(year: first.year, month: first.month, day: z) else { return nil }
        return (s, e)
    }
}
