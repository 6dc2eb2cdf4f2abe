/// JUnit XML for Jenkins and GitLab test reports: one test case per file; each finding that reaches `--fail-on`
/// is a `<failure>`, the others are listed in the case's `<system-out>`.
enum JUnitFormat {
    static func render(_ run: CheckRun) -> String {
        let failing = run.reports.filter { $0.findings.contains { run.failOn.fails($0.level) } }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let counts = "tests=\"\(run.reports.count)\" failures=\"\(failing)\" errors=\"0\""
        out += "<testsuites name=\"kh-parse check\" \(counts)>\n"
        out += "  <testsuite name=\"kh-parse check\" \(counts) skipped=\"0\">\n"
        for report in run.reports {
            let name = escape(report.file)
            out += "    <testcase classname=\"kh-parse.check\" name=\"\(name)\" file=\"\(name)\""
            if report.findings.isEmpty { out += "/>\n"; continue }
            out += ">\n"
            var other: [String] = []
            for finding in report.findings {
                let line = lineText(finding)
                if run.failOn.fails(finding.level) {
                    out += "      <failure type=\"\(escape(finding.rule))\" message=\"\(escape(finding.message))\">\(escape(line))</failure>\n"
                } else {
                    other.append(line)
                }
            }
            if !other.isEmpty { out += "      <system-out>\(escape(other.joined(separator: "\n")))</system-out>\n" }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    static func lineText(_ finding: Finding) -> String {
        let place = finding.lines.map { "\(finding.file):\($0.first):1:" } ?? "\(finding.file):"
        return "\(place) \(finding.level.rawValue): \(finding.message) [\(finding.rule)]"
    }

    /// XML text and attribute escapes; characters XML 1.0 cannot hold become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
