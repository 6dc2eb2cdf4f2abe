/// Months ("Tháng 3/2023", "tháng 07/2023", "tháng 4 năm 2026", "Tháng 4-5/2026", "tháng 4, 5/2023"),
/// quarters ("Quý II/2026", "quý 2/2026", "QUÝ IV năm 2026", "Quý II-III/2026") and halves
/// ("6 tháng đầu năm 2026" = H1, "6 tháng cuối năm" = H2, "nửa đầu năm").
extension DeadlineParser {
    func month(at i: Int) -> (TimeUnit, TimeUnit?, Int)? {
        // "tháng Giêng", "tháng bảy", "tháng mười hai" (NumberWords.swift)
        if isWord(i, .thang), num(i + 1) == nil, let (m, n) = monthWord(i + 1) {
            return unitWithTail(TimeUnit(grain: .month, year: nil, index: m), after: n) { monthNumber($0) }
        }
        guard isWord(i, .thang), let m = num(i + 1), t[i + 1].digits <= 2 else { return nil }
        // "tháng 12/4/2023": a date written after "tháng" (a typo); it is read as the day it names.
        if let (unit, next) = numericDate(at: i + 1, yearless: false), t[i + 2].symbol == t[i + 4].symbol {
            return (unit, nil, next)
        }
        // "tháng 13/2026" is a month that does not exist: read, then unparsed.
        if !(1...12).contains(m), let (y, n) = yearTail(i + 2) {
            return (TimeUnit(grain: .month, year: y, index: m), nil, n)
        }
        guard (1...12).contains(m) else { return nil }
        return unitWithTail(TimeUnit(grain: .month, year: nil, index: m), after: i + 2) { monthNumber($0) }
    }

    /// "tháng 4-5/2026", "Quý II-III/2026": a first unit, an optional compact last one, the year.
    /// "tháng 4, 5" without a year is no list.
    private func unitWithTail(_ unit: TimeUnit, after k: Int, number: (Int) -> Int?) -> (TimeUnit, TimeUnit?, Int)? {
        var first = unit
        var (last, j) = compactTail(after: k, number)
        if let (y, n) = yearTail(j) {
            first.year = y
            j = n
            last?.year = y
        } else if last != nil, sym(k, ",") {
            (last, j) = (nil, k)
        }
        if var l = last { l.grain = unit.grain; return (first, l, j) }
        return (first, nil, j)
    }

    func quarter(at i: Int) -> (TimeUnit, TimeUnit?, Int)? {
        // "Q3/27", "Q2/2026": the letter joined to its number.
        if isWord(i, .q), i + 1 < t.count, !t[i + 1].spaced, let v = num(i + 1), t[i + 1].digits == 1, v > 0 {
            return unitWithTail(TimeUnit(grain: .quarter, year: nil, index: v), after: i + 2) { quarterNumber($0) }
        }
        if isWord(i, .quy), let (q, n) = quarterWord(i + 1) {
            return unitWithTail(TimeUnit(grain: .quarter, year: nil, index: q), after: n) { quarterNumber($0) }
        }
        guard isWord(i, .quy), let q = quarterNumber(i + 1) else { return nil }
        return unitWithTail(TimeUnit(grain: .quarter, year: nil, index: q), after: i + 2) { quarterNumber($0) }
    }

    /// "6 tháng đầu năm [2026]", "06 tháng cuối năm", "nửa đầu năm".
    func half(at i: Int) -> (TimeUnit, Int)? {
        var j: Int
        if let n = num(i), n == 6, isWord(i + 1, .thang) { j = i + 2 } else if isWord(i, .nua) { j = i + 1 } else { return nil }
        let h: Int
        if isWord(j, .dau) { h = 1 } else if isWord(j, .cuoi) { h = 2 } else { return nil }
        guard isWord(j + 1, .nam) else { return nil }
        j += 2
        var unit = TimeUnit(grain: .half, year: nil, index: h)
        if let y = year(j) { unit.year = y; j += 1 }
        return (unit, j)
    }

    func quarterNumber(_ i: Int) -> Int? {
        if let r = w(i)?.roman { return r }
        if let v = num(i), t[i].digits == 1, v > 0 { return v }   // "Quý 5/2026" is read, then unparsed
        return nil
    }

    /// The second number of a compact range ("4-5", "II-III", "4 đến 5") or the last of a list ("4, 5").
    func compactTail(after j: Int, _ number: (Int) -> Int?) -> (TimeUnit?, Int) {
        var k = j
        if sym(k, "-") || isWord(k, .den), let v = number(k + 1), year(k + 1) == nil {
            return (TimeUnit(grain: .month, year: nil, index: v), k + 2)
        }
        var last: Int?
        while sym(k, ","), let v = number(k + 1) {
            last = v
            k += 2
        }
        if isWord(k, .va), let v = number(k + 1), last != nil { last = v; k += 2 }
        if let v = last { return (TimeUnit(grain: .month, year: nil, index: v), k) }
        return (nil, j)
    }

    /// "/2026", "-2026", ".2026", " năm 2026".
    func yearTail(_ j: Int) -> (Int, Int)? {
        if isSep(j), let y = year(j + 1) { return (y, j + 2) }
        if isWord(j, .nam), let y = year(j + 1) { return (y, j + 2) }
        if isWord(j, .nam), let (y, n) = spelledYear(j + 1) { return (y, n) }
        // "tháng 3 năm nay", "quý I năm sau", "ngày 30 tháng 4 năm tới" (EverydayRelative.swift)
        if isWord(j, .nam), let (y, n) = relativeYear(at: j) { return (y, n) }
        // "tháng 4/26", "Q3/27": a two-digit year (TwoDigitYears.swift); its century needs a year to be near.
        if sym(j, "/"), let y = shortYear(j + 1), let v = y.value { return (v, j + 2) }
        return nil
    }
}
