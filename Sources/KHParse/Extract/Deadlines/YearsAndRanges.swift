/// Years and ranges: "năm 2026", a bare "2030" (deadline positions), "năm 2023, 2024", "giai đoạn 2026-2028",
/// "2026 – 2027", "2026 -2028", "từ tháng 3 đến tháng 6/2026", "Từ năm 2025 đến hết năm 2030".
extension DeadlineParser {
    /// One unit, possibly with a compact range or list inside it.
    /// `bareYear`: a four-digit number alone is a year. `bareDayMonth`: "15/6" alone is a date.
    func unit(at i: Int, bareYear: Bool, bareDayMonth: Bool) -> (TimeUnit, TimeUnit?, Int)? {
        guard i < t.count else { return nil }
        switch t[i].kind {
        case .word:
            switch t[i].word {
            case .ngay: return edgeDay(at: i) ?? dateAfterNgay(at: i).map { ($0.0, nil, $0.1) }
            case .mung, .mong: return mungDate(at: i).map { ($0.0, nil, $0.1) }
            case .thang: return month(at: i)
            case .quy, .q: return quarter(at: i)
            case .nua: return half(at: i).map { ($0.0, nil, $0.1) }
            case .nam:
                if let (y, n) = spelledYear(i + 1) { return (TimeUnit(grain: .year, year: y), nil, n) }
                return yearList(first: i + 1, from: i)
            default: return nil
            }
        case .number:
            if let h = half(at: i) { return (h.0, nil, h.1) }
            if let d = numericDate(at: i, yearless: bareDayMonth) { return (d.0, nil, d.1) }
            // "23 tháng Chạp", "15 tháng 4 năm 2026": a date without "ngày" (a bound or a year makes it one).
            if let d = dayNumber(i), isWord(i + 1, .thang),
               let (m, n) = monthNumber(i + 2).map({ ($0, i + 3) }) ?? monthWord(i + 2) {
                if let (y, e) = yearTail(n), isWord(n, .nam) { return (day(d, m, y), nil, e) }
                if bareDayMonth || !inSentence { return (day(d, m, nil), nil, n) }
            }
            if bareYear, year(i) != nil, !sym(i + 1, "%"), !(isSep(i + 1) && num(i + 2) != nil && year(i + 2) == nil) {
                return yearList(first: i, from: i)
            }
            return nil
        case .symbol:
            return nil
        }
    }

    /// "2023", "2023, 2024", "2023 và 2024" after "năm" (or bare).
    func yearList(first i: Int, from start: Int) -> (TimeUnit, TimeUnit?, Int)? {
        guard let y = year(i) else { return nil }
        let first = TimeUnit(grain: .year, year: y)
        var k = i + 1
        var last: Int?
        while sym(k, ","), let v = year(k + 1) { last = v; k += 2 }
        if isWord(k, .va), let v = year(k + 1) { last = v; k += 2 }
        if let v = last { return (first, TimeUnit(grain: .year, year: v), k) }
        return (first, nil, i + 1)
    }

    /// A unit, or a range "A - B", "A đến (hết) B", "A tới B" whose ends may be of different kinds.
    func expr(at i: Int, bareYear: Bool, bareDayMonth: Bool) -> TimeExpr? {
        guard let (a, compact, j) = unit(at: i, bareYear: bareYear, bareDayMonth: bareDayMonth) else { return nil }
        if let b = compact { return TimeExpr(first: a, last: b, isRange: true, next: j) }
        var k = j
        if sym(k, "-") || isWord(k, .den) || isWord(k, .toi) {
            k += 1
            if isWord(k, .het) { k += 1 }
            // The end of a range may be bare ("2026 - 2028", "từ 1/4 đến 30/4/2026").
            if let (b, c, n) = unit(at: k, bareYear: true, bareDayMonth: a.grain == .day), b.grain != .day || b.index != 0 {
                return TimeExpr(first: a, last: c ?? b, isRange: true, next: n)
            }
        }
        return TimeExpr(first: a, last: a, next: j)
    }
}
