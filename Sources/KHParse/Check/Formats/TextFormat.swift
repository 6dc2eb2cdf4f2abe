/// Compiler-style lines, as editors and terminals read them, each with its source line under it, and a closing
/// count:
///
///     plans/kh-12.txt:141:1: error: deadline "trước 30/4/2025" ends before the plan was issued (2026-04-10) [deadline-before-issue]
///       141 | - Hoàn thành … (trước 30/4/2025)
struct TextFormat {
    var color: Bool

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func levelCode(_ level: Diagnostic.Severity) -> String {
        switch level {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .note: return "1;36"
        }
    }

    func render(_ run: CheckRun) -> String {
        var out = ""
        for report in run.reports {
            for finding in report.findings {
                let place = finding.lines.map { "\(finding.file):\($0.first):1:" } ?? "\(finding.file):"
                out += "\(paint(place, "1")) \(paint(finding.level.rawValue + ":", levelCode(finding.level))) \(finding.message) \(paint("[\(finding.rule)]", "2"))\n"
                if let line = finding.lines?.first, let text = report.sourceLines[line] {
                    out += paint("  \(String(line).leftPadded(5)) | ", "2") + Self.shorten(text) + "\n"
                }
            }
        }
        for line in run.notCheckedLines { out += "\(line)\n" }
        out += run.summary + "\n"
        return out
    }

    /// Long lines (a whole paragraph on one line) are cut at 160 characters.
    static func shorten(_ text: String) -> String {
        let trimmed = text.trimmingCharacters()
        return trimmed.count > 160 ? String(trimmed.prefix(159)) + "…" : trimmed
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
