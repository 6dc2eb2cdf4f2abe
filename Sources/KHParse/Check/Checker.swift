/// Checks one input of `kh-parse check`: parses it as `kh-parse batch` does and turns its diagnostics and the
/// plan rules into findings at their configured levels. Safe to call from several threads.
public struct Checker: Sendable {
    /// The rules, their levels and the per-path overrides.
    public var config: CheckConfig
    /// How the plans are parsed (`--issued`, `--from`, `--tone-style`).
    public var options: ParseOptions
    /// Keep the text of the lines findings point at (the text format shows them).
    public var keepSourceLines: Bool

    /// A checker with `config`, parsing with `options`; `keepSourceLines` keeps the lines findings cite (the text format shows them).
    public init(config: CheckConfig, options: ParseOptions, keepSourceLines: Bool) {
        self.config = config
        self.options = options
        self.keepSourceLines = keepSourceLines
    }

    /// The horizon of `deadline-after-horizon` in years: the configuration's, else 15.
    public var horizonYears: Int { config.horizonYears ?? 15 }

    /// Parses one input from the walker and checks it; an input that gave no document is a `not-text` or `unreadable-input` finding.
    public func check(_ item: consuming BatchItem) -> FileReport {
        switch item.content {
        case .upToDate:
            return FileReport(file: item.name, sha256: nil, bytes: nil, findings: [])
        case let .failed(error, bytes):
            return refused(item, error, sha256: bytes.map(Digest.sha256Hex), bytes: bytes?.count)
        case let .bytes(bytes):
            let digest = Digest.sha256Hex(bytes)
            let count = bytes.count
            // The text format reads the lines it shows from the bytes after the parse; without it, the parse
            // is handed the only reference to them, as batch's is, and lets them go once decoded (a 51 MB
            // plan: 380 → 231 MB).
            let source = keepSourceLines ? bytes : nil
            item.content = .upToDate
            let plan: PlanOutput
            do {
                plan = try KHParser.parse(bytes: consume bytes, name: item.name, digest: digest, options: options)
            } catch {
                return refused(item, BatchError(.notText, error.description), sha256: digest, bytes: count)
            }
            return report(consume plan, bytes: source)
        }
    }

    /// The findings of a parsed plan (`bytes`, when given, supply the source lines).
    public func report(_ plan: consuming PlanOutput, bytes: [UInt8]? = nil) -> FileReport {
        let file = plan.source.name
        let (sha256, size) = (plan.source.sha256, plan.source.bytes)
        let (candidates, notChecked) = PlanRules.candidates(plan, issued: options.issued ?? plan.document.issued, horizonYears: horizonYears)
        // The plan is let go before the source lines are decoded: both at once were the text format's peak.
        _ = consume plan
        var findings: [Finding] = []
        for candidate in candidates {
            guard let rule = RuleCatalog.rule(id: candidate.rule) ?? Diagnostic.Code(rawValue: candidate.rule).map({ code in
                RuleCatalog.rule(for: Diagnostic(candidate.severity, code, candidate.message, lines: candidate.lines))
            }), let level = config.level(of: rule, file: file) else { continue }
            findings.append(Finding(file: file, rule: rule.id, level: level, message: candidate.message, lines: candidate.lines,
                                    task: candidate.task, subject: candidate.subject))
        }
        findings.sort { ($0.lines?.first ?? 0, $0.lines?.last ?? 0, $0.rule, $0.message) < ($1.lines?.first ?? 0, $1.lines?.last ?? 0, $1.rule, $1.message) }
        var sourceLines: [Int: String] = [:]
        if keepSourceLines, let bytes, findings.contains(where: { $0.lines != nil }) {
            let lines = Self.lines(of: bytes, options: options)
            for finding in findings {
                guard let range = finding.lines, range.first >= 1, range.first <= lines.count else { continue }
                sourceLines[range.first] = lines[range.first - 1]
            }
        }
        let skipped = notChecked.filter { id in RuleCatalog.rule(id: id).flatMap { config.level(of: $0, file: file) } != nil }
        return FileReport(file: file, sha256: sha256, bytes: size, findings: findings,
                          sourceLines: sourceLines, notChecked: skipped)
    }

    private func refused(_ item: BatchItem, _ error: BatchError, sha256: String?, bytes: Int?) -> FileReport {
        let rule = RuleCatalog.rule(for: error.code)
        var findings: [Finding] = []
        if let level = config.level(of: rule, file: item.name) {
            let message = rule.id == "not-text" ? error.message : "\(error.code.rawValue): \(error.message)"
            findings.append(Finding(file: item.name, rule: rule.id, level: level, message: message, lines: nil, task: nil,
                                    subject: error.code.rawValue))
        }
        return FileReport(file: item.name, sha256: sha256, bytes: bytes, findings: findings,
                          givenPathUnreadable: item.givenPathUnreadable)
    }

    /// The input's lines as the parser numbers them (decoded, normalized, split on line feeds).
    static func lines(of bytes: [UInt8], options: ParseOptions) -> [String] {
        guard let decoded = try? TextDecoder.decode(bytes, from: options.from) else { return [] }
        var normalization = options.normalization
        normalization.sourceEncoding = TextEncoding(rawValue: decoded.encoding)
        return TextNormalizer.normalizeLines(decoded.text, options: normalization).lines
    }
}
