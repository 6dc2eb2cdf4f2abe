/// A duration after an event: "Sau 01 năm triển khai", "ngay sau 06 tháng tổ chức thực hiện",
/// "trong vòng 30 ngày kể từ ngày ký", "trong thời hạn 15 ngày làm việc kể từ ngày nhận Kế hoạch".
/// When the event is the plan itself (ký, ban hành, triển khai, tổ chức thực hiện) end = issue date + offset.
extension DeadlineParser {
    mutating func relative(at i: Int) -> Int? {
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
        if let n = seq(k, .ke, .tu) ?? seq(k, .tinh, .tu) {
            k = n
            if isWord(k, .ngay) { k += 1 }
        } else if within {
            guard isWord(k, .sau) else { return nil }
            k += 1
            if isWord(k, .khi) { k += 1 }
        }
        var e = k
        while !isStop(e) && e - k < 20 { e += 1 }
        let offset = "P\(count)\(unit)"
        var end: CivilDate?
        if !workingDays, let issued = context.issued, e > k, planAnchored(k, e) {
            switch unit {
            case "D": end = issued.adding(days: count)
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
    func planAnchored(_ k: Int, _ e: Int) -> Bool {
        var m = k
        if isWord(m, .ky) || isWord(m, .ki) {
            m += 1
            if let n = seq(m, .ban, .hanh) { m = n }
        } else if let n = seq(m, .ban, .hanh) {
            m = n
        } else if let n = seq(m, .trien, .khai) {
            m = seq(n, .thuc, .hien) ?? n
        } else if let n = seq(m, .to, .chuc), let h = seq(n, .thuc, .hien) {
            m = h
        } else if let n = seq(m, .thuc, .hien) {
            m = n
        } else {
            return false
        }
        if m >= e { return true }
        if let n = seq(m, .ke, .hoach) ?? seq(m, .van, .ban) { m = n }
        if isWord(m, .nay) { m += 1 }
        return m >= e
    }
}
