/// One check of `kh-parse check`: a stable id (a diagnostic code, a rule computed from the parsed plan, or an
/// input error), its default level and the texts a dashboard shows (SARIF `reportingDescriptor`).
public struct Rule: Sendable, Hashable {
    /// Where a rule's findings come from.
    ///
    /// `unparsed-deadline` comes from `.diagnostic(.unparsedDeadline)`, `missing-issue-date` from `.plan`, `not-text` from `.input`.
    public enum Origin: Sendable, Hashable {
        /// The parser's diagnostic of this code becomes the finding.
        case diagnostic(Diagnostic.Code)
        /// Computed by `PlanRules` from the parsed plan.
        case plan
        /// An input that gave no document (a batch error).
        case input
    }

    /// The stable id: `"unparsed-deadline"`.
    public var id: String
    /// The level it has unless configured.
    public var level: Diagnostic.Severity
    /// What produces its findings.
    public var origin: Origin
    /// One line: what the rule finds.
    public var short: String
    /// What it means for a plan and what to do about it.
    public var help: String

    /// "deadline-before-issue" → "DeadlineBeforeIssue" (SARIF's `name`).
    public var name: String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// Every rule, in the order `--list-rules` prints them. Adding a diagnostic code to the parser is one line here
/// (`RuleCatalog.rule(for:)` falls back to the diagnostic's own severity for a code not listed yet).
public enum RuleCatalog {
    private static func d(_ code: Diagnostic.Code, _ level: Diagnostic.Severity, _ short: String, _ help: String) -> Rule {
        Rule(id: code.rawValue, level: level, origin: .diagnostic(code), short: short, help: help)
    }

    private static func p(_ id: String, _ level: Diagnostic.Severity, _ short: String, _ help: String) -> Rule {
        Rule(id: id, level: level, origin: .plan, short: short, help: help)
    }

    /// Every rule: a diagnostic code of the parser, a rule on the parsed plan, or an input error.
    public static let all: [Rule] = [
        d(.unparsedDeadline, .error, "A deadline the grammar cannot read",
          "A label line (Thời gian: …), a parenthesis that states a time, or a deadline table cell whose phrase kh-parse cannot turn into dates. Write it as a date, month, quarter, year or period (\"trước ngày 30/6/2026\", \"Quý II/2026\", \"thường xuyên\")."),
        d(.deadlineBeforeIssue, .error, "A deadline that ends before the plan was issued",
          "A due date or period ending before the plan's issue date is usually a typo in the year. Correct the date, or the issue date."),
        d(.deadlineAfterHorizon, .error, "A deadline too far after the issue date",
          "A deadline more than the horizon (15 years, `horizon` in kh-parse.toml) after the issue date is usually a typo in the year."),
        d(.deadlineOutOfRange, .error, "A deadline outside the calendar",
          "A deadline whose date falls before 0001-01-01 or after 9999-12-31 (\"trong vòng 8000 năm\"): kept as text, kind unparsed. Correct the number."),
        d(.deadlineWeekdayMismatch, .warning, "A weekday that contradicts its date",
          "\"thứ Sáu, ngày 14/3/2025\" where 14/3/2025 is another day of the week: the date is kept. Correct the weekday or the date."),
        p("deadline-outside-plan-period", .warning, "A task due after the period the plan states",
          "The plan's title states its period (\"giai đoạn 2025 - 2027\", \"từ năm 2025 đến năm 2027\") and a task's deadline ends after it. Move the deadline into the period, or say why the task outlives the plan."),
        p("missing-issue-date", .warning, "A plan without an issue date",
          "Without the date line (\"Hải Phòng, ngày 10 tháng 4 năm 2026\") year-less deadlines cannot be placed, and deadline-before-issue and deadline-after-horizon cannot run. Add the date line, or give --issued."),
        p("task-without-lead", .note, "A task that names no lead agency",
          "No agency leads the task (no \"(Sở …)\" parenthesis, Cơ quan chủ trì label, table column or section heading names one). Name who is responsible."),
        d(.missingDeadline, .note, "A task that states no deadline",
          "The task gives no time. Add one, or \"thường xuyên\" for continuing work."),
        d(.missingHeader, .warning, "No header block",
          "No số/ký hiệu, date line or tên loại at the top: the document fields are null."),
        d(.missingFooter, .note, "No signature block",
          "No TM./KT. authority, position and signer name at the end."),
        d(.emptyInput, .warning, "An empty file",
          "The file holds no text."),
        d(.notAPlan, .note, "Text that is not a plan",
          "The text gives no tasks: it does not read as a plan. Exclude it (--exclude, `exclude` in kh-parse.toml) if it belongs elsewhere."),
        d(.numberingGap, .warning, "A missing item number",
          "An item is missing between two siblings (2.11, then 2.13)."),
        d(.numberingDuplicate, .warning, "A repeated item number",
          "An item number repeats or goes back."),
        d(.tableRowMerged, .note, "A table row continued across a page",
          "A row continued on the next page was merged into the row above; check that it belongs there."),
        d(.encodingRepaired, .note, "Text repaired while decoding",
          "Invalid bytes replaced, a legacy encoding decoded or legacy-font text repaired. Save the file as UTF-8."),
        d(.encodingMismatch, .warning, "A declared encoding that does not fit the text",
          "The encoding given with --from decodes the file to text that is not Vietnamese, and another encoding (named in the message) reads it well. Give that encoding, or leave --from out to detect it."),
        d(.textDropped, .note, "Text removed from the flow",
          "Text removed for a reason other than page furniture."),
        Rule(id: "not-text", level: .error, origin: .input, short: "A file that is not text",
             help: "A PDF, .docx, image or binary among the plans. Convert it to text, or exclude it."),
        Rule(id: "unreadable-input", level: .error, origin: .input, short: "An input that cannot be read",
             help: "A file that cannot be opened, too large, a damaged or encrypted archive, an unsafe archive path or a symbolic link loop (the message gives kh-parse batch's error code)."),
    ]

    private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The rule of that id, or nil: `RuleCatalog.rule(id: "not-a-plan")?.level` is `.note`.
    public static func rule(id: String) -> Rule? { byID[id] }

    /// The rule of a diagnostic; a code without a line above gets one from the diagnostic itself.
    public static func rule(for diagnostic: Diagnostic) -> Rule {
        byID[diagnostic.code.rawValue]
            ?? Rule(id: diagnostic.code.rawValue, level: diagnostic.severity, origin: .diagnostic(diagnostic.code),
                    short: diagnostic.code.rawValue, help: "The parser's diagnostic \(diagnostic.code.rawValue) (see the README's table).")
    }

    /// The rule of an input that gave no document.
    public static func rule(for error: BatchErrorCode) -> Rule {
        byID[error == .notText ? "not-text" : "unreadable-input"]!
    }
}
