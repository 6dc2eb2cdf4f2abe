/// Lunar dates beyond Tết, converted with the Vietnamese lunar calendar (UTC+7, LunarNewYear.swift) to the solar
/// date, kind `due`: "ngày 15 tháng 8 âm lịch", "15/8 (âm lịch)", "mùng 10 tháng 3 âm lịch", "ngày 10/3 ÂL", "Rằm tháng
/// Giêng", "Rằm tháng 7", "mùng 5 Tết", "Tết Trung thu", "Tết Đoan ngọ", "Tết Nguyên tiêu", "tháng 8 âm lịch" (the lunar
/// month's days, grain month), "tháng 2 nhuận âm lịch". A stated year is the lunar year; without one, the first such
/// date on or after the start of the issue month (else the year of the phrase before, else the fallback year).
extension DeadlineParser {
    /// "âm lịch", "(âm lịch)", "ÂL", "(ÂL)" at `k`: the index after it.
    func lunarMark(at k: Int) -> Int? {
        var j = k
        if sym(j, ",") { j += 1 }
        let paren = sym(j, "(")
        if paren { j += 1 }
        if isWord(j, .am), isWord(j + 1, .lich) { j += 2 }
        else if isWord(j, .al), text[t[j].lower..<t[j].upper].uppercased() == "ÂL" { j += 1 }
        else { return nil }
        if paren { return sym(j, ")") ? j + 1 : nil }
        return j
    }

    /// A lunar reading of a parsed unit followed by "âm lịch": a day or a month, not a range.
    mutating func lunarUnit(_ e: TimeExpr, at i: Int, bound b: Bound) -> Int? {
        guard !e.isRange, e.first.grain == .day || e.first.grain == .month, e.first.index > 0 else { return nil }
        var k = e.next
        var leap = false
        if isWord(k, .nhuan) { leap = true; k += 1 }
        guard let n = lunarMark(at: k) ?? (leap ? k : nil) else { return nil }
        if inSentence && b == .none { return n }
        let u = e.first
        addLunar(month: u.index, day: u.grain == .day ? u.day : nil, leap: leap, year: u.year, bound: b, text: slice(i, n - 1))
        return n
    }

    /// "Rằm tháng Giêng", "mùng 5 Tết", "Tết Trung thu" at `j`.
    mutating func lunarFeast(at i: Int, bound b: Bound, from j: Int) -> Int? {
        var month: Int, day: Int, k: Int
        if isWord(j, .ram) {
            day = 15
            if isWord(j + 1, .thang), let (m, n) = monthNumber(j + 2).map({ ($0, j + 3) }) ?? monthWord(j + 2) { month = m; k = n }
            else if isWord(j + 1, .trung), isWord(j + 2, .thu) { month = 8; k = j + 3 }
            else { return nil }
        } else if isWord(j, .gio), isExactly(j, "giỗ"), isWord(j + 1, .to), j + 3 < t.count, key(j + 2) == "hung",
                  key(j + 3) == "vuong" {
            (month, day, k) = (3, 10, j + 4)   // Giỗ Tổ Hùng Vương: lunar 10/3
        } else if isWord(j, .tet), j + 2 < t.count, key(j + 1) == "duong", isWord(j + 2, .lich) {
            return newYearsDay(at: i, bound: b, after: j + 3)
        } else if isWord(j, .tet) {
            if isWord(j + 1, .trung), isWord(j + 2, .thu) { (month, day, k) = (8, 15, j + 3) }
            else if isWord(j + 1, .doan), isWord(j + 2, .ngo) { (month, day, k) = (5, 5, j + 3) }
            else if isWord(j + 1, .nguyen), isWord(j + 2, .tieu) { (month, day, k) = (1, 15, j + 3) }
            else { return nil }
        } else if isWord(j, .mung) || isWord(j, .mong) || isWord(j, .ngay) {
            var m = j + 1
            if isWord(j, .ngay), isWord(m, .mung) || isWord(m, .mong) { m += 1 }
            guard let (d, n) = dayWord(m), d <= 30 else { return nil }
            // "từ mùng 1 đến mùng 5 Tết": a range of days of the first month.
            if !isWord(n, .tet), sym(n, "-") || isWord(n, .den) || isWord(n, .toi), isWord(n + 1, .mung) || isWord(n + 1, .mong),
               let (d2, n2) = dayWord(n + 2), d2 <= 30, d2 >= d, isWord(n2, .tet) {
                return lunarTetRange(at: i, bound: b, from: d, to: d2, next: n2 + 1)
            }
            guard isWord(n, .tet), !isWord(n + 1, .nguyen) else { return nil }
            (month, day, k) = (1, d, n + 1)
        } else {
            return nil
        }
        var y: Int?
        if isWord(k, .nam), let v = year(k + 1) { y = v; k += 2 } else if let v = year(k) { y = v; k += 1 }
        if let n = lunarMark(at: k) { k = n }
        if inSentence && b == .none { return k }
        addLunar(month: month, day: day, leap: false, year: y, bound: b, text: slice(i, k - 1))
        return k
    }

    /// "Tết Dương lịch (2026)": 1 January of the stated year, else the first on or after the start of the issue month.
    mutating func newYearsDay(at i: Int, bound b: Bound, after j: Int) -> Int? {
        var k = j
        var y: Int?
        if isWord(k, .nam), let v = year(k + 1) { y = v; k += 2 } else if let v = year(k) { y = v; k += 1 }
        if inSentence && b == .none { return k }
        let text = slice(i, k - 1)
        if y == nil, let issued = context.issued { y = issued.month == 1 ? issued.year : issued.year + 1 }
        if y == nil { y = lastYear ?? context.fallbackYear }
        guard let year = y, let date = CivilDate(year: year, month: 1, day: 1) else {
            add(Deadline(text: text, kind: b == .from ? .start : .due, grain: .day))
            return k
        }
        addBounded(b, first: date, last: date, grain: .day, text: text)
        return k
    }

    /// "từ mùng 1 đến mùng 5 Tết" → period of those days of the next Tết (or of the stated year).
    mutating func lunarTetRange(at i: Int, bound b: Bound, from d1: Int, to d2: Int, next: Int) -> Int? {
        var k = next
        var y: Int?
        if isWord(k, .nam), let v = year(k + 1) { y = v; k += 2 } else if let v = year(k) { y = v; k += 1 }
        if inSentence && b == .none { return k }
        let text = slice(i, k - 1)
        let before = out.count
        addLunar(month: 1, day: d1, leap: false, year: y, bound: .none, text: text)
        guard out.count == before + 1, let first = out[before].start, let yearOfFirst = LunarNewYear.lunarYear(of: first),
              let last = LunarNewYear.solar(year: yearOfFirst, month: 1, day: d2) else { return k }
        out[before] = Deadline(text: text, kind: .period, start: first, end: last, grain: .day)
        return k
    }

    /// Adds the solar reading of a lunar day (or month when `day` is nil) with its bound.
    mutating func addLunar(month: Int, day: Int?, leap: Bool, year stated: Int?, bound b: Bound, text: String) {
        func span(_ y: Int) -> (CivilDate, CivilDate)? {
            if let d = day { return LunarNewYear.solar(year: y, month: month, day: d, leap: leap).map { ($0, $0) } }
            return LunarNewYear.solarMonth(year: y, month: month, leap: leap)
        }
        var found: (CivilDate, CivilDate)?
        if let y = stated {
            found = span(y)
        } else if let issued = context.issued {
            let monthStart = CivilDate.firstOf(month: issued.month, year: issued.year) ?? issued
            found = [issued.year - 1, issued.year, issued.year + 1].lazy.compactMap(span).first { $0.1 >= monthStart }
        } else if let y = lastYear ?? context.fallbackYear {
            found = span(y)
        } else {
            add(Deadline(text: text, kind: b == .from ? .start : .due, grain: day == nil ? .month : .day))
            return
        }
        guard let (first, last) = found else {
            add(Deadline(text: text, kind: .unparsed))
            return
        }
        addBounded(b, first: first, last: last, grain: day == nil ? .month : .day, text: text)
    }
}
