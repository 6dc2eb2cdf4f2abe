/// A problem found in the input, with a stable kebab-case code (listed in the README) and the
/// input lines it concerns. Parsing never throws on bad text: it reports these instead.
///
/// `{"severity": "warning", "code": "numbering-gap", "message": "item 2.12 is missing between 2.11 and 2.13", "lines": [40, 44]}`.
public struct Diagnostic: Sendable, Hashable, JSONRepresentable {
    /// How serious a finding is.
    ///
    /// `.warning` for a numbering gap, `.note` for a task without a deadline.
    public enum Severity: String, Sendable { case error, warning, note }

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
        case missingHeader = "missing-header"
        case numberingGap = "numbering-gap"
        case numberingDuplicate = "numbering-duplicate"
        case missingDeadline = "missing-deadline"
        case unparsedDeadline = "unparsed-deadline"
        case deadlineBeforeIssue = "deadline-before-issue"
        case deadlineAfterHorizon = "deadline-after-horizon"
        case tableRowMerged = "table-row-merged"
        case encodingRepaired = "encoding-repaired"
        case textDropped = "text-dropped"
        case missingFooter = "missing-footer"
        case emptyInput = "empty-input"
        /// The text is not plan-like (not an administrative plan, or not a document at all): no tasks.
        case notAPlan = "not-a-plan"
        case deadlineOutOfRange = "deadline-out-of-range"
        case deadlineWeekdayMismatch = "deadline-weekday-mismatch"
        /// The encoding given with `--from` makes text that is not Vietnamese, and another encoding would not.
        case encodingMismatch = "encoding-mismatch"
    }

    /// `{"severity", "code", "message", "lines"}`.
    public var json: JSONValue {
        .object([("severity", .string(severity.rawValue)), ("code", .string(code.rawValue)),
                 ("message", .string(message)), ("lines", lines?.json ?? .null)])
    }
}

/// Text removed from the flow, with the reason: nothing is lost silently.
///
/// `{"text": "2", "reason": "page-number", "lines": [41, 41]}`.
public struct DroppedText: Sendable, Hashable, JSONRepresentable {
    /// Why the text was removed: `.pageNumber` for a lone "2" between pages.
    public enum Reason: String, Sendable {
        case pageNumber = "page-number"
        case repeatedHeader = "repeated-header"
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
    public var json: JSONValue {
        .object([("text", .string(text)), ("reason", .string(reason.rawValue)), ("lines", lines.json)])
    }
}
