/// A problem found in the input, with a stable kebab-case code (listed in the README) and the
/// input lines it concerns. Parsing never throws on bad text: it reports these instead.
///
/// `{"severity": "warning", "code": "numbering-gap", "message": "item 2.12 is missing between 2.11 and 2.13", "lines": [40, 44]}`.
public struct Diagnostic: Sendable, Hashable, JSONWritable {
    /// How serious a finding is.
    ///
    /// `.warning` for a numbering gap, `.note` for a task without a deadline.
    public enum Severity: String, Sendable {
        /// Something is wrong (`kh-parse check` fails on it by default).
        case error
        /// Probably wrong: worth a look.
        case warning
        /// Worth knowing.
        case note
    }

    /// How serious it is.
    public internal(set) var severity: Severity
    /// The stable code.
    public internal(set) var code: Code
    /// What was found; wording may change.
    public internal(set) var message: String
    /// The input lines it concerns, or nil for the whole document.
    public internal(set) var lines: LineRange?

    /// A diagnostic: `Diagnostic(.warning, .numberingGap, "item 2.12 is missing between 2.11 and 2.13", lines: LineRange(40, 44))`.
    public init(_ severity: Severity, _ code: Code, _ message: String, lines: LineRange?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.lines = lines
    }

    /// The stable identifiers. Wording of messages may change; these never do.
    ///
    /// `.notAPlan` is `"not-a-plan"`.
    public enum Code: String, Sendable, CaseIterable {
        /// No số/ký hiệu, date line or tên loại at the top.
        case missingHeader = "missing-header"
        /// An item is missing between two siblings.
        case numberingGap = "numbering-gap"
        /// A number repeats or goes back.
        case numberingDuplicate = "numbering-duplicate"
        /// A task states no deadline.
        case missingDeadline = "missing-deadline"
        /// A deadline phrase the grammar cannot read.
        case unparsedDeadline = "unparsed-deadline"
        /// A deadline that ends before the issue date.
        case deadlineBeforeIssue = "deadline-before-issue"
        /// A deadline more than 15 years after the issue date.
        case deadlineAfterHorizon = "deadline-after-horizon"
        /// A table row continued across a page was merged.
        case tableRowMerged = "table-row-merged"
        /// Invalid bytes replaced, a legacy encoding decoded, or mojibake repaired.
        case encodingRepaired = "encoding-repaired"
        /// Reserved: text removed for a reason other than page furniture.
        case textDropped = "text-dropped"
        /// No signature block.
        case missingFooter = "missing-footer"
        /// The input holds no text.
        case emptyInput = "empty-input"
        /// The text is not plan-like (not an administrative plan, or not a document at all): no tasks.
        case notAPlan = "not-a-plan"
        /// A date outside 0001-01-01 … 9999-12-31: the deadline is unparsed.
        case deadlineOutOfRange = "deadline-out-of-range"
        /// A weekday that is not the weekday of the date beside it.
        case deadlineWeekdayMismatch = "deadline-weekday-mismatch"
        /// The encoding given with `--from` makes text that is not Vietnamese, and another encoding would not.
        case encodingMismatch = "encoding-mismatch"
    }

    /// `{"severity", "code", "message", "lines"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("severity", severity.rawValue); out.member("code", code.rawValue)
        out.member("message", message); out.member("lines", lines)
        out.endObject()
    }
}

/// Text removed from the flow, with the reason: nothing is lost silently.
///
/// `{"text": "2", "reason": "page-number", "lines": [41, 41]}`.
public struct DroppedText: Sendable, Hashable, JSONWritable {
    /// Why the text was removed: `.pageNumber` for a lone "2" between pages.
    public enum Reason: String, Sendable {
        /// A page number between pages.
        case pageNumber = "page-number"
        /// A table header repeated at a page break.
        case repeatedHeader = "repeated-header"
        /// Rule lines and stray symbols.
        case decoration
        /// Quốc hiệu, tiêu ngữ and the like: fixed wording that every document carries.
        case boilerplate
        /// Web-page text around the document: banners, metadata cells, summaries, related-document
        /// lists, account and support lines.
        case siteChrome = "site-chrome"
        /// Markup with no words of the document: HTML tags and attributes.
        case markup
    }

    /// The removed text: "2", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    public internal(set) var text: String
    /// Why it was removed.
    public internal(set) var reason: Reason
    /// Where it stood.
    public internal(set) var lines: LineRange

    /// `{"text", "reason", "lines"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("text", text); out.member("reason", reason.rawValue); out.member("lines", lines)
        out.endObject()
    }
}
