/// After (or before) an event with no duration: "sau khi Quy hoạch chung … được phê duyệt", "ngay sau khi …", "khi có yêu cầu",
/// "trước khi Luật có hiệu lực",
/// "sau thí điểm", "hoàn thành sau Quy hoạch chung … đến năm 2050, tầm nhìn đến năm 2075 được phê duyệt".
/// The years inside the event are part of it, never dates. In a sentence only a condition that opens or closes it.
extension DeadlineParser {
    mutating func conditional(at i: Int) -> Int? {
        var j = i
        if isWord(j, .ngay), isWord(j + 1, .sau) { j += 1 }
        let start: Int
        var needsTerminal = false
        var before = false
        if let n = seq(j, .sau, .khi), isExactlyKhi(j + 1) {
            start = n
        } else if i == j, let n = seq(j, .truoc, .khi), isExactlyKhi(j + 1) {
            // "trước khi Luật có hiệu lực": before the event; read from "trước", so that the text keeps it
            // (from "khi" on, it said the opposite).
            start = n
            before = true
        } else if isWord(j, .khi), isExactlyKhi(j), isAnyWord(j + 1) {
            start = j + 1
        } else if isWord(j, .sau), isAnyWord(j + 1), !isWord(j + 1, .do), !isWord(j + 1, .khi) {
            start = j + 1
            needsTerminal = !(isWord(start, .thi) && isWord(start + 1, .diem))
        } else {
            return nil
        }
        var end: Int
        var bounded = true      // the event's end is known from its wording, not from a scan
        if let n = terminal(from: start) {
            end = n
        } else if needsTerminal {
            return nil
        } else if isWord(start, .thi), isWord(start + 1, .diem) {
            end = start + 2
        } else {
            bounded = false
            end = start
            // "khi có yêu cầu và thường xuyên": the time after "và" is a statement of its own.
            while !isStop(end) && end - start < 30 && !(end > start && isWord(end, .va) && timeFollows(end + 1)) { end += 1 }
        }
        // A bare "khi" clause in a sentence is a condition only when it states an event ("khi có yêu cầu", "khi Đề án
        // được phê duyệt", "khi xảy ra sự cố"), not an activity ("không sử dụng điện thoại khi lái xe").
        if inSentence, before || start == j + 1 && isWord(j, .khi), !statesEvent(start, end) { return nil }
        if inSentence {
            let opens = i == begin
            // An opening condition is a short clause of its own ("Sau khi Đề án được phê duyệt, …"),
            // not a whole sentence that begins with "Khi".
            if opens && !bounded && (!sym(end, ",") && end < t.count || end - start > 12) { return nil }
            var rest = end
            while rest < t.count && isSymbol(rest) && !sym(rest, ";") { rest += 1 }
            let closes = rest >= t.count
            if !opens && !closes {
                // A closing condition may run past a comma: "…, khi có hướng dẫn của Trung ương, Bộ Công an."; but not
                // past a time of its own: "… khi có yêu cầu, hoàn thành trước ngày 30/6/2026", "khi có yêu cầu và thường xuyên".
                var tail = start
                var timed = false
                while tail < t.count && !sym(tail, ";") && !(sym(tail, ".") && !isDottedNumber(tail)) && tail - start < 40 {
                    if tail > start, sym(tail, ",") || isWord(tail, .va), timeFollows(tail + 1) { timed = true; break }
                    tail += 1
                }
                var after = tail
                while after < t.count && isSymbol(after) { after += 1 }
                guard after >= t.count || timed, opensClause(i) || !needsTerminal else { return nil }
                end = tail
            }
        }
        guard end > start else { return nil }
        add(Deadline(text: slice(i, end - 1), kind: .conditional, event: slice(start, end - 1)))
        return end
    }

    /// An event, not an activity: "có …", "… được …", "nhận (được) …", "xảy ra", "phát sinh", "kết thúc", "hoàn thành",
    /// "cần thiết", "đủ điều kiện", or a terminal ("… phê duyệt / ban hành / thông qua / có hiệu lực").
    func statesEvent(_ start: Int, _ end: Int) -> Bool {
        if isWord(start, .co) || isWord(start, .can) && (isWord(start + 1, .thiet) || start + 1 >= end) { return true }
        // A subject of its own: a capitalized name ("khi Đề án …", "khi Trung ương …") or a body, a system, a state of
        // things ("khi nhà nước thu hồi đất", "khi hệ thống điện có nhu cầu", "khi dự báo đến cấp III").
        if start < t.count, let c = text.unicodeScalars[t[start].lower...].first, c.properties.isUppercase { return true }
        if start < t.count, DeadlineConditionSubjects.keys.contains(key(start)) { return true }
        if (start..<min(end, start + 5)).contains(where: { isWord($0, .co) }) { return true }
        var k = start
        while k < end && k < t.count && k - start < 30 {
            if isWord(k, .duoc) || isWord(k, .nhan) && isExactly(k, "nhận") { return true }   // not "cá nhân"
            if k + 1 < t.count, DeadlineConditionSubjects.eventPairs.contains(key(k) + " " + key(k + 1)) { return true }
            if DeadlineConditionSubjects.eventWords.contains(key(k)) { return true }
            if seq(k, .xay, .ra) != nil || seq(k, .phat, .sinh) != nil || seq(k, .ket, .thuc) != nil
                || seq(k, .hoan, .thanh) != nil || seq(k, .dieu, .kien) != nil || seq(k, .phe, .duyet) != nil
                || seq(k, .ban, .hanh) != nil || seq(k, .thong, .qua) != nil || seq(k, .hieu, .luc) != nil { return true }
            k += 1
        }
        return false
    }

    /// The end of "… được phê duyệt / ban hành / thông qua", "… có hiệu lực": the index after it.
    /// The search crosses a comma only into a plan's horizon (", tầm nhìn đến năm 2075").
    func terminal(from start: Int) -> Int? {
        var k = start
        while k < t.count && k - start < 40 {
            if isClauseEnd(k) || (sym(k, ".") && !isDottedNumber(k)) { return nil }
            if sym(k, ","), !(isWord(k + 1, .tam) && isWord(k + 2, .nhin)) { return nil }
            if let n = seq(k, .phe, .duyet) ?? seq(k, .ban, .hanh) ?? seq(k, .thong, .qua) ?? seq(k, .hieu, .luc) {
                guard k > start else { k += 1; continue }
                // "sau khi Trung ương ban hành Bộ tiêu chí quốc gia": an active verb's object is part of the event,
                // up to the clause's end or a time of its own; "… được ban hành" ends there.
                guard !isWord(k - 1, .duoc), seq(k, .hieu, .luc) == nil else { return n }
                var e = n
                while e < t.count, e - start < 40, !isStop(e), !opensTime(e), !(isWord(e, .va) && timeFollows(e + 1)),
                      !endsEvent(e) {
                    e += 1
                }
                return e
            }
            k += 1
        }
        return nil
    }

    /// A time opens at `j`, after at most two words ("hoàn thành", "thực hiện"): a bound before a date ("trước ngày 30/6"),
    /// "thường xuyên", "liên tục", "định kỳ", "hằng tháng".
    func timeFollows(_ j: Int) -> Bool {
        var k = j
        while k < t.count && k <= j + 2 {
            if isSymbol(k) { return false }
            if isWord(k, .lien) && isWord(k + 1, .tuc) { return true }
            // "trong vòng 24 giờ", "trong 03 ngày": a duration counts from the event, and stays in it.
            if opensTime(k, durations: false) { return true }
            k += 1
        }
        return false
    }

    /// The object of an event's verb ends before "thì", "để", "nhằm" and before a body that opens the next clause
    /// ("Sau khi UBND tỉnh phê duyệt Đề án thì Sở Tài chính …", "… ban hành hướng dẫn Sở Tài chính tham mưu …").
    func endsEvent(_ e: Int) -> Bool {
        if isExactly(e, "thì") || isExactly(e, "để") || isExactly(e, "nhằm") { return true }
        guard t[e].kind == .word, text.unicodeScalars[t[e].lower].properties.isUppercase else { return false }
        return AgencyReader.beginsWithAgency(Substring(text.unicodeScalars[t[e].lower...]))
    }

    /// A time opens right at `j`: a bound before a date, "thường xuyên", "định kỳ", "hằng tháng". `durations`: whether
    /// "trong vòng 24 giờ" counts (`timeFollows` leaves it in the event it counts from).
    func opensTime(_ j: Int, durations: Bool = true) -> Bool {
        if isWord(j, .thuong) && isWord(j + 1, .xuyen) || isWord(j, .dinh) && isWord(j + 1, .ky) { return true }
        if isWord(j, .hang) && frequency(j + 1, count: 1) != nil { return true }
        let (b, n) = bound(at: j)
        return b != .none && b != .vague && boundsDate(at: n) && (durations || !(b == .within && num(n) != nil))
    }

    /// "khi" as written, not "khí" (vũ khí) or "khỉ", which fold to the same key.
    func isExactlyKhi(_ k: Int) -> Bool {
        guard k < t.count else { return false }
        return text[t[k].lower..<t[k].upper].lowercased() == "khi"
    }

    /// True at the start of the content or right after ",", ";", ":" or "(".
    func opensClause(_ i: Int) -> Bool {
        i == begin || sym(i - 1, ",") || sym(i - 1, ";") || sym(i - 1, ":") || sym(i - 1, "(")
            || (sym(i - 1, ".") && !isDottedNumber(i - 1))
    }
}

/// First words of a "khi" clause that name who or what the event happens to (folded keys).
enum DeadlineConditionSubjects {
    /// ("nhà nước", "người", "hệ thống", "chính quyền", "ngân sách", "dự án / dự báo", "tình hình", "dịch bệnh", "thiên
    /// tai", "cấp trên", "Trung ương", "doanh nghiệp", "đơn vị", "ủy ban", "thời tiết"; not "tổ chức", "thu thập", "bố trí").
    static let keys: Set<String> = ["nha", "nguoi", "he", "chinh", "ngan", "du", "tinh", "dich", "thien", "cap", "trung",
                                    "doanh", "don", "uy", "thoi"]
    /// Verbs of an event: "xuất hiện", "phát hiện", "thay đổi", "tiếp diễn", "hết hạn"; "xong", "cần", "rút".
    static let eventPairs: Set<String> = ["xuat hien", "phat hien", "thay doi", "tiep dien", "het han", "bien dong"]
    static let eventWords: Set<String> = ["xong", "rut"]
}
