/// Weekdays: "thứ Sáu", "thứ 7", "Chủ nhật", "CN". With a date ("thứ Sáu, ngày 14/3/2025", "ngày 14/3/2025 (thứ
/// Sáu)") the date is the reading; a weekday that contradicts its date keeps the date and carries a problem that
/// becomes a `deadline-weekday-mismatch` diagnostic. With a week ("Chủ nhật tuần tới", "thứ Hai tuần này") it is
/// that day of that week (weeks run Monday to Sunday) counted from the issue date. Alone in a deadline position
/// ("thứ Sáu") it is the first such day after the issue date; "thứ Sáu hằng tuần" → FREQ=WEEKLY;BYDAY=FR.
/// "lần thứ hai", "kỳ họp thứ 5", "theo thứ tự" are no weekdays.
extension DeadlineParser {
    /// 1 = Monday … 7 = Sunday, and the index after the weekday's words.
    func weekdayAt(_ k: Int) -> (Int, Int)? {
        if isWord(k, .chu), isWord(k + 1, .nhat) { return (7, k + 2) }
        // "CN" in capitals and standing alone: not "KH&CN", "KH,CN&ĐMST".
        if isWord(k, .cn), text[t[k].lower..<t[k].upper] == "CN", t[k].spaced || sym(k - 1, "("),
           !sym(k + 1, "&"), !(k + 1 < t.count && !t[k + 1].spaced && t[k + 1].kind == .word) { return (7, k + 1) }
        guard isWord(k, .thu), !ordinalBefore(k) else { return nil }
        if let n = num(k + 1), t[k + 1].digits == 1, (2...7).contains(n) { return (n - 1, k + 2) }
        switch w(k + 1) {
        case .hai: return (1, k + 2)
        case .ba: return (2, k + 2)
        case .tu: return isExactly(k + 1, "tư") ? (3, k + 2) : nil
        case .nam: return isExactly(k + 1, "năm") ? (4, k + 2) : nil
        case .sau: return isExactly(k + 1, "sáu") ? (5, k + 2) : nil
        case .bay, .bau: return (6, k + 2)
        default: return nil
        }
    }

    /// "lần thứ hai", "kỳ họp thứ 5", "năm thứ ba": an ordinal.
    func ordinalBefore(_ k: Int) -> Bool {
        guard k > 0, t[k - 1].kind == .word else { return false }
        return DeadlineWeekday.ordinalHeads.contains(key(k - 1))
    }

    /// A weekday before a date, with its separator: "thứ Sáu, ", "Thứ 6 ", "thứ Sáu ngày".
    func weekdayBeforeDate(at i: Int) -> (Int, Int)? {
        guard let (wd, k) = weekdayAt(i) else { return nil }
        var j = k
        if sym(j, ",") || sym(j, "-") { j += 1 }
        guard isWord(j, .ngay) || dayNumber(j) != nil && isSep(j + 1) || isWord(j, .mung) || isWord(j, .mong) else { return nil }
        return (wd, j)
    }

    /// A weekday after a date: "(thứ Sáu)", ", thứ Sáu", " thứ 6".
    func weekdayAfterDate(at i: Int) -> (Int, Int)? {
        var j = i
        let paren = sym(j, "(")
        if paren || sym(j, ",") { j += 1 }
        guard let (wd, k) = weekdayAt(j) else { return nil }
        if paren { return sym(k, ")") ? (wd, k + 1) : nil }
        return (wd, k)
    }

    /// Marks the last deadline when its date is not the stated weekday.
    mutating func checkWeekday(_ wd: Int, since count: Int, strict: Bool) {
        guard out.count > count, var d = out[out.count - 1].end ?? out[out.count - 1].start,
              out[out.count - 1].grain == .day else { return }
        // "trước thứ Sáu, ngày 14/3": the stated day is the one after the end.
        if strict, out[out.count - 1].start == nil, let next = d.adding(days: 1) { d = next }
        let actual = d.weekday
        if actual != wd { out[out.count - 1].problem = .weekdayMismatch(stated: wd, actual: actual) }
    }

    /// A weekday with no date: with a week ("Chủ nhật tuần tới") or alone; "thứ Sáu hằng tuần" recurs.
    mutating func weekdayStatement(at i: Int, bound b: Bound, from j: Int) -> Int? {
        guard let (wd, k) = weekdayAt(j) else { return nil }
        if weekdayBeforeDate(at: j) != nil { return nil }
        // "thứ Hai, thứ Năm hằng tuần", "thứ Sáu hàng tuần"
        var days = [wd]
        var m = k
        while sym(m, ",") || isWord(m, .va), let (more, n) = weekdayAt(m + 1) { days.append(more); m = n }
        if isWord(m, .hang) || isWord(m, .moi), isWord(m + 1, .tuan) {
            let byday = days.map { DeadlineWeekday.codes[$0 - 1] }.joined(separator: ",")
            add(Deadline(text: slice(i, m + 1), kind: .recurring, rrule: "FREQ=WEEKLY;BYDAY=\(byday)"))
            return m + 2
        }
        // "từ thứ Hai đến thứ Sáu hằng tuần": every day of the span.
        if b == .from, sym(k, "-") || isWord(k, .den) || isWord(k, .toi) && isExactly(k, "tới"),
           let (wd2, k2) = weekdayAt(k + 1), isWord(k2, .hang) || isWord(k2, .moi), isWord(k2 + 1, .tuan) {
            let span = (0...((wd2 - wd + 7) % 7)).map { DeadlineWeekday.codes[(wd - 1 + $0) % 7] }.joined(separator: ",")
            add(Deadline(text: slice(i, k2 + 1), kind: .recurring, rrule: "FREQ=WEEKLY;BYDAY=\(span)"))
            return k2 + 2
        }
        var end = k
        var day: CivilDate?
        if let (first, n) = weekdayOfMonthPick(at: k) {
            // "thứ Hai đầu tiên của tháng 5", "thứ Sáu cuối cùng của tháng này"
            guard let (monthStart, monthEnd, m) = monthAfterPick(at: n) else { return nil }
            end = m
            if let ms = monthStart, let me = monthEnd {
                day = first ? ms.adding(days: (wd - ms.weekday + 7) % 7) : me.adding(days: -((me.weekday - wd + 7) % 7))
            }
        } else if let (step, n) = weekStep(at: k) {
            end = n
            if let issued = context.issued, let monday = issued.adding(days: 1 - issued.weekday + 7 * step) {
                day = monday.adding(days: wd - 1)
            }
        } else {
            // Alone: only in a deadline position (or as the start of a span of days).
            if inSentence && b != .from { return nil }
            if let issued = context.issued { day = issued.adding(days: (wd - issued.weekday + 6) % 7 + 1) }
        }
        // "từ thứ Hai đến thứ Sáu (tuần tới)": a period from the first day to the next such second day.
        if b == .from, sym(end, "-") || isWord(end, .den) || isWord(end, .toi) && isExactly(end, "tới"),
           let (wd2, k2) = weekdayAt(end + 1) {
            var stop = k2
            var first = day
            if let (step, n) = weekStep(at: k2), weekStep(at: k) == nil, let issued = context.issued {
                stop = n
                first = issued.adding(days: 1 - issued.weekday + 7 * step)?.adding(days: wd - 1)
            }
            let text = slice(i, stop - 1)
            guard let a = first, let z = a.adding(days: (wd2 - wd + 7) % 7) else {
                add(Deadline(text: text, kind: .period, grain: .day))
                return stop
            }
            add(Deadline(text: text, kind: .period, start: a, end: z, grain: .day))
            return stop
        }
        if inSentence && b == .none { return end }
        let text = slice(i, end - 1)
        guard let date = day else {
            add(Deadline(text: text, kind: b == .from ? .start : .due, grain: .day))
            return end
        }
        addBounded(b, first: date, last: date, grain: .day, text: text)
        return end
    }

    /// "đầu tiên" (true) or "cuối cùng" (false), and the index after it and an optional "của".
    func weekdayOfMonthPick(at k: Int) -> (Bool, Int)? {
        var r: (Bool, Int)?
        if isWord(k, .dau), isWord(k + 1, .tien) { r = (true, k + 2) } else if isWord(k, .cuoi), isWord(k + 1, .cung) { r = (false, k + 2) }
        guard let (first, after) = r else { return nil }
        return (first, isWord(after, .cua) ? after + 1 : after)
    }

    /// The month after "… đầu tiên của": "tháng 5(/2026)", "tháng này / sau"; its first and last day when known.
    func monthAfterPick(at k: Int) -> (CivilDate?, CivilDate?, Int)? {
        if let (g, step, n) = everydayUnit(at: k), g == .month {
            guard let issued = context.issued, let (a, b) = DeadlineParser.span(.month, step, from: issued) else { return (nil, nil, n) }
            return (a, b, n)
        }
        guard let (u, last, n) = month(at: k), last == nil, u.grain == .month else { return nil }
        let e = TimeExpr(first: u, last: u, next: n)
        if case .success(let span) = resolve(e) { return (span.first, span.last, n) }
        return (nil, nil, n)
    }

    /// A span that has already been resolved, with its bound: due, start, or unparsed for a vague bound.
    mutating func addBounded(_ b: Bound, first: CivilDate, last: CivilDate, grain: Deadline.Grain, text: String) {
        switch b {
        case .vague: add(Deadline(text: text, kind: .unparsed))
        case .before:
            if let e = first.adding(days: -1) {
                add(Deadline(text: text, kind: .due, end: e, grain: grain))
            } else {
                add(Deadline(text: text, kind: .unparsed, problem: .outOfRange))
            }
        case .by, .endOf: add(Deadline(text: text, kind: .due, end: last, grain: grain))
        case .from: add(Deadline(text: text, kind: .start, start: first, grain: grain))
        default: add(Deadline(text: text, kind: .due, start: first, end: last, grain: grain))
        }
    }
}

enum DeadlineWeekday {
    /// RFC 5545 BYDAY codes, Monday first.
    static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    /// Words before "thứ" that make it an ordinal ("lần thứ hai", "kỳ họp thứ 5", "năm thứ ba", "người thứ ba").
    static let ordinalHeads: Set<String> = ["lan", "ky", "ki", "khoa", "dot", "hop", "phan", "buoc", "muc", "dieu", "vong",
                                            "nam", "thang", "tuan", "quy", "lop", "cap", "hang", "nguoi", "bac",
                                            "so", "giai", "doan", "chuong", "tap", "theo", "dai", "hoi", "phien", "lien"]
}

extension CivilDate {
    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }
}
