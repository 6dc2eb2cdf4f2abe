/// SARIF 2.1.0 for code-scanning dashboards: the rules (id, name, descriptions, default level, help), one result
/// per finding with its region and a stable partial fingerprint, and the files as artifacts with their SHA-256.
enum SARIFFormat {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key of `partialFingerprints`: rule, file, task and deadline text, never line numbers.
    static let fingerprintKey = "khParseFinding/v1"

    static func render(_ run: CheckRun) -> String {
        var rules = RuleCatalog.all
        for finding in run.findings where !rules.contains(where: { $0.id == finding.rule }) {
            if let code = Diagnostic.Code(rawValue: finding.rule) {
                rules.append(RuleCatalog.rule(for: Diagnostic(finding.level, code, finding.message, lines: nil)))
            }
        }
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var artifactIndex: [String: Int] = [:]
        var artifacts: [JSONValue] = []
        for report in run.reports where artifactIndex[report.file] == nil {
            artifactIndex[report.file] = artifacts.count
            var pairs: [(String, JSONValue)] = [("location", .object([("uri", .string(uri(report.file)))]))]
            if let bytes = report.bytes { pairs.append(("length", .int(bytes))) }
            if let sha = report.sha256 { pairs.append(("hashes", .object([("sha-256", .string(sha))]))) }
            artifacts.append(.object(pairs))
        }
        let results: [JSONValue] = run.findings.map { finding in
            var location: [(String, JSONValue)] = [
                ("artifactLocation", .object([("uri", .string(uri(finding.file))), ("index", .int(artifactIndex[finding.file] ?? 0))])),
            ]
            if let lines = finding.lines {
                location.append(("region", .object([("startLine", .int(lines.first)), ("endLine", .int(lines.last))])))
            }
            var pairs: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
            if let index = ruleIndex[finding.rule] { pairs.append(("ruleIndex", .int(index))) }
            pairs += [
                ("level", .string(finding.level.rawValue)),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", .object(location))])])),
                ("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])),
            ]
            if let task = finding.task { pairs.append(("properties", .object([("task", .string(task))]))) }
            return .object(pairs)
        }
        let driver: JSONValue = .object([
            ("name", .string("kh-parse")), ("version", .string(khParseVersion)), ("semanticVersion", .string(khParseVersion)),
            ("rules", .array(rules.map(descriptor))),
        ])
        // Rules that could not run on a file (no issue date) are said once, as notifications of the invocation.
        let notifications: [JSONValue] = run.notChecked.map { file, message in
            .object([
                ("message", .object([("text", .string(message))])), ("level", .string("note")),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri(file))), ("index", .int(artifactIndex[file] ?? 0))])),
                ]))])])),
            ])
        }
        let sarifRun: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([.object([("executionSuccessful", .bool(true)), ("toolExecutionNotifications", .array(notifications))])])),
            ("artifacts", .array(artifacts)),
            ("results", .array(results)),
            ("columnKind", .string("unicodeCodePoints")),
        ])
        return JSONWriter(pretty: true).string(.object([
            ("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([sarifRun])),
        ]))
    }

    static func descriptor(_ rule: Rule) -> JSONValue {
        .object([
            ("id", .string(rule.id)), ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.short))])),
            ("fullDescription", .object([("text", .string(rule.help))])),
            ("defaultConfiguration", .object([("level", .string(rule.level.rawValue))])),
            ("help", .object([("text", .string(rule.help))])),
        ])
    }

    /// A path as a relative URI reference (`plans/kế hoạch.txt` → `plans/k%E1%BA%BF%20ho%E1%BA%A1ch.txt`);
    /// an absolute path as a file: URI.
    static func uri(_ path: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=:@".utf8)
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            if unreserved.contains(byte) { out.append(Character(Unicode.Scalar(byte))) } else { out += "%" + hex(byte) }
        }
        // A relative reference whose first segment holds ":" would read as a scheme.
        if !path.hasPrefix("/"), let colon = out.firstIndex(of: ":"), !out[..<colon].contains("/") { out = "./" + out }
        return out
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
