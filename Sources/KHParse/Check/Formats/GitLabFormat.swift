/// GitLab's Code Quality report: a JSON array of `{description, check_name, fingerprint, severity, location}`;
/// error → major, warning → minor, note → info. A finding about the whole file points at its line 1.
enum GitLabFormat {
    static func render(_ run: CheckRun) -> String {
        var seen: [String: Int] = [:]
        let issues: [JSONValue] = run.findings.map { finding in
            // GitLab wants each fingerprint once: a repeated finding gets its occurrence number.
            let n = seen[finding.fingerprint, default: 0]
            seen[finding.fingerprint] = n + 1
            let fingerprint = n == 0 ? finding.fingerprint : Finding.fingerprint(file: finding.file, rule: finding.rule, task: finding.task,
                                                                                  subject: finding.subject + "\u{0}\(n)")
            let severity: String
            switch finding.level {
            case .error: severity = "major"
            case .warning: severity = "minor"
            case .note: severity = "info"
            }
            let lines = finding.lines ?? LineRange(line: 1)
            return .object([
                ("description", .string(finding.message)), ("check_name", .string(finding.rule)),
                ("fingerprint", .string(fingerprint)), ("severity", .string(severity)),
                ("location", .object([("path", .string(finding.file)),
                                      ("lines", .object([("begin", .int(lines.first)), ("end", .int(lines.last))]))])),
            ])
        }
        return JSONWriter(pretty: true).string(.array(issues))
    }
}
