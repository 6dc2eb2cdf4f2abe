/// Findings as JSON: one array (`json`) or one object a line (`jsonl`), each
/// `{"file","line","endLine","level","rule","message","task","fingerprint"}` (`line` null for the whole file).
enum JSONFormat {
    static func render(_ run: CheckRun, lines: Bool) -> String {
        let findings = run.findings.map(\.json)
        if lines {
            let writer = JSONWriter(pretty: false)
            return findings.map { writer.string($0) + "\n" }.joined()
        }
        return JSONWriter(pretty: true).string(.array(findings))
    }
}
