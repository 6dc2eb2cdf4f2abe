/// Times of day attached to a date: "8 giờ 30 phút ngày 15/4/2026", "14h00 ngày 15/4/2026", "8h30, ngày 15/4",
/// "trước 17 giờ ngày 15/4/2026", "ngày 15/4/2026, lúc 14 giờ", "2 giờ chiều ngày 15/4/2026". The date keeps its
/// reading and the time goes to `time` ("08:30"). "trước 17 giờ ngày D" is by D at 17:00, not the day before D.
/// A time with no date beside it is no deadline of its own.
extension DeadlineParser {
    /// A clock time at `i`: "8 giờ", "8 giờ 30 (phút)", "8 giờ rưỡi", "14h", "14h00", "14h 30", "8:30", each optionally
    /// followed by "sáng", "trưa", "chiều", "tối". Returns "HH:MM" and the index after it.
    func clock(at i: Int) -> (String, Int)? {
        guard let hour = num(i), t[i].digits <= 2, hour <= 24 else { return nil }
        var k = i + 1
        var minute = 0
        if isWord(k, .gio) || isWord(k, .h) {
            k += 1
            if let m = num(k), t[k].digits <= 2, m <= 59, !isSep(k + 1) || isWord(k + 2, .ngay) {
                minute = m
                k += 1
                if isWord(k, .phut) { k += 1 }
            } else if isWord(k, .ruoi) {
                minute = 30
                k += 1
            }
        } else if sym(k, ":"), !t[k].spaced, let m = num(k + 1), t[k + 1].digits == 2, m <= 59, !t[k + 1].spaced {
            minute = m
            k += 2
        } else {
            return nil
        }
        var h = hour
        // "8 giờ sáng mai", "7 giờ tối nay": the part of the day stays for the day word after it (EverydayRelative.swift).
        let keep = isWord(k + 1, .mai) || isWord(k + 1, .nay) ? 0 : 1
        if isWord(k, .sang) && isExactly(k, "sáng") {
            if h == 12 { h = 0 }
            k += keep
        } else if isWord(k, .trua) {
            k += keep
        } else if isWord(k, .chieu) || isWord(k, .toi) && isExactly(k, "tối") {
            if h < 12 { h += 12 }
            k += keep
        }
        if h == 24 && minute == 0 { h = 0 }
        guard h <= 23 else { return nil }
        return (DeadlineClock.text(h, minute), k)
    }

    /// A clock before a date: the time and the index where the date begins (after ",", "-", "ngày" stays).
    func clockBeforeDate(at i: Int) -> (String, Int)? {
        guard let (time, k0) = clock(at: i) else { return nil }
        var k = k0
        // "7h30 đến 11h30 ngày 15/4", "8h - 11h ngày 15/4": the time is when it begins.
        if sym(k, "-") || isWord(k, .den) || isWord(k, .toi) && isExactly(k, "tới"), let (_, e) = clock(at: k + 1) { k = e }
        var j = k
        if sym(j, ",") || sym(j, "-") { j += 1 }
        guard isWord(j, .ngay) || weekdayAt(j) != nil || dayNumber(j) != nil && isSep(j + 1) || isWord(j, .mung)
                || isWord(j, .mong) || isWord(j, .ram) || isWord(j, .hom) || everydayUnit(at: j) != nil else { return nil }
        return (time, j)
    }

    /// A clock after a date: ", lúc 14 giờ", " vào lúc 8h30", " 14h00".
    func clockAfterDate(at i: Int) -> (String, Int)? {
        var j = i
        if sym(j, ",") || sym(j, "-") { j += 1 }
        if isWord(j, .vao) && isWord(j + 1, .luc) { j += 2 } else if isWord(j, .luc) { j += 1 }
        guard let (time, k) = clock(at: j) else { return nil }
        return (time, k)
    }

    /// The word at `k` exactly as written (lowercased), for words that fold alike ("tối" / "tới").
    func isExactly(_ k: Int, _ word: String) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word else { return false }
        let written = text[t[k].lower..<t[k].upper]
        return written == word || written.lowercased() == word
    }
}

enum DeadlineClock {
    static func text(_ h: Int, _ m: Int) -> String {
        (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }
}
