/// A deadline in the words a person reads: the phrase as written, then its dates as dd/MM/yyyy.
///
///     trước 30/4/2026 → 29/04/2026
///     trong Quý II/2026 → 01/04–30/06/2026
///     Từ tháng 3/2023 → từ 01/03/2023
///     hằng tháng
enum DeadlineWords {
    static func words(_ deadline: Deadline) -> String {
        guard let dates = dates(deadline) else { return deadline.text }
        return deadline.text + " → " + dates
    }

    /// "29/04/2026", "01/04–30/06/2026", "01/01/2026–31/12/2028", "từ 01/03/2023"; nil without dates.
    static func dates(_ deadline: Deadline) -> String? {
        switch (deadline.start, deadline.end) {
        case let (start?, end?) where start == end:
            return day(end)
        case let (start?, end?) where start.year == end.year:
            return "\(two(start.day))/\(two(start.month))–\(day(end))"
        case let (start?, end?):
            return "\(day(start))–\(day(end))"
        case let (nil, end?):
            return day(end)
        case let (start?, nil):
            return "từ \(day(start))"
        case (nil, nil):
            return nil
        }
    }

    /// dd/MM/yyyy.
    static func day(_ date: CivilDate) -> String { "\(two(date.day))/\(two(date.month))/\(date.year)" }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
