/// A calendar unit as a phrase states it: "ngày 15/6" (no year), "tháng 4/2026", "Quý II/2026", "năm 2030".
struct TimeUnit: Sendable {
    var grain: Deadline.Grain
    var year: Int?
    /// Month for day and month units, quarter 1...4, half 1...2; 0 for a year, or for a day without a month.
    var index: Int = 0
    var day: Int = 0
    /// 1: only the unit's first day ("ngày đầu tiên của tháng 5"), 2: only its last ("ngày cuối cùng của tháng 11").
    var pick: Int = 0

    /// The grain a reading reports: a picked day is a day.
    var reportedGrain: Deadline.Grain { pick == 0 ? grain : .day }

    /// The months the unit covers, for year inference.
    var months: ClosedRange<Int> {
        switch grain {
        case .day, .week, .month: return max(index, 1)...max(index, 1)
        case .quarter: return (3 * index - 2)...(3 * index)
        case .half: return (6 * index - 5)...(6 * index)
        case .year: return 1...12
        }
    }

    /// First and last day in year `y`; nil for a day that does not exist ("29/2/2027").
    func bounds(in y: Int) -> (first: CivilDate, last: CivilDate)? {
        guard let (a, b) = unitBounds(in: y) else { return nil }
        switch pick {
        case 1: return (a, a)
        case 2: return (b, b)
        default: return (a, b)
        }
    }

    private func unitBounds(in y: Int) -> (first: CivilDate, last: CivilDate)? {
        switch grain {
        case .day:
            guard let d = CivilDate(year: y, month: index, day: day) else { return nil }
            return (d, d)
        case .year:
            guard let a = CivilDate.firstOf(month: 1, year: y), let b = CivilDate.lastOf(month: 12, year: y) else { return nil }
            return (a, b)
        default:
            let m = months
            guard let a = CivilDate.firstOf(month: m.lowerBound, year: y),
                  let b = CivilDate.lastOf(month: m.upperBound, year: y) else { return nil }
            return (a, b)
        }
    }
}

/// One unit, or a range or list of units ("Quý II-III/2026", "tháng 4, 5/2023", "2026 - 2028").
struct TimeExpr: Sendable {
    var first: TimeUnit
    var last: TimeUnit
    var isRange = false
    /// The index of the token after the expression.
    var next: Int
}

/// The dates a resolved expression covers.
struct ResolvedSpan: Sendable {
    var first: CivilDate
    var last: CivilDate
    var grain: Deadline.Grain   // the grain of the last bound
}

extension DeadlineParser {
    /// Year inference (deadlines.md): the year that places the unit in the twelve months beginning with the issue
    /// date's month; without an issue date the nearest dated year before; else nil.
    func inferredYear(for unit: TimeUnit) -> Int? {
        if let issued = context.issued {
            return unit.months.upperBound >= issued.month ? issued.year : issued.year + 1
        }
        return lastYear ?? context.fallbackYear
    }

    /// Resolves years (a range takes its missing year from the other end) and dates.
    /// `.failure(true)` when a stated day does not exist, `.failure(false)` when no year can be found.
    func resolve(_ expr: TimeExpr) -> Result<ResolvedSpan, ResolveFailure> {
        var a = expr.first, b = expr.last
        if a.year == nil, let y = b.year {
            a.year = a.months.lowerBound > b.months.lowerBound && expr.isRange && a.grain != .year ? y - 1 : y
        } else if b.year == nil, let y = a.year {
            b.year = b.months.lowerBound < a.months.lowerBound && expr.isRange ? y + 1 : y
        } else if a.year == nil {
            guard let y = inferredYear(for: a) else { return .failure(.noYear) }
            a.year = y
            b.year = b.months.lowerBound < a.months.lowerBound && expr.isRange ? y + 1 : y
        }
        guard let ya = a.year, let yb = b.year else { return .failure(.noYear) }
        // A year inferred past 9999 (a plan dated December 9999 that says "tháng 1") has no date.
        guard (1...9999).contains(ya), (1...9999).contains(yb) else { return .failure(.outOfRange) }
        guard let fa = a.bounds(in: ya), let fb = b.bounds(in: yb) else { return .failure(.invalidDate) }
        return .success(ResolvedSpan(first: fa.first, last: fb.last, grain: b.reportedGrain))
    }
}

enum ResolveFailure: Error { case noYear, invalidDate, outOfRange }
