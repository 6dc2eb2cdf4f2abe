/// Dates: "10/4/2026", "10-4-2026", "10.4.2026", "10 / 4 /2026", "ngày 10 tháng 4 năm 2026", "ngày 15/6" (no year),
/// "ngày 15" (a day of every month: only for "trước ngày 15 hàng tháng").
extension DeadlineParser {
    /// A date introduced by "ngày".
    func dateAfterNgay(at i: Int) -> (TimeUnit, Int)? {
        guard isWord(i, .ngay), let d = dayNumber(i + 1) else { return nil }
        if isWord(i + 2, .thang), let m = monthNumber(i + 3) {
            if isWord(i + 4, .nam), let y = year(i + 5) { return (day(d, m, y), i + 6) }
            if sym(i + 4, ","), isWord(i + 5, .nam), let y = year(i + 6) { return (day(d, m, y), i + 7) }
            return (day(d, m, nil), i + 4)
        }
        if let (unit, next) = numericDate(at: i + 1, yearless: true) { return (unit, next) }
        return (TimeUnit(grain: .day, year: nil, index: 0, day: d), i + 2)
    }

    /// "D/M/YYYY" (any of / - . with stray spaces), or "D/M" when `yearless`.
    func numericDate(at i: Int, yearless: Bool) -> (TimeUnit, Int)? {
        guard let d = dayNumber(i), isSep(i + 1), let m = monthNumber(i + 2) else { return nil }
        if isSep(i + 3), let y = year(i + 4) { return (day(d, m, y), i + 5) }
        // "15/6/26" and other shapes are not dates; "15/6" alone is one when allowed.
        guard yearless, !(isSep(i + 3) && num(i + 4) != nil) else { return nil }
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
