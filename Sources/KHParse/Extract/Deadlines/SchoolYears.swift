/// School years: "năm học 2025-2026", "trong năm học 2025 - 2026", "trước (khai giảng) năm học 2026-2027", "đến
/// hết năm học 2025-2026". A school year runs from September to the August after it (it opens in early September;
/// the next one opens a year later), so its two numbers are not a period of two calendar years.
extension DeadlineParser {
    mutating func schoolYear(at i: Int) -> Int? {
        var k = i
        enum Edge { case whole, before, until, from }
        var edge = Edge.whole
        // "học kỳ I năm học 2025-2026": a term of it, whose dates each school sets: unparsed, not two calendar years.
        let term = isWord(i - 2, .ky) ? i - 2 : isWord(i - 3, .ky) ? i - 3 : nil
        if isWord(k, .tu), isExactly(k, "từ") {
            edge = .from
            k += 1
        } else if isWord(k, .truoc) {
            edge = .before
            k += 1
            // "trước khai giảng", "trước thời điểm khai giảng": the school year's opening.
            if let n = seq(k, .thoi, .diem) { k = n }
            if isWord(k, .khai), isKey(k + 1, "giang") { k += 2 }
        } else if isWord(k, .den) || isWord(k, .het) {
            edge = .until
            k += isWord(k, .den) && isWord(k + 1, .het) ? 2 : 1
        } else if isWord(k, .trong) || isWord(k, .suot) {
            k += 1
        } else if inSentence {
            // Bare in a sentence it names the year a fact belongs to ("tổng kết năm học 2024-2025"), as a bare year does.
            return nil
        }
        guard isWord(k, .nam), isKey(k + 1, "hoc"), let first = year(k + 2), sym(k + 3, "-"), let second = year(k + 4),
              second == first + 1 else { return nil }
        if let term, edge == .whole {
            add(Deadline(text: slice(isKey(term - 1, "hoc") ? term - 1 : term, k + 4), kind: .unparsed))
            return k + 5
        }
        let opens = CivilDate(year: first, month: 9, day: 1), ends = CivilDate(year: second, month: 8, day: 31)
        let text = slice(i, k + 4)
        switch edge {
        case .whole: add(Deadline(text: text, kind: .due, start: opens, end: ends, grain: .year))
        case .before: add(Deadline(text: text, kind: .due, start: nil, end: CivilDate(year: first, month: 8, day: 31), grain: .year))
        case .until: add(Deadline(text: text, kind: .due, start: nil, end: ends, grain: .year))
        case .from: add(Deadline(text: text, kind: .start, start: opens, end: nil, grain: .year))
        }
        return k + 5
    }

    /// A word outside the vocabulary by its key ("học", "giảng"); false before the start and past the end.
    private func isKey(_ i: Int, _ word: String) -> Bool { i >= 0 && isAnyWord(i) && key(i) == word }
}
