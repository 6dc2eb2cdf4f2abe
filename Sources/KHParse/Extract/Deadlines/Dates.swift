/// Dates: "10/4/2026", "10-4-2026", "10.4.2026", "10 / 4 /2026", "ngày 10 tháng 4 năm 2026", "ngày 15/6" (no year),
/// "ngày 15" (a day of every month: only for "trước ngày 15 hàng tháng").
extension DeadlineParser {
    /// A date introduced by "ngày".
    func dateAfterNgay(at i0: Int) -> (TimeUnit, Int)? {
        guard isWord(i0, .ngay) else { return nil }
        // "ngày mồng 8 tháng 2", "ngày mười lăm tháng tư" (DayWords.swift, NumberWords.swift)
        let i = isWord(i0 + 1, .mung) || isWord(i0 + 1, .mong) ? i0 + 1 : i0
        guard let (d, k) = i == i0 ? (dayNumber(i + 1).map { ($0, i + 2) } ?? dayWord(i + 1)) : dayWord(i + 1) else { return nil }
        if isWord(k, .thang), let (m, n) = monthNumber(k + 1).map({ ($0, k + 2) }) ?? monthWord(k + 1) {
            if isWord(n, .nam), let y = year(n + 1) { return (day(d, m, y), n + 2) }
            if sym(n, ","), isWord(n + 1, .nam), let y = year(n + 2) { return (day(d, m, y), n + 3) }
            if isWord(n, .nam), let (y, e) = spelledYear(n + 1) ?? relativeYear(at: n) { return (day(d, m, y), e) }
            return (day(d, m, nil), n)
        }
        if k == i + 2, let (unit, next) = numericDate(at: i + 1, yearless: true) { return (unit, next) }
        if i != i0 { return mungAlone(d, next: k) }
        return (TimeUnit(grain: .day, year: nil, index: 0, day: d), k)
    }

    /// "D/M/YYYY" (any of / - . with stray spaces), or "D/M" when `yearless`.
    func numericDate(at i: Int, yearless: Bool) -> (TimeUnit, Int)? {
        guard let d = dayNumber(i), isSep(i + 1), let m = monthNumber(i + 2) else { return nil }
        if isSep(i + 3), let y = year(i + 4) { return (day(d, m, y), i + 5) }
        // "15/4/26", "15-4-26" (TwoDigitYears.swift); never with dots, which number items.
        // After "ngày" dots are a date's too: "ngày 15.03.25".
        if sym(i + 3, "/") && sym(i + 1, "/") || sym(i + 3, "-") && sym(i + 1, "-")
            || sym(i + 3, ".") && sym(i + 1, ".") && isWord(i - 1, .ngay), let y = shortYear(i + 4) {
            return (day(d, m, y.value), i + 5)
        }
        // "15/6/26" and other shapes are not dates; "15/6" alone is one when allowed.
        // "30/4 - 1/5" and "30/4-1/5" are a range: another sign, or a spaced one, ends the date.
        let sameSign = i + 3 < t.count && t[i + 3].symbol == t[i + 1].symbol && !t[i + 3].spaced
        guard yearless, !(isSep(i + 3) && num(i + 4) != nil && sameSign) else { return nil }
        return (day(d, m, nil), i + 3)
    }

    func dayNumber(_ i: Int) -> Int? {
        guard let v = num(i), t[i].digits <= 2, (1...31).contains(v) else { return nil }
        return v
    }

    func monthNumber(_ i: Int) -> Int? {
        guard let v = num(i), t[i].digits <= 2, (1...12).contains(v) else { return nil }
        return v
    }

    func day(_ d: Int, _ m: Int, _ y: Int?) -> TimeUnit { TimeUnit(grain: .day, year: y, index: m, day: d) }
}
