import Foundation

/// Vietnamese lunar new year (Tết Nguyên đán), by the astronomical method at UTC+7: a lunar month begins on the
/// local day of a new moon, month 11 holds the winter solstice, and in a 13-month year the first month without a
/// major solar term is the leap month. The new moon and sun longitude formulas are the ones Hồ Ngọc Đức describes
/// (after Meeus, "Astronomical Algorithms"); they give the published Vietnamese dates, which differ from the Chinese
/// (UTC+8) calendar in some years: Tết 1985 is 21 January in Vietnam (20 February in China), 2007 is 17 February
/// (18 February), 2030 is 2 February (3 February).
enum LunarNewYear {
    static let timeZone = 7.0
    static let synodicMonth = 29.530588853
    /// Julian day of the new moon of 1900-01-01, the origin of the lunation count `k`.
    static let epoch = 2415021.076998695

    /// `LunarNewYear.date(year: 2026)` → 2026-02-17.
    static func date(year: Int) -> CivilDate? {
        guard (1800...2199).contains(year) else { return nil }
        // Month 11 of the previous lunar year begins at a11; Tết is two (or, with a leap month 11 or 12, three) months later.
        let a11 = month11(year - 1)
        let b11 = month11(year)
        let k = Int(((Double(a11) - epoch) / synodicMonth + 0.5).rounded(.down))
        var months = 2
        if b11 - a11 > 365 {
            let leap = leapMonthOffset(a11)
            if leap <= 2 { months = 3 }
        }
        let day = newMoonDay(k + months)
        return CivilDate(dayNumber: day - 2440588)
    }

    /// The local day (Julian day number) of new moon number `k`.
    static func newMoonDay(_ k: Int) -> Int {
        Int((newMoon(k) + 0.5 + timeZone / 24).rounded(.down))
    }

    /// Julian date (UT) of new moon number `k` after 1900-01-01.
    static func newMoon(_ k: Int) -> Double {
        let kd = Double(k)
        let T = kd / 1236.85, T2 = T * T, T3 = T2 * T
        let dr = Double.pi / 180
        var jd1 = 2415020.75933 + 29.53058868 * kd + 0.0001178 * T2 - 0.000000155 * T3
        jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr)
        let M = 359.2242 + 29.10535608 * kd - 0.0000333 * T2 - 0.00000347 * T3
        let Mpr = 306.0253 + 385.81691806 * kd + 0.0107306 * T2 + 0.00001236 * T3
        let F = 21.2964 + 390.67050646 * kd - 0.0016528 * T2 - 0.00000239 * T3
        var c1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M)
        c1 -= 0.4068 * sin(Mpr * dr) - 0.0161 * sin(dr * 2 * Mpr)
        c1 -= 0.0004 * sin(dr * 3 * Mpr)
        c1 += 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr))
        c1 -= 0.0074 * sin(dr * (M - Mpr)) - 0.0004 * sin(dr * (2 * F + M))
        c1 -= 0.0004 * sin(dr * (2 * F - M)) + 0.0006 * sin(dr * (2 * F + Mpr))
        c1 += 0.0010 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M))
        let deltaT: Double
        if T < -11 {
            deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
        } else {
            deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2
        }
        return jd1 + c1 - deltaT
    }

    /// The sun's apparent longitude at Julian date `jd`, in radians [0, 2π).
    static func sunLongitude(_ jd: Double) -> Double {
        let T = (jd - 2451545.0) / 36525, T2 = T * T
        let dr = Double.pi / 180
        let M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2
        let L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
        var DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * sin(dr * M)
        DL += (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.000290 * sin(dr * 3 * M)
        var L = (L0 + DL) * dr
        L -= Double.pi * 2 * (L / (Double.pi * 2)).rounded(.down)
        return L
    }

    /// The major solar term (0…11, a sector of 30°) in force at the start of local day `day`.
    static func solarTerm(_ day: Int) -> Int {
        Int((sunLongitude(Double(day) - 0.5 - timeZone / 24) / Double.pi * 6).rounded(.down))
    }

    /// The first day of lunar month 11 (the month of the winter solstice) of Gregorian year `y`.
    static func month11(_ y: Int) -> Int {
        // Days from 1970 to 31 December of y, by the proleptic Gregorian count (valid for any y).
        let dec31 = daysBefore(year: y + 1) - 1 + 2440588
        let k = Int(((Double(dec31) - 2415021) / synodicMonth).rounded(.down))
        let nm = newMoonDay(k)
        return solarTerm(nm) >= 9 ? newMoonDay(k - 1) : nm
    }

    /// Days from 1970-01-01 to 1 January of `year` (negative before), for any year.
    static func daysBefore(year: Int) -> Int {
        let y = year - 1
        return 365 * (y - 1969) + (y / 4 - 1969 / 4) - (y / 100 - 1969 / 100) + (y / 400 - 1969 / 400)
    }

    /// In a 13-month year starting at month 11 (a11): how many months after a11 the leap month comes.
    static func leapMonthOffset(_ a11: Int) -> Int {
        let k = Int(((Double(a11) - epoch) / synodicMonth + 0.5).rounded(.down))
        var i = 1
        var arc = solarTerm(newMoonDay(k + i))
        var last = 0
        repeat {
            last = arc
            i += 1
            arc = solarTerm(newMoonDay(k + i))
        } while arc != last && i < 14
        return i - 1
    }
}

/// Any lunar date by the same astronomy: lunar month `month` (1…12; `leap` for the leap month that repeats it) of
/// lunar year `year` begins on the local day of a new moon counted from month 11 (the month of the winter solstice)
/// of the solar year before; in a 13-month span between two months 11, the first month without a major solar term is
/// the leap month, and the months after it shift by one.
extension LunarNewYear {
    /// `LunarNewYear.solar(year: 2025, month: 8, day: 15)` → 2025-10-06 (Tết Trung thu).
    /// nil for a day the month does not have (the 30th of a 29-day month), a leap month the year lacks, or a year
    /// outside 1800…2199.
    static func solar(year: Int, month: Int, day: Int, leap: Bool = false) -> CivilDate? {
        guard let (start, length) = monthStart(year: year, month: month, leap: leap), (1...length).contains(day) else {
            return nil
        }
        return CivilDate(dayNumber: start + day - 1 - 2440588)
    }

    /// The lunar year whose first month holds `date`, for a date of the first lunar month.
    static func lunarYear(of date: CivilDate) -> Int? {
        for y in [date.year, date.year - 1] {
            if let (a, b) = solarMonth(year: y, month: 1), a <= date, date <= b { return y }
        }
        return nil
    }

    /// The solar dates of the first and last day of a lunar month.
    static func solarMonth(year: Int, month: Int, leap: Bool = false) -> (CivilDate, CivilDate)? {
        guard let (start, length) = monthStart(year: year, month: month, leap: leap),
              let a = CivilDate(dayNumber: start - 2440588), let b = CivilDate(dayNumber: start + length - 1 - 2440588) else {
            return nil
        }
        return (a, b)
    }

    /// The Julian day number on which the month begins, and its length (29 or 30 days).
    static func monthStart(year: Int, month: Int, leap: Bool) -> (Int, Int)? {
        guard (1800...2199).contains(year), (1...12).contains(month) else { return nil }
        // Months 11 and 12 of lunar year Y follow the month 11 of solar year Y; the others that of Y − 1.
        let (a11, b11) = month < 11 ? (month11(year - 1), month11(year)) : (month11(year), month11(year + 1))
        let k = Int(((Double(a11) - epoch) / synodicMonth + 0.5).rounded(.down))
        var offset = (month - 11 + 12) % 12
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11)
            // The leap month repeats the month before it, which sits at offset o − 1: month ((o − 1 + 10) mod 12) + 1.
            let leapMonth = (leapOffset + 9) % 12 + 1
            if leap && month != leapMonth { return nil }
            if leap || offset >= leapOffset { offset += 1 }
        } else if leap {
            return nil
        }
        let start = newMoonDay(k + offset)
        return (start, newMoonDay(k + offset + 1) - start)
    }
}
