/// A duration after an event: "Sau 01 năm triển khai", "ngay sau 06 tháng tổ chức thực hiện",
/// "trong vòng 30 ngày kể từ ngày ký", "trong thời hạn 15 ngày làm việc kể từ ngày nhận Kế hoạch".
/// When the event is the plan itself (ký, ban hành, triển khai, tổ chức thực hiện) end = issue date + offset.
extension DeadlineParser {
    mutating func relative(at i: Int) -> Int? {
        if let n = anchorFirst(at: i) { return n }
        var j = i
        var within = false
        if isWord(j, .ngay), isWord(j + 1, .sau) { j += 1 }
        if isWord(j, .sau) {
            j += 1
        } else if let n = seq(j, .trong, .vong) ?? seq(j, .trong, .thoi, .han) ?? seq(j, .khong, .qua) {
            j = n; within = true
        } else if isWord(j, .trong) || seq(j, .cham, .nhat) != nil {
            j += isWord(j, .trong) ? 1 : 2; within = true
        } else if num(j) != nil {
            within = true   // "30 ngày kể từ ngày ký": needs its anchor
        } else {
            return nil
        }
        guard let count = num(j), t[j].digits <= 4, let unit = durationLetter(j + 1) else { return nil }
        var k = j + 2
        var workingDays = false
        if unit == "D", let n = seq(k, .lam, .viec) { k = n; workingDays = true }
        // "Trong thời hạn 30 ngày, kể từ ngày ký"
        let comma = sym(k, ",") && (seq(k + 1, .ke, .tu) ?? seq(k + 1, .tinh, .tu)) != nil ? 1 : 0
        if let n = seq(k + comma, .ke, .tu) ?? seq(k + comma, .tinh, .tu) {
            k = n
            if isWord(k, .ngay) || isExactlyKhi(k) { k += 1 }
        } else if within {
            guard isWord(k, .sau) else { return nil }
            k += 1
            if isWord(k, .khi) { k += 1 }
        }
        var e = k
        while !isStop(e) && e - k < 20 { e += 1 }
        let offset = "P\(count)\(unit)"
        var end: CivilDate?
        if let issued = context.issued, e > k, planAnchored(k, e) {
            switch unit {
            case "D": end = workingDays ? issued.addingWorkingDays(count) : issued.adding(days: count)
            case "W": end = issued.adding(days: 7 * count)
            case "M": end = issued.adding(months: count)
            default: end = issued.adding(years: count)
            }
            // "trong vòng 8000 năm kể từ ngày ký": no calendar date; kept as written, with a diagnostic.
            if end == nil {
                add(Deadline(text: slice(i, e - 1), kind: .unparsed, problem: .outOfRange))
                return e
            }
        }
        add(Deadline(text: slice(i, e - 1), kind: .relative, end: end, offset: offset,
                     event: e > k ? slice(k, e - 1) : nil))
        return e
    }

    /// ISO 8601 designator of a duration word.
    func durationLetter(_ k: Int) -> String? {
        switch w(k) {
        case .ngay: return "D"
        case .tuan: return "W"
        case .thang: return "M"
        case .nam: return year(k + 1) == nil ? "Y" : nil
        default: return nil
        }
    }

    /// "ký", "ban hành", "ký ban hành", "triển khai (thực hiện)", "(tổ chức) thực hiện", optionally followed by
    /// "Kế hoạch (này)", "văn bản này", "này".
    /// The anchors that mean "from the day this document is issued or signed" (AnchorPhrases in Relative.swift's
    /// corpus): "ký", "ban hành", "ký ban hành", "ký, ban hành", "triển khai (thực hiện)", "(tổ chức) thực hiện", each
    /// optionally followed by "Kế hoạch (này)", "văn bản (này)", "Quyết định này" …; the passive "Kế hoạch (này) được
    /// ký / ban hành"; after "ngày" or "khi" ("sau ngày ký", "kể từ khi Kế hoạch được ban hành").
    func planAnchored(_ k: Int, _ e: Int) -> Bool {
        var m = k
        if isWord(m, .ngay) || isExactlyKhi(m) { m += 1 }
        if let n = selfDocument(m) {
            // The passive: "Kế hoạch này được ký ban hành".
            guard isWord(n, .duoc), let v = planVerb(n + 1, passive: true) else { return false }
            return v >= e
        }
        guard let v = planVerb(m, passive: false) else { return false }
        m = v
        if m >= e { return true }
        if let n = selfDocument(m) { m = n }
        return m >= e
    }

    /// "ký (ban hành)", "ký, ban hành", "ban hành", and, in the active voice, "triển khai (thực hiện)", "(tổ chức)
    /// thực hiện": the index after.
    func planVerb(_ m: Int, passive: Bool) -> Int? {
        if isWord(m, .ky) || isWord(m, .ki) {
            if let n = seq(m + 1, .ban, .hanh) { return n }
            if sym(m + 1, ","), let n = seq(m + 2, .ban, .hanh) { return n }
            return m + 1
        }
        if let n = seq(m, .ban, .hanh) { return n }
        if passive { return nil }
        if let n = seq(m, .trien, .khai) { return seq(n, .thuc, .hien) ?? n }
        if let n = seq(m, .to, .chuc), let h = seq(n, .thuc, .hien) { return h }
        return seq(m, .thuc, .hien)
    }

    /// The plan naming itself: "Kế hoạch (này)", "văn bản (này)", or another type with "này" ("Quyết định này").
    func selfDocument(_ m: Int) -> Int? {
        if let n = seq(m, .ke, .hoach) ?? seq(m, .van, .ban) { return isWord(n, .nay) ? n + 1 : n }
        if let n = documentHead(m), isWord(n, .nay) { return n + 1 }
        return nil
    }

    /// The anchor first: "Kể từ ngày ban hành Kế hoạch này, trong vòng 30 ngày …", "kể từ ngày ký, chậm nhất 15 ngày".
    mutating func anchorFirst(at i: Int) -> Int? {
        guard let s = seq(i, .ke, .tu) ?? seq(i, .tinh, .tu) else { return nil }
        var k = s
        if isWord(k, .ngay) || isExactlyKhi(k) { k += 1 }
        // The anchor must be the plan's own ("kể từ ngày 15/4/2026" is an open start).
        var e = k
        while !isStop(e) && e - k < 12 { e += 1 }
        // "kể từ ngày 15/4/2026" is an open start (OpenStarts.swift), not an event.
        guard e > k, isAnyWord(k) else { return nil }
        let own = planAnchored(k, e)
        var j = e
        if sym(j, ",") { j += 1 }
        if let n = seq(j, .trong, .vong) ?? seq(j, .trong, .thoi, .han) ?? seq(j, .cham, .nhat) ?? seq(j, .khong, .qua) {
            j = n
        } else if isWord(j, .trong) || isWord(j, .sau) {
            j += 1
        } else {
            // "kể từ ngày ký" alone, in a deadline position: from the issue date on.
            guard own, !inSentence else { return nil }
            add(Deadline(text: slice(i, e - 1), kind: .start, start: context.issued, grain: .day))
            return e
        }
        guard let count = num(j), t[j].digits <= 4, let unit = durationLetter(j + 1) else { return nil }
        var n = j + 2
        let workingDays = unit == "D" && seq(n, .lam, .viec) != nil
        if workingDays { n += 2 }
        var end: CivilDate?
        if own, let issued = context.issued {
            switch unit {
            case "D": end = workingDays ? issued.addingWorkingDays(count) : issued.adding(days: count)
            case "W": end = issued.adding(days: 7 * count)
            case "M": end = issued.adding(months: count)
            default: end = issued.adding(years: count)
            }
            if end == nil {
                add(Deadline(text: slice(i, n - 1), kind: .unparsed, problem: .outOfRange))
                return n
            }
        }
        add(Deadline(text: slice(i, n - 1), kind: .relative, end: end, offset: "P\(count)\(unit)", event: slice(k, e - 1)))
        return n
    }
}

extension CivilDate {
    /// `n` working days after this date, Saturdays and Sundays skipped (public holidays are not modelled):
    /// Friday 2025-03-14 + 1 working day = Monday 2025-03-17. nil outside 0001 … 9999.
    func addingWorkingDays(_ n: Int) -> CivilDate? {
        guard n >= 0 else { return nil }
        let weeks = n / 5
        var rest = n % 5
        guard var d = adding(days: 7 * weeks) else { return nil }
        // From a weekend day, the first working day counts as one.
        while rest > 0 {
            guard let next = d.adding(days: 1) else { return nil }
            d = next
            if d.weekday <= 5 { rest -= 1 }
        }
        // A whole number of weeks from a weekend day lands on a weekend: the Friday before is the n-th working day.
        while d.weekday > 5, n > 0 {
            guard let prev = d.adding(days: -1) else { return nil }
            d = prev
        }
        return d
    }
}
