/// Day words: "mùng 5", "mồng 10 tháng 3", "ngày mồng 8 tháng 2", "ngày 9 tháng tư", the first and last day of a unit
/// ("ngày đầu tiên của tháng 5", "ngày cuối cùng của tháng 11", "ngày cuối của Quý II/2026") as that day, and
/// "đầu / giữa tháng 7" as days 1–10 / 11–20 of the month (Bounds.swift, grain month). "mùng 5" alone is the first
/// fifth of a month on or after the issue date. ("cuối tháng 6" keeps its rule: due by the month's last day.)
extension DeadlineParser {
    /// "mùng 5 (tháng 2 …)" without "ngày".
    func mungDate(at i: Int) -> (TimeUnit, Int)? {
        guard isWord(i, .mung) || isWord(i, .mong), let (d, k) = dayWord(i + 1) else { return nil }
        if isWord(k, .thang), let (m, n) = monthNumber(k + 1).map({ ($0, k + 2) }) ?? monthWord(k + 1) {
            if isWord(n, .nam), let y = year(n + 1) { return (day(d, m, y), n + 2) }
            if isSep(n), let y = year(n + 1) { return (day(d, m, y), n + 2) }
            if let (y, e) = relativeYear(at: n) { return (day(d, m, y), e) }
            return (day(d, m, nil), n)
        }
        // "mùng 5/2" is a date written with numbers.
        if let (unit, next) = numericDate(at: i + 1, yearless: true) { return (unit, next) }
        return mungAlone(d, next: k)
    }

    /// "mùng 5" alone: the first such day on or after the issue date; nothing without one.
    func mungAlone(_ d: Int, next k: Int) -> (TimeUnit, Int)? {
        // "mùng 5 Tết", "mùng 10 âm lịch": lunar (LunarDates.swift).
        guard let issued = context.issued, !isWord(k, .tet), !isWord(k, .am) else { return nil }
        var y = issued.year, m = issued.month
        for _ in 0..<3 {
            if let date = CivilDate(year: y, month: m, day: d), date >= issued { return (day(d, m, y), k) }
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return nil
    }

    /// "tuần đầu tiên của tháng 4" = its days 1–7, "tuần cuối cùng của tháng 12" = its last seven days.
    mutating func weekOfMonth(at i: Int, bound b: Bound, from j: Int) -> Int? {
        guard isWord(j, .tuan), let (first, k) = weekdayOfMonthPick(at: j + 1),
              let (ms, me, n) = monthAfterPick(at: k) else { return nil }
        if inSentence && b == .none { return n }
        let text = slice(i, n - 1)
        guard let a = ms, let z = me, let s = first ? a : z.adding(days: -6), let e = first ? a.adding(days: 6) : z else {
            add(Deadline(text: text, kind: .due, grain: .week))
            return n
        }
        addBounded(b, first: s, last: e, grain: .week, text: text)
        return n
    }

    /// "ngày đầu tiên (của) X", "ngày cuối cùng (của) X", "ngày cuối (của) X" with X a month, quarter, half or year.
    func edgeDay(at i: Int) -> (TimeUnit, TimeUnit?, Int)? {
        guard isWord(i, .ngay) else { return nil }
        var k = i + 1
        let pick: Int
        if isWord(k, .dau), isWord(k + 1, .tien) { pick = 1; k += 2 }
        else if isWord(k, .cuoi), isWord(k + 1, .cung) { pick = 2; k += 2 }
        else if isWord(k, .cuoi), isWord(k + 1, .cua) || isWord(k + 1, .thang) || isWord(k + 1, .quy) || isWord(k + 1, .nam) { pick = 2; k += 1 }
        else { return nil }
        if isWord(k, .cua) { k += 1 }
        guard !isWord(k, .ngay), let found = unit(at: k, bareYear: false, bareDayMonth: false),
              found.0.grain != .day, found.1 == nil else { return nil }
        var u = found.0
        u.pick = pick
        return (u, nil, found.2)
    }
}
