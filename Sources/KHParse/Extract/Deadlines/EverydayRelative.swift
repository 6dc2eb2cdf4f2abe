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
            return boundsDate(at: k + 1) ? nil : (1, k + 1)
        // "báo cáo năm trước ngày 15/12", "báo cáo tháng trước ngày 20 hằng tháng": the annual, the monthly report
        // before a date, not the year or month before.
        case .truoc: return boundsDate(at: k + 1) ? nil : (-1, k + 1)
        // "tháng tiếp theo" in a sentence is the next after the event it speaks of, not after the issue date.
        case .tiep: return isWord(k + 1, .theo) && !inSentence ? (1, k + 2) : nil
        case .ke: return isWord(k + 1, .tiep) && !inSentence ? (1, k + 2) : nil
        default: return nil
        }
    }

    /// A date stands at `k` for a "trước" or "sau" before it to bound: a number, "ngày 15", "tháng 6", "quý II", "năm 2026".
    func boundsDate(at k: Int) -> Bool {
        if num(k) != nil { return true }
        switch w(k) {
        case .ngay, .thang: return num(k + 1) != nil
        case .quy: return quarterNumber(k + 1) != nil
        case .nam: return year(k + 1) != nil
        default: return false
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
        // "sáng mai", "chiều nay", "tối nay": a part of today or tomorrow.
        if isWord(j, .sang) && isExactly(j, "sáng") || isWord(j, .chieu) || isWord(j, .trua) || isWord(j, .toi) && isExactly(j, "tối") {
            if isWord(j + 1, .mai) { return (.day, 1, j + 2) }
            if isWord(j + 1, .nay) { return (.day, 0, j + 2) }
            if let (g, n, k) = everydayUnit(at: j + 1), g == .day { return (g, n, k) }
            return nil
        }
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
            if isWord(j, .sang), isExactly(j, "sang"), isWord(j + 1, .nam), year(j + 2) == nil { return (.year, 1, j + 2) }
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
        if let n = dayOfRelativeMonth(at: i, bound: b, from: k) { return n }
        if let n = nextUnits(at: i, bound: b, from: k) { return n }
        var unit = everydayUnit(at: k)
        // The current one: "cuối tuần", "cuối tháng", "hết quý". ("trong ngày", "trong tháng", "trong quý" stay unread: in
        // the plan register they mean the day or unit of the event a task is about, not the issue date's.)
        if unit == nil, let g = bareUnit(at: k) {
            switch b {
            case .endOf, .by: if g != .day, !inSentence || g == .week { unit = (g, 0, k + 1) }
            case .vague: if g == .week { unit = (g, 0, k + 1) }
            default: break
            }
        }
        guard let (grain, n, next) = unit else { return nil }
        k = next
        // In a sentence a past unit ("trong năm trước", "hôm qua") states a fact, not a deadline.
        if inSentence && n < 0 { return k }
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

    /// "năm nay / sau / tới / trước / ngoái" after a unit: the year from the issue date (else the phrase's year before,
    /// else the fallback year).
    func relativeYear(at j: Int) -> (Int, Int)? {
        guard isWord(j, .nam) else { return nil }
        let (n, k): (Int, Int)
        if isWord(j + 1, .ngoai) { (n, k) = (-1, j + 2) } else if let s = step(at: j + 1) { (n, k) = s } else { return nil }
        guard let base = context.issued?.year ?? lastYear ?? context.fallbackYear else { return nil }
        return (base + n, k)
    }

    /// A unit word with nothing that names which one after it: "cuối tháng", "trong tuần", "hết năm".
    func bareUnit(at k: Int) -> Deadline.Grain? {
        let g: Deadline.Grain
        switch w(k) {
        case .ngay: g = .day
        case .tuan: g = .week
        case .thang: g = .month
        case .quy: g = .quarter
        case .nam: g = .year
        default: return nil
        }
        if num(k + 1) != nil || isAnyWord(k + 1) && !isWord(k + 1, .va) && !isWord(k + 1, .hoac) { return nil }
        // "cuối năm" without a year keeps its reading of Bounds.swift (year inference).
        return g == .year ? nil : g
    }

    /// "ngày 20 tháng này", "trước ngày 5 tháng sau", "mùng 10 tháng tới": a day of a month named from the issue date.
    mutating func dayOfRelativeMonth(at i: Int, bound b: Bound, from j: Int) -> Int? {
        var k = j
        if isWord(k, .ngay) { k += 1 }
        if isWord(k, .mung) || isWord(k, .mong) { k += 1 }
        guard k > j, let (d, m) = dayWord(k), isWord(m, .thang), let (step, n) = step(at: m + 1) else { return nil }
        if inSentence && b == .none { return n }
        let text = slice(i, n - 1)
        guard let issued = context.issued else {
            add(Deadline(text: text, kind: b == .from ? .start : .due, grain: .day))
            return n
        }
        guard let first = CivilDate.firstOf(month: issued.month, year: issued.year)?.adding(months: step),
              let date = CivilDate(year: first.year, month: first.month, day: d) else {
            add(Deadline(text: text, kind: .unparsed))
            return n
        }
        addBounded(b, first: date, last: date, grain: .day, text: text)
        return n
    }

    /// "trong 3 ngày tới", "2 tuần tới", "trong 6 tháng tới": from the issue date to N units after it.
    mutating func nextUnits(at i: Int, bound b: Bound, from j: Int) -> Int? {
        guard b == .none || b == .within, let count = num(j), t[j].digits <= 3, count > 0,
              isWord(j + 2, .toi) && isExactly(j + 2, "tới") || isWord(j + 2, .sap) else { return nil }
        let grain: Deadline.Grain
        switch w(j + 1) {
        case .ngay: grain = .day
        case .tuan: grain = .week
        case .thang: grain = .month
        case .nam: grain = .year
        default: return nil
        }
        // "những năm tới" is no count; "trong 6 tháng tới" is.
        if j > 0, isWord(j - 1, .cac) || isWord(j - 1, .nhung) { return nil }
        var n = j + 3
        if isWord(j + 2, .sap), isWord(j + 3, .toi) { n = j + 4 }
        if inSentence && b == .none { return n }
        let text = slice(i, n - 1)
        guard let issued = context.issued else {
            add(Deadline(text: text, kind: .due, grain: grain))
            return n
        }
        let end: CivilDate?
        switch grain {
        case .day: end = issued.adding(days: count)
        case .week: end = issued.adding(days: 7 * count)
        case .month: end = issued.adding(months: count)
        default: end = issued.adding(years: count)
        }
        guard let e = end else {
            add(Deadline(text: text, kind: .unparsed, problem: .outOfRange))
            return n
        }
        add(Deadline(text: text, kind: .due, start: issued, end: e, grain: grain))
        return n
    }

    /// "đầu / giữa tháng X" (and "thượng / trung tuần"): days 1–10 and 11–20 of the month beginning at `first`.
    func thirdOfMonth(_ first: CivilDate, word i: Int) -> (CivilDate, CivilDate)? {
        let (a, z): (Int, Int)
        if isWord(i, .dau) || isWord(i, .thuong) { (a, z) = (1, 10) }
        else if isWord(i, .giua) || isWord(i, .trung) { (a, z) = (11, 20) }
        else if isWord(i, .ha) { (a, z) = (21, CivilDate.daysIn(month: first.month, year: first.year)) }
        else if isWord(i, .nua), isWord(i + 1, .dau) { (a, z) = (1, 15) }
        else if isWord(i, .nua), isWord(i + 1, .cuoi) { (a, z) = (16, CivilDate.daysIn(month: first.month, year: first.year)) }
        else { return nil }
        guard let s = CivilDate(year: first.year, month: first.month, day: a),
              let e = CivilDate(year: first.year, month: first.month, day: z) else { return nil }
        return (s, e)
    }
}
