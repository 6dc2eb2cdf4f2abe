/// Two-digit years: "15/4/26", "15-4-26", "tháng 4/26", "Q3/27", "Quý II/26" are 20YY or 19YY, whichever lies nearer the
/// issue date (else the nearest dated phrase before, else the fallback year). With none of them the year is unknown and
/// the dates are null, as for a year-less phrase. Dotted "1.2.26" numbers an item and is no date.
extension DeadlineParser {
    /// A two-digit year at `i` (not followed by more of a number): `value` nil when no year is near to choose a century.
    func shortYear(_ i: Int) -> (value: Int?, next: Int)? {
        guard let v = num(i), t[i].digits == 2, !(isSep(i + 1) && num(i + 2) != nil) else { return nil }
        guard let near = context.issued?.year ?? lastYear ?? context.fallbackYear else { return (nil, i + 1) }
        let a = 1900 + v, b = 2000 + v
        return (abs(a - near) < abs(b - near) ? a : b, i + 1)
    }
}
