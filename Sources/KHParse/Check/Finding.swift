/// One finding of `kh-parse check`: a rule's verdict on a place in a file.
/// `plans/kh-12.txt` lines 141–141, deadline-before-issue, "deadline \"trước 30/4/2025\" ends before …".
public struct Finding: Sendable, Hashable {
    /// The path as given (`plans/kh-12.txt`, `2024.zip!/kh-12.txt`).
    public var file: String
    /// The rule's id: `"deadline-before-issue"`.
    public var rule: String
    /// Its level after configuration.
    public var level: Diagnostic.Severity
    /// What was found, in one line.
    public var message: String
    /// nil for a finding about the whole file.
    public var lines: LineRange?
    /// The task the finding is about, when there is one.
    public var task: String?
    /// What the finding is about inside the task or file: a deadline's text, or the message for others.
    public var subject: String
    /// Stable across edits elsewhere in the file: SHA-256 of rule, file, task and subject (never line numbers).
    public var fingerprint: String

    /// A finding; its fingerprint is computed from `file`, `rule`, `task` and `subject`.
    public init(file: String, rule: String, level: Diagnostic.Severity, message: String, lines: LineRange?, task: String?, subject: String) {
        self.file = file
        self.rule = rule
        self.level = level
        self.message = message
        self.lines = lines
        self.task = task
        self.subject = subject
        fingerprint = Finding.fingerprint(file: file, rule: rule, task: task, subject: subject)
    }

    /// The fingerprint of a finding: rule, file, task id and subject, never line numbers, so edits elsewhere keep it.
    public static func fingerprint(file: String, rule: String, task: String?, subject: String) -> String {
        let key = [rule, file, task ?? "", subject].joined(separator: "\u{0}")
        return String(Digest.sha256Hex(Array(key.utf8)).prefix(32))
    }

    /// The finding as `kh-parse check --format json` writes it.
    public var json: JSONValue {
        .object([
            ("file", .string(file)), ("line", lines.map { .int($0.first) } ?? .null),
            ("endLine", lines.map { .int($0.last) } ?? .null), ("level", .string(level.rawValue)),
            ("rule", .string(rule)), ("message", .string(message)), ("task", .string(orNull: task)),
            ("fingerprint", .string(fingerprint)),
        ])
    }
}

extension Diagnostic.Severity {
    /// error 3, warning 2, note 1: a finding fails the run when its rank reaches `--fail-on`'s.
    public var rank: Int {
        switch self {
        case .error: return 3
        case .warning: return 2
        case .note: return 1
        }
    }
}

/// What checking one input gave.
///
/// `plans/kh-12.txt` with one finding `deadline-before-issue` on line 11.
public struct FileReport: Sendable {
    /// The input's path as given.
    public var file: String
    /// nil when no bytes were read.
    public var sha256: String?
    /// Its size in bytes, or nil when it could not be read.
    public var bytes: Int?
    /// What the checks found, in line order.
    public var findings: [Finding]
    /// The source lines the findings point at (line number → text), for the text format.
    public var sourceLines: [Int: String]
    /// A path given on the command line that cannot be read: exit status 66.
    public var givenPathUnreadable: Bool
    /// Rules that could not run on this file, with the reason (said once in the summary).
    public var notChecked: [String]

    /// A file's report.
    public init(file: String, sha256: String?, bytes: Int?, findings: [Finding], sourceLines: [Int: String] = [:],
                givenPathUnreadable: Bool = false, notChecked: [String] = []) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
        self.findings = findings
        self.sourceLines = sourceLines
        self.givenPathUnreadable = givenPathUnreadable
        self.notChecked = notChecked
    }
}

/// The `--fail-on` threshold.
public enum FailOn: String, Sendable, CaseIterable {
    /// Fail on errors (the default).
    case error
    /// Fail on warnings and errors.
    case warning
    /// Fail on any finding.
    case note
    /// Never fail.
    case never

    /// Whether a finding of `level` fails the run.
    public func fails(_ level: Diagnostic.Severity) -> Bool {
        switch self {
        case .never: return false
        case .error: return level.rank >= 3
        case .warning: return level.rank >= 2
        case .note: return true
        }
    }
}

/// All the reports of a run, in input order, and what the formatters need besides.
///
/// Six files with 4 errors, 3 warnings and 4 notes: "6 files checked: 4 errors, 3 warnings, 4 notes; 1 file clean".
public struct CheckRun: Sendable {
    /// One report per input, in input order.
    public var reports: [FileReport]
    /// The level from which a finding fails the run.
    public var failOn: FailOn
    /// Findings hidden because the baseline records them.
    public var baselined: Int

    /// A run over `reports`; `baselined` counts the findings a baseline hid.
    public init(reports: [FileReport], failOn: FailOn, baselined: Int = 0) {
        self.reports = reports
        self.failOn = failOn
        self.baselined = baselined
    }

    /// Every finding of every file.
    public var findings: [Finding] { reports.flatMap(\.findings) }

    /// Whether some finding reaches `failOn`: exit status 1.
    public var failed: Bool { findings.contains { failOn.fails($0.level) } }

    /// How many findings have `level`.
    public func count(_ level: Diagnostic.Severity) -> Int { findings.filter { $0.level == level }.count }
}
