/// Bounds around a unit: "trước (ngày) D" (strictly before: end = D − 1 day), "đến / đến hết / tới / chậm nhất /
/// không quá / không muộn hơn / hạn chót D" (end = last day of D), "chậm nhất trước ngày D" (strict),
/// "cuối tháng/quý/năm X" (end = last day of X), "đầu / giữa X" (too vague: unparsed), "trong / vào X" (the unit).
/// Open starts ("từ", "kể từ") are in OpenStarts.swift; "trước ngày 15 hàng tháng" in Recurrence.swift.
enum Bound: Sendable, Equatable { case none, before, by, endOf, vague, from, within, stage }

extension DeadlineParser {
    /// The bound words at `i`, and the index after them.
    func bound(at i: Int) -> (Bound, Int) {
        if let n = seq(i, .cham, .nhat) {
            if isWord(n, .truoc) { return (.before, n + 1) }
            if isWord(n, .vao) || isWord(n, .la) || isWord(n, .trong) { return (.by, n + 1) }
            if isWord(n, .den) { return (.by, isWord(n + 1, .het) ? n + 2 : n + 1) }
            return (.by, n)
        }
        switch w(i) {
        case .truoc: return (.before, i + 1)
        case .den: return (.by, isWord(i + 1, .het) ? i + 2 : i + 1)
        case .toi:   // "tới", not "tối" (evening)
            guard !isExactly(i, "tối") else { return (.none, i) }
            return (.by, isWord(i + 1, .het) ? i + 2 : i + 1)
        case .khong:
            if isWord(i + 1, .qua) { return (.by, i + 2) }
            if isWord(i + 1, .muon), isWord(i + 2, .hon) { return (.by, i + 3) }
        case .han:
            if isWord(i + 1, .chot) {
                var n = i + 2
                if sym(n, ":") { n += 1 }
                if isWord(n, .la) || isWord(n, .vao) { n += 1 }
                return (.by, n)
            }
        // "cuối" and "đầu" as written: "nụ cười ngày mai", "dầu", "dấu" fold alike.
        case .cuoi: return isExactly(i, "cuối") ? (.endOf, i + 1) : (.none, i)
        case .dau: return isExactly(i, "đầu") ? (.vague, i + 1) : (.none, i)
        case .giua: return (.vague, i + 1)
        case .nua:   // "nửa đầu / nửa cuối tháng 3": days 1–15 / 16 to the end (DayWords.swift); "nửa đầu năm" is a half
            if isWord(i + 1, .dau) || isWord(i + 1, .cuoi), isWord(i + 2, .thang) { return (.vague, i + 2) }
        // "thượng tuần / trung tuần / hạ tuần tháng 7": the first, middle and last ten days (DayWords.swift).
        case .thuong, .trung, .ha:
            if isWord(i + 1, .tuan), isWord(i + 2, .thang) { return (.vague, i + 2) }
        case .tu, .ke, .bat, .tinh: return openStart(at: i)
        case .het: return (.by, i + 1)   // "hết tháng này", "hết năm 2026"
        case .dip: return inSentence ? (.none, i) : (.within, i + 1)   // "dịp 30/4 - 1/5"; in a sentence an occasion
        case .trong, .vao:
            var n = i + 1
            if isWord(n, .suot) || isWord(n, .vong) { n += 1 }   // "trong suốt", "trong vòng"
            if let m = seq(n, .giai, .doan) { return (.within, m) }
            return (.within, n)
        case .giai:
            if isWord(i + 1, .doan) { return (.stage, i + 2) }
        case .thoi:
            if isWord(i + 1, .ky) || isWord(i + 1, .ki) { return (.stage, i + 2) }   // "thời kỳ 2021-2030"
        default: break
        }
        return (.none, i)
    }

    /// A unit statement with its bound: due, period or start (or recurring for "trước ngày 15 hàng tháng").
    mutating func timeStatement(at i: Int) -> Int? {
        var (b, j) = bound(at: i)
        if b == .none && w(i) == nil && t[i].kind == .word { return nil }
        if b != .none, !inSentence, isWord(j, .dip) { j += 1 }   // "trước dịp Tết", "trong dịp 30/4"
        if b == .by, isWord(j, .cuoi), isExactly(j, "cuối") { b = .endOf; j += 1 }   // "đến cuối năm"
        // A time of day and a weekday before the date (TimesOfDay.swift, Weekdays.swift).
        var clockTime: String?
        // "vào sáng thứ Bảy, ngày 15/3", "vào chiều ngày 15/4": the part of the day before a weekday or a date.
        if isWord(j, .sang) && isExactly(j, "sáng") || isWord(j, .chieu) || isWord(j, .trua) || isWord(j, .toi) && isExactly(j, "tối") {
            if isWord(j + 1, .ngay) || weekdayAt(j + 1) != nil {
                j += 1
            } else if dayNumber(j + 1) != nil, isSep(j + 2), monthNumber(j + 3) != nil {
                // "Sáng 15/3", "chiều 20/4/2025": the part of the day marks a bare date as a time.
                j += 1
                if b == .none { b = .within }
            }
        }
        var clockStart = j
        if isWord(j, .luc), let (tm, k) = clockBeforeDate(at: j + 1) { clockTime = tm; clockStart = j + 1; j = k }
        else if let (tm, k) = clockBeforeDate(at: j) { clockTime = tm; j = k }
        if clockTime != nil, b == .before { b = .by }   // "trước 17 giờ ngày D": by D at 17:00
        // "Từ 7h30 đến 11h30 ngày 15/4": a span of hours on that day.
        if clockTime != nil, b == .from, let (_, k) = clock(at: clockStart),
           sym(k, "-") || isWord(k, .den) || isWord(k, .toi) { b = .within }
        if clockTime != nil, b == .none { b = .within }   // a clock marks the date as a time, also in a sentence
        var weekday: Int?
        if let (wd, k) = weekdayBeforeDate(at: j) { weekday = wd; j = k }
        if clockTime == nil, weekday != nil, let (tm, k) = clockBeforeDate(at: j) { clockTime = tm; j = k }
        let count = out.count
        // "từ nay đến cuối năm", "từ nay đến hết tháng 6": from the issue date to the end of the unit.
        if b == .from, isWord(j, .nay), isWord(j + 1, .den) || isWord(j + 1, .toi), let issued = context.issued,
           let n = timeStatement(at: j + 1), out.count == count + 1, let end = out[count].end, end >= issued {
            let grain = out[count].grain
            out[count] = Deadline(text: slice(i, n - 1), kind: .period, start: issued, end: end, grain: grain)
            return n
        }
        if weekday == nil {
            // "14h ngày mai", "8 giờ sáng thứ Hai tuần tới", "19 giờ Rằm tháng Giêng": the time goes to the day read.
            // One call after another (no `??`: its autoclosures copy the parser in debug builds).
            var n = lunarFeast(at: i, bound: b, from: j)
            if n == nil { n = weekOfMonth(at: i, bound: b, from: j) }
            if n == nil { n = everyday(at: i, bound: b, from: j) }
            if n == nil { n = weekdayStatement(at: i, bound: b, from: j) }
            if let n {
                if let tm = clockTime, out.count > count, out[out.count - 1].grain == .day,
                   out[out.count - 1].end != nil || out[out.count - 1].start != nil {
                    out[out.count - 1].time = tm
                }
                return n
            }
        }
        if isWord(j, .tet) { return lunarNewYear(at: i, bound: b, tet: j) }
        guard let n = unitStatement(at: i, bound: b, from: j, clock: &clockTime, weekday: &weekday) else { return nil }
        if out.count > count, out[out.count - 1].grain == .day, out[out.count - 1].end != nil || out[out.count - 1].start != nil {
            if let tm = clockTime { out[out.count - 1].time = tm }
            if let wd = weekday { checkWeekday(wd, since: count, strict: b == .before) }
        }
        return n
    }

    /// The unit after the bound (and any clock or weekday) at `j`.
    private mutating func unitStatement(at i: Int, bound b: Bound, from j: Int, clock: inout String?, weekday: inout Int?) -> Int? {
        // "cuối năm", "đầu năm" without a year.
        var e: TimeExpr
        if (b == .endOf || b == .vague), isWord(j, .nam), year(j + 1) == nil {
            e = TimeExpr(first: TimeUnit(grain: .year, year: nil), last: TimeUnit(grain: .year, year: nil), next: j + 1)
        } else {
            let bareYear = b != .none || !inSentence
            guard let x = expr(at: j, bareYear: bareYear, bareDayMonth: b != .none) else {
                // "15/8 (âm lịch)": a bare day and month is a date when the lunar mark follows.
                if let (u, n) = numericDate(at: j, yearless: true), lunarMark(at: n) != nil {
                    return lunarUnit(TimeExpr(first: u, last: u, next: n), at: i, bound: b)
                }
                return nil
            }
            e = x
        }
        if let n = recurringDay(e, bound: b, from: i) { return n }
        if let n = lunarUnit(e, at: i, bound: b) { return n }
        if e.first.grain == .day && e.first.index == 0 { return nil }   // "ngày 15" alone
        var end = e.next
        if e.last.grain == .day, e.last.index != 0 {
            if weekday == nil, let (wd, k) = weekdayAfterDate(at: end) { weekday = wd; end = k }
            if clock == nil, let (tm, k) = clockAfterDate(at: end) { clock = tm; end = k }
        }
        let open = openTail(at: end)
        if let n = open { end = n }
        // "thực hiện năm 2026 và các năm tiếp theo": an open tail makes a bare year a start, unless a document names it.
        let openStart = open != nil && b == .none && !namesDocumentBefore(i)
        if inSentence && !openStart && !sentenceAccepts(e, bound: b, at: i) { return end }
        // In a deadline position too, a period right after a programme's, strategy's or planning scheme's name is part
        // of the name ("thực hiện Chiến lược phát triển … giai đoạn 2021-2030").
        if !inSentence && namesHorizon(e, bound: b, at: i) { return end }
        let text = (i, end - 1)
        switch b {
        case .vague:
            // "đầu / giữa tháng 7": days 1–10 / 11–20 of that month, grain month.
            // "giữa tháng 7 và tháng 8" is "between": unparsed.
            if e.first.grain == .month, !e.isRange, !(isWord(i, .giua) && isWord(e.next, .va)),
               case .success(let span) = resolve(e),
               let (a, z) = thirdOfMonth(span.first, word: i) {
                add(Deadline(text: slice(text.0, text.1), kind: .due, start: a, end: z, grain: .month))
            } else {
                add(Deadline(text: slice(text.0, text.1), kind: .unparsed))
            }
        case .before:
            let firstOnly = TimeExpr(first: e.first, last: e.first, next: e.next)
            addSpan(.due, firstOnly, from: text.0, to: text.1) { (nil, $0.first.adding(days: -1)) }
        case .by, .endOf:
            addSpan(.due, e, from: text.0, to: text.1) { (nil, $0.last) }
        case .from:
            if e.isRange && open == nil {
                addSpan(.period, e, from: text.0, to: text.1) { ($0.first, $0.last) }
            } else {
                addSpan(.start, e, from: text.0, to: text.1) { ($0.first, nil) }
            }
        case .none, .within, .stage:
            if open != nil {
                addSpan(.start, e, from: text.0, to: text.1) { ($0.first, nil) }
            } else if e.isRange {
                addSpan(.period, e, from: text.0, to: text.1) { ($0.first, $0.last) }
            } else {
                addSpan(.due, e, from: text.0, to: text.1) { ($0.first, $0.last) }
            }
        }
        return end
    }
}
