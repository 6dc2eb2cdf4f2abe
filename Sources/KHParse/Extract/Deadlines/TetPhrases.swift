/// "trước Tết Nguyên đán [Can Chi] YYYY" → due, end = the day before Tết of that year (LunarNewYear.swift).
/// The year may be given by its stem and branch alone ("trước Tết Nguyên đán Bính Ngọ": the nearest such year).
extension DeadlineParser {
    mutating func lunarNewYear(at i: Int, bound b: Bound, tet: Int) -> Int? {
        var k = tet + 1
        if let n = seq(k, .nguyen, .dan) { k = n }
        var cycle: Int?
        if let (c, n) = stemBranch(at: k) { cycle = c; k = n }
        if isWord(k, .nam), year(k + 1) != nil { k += 1 }
        var y = year(k)
        if y != nil { k += 1 }
        if inSentence && b == .none { return nil }
        if y == nil, let c = cycle {
            let near = context.issued?.year ?? lastYear ?? context.fallbackYear
            y = near.map { LunarNewYear.nearestYear(cycle: c, to: $0) }
        }
        if y == nil, let issued = context.issued {
            // The first Tết on or after the start of the issue month.
            let monthStart = CivilDate.firstOf(month: issued.month, year: issued.year) ?? issued
            y = (LunarNewYear.date(year: issued.year).map { $0 >= monthStart } ?? true) ? issued.year : issued.year + 1
        }
        if y == nil { y = lastYear ?? context.fallbackYear }
        let text = slice(i, k - 1)
        guard let year = y else {
            add(Deadline(text: text, kind: b == .from ? .start : .due, grain: .day))
            return k
        }
        guard let tetDay = LunarNewYear.date(year: year) else {
            add(Deadline(text: text, kind: .unparsed))
            return k
        }
        switch b {
        case .before: add(Deadline(text: text, kind: .due, end: tetDay.adding(days: -1), grain: .day))
        case .by, .endOf: add(Deadline(text: text, kind: .due, end: tetDay, grain: .day))
        case .from: add(Deadline(text: text, kind: .start, start: tetDay, grain: .day))
        case .vague: add(Deadline(text: text, kind: .unparsed))
        default: add(Deadline(text: text, kind: .due, start: tetDay, end: tetDay, grain: .day))
        }
        return k
    }

    /// "Bính Ngọ" → its place in the sixty-year cycle (0 = Giáp Tý) and the index after it.
    func stemBranch(at k: Int) -> (Int, Int)? {
        let stems: [Vocab] = [.giap, .at, .binh, .dinh, .mau, .ky, .canh, .tan, .nham, .quy]
        guard let s = w(k), let stem = stems.firstIndex(of: s), let b = w(k + 1) else { return nil }
        let branch: Int
        switch b {
        case .ty: branch = stem % 2 == 0 ? 0 : 5   // Tý and Tỵ fold alike; the stem's parity tells them apart
        case .suu: branch = 1
        case .dan: branch = 2
        case .mao, .meo: branch = 3
        case .thin: branch = 4
        case .ngo: branch = 6
        case .mui: branch = 7
        case .than: branch = 8
        case .dau: branch = 9
        case .tuat: branch = 10
        case .hoi: branch = 11
        default: return nil
        }
        guard stem % 2 == branch % 2 else { return nil }
        // The cycle index c with c % 10 == stem and c % 12 == branch.
        guard let c = (0..<60).first(where: { $0 % 10 == stem && $0 % 12 == branch }) else { return nil }
        return (c, k + 2)
    }
}

extension LunarNewYear {
    /// The year of cycle position `cycle` (0 = Giáp Tý, e.g. 1984) nearest to `year`.
    static func nearestYear(cycle: Int, to year: Int) -> Int {
        let base = year - ((year - 1984) % 60 + 60) % 60 + cycle   // same 60-year cycle as `year`
        return [base - 60, base, base + 60].min { abs($0 - year) < abs($1 - year) } ?? base
    }
}
