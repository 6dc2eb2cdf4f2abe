/// A calendar date without time or zone, as plans state them ("10/4/2026").
/// Proleptic Gregorian; ISO 8601 text form "2026-04-10". Every value lies in 0001-01-01 … 9999-12-31 (the four-digit
/// years of the schema's date pattern): initializers and arithmetic return nil outside it, never a trap.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 … 9999.
    public let year: Int
    /// The month, 1 … 12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// nil when the fields do not name a real day (31/4, 29/2/2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD".
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of a month: `daysIn(month: 2, year: 2024)` is 29.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day of a month.
    public static func firstOf(month: Int, year: Int) -> CivilDate? { CivilDate(year: year, month: month, day: 1) }
    /// The last day of a month: `lastOf(month: 4, year: 2026)` is 2026-04-30.
    public static func lastOf(month: Int, year: Int) -> CivilDate? {
        guard (1...12).contains(month) else { return nil }
        return CivilDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day number of 0001-01-01 and of 9999-12-31.
    static let dayNumbers = -719162...2932896

    /// The day `z0` days after 1970-01-01; nil outside 0001-01-01 … 9999-12-31.
    public init?(dayNumber z0: Int) {
        guard CivilDate.dayNumbers.contains(z0) else { return nil }
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// nil when the result falls outside 0001-01-01 … 9999-12-31 (or the arithmetic would overflow).
    public func adding(days: Int) -> CivilDate? {
        let (z, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : CivilDate(dayNumber: z)
    }

    /// Calendar months: 2025-03-31 + 1 month = 2025-04-30 (clamped to the month's end); nil outside 0001 … 9999.
    public func adding(months: Int) -> CivilDate? {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, index >= 12 else { return nil }
        let y = index / 12, m = index % 12 + 1
        guard y <= 9999 else { return nil }
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// The same day `years` later (29 February → 28 February), or nil past 9999.
    public func adding(years: Int) -> CivilDate? {
        let (months, overflow) = years.multipliedReportingOverflow(by: 12)
        return overflow ? nil : adding(months: months)
    }

    /// "2026-04-10".
    public var iso: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The ISO form, "2026-04-10".
    public var description: String { iso }

    /// Earlier dates first.
    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
