/// One temporal statement of a task, as data (deadlines.md).
/// "trong tháng 4/2023" → `due`, 2023-04-01 … 2023-04-30, grain month.
public struct Deadline: Sendable, Hashable, JSONWritable {
    /// What kind of time a phrase states: `.due` for "trước 30/4/2026", `.ongoing` for "thường xuyên".
    public enum Kind: String, Sendable, CaseIterable {
        /// One calendar unit or a bound: "trong Quý II/2026", "trước 30/4/2026".
        case due
        /// An explicit range: "từ tháng 3 đến tháng 6/2026", "giai đoạn 2026-2028".
        case period
        /// An open start: "kể từ ngày 15/4/2026".
        case start
        /// A recurrence: "hằng tháng", "trước ngày 15 hàng tháng" (see `rrule`).
        case recurring
        /// No time bound: "thường xuyên", "liên tục".
        case ongoing
        /// A duration after an event: "trong vòng 30 ngày kể từ ngày ký" (see `offset`, `event`).
        case relative
        /// After an event with no duration: "sau khi Quy hoạch … được phê duyệt", "khi có yêu cầu".
        case conditional
        /// Set by another document: "Theo Kế hoạch số 579/KH-UBND …".
        case reference
        /// A temporal statement the grammar cannot read: "theo từng giai đoạn".
        case unparsed
    }

    /// The unit the phrase was stated in, of its last bound: "Quý II/2026" → `.quarter`.
    public enum Grain: String, Sendable, CaseIterable {
        /// "ngày 15/4/2026".
        case day
        /// Monday to Sunday: "tuần tới".
        case week
        /// "tháng 4/2026".
        case month
        /// "Quý II/2026".
        case quarter
        /// "6 tháng đầu năm 2026".
        case half
        /// "năm 2026".
        case year
    }

    /// The phrase as written (cleaned): "trong tháng 4/2023".
    public internal(set) var text: String
    /// The kind of statement.
    public internal(set) var kind: Kind
    /// The first day, inclusive, or nil.
    public internal(set) var start: CivilDate?
    /// The last permissible day, inclusive, or nil.
    public internal(set) var end: CivilDate?
    /// The time of day a phrase attaches to its date ("8 giờ 30 phút ngày 15/4/2026" → "08:30"), else nil.
    public internal(set) var time: String?
    /// The unit of the last bound, or nil.
    public internal(set) var grain: Grain?
    /// An RFC 5545 recurrence for `.recurring`: "FREQ=MONTHLY;BYMONTHDAY=14".
    public internal(set) var rrule: String?
    /// An ISO 8601 duration for `.relative`: "P1Y".
    public internal(set) var offset: String?
    /// The anchor of `.relative` and `.conditional`: "Quy hoạch chung … được phê duyệt".
    public internal(set) var event: String?
    /// nil for phrases read on their own (`kh-parse deadlines`): the key is then omitted.
    public internal(set) var lines: LineRange?
    /// What the reading found wrong with the phrase, for the task's diagnostics; not emitted.
    public internal(set) var problem: Problem?

    /// A finding that becomes a diagnostic of the plan.
    ///
    /// "thứ Năm, ngày 14/3/2025" has `.weekdayMismatch(stated: 4, actual: 5)`.
    public enum Problem: Sendable, Hashable {
        /// The date the phrase names falls outside 0001-01-01 … 9999-12-31 ("trong vòng 8000 năm kể từ ngày ký"):
        /// the deadline is `unparsed`.
        case outOfRange
        /// A weekday that is not the weekday of the date beside it ("thứ Năm, ngày 14/3/2025"): the date is kept.
        /// `stated` and `actual` are 1 = Monday … 7 = Sunday.
        case weekdayMismatch(stated: Int, actual: Int)
    }

    /// A deadline; `lines` nil for a phrase read on its own.
    public init(text: String, kind: Kind, start: CivilDate? = nil, end: CivilDate? = nil, grain: Grain? = nil,
                rrule: String? = nil, offset: String? = nil, event: String? = nil, lines: LineRange? = nil,
                problem: Problem? = nil, time: String? = nil) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.grain = grain
        self.rrule = rrule
        self.offset = offset
        self.event = event
        self.lines = lines
        self.problem = problem
        self.time = time
    }

    /// The deadline object; `lines` is left out when nil.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("text", text); out.member("kind", kind.rawValue)
        out.member("start", start?.iso); out.member("end", end?.iso)
        out.member("time", time)
        out.member("grain", grain?.rawValue); out.member("rrule", rrule)
        out.member("offset", offset); out.member("event", event)
        if let lines { out.member("lines", lines) }
        out.endObject()
    }
}
