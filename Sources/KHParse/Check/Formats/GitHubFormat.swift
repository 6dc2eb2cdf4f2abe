/// GitHub Actions workflow commands, one a line, so that findings show on the pull request's lines:
/// `::error file=plans/kh-12.txt,line=141,endLine=141,title=deadline-before-issue::deadline "…" ends …`.
enum GitHubFormat {
    static func render(_ run: CheckRun) -> String {
        var out = ""
        for finding in run.findings {
            let command: String
            switch finding.level {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties = ["file=\(property(finding.file))"]
            if let lines = finding.lines { properties += ["line=\(lines.first)", "endLine=\(lines.last)"] }
            properties.append("title=\(property("kh-parse " + finding.rule))")
            out += "::\(command) \(properties.joined(separator: ","))::\(data(finding.message))\n"
        }
        for (file, message) in run.notChecked {
            out += "::notice file=\(property(file)),title=\(property("kh-parse rules not run"))::\(data(message))\n"
        }
        return out
    }

    /// The escapes of the workflow command format: %, CR and LF in the message …
    static func data(_ text: String) -> String {
        text.replacingAll([("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    /// … and also : and , in a property value.
    static func property(_ text: String) -> String {
        data(text).replacingAll([(":", "%3A"), (",", "%2C")])
    }
}

extension String {
    /// Replaces each scalar of the pairs in one pass (by scalar: "\r\n" is one Character).
    func replacingAll(_ pairs: [(Unicode.Scalar, String)]) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if let pair = pairs.first(where: { $0.0 == scalar }) { out += pair.1 } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
