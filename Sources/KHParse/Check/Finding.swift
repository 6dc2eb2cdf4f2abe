/// One finding of `kh-parse check`: a rule's verdict on a place in a file.
/// `plans/kh-12.txt` lines 141–141, deadline-before-issue, "deadline \"trước 30/4/2025\" ends before …".
public struct Finding: Sendable, Hashable {
    /// The path as given (`plans/kh-12.txt`, `2024.zip!/kh-12.txt`).
    public var file: String
    public var rule: String
    public var level: Diagnostic.Severity
    public var message: String
    /// nil for a finding about the whole file.
    public var lines: LineRange?
    /// The task the finding is about, when there is one.
    public var task: String?
    /// What the finding is about inside the task or file: a deadline's text, or the message for others.
    public var subject: String
    /// Stable across edits elsewhere in the file: SHA-256 of rule, file, task and subject (never line numbers).
    public var fingerprint: String

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

    public static func fingerprint(file: String, rule: String, task: String?, subject: String) -> String {
        let key = [rule, file, task ?? "", subject].joined(separator: "\u{0}")
        return String(Digest.sha256Hex(Array(key.utf8)).prefix(32))
    }

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
public struct FileReport: Sendable {
    public var file: String
    /// nil when no bytes were read.
    public var sha256: String?
    public var bytes: Int?
    public var findings: [Finding]
    /// The source lines the findings point at (line number → text), for the text format.
    public var sourceLines: [Int: String]
    /// A path given on the command line that cannot be read: exit status 66.
    public var givenPathUnreadable: Bool
    /// Rules that could not run on this file, with the reason (said once in the summary).
    public var notChecked: [String]

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
    case error, warning, note, never

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
public struct CheckRun: Sendable {
    public var reports: [FileReport]
    public var failOn: FailOn
    /// Findings hidden because the baseline records them.
    public var baselined: Int

    public init(reports: [FileReport], failOn: FailOn, baselined: Int = 0) {
        self.reports = reports
        self.failOn = failOn
        self.baselined = baselined
    }

    public var findings: [Finding] { reports.flatMap(\.findings) }

    public var failed: Bool { findings.contains { failOn.fails($0.level) } }

    public func count(_ level: Diagnostic.Severity) -> Int { findings.filter { $0.level == level }.count }
}
