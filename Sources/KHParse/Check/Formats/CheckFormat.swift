/// The output formats of `kh-parse check` (`--format`), each in its own file.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines: `plans/kh-12.txt:11:1: error: … [deadline-before-issue]`.
    case text
    /// GitHub Actions workflow commands: `::error file=…,line=…::…`.
    case github
    /// One JSON array of findings.
    case json
    /// One finding per line.
    case jsonl
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// JUnit XML, one test case per file.
    case junit
    /// GitLab's Code Quality report.
    case gitlab

    /// The whole output of a run.
    public func render(_ run: CheckRun, color: Bool = false) -> String {
        switch self {
        case .text: return TextFormat(color: color).render(run)
        case .github: return GitHubFormat.render(run)
        case .json: return JSONFormat.render(run, lines: false)
        case .jsonl: return JSONFormat.render(run, lines: true)
        case .sarif: return SARIFFormat.render(run)
        case .junit: return JUnitFormat.render(run)
        case .gitlab: return GitLabFormat.render(run)
        }
    }
}

extension CheckRun {
    /// "3 files checked: 1 error, 2 warnings, no notes; 1 file clean" (and baselined findings, when hidden).
    public var summary: String {
        func n(_ count: Int, _ word: String) -> String { count == 0 ? "no \(word)s" : "\(count) \(word)\(count == 1 ? "" : "s")" }
        let files = reports.count
        let clean = reports.filter { $0.findings.isEmpty }.count
        var text = "\(files) file\(files == 1 ? "" : "s") checked: \(n(count(.error), "error")), \(n(count(.warning), "warning")), \(n(count(.note), "note"))"
        text += "; \(clean) file\(clean == 1 ? "" : "s") clean"
        if baselined > 0 { text += "; \(baselined) finding\(baselined == 1 ? "" : "s") in the baseline not shown" }
        return text
    }

    /// Files on which rules could not run and no finding says so (missing-issue-date is off): the file and what
    /// to say, once each.
    public var notChecked: [(file: String, message: String)] {
        reports.compactMap { report in
            guard !report.notChecked.isEmpty, !report.findings.contains(where: { $0.rule == "missing-issue-date" }) else { return nil }
            return (report.file, "\(report.notChecked.joined(separator: ", ")) not checked: the plan states no issue date")
        }
    }

    /// "plans/scan.txt: input is not text …" for each input the rules could not run on.
    public var notCheckedLines: [String] { notChecked.map { "\($0.file): \($0.message)" } }
}
