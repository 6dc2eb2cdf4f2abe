/// Open starts: "Từ tháng 3/2023", "kể từ ngày 15/4/2026", "bắt đầu từ Quý III/2026", "từ đầu năm 2023",
/// and open ends that turn a unit into a start: "trong năm 2026 và các năm tiếp theo", "Quý II/2026 và giai đoạn
/// tiếp theo", "từ năm 2026 trở đi". "Từ X đến Y" is a period (a range, YearsAndRanges.swift).
extension DeadlineParser {
    func openStart(at i: Int) -> (Bound, Int) {
        var n: Int
        if isWord(i, .tu) {
            // "từ", not "tự" ("trật tự dịp Tết") or "tư", which fold alike.
            guard isExactly(i, "từ") else { return (.none, i) }
            n = i + 1
        } else if let m = seq(i, .ke, .tu) ?? seq(i, .tinh, .tu) ?? seq(i, .bat, .dau, .tu) {
            n = m
        } else if let m = seq(i, .bat, .dau) {
            n = m
        } else {
            return (.none, i)
        }
        // "từ đầu năm 2023" starts with the unit.
        if isWord(n, .dau), isWord(n + 1, .nam) || isWord(n + 1, .thang) || isWord(n + 1, .quy) { n += 1 }
        return (.from, n)
    }

    /// "và các năm tiếp theo", "và những năm tiếp theo", "và (các) giai đoạn tiếp theo", "và các năm sau", "trở đi".
    func openTail(at i: Int) -> Int? {
        if let n = seq(i, .tro, .di) { return n }
        guard isWord(i, .va) else { return nil }
        var k = i + 1
        if isWord(k, .cac) || isWord(k, .nhung) { k += 1 }
        if isWord(k, .nam) { k += 1 } else if let n = seq(k, .giai, .doan) { k = n } else { return nil }
        if let n = seq(k, .tiep, .theo) { return n }
        if isWord(k, .sau) { return k + 1 }
        return nil
    }
}
