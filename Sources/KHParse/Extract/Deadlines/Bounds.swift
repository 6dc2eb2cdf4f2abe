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
        case .den, .toi: return (.by, isWord(i + 1, .het) ? i + 2 : i + 1)
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
        case .cuoi: return (.endOf, i + 1)
        case .dau, .giua: return (.vague, i + 1)
        case .tu, .ke, .bat, .tinh: return openStart(at: i)
        case .trong, .vao:
            var n = i + 1
            if isWord(n, .suot) { n += 1 }
            if let m = seq(n, .giai, .doan) { return (.within, m) }
            return (.within, n)
        case .giai:
            if isWord(i + 1, .doan) { return (.stage, i + 2) }
        default: break
        }
        return (.none, i)
    }

    /// A unit statement with its bound: due, period or start (or recurring for "trước ngày 15 hàng tháng").
    mutating func timeStatement(at i: Int) -> Int? {
        let (b, j) = bound(at: i)
        if b == .none && w(i) == nil && t[i].kind == .word { return nil }
        if isWord(j, .tet) { return lunarNewYear(at: i, bound: b, tet: j) }
        // "cuối năm", "đầu năm" without a year.
        var e: TimeExpr
        if (b == .endOf || b == .vague), isWord(j, .nam), year(j + 1) == nil {
            e = TimeExpr(first: TimeUnit(grain: .year, year: nil), last: TimeUnit(grain: .year, year: nil), next: j + 1)
        } else {
            let bareYear = b != .none || !inSentence
            guard let x = expr(at: j, bareYear: bareYear, bareDayMonth: b != .none) else { return nil }
            e = x
        }
        if let n = recurringDay(e, bound: b, from: i) { return n }
        if e.first.grain == .day && e.first.index == 0 { return nil }   // "ngày 15" alone
        var end = e.next
        let open = openTail(at: end)
        if let n = open { end = n }
        if inSentence && !sentenceAccepts(e, bound: b, at: i) { return end }
        let text = (i, end - 1)
        switch b {
        case .vague:
            add(Deadline(text: slice(text.0, text.1), kind: .unparsed))
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
