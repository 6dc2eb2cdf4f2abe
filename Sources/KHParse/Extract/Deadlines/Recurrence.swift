/// Recurrence (RFC 5545 rrule): "hàng/hằng tháng" → FREQ=MONTHLY, "hằng năm" → FREQ=YEARLY,
/// "hàng quý" → FREQ=MONTHLY;INTERVAL=3, "định kỳ 6 tháng" → FREQ=MONTHLY;INTERVAL=6,
/// "trước ngày 15 hàng tháng" → FREQ=MONTHLY;BYMONTHDAY=14, "ít nhất 2 lần/tháng" → FREQ=MONTHLY,
/// "Định kỳ 06 tháng (trước ngày 15/6) và 01 năm (trước ngày 15/12)" → one yearly rule per date,
/// a bare "định kỳ" → rrule null.
extension DeadlineParser {
    mutating func recurrence(at i: Int) -> Int? {
        if let n = seq(i, .dinh, .ky) { return periodic(at: i, after: n) }
        if isWord(i, .hang) || isWord(i, .moi), var rule = frequency(i + 1, count: 1) {
            if inSentence && moneyBefore(i) { return i + 2 }
            // "hằng tháng (trước ngày 25)", "hằng tháng, trước ngày 25", "hằng năm vào ngày 15/12": the day of each period.
            let k = periodDay(after: i + 2, rule: &rule, comma: true)
            add(Deadline(text: slice(i, k - 1), kind: .recurring, rrule: rule))
            return k
        }
        // "ít nhất 02 lần/tháng", "2 lần mỗi tháng", "1 lần/năm"
        var j = i
        if let n = seq(j, .it, .nhat) ?? seq(j, .toi, .thieu) { j = n }
        if num(j) != nil, isWord(j + 1, .lan) {
            var k = j + 2
            if sym(k, "/") || isWord(k, .moi) || isWord(k, .mot) || isWord(k, .trong) { k += 1 }
            if num(k) == 1 { k += 1 }
            if let rule = frequency(k, count: 1) {
                add(Deadline(text: slice(i, k), kind: .recurring, rrule: rule))
                return k + 1
            }
        }
        // "6 tháng một lần", "3 tháng/lần"
        if let n = num(i), let rule = frequency(i + 1, count: n),
           (isWord(i + 2, .mot) && isWord(i + 3, .lan)) || (sym(i + 2, "/") && isWord(i + 3, .lan)) {
            add(Deadline(text: slice(i, i + 3), kind: .recurring, rrule: rule))
            return i + 4
        }
        return nil
    }

    /// "Định kỳ" and its periods: "hằng quý, hằng năm", "06 tháng (trước ngày 15/6) và 01 năm (trước ngày 15/12)".
    mutating func periodic(at i: Int, after n: Int) -> Int? {
        if inSentence && moneyBefore(i) { return n }
        var j = n
        var itemStart = i
        var found = 0
        while true {
            var k = j
            if isWord(k, .hang) || isWord(k, .moi) { k += 1 }
            var count = 1
            if let c = num(k), c > 0 { count = c; k += 1 }
            guard var rule = frequency(k, count: count) else { break }
            k = periodDay(after: k + 1, rule: &rule, comma: false)
            add(Deadline(text: slice(itemStart, k - 1), kind: .recurring, rrule: rule))
            found += 1
            j = k
            if sym(j, ",") || isWord(j, .va) || isWord(j, .hoac), periodFollows(j + 1) {
                j += 1
                itemStart = j
                continue
            }
            break
        }
        if found == 0 {
            // Bare "định kỳ": in a sentence only where it opens a clause ("…; định kỳ tổng hợp …").
            if inSentence && !opensClause(i) { return n }
            add(Deadline(text: slice(i, n - 1), kind: .recurring))
            return n
        }
        return j
    }

    /// The date of each period after its word, at `k`: "(trước ngày 15/6)", "vào ngày 15", "chậm nhất ngày 20"; after a
    /// comma too when `comma` ("hằng tháng, trước ngày 25"). A day alone dates a month's rule, a day and month a
    /// yearly one (deadlines.md: "Định kỳ 06 tháng (trước ngày 15/6) …" is yearly). The index after it, else `k`.
    func periodDay(after k: Int, rule: inout String, comma: Bool) -> Int {
        var m = k
        let paren = sym(m, "(")
        if paren || comma && sym(m, ",") { m += 1 }
        var strict = false
        if isWord(m, .truoc) { strict = true; m += 1 } else if let c = seq(m, .cham, .nhat) {
            m = c
            if isWord(m, .truoc) { strict = true; m += 1 }
        } else if isWord(m, .vao) { m += 1 }
        // After a comma, only a bound says the date is the period's ("hằng tháng, ngày 25 …" may begin a new clause).
        if !paren, sym(k, ","), m == k + 1 { return k }
        guard let (unit, next) = dateAfterNgay(at: m), unit.year == nil else { return k }
        if unit.index == 0 {
            // A day alone: of every month. Only a month's rule takes it.
            guard rule == "FREQ=MONTHLY" else { return k }
            rule = DeadlineRule.monthly(day: unit.day, strict: strict)
        } else {
            rule = DeadlineRule.yearly(month: unit.index, day: unit.day, strict: strict)
        }
        m = next
        // "(trước ngày 16 hàng tháng)" says its period again.
        if paren, isWord(m, .hang) || isWord(m, .moi), frequency(m + 1, count: 1) != nil { m += 2 }
        // "hằng tháng (trước ngày 25)" closes; a parenthesis that goes on ("(trước ngày 20 của tháng cuối quý)") is not all a date.
        if paren {
            guard sym(m, ")") else { return k }
            m += 1
        }
        return m
    }

    func periodFollows(_ k: Int) -> Bool {
        var m = k
        if isWord(m, .hang) || isWord(m, .moi) { m += 1 }
        if num(m) != nil { m += 1 }
        return frequency(m, count: 1) != nil
    }

    /// "trước ngày 15 hàng tháng" → FREQ=MONTHLY;BYMONTHDAY=14; "trước ngày 15/6 hằng năm" → yearly.
    mutating func recurringDay(_ e: TimeExpr, bound b: Bound, from i: Int) -> Int? {
        guard e.first.grain == .day, e.first.year == nil, !e.isRange,
              isWord(e.next, .hang) || isWord(e.next, .moi) else { return nil }
        let strict = b == .before
        let rule: String
        if e.first.index == 0, isWord(e.next + 1, .thang) {
            rule = DeadlineRule.monthly(day: e.first.day, strict: strict)
        } else if e.first.index != 0, isWord(e.next + 1, .nam) {
            rule = DeadlineRule.yearly(month: e.first.index, day: e.first.day, strict: strict)
        } else {
            return nil
        }
        add(Deadline(text: slice(i, e.next + 1), kind: .recurring, rrule: rule))
        return e.next + 2
    }

    /// The rrule of a period word ("tháng", "quý", "năm", "tuần", "ngày") repeated every `count` units.
    func frequency(_ k: Int, count: Int) -> String? {
        switch w(k) {
        case .ngay: return DeadlineRule.every("DAILY", count)
        case .tuan: return DeadlineRule.every("WEEKLY", count)
        case .thang: return count % 12 == 0 ? DeadlineRule.every("YEARLY", count / 12) : DeadlineRule.every("MONTHLY", count)
        case .quy:
            if isWord(k + 1, .dinh) || isWord(k + 1, .hoach) || quarterNumber(k + 1) != nil { return nil }
            return DeadlineRule.every("MONTHLY", 3 * count)
        case .nam: return year(k + 1) == nil ? DeadlineRule.every("YEARLY", count) : nil
        default: return nil
        }
    }
}

enum DeadlineRule {
    static func every(_ freq: String, _ n: Int) -> String { n <= 1 ? "FREQ=\(freq)" : "FREQ=\(freq);INTERVAL=\(n)" }

    /// "trước ngày 15" = by the 14th; "trước ngày 1" = by the last day of the month before.
    static func monthly(day: Int, strict: Bool) -> String {
        let d = strict ? day - 1 : day
        return "FREQ=MONTHLY;BYMONTHDAY=\(d == 0 ? -1 : d)"
    }

    static func yearly(month: Int, day: Int, strict: Bool) -> String {
        var m = month, d = strict ? day - 1 : day
        if d == 0 {
            m = month == 1 ? 12 : month - 1
            d = m == 2 ? -1 : CivilDate.daysIn(month: m, year: 2001)   // February: its last day, leap or not
        }
        return "FREQ=YEARLY;BYMONTH=\(m);BYMONTHDAY=\(d)"
    }
}
