import Foundation

/// The findings an existing archive already has, so that `--baseline` shows only new ones. A finding is known by
/// its fingerprint (rule, file, task, deadline text), so edits elsewhere in a file do not bring it back; a
/// fingerprint recorded twice hides two findings.
///
/// ```json
/// {"tool": "kh-parse", "version": 1,
///  "findings": [{"fingerprint": "…", "file": "plans/kh-12.txt", "rule": "deadline-before-issue", "message": "…"}]}
/// ```
public struct Baseline: Sendable {
    /// How many findings of each fingerprint were recorded.
    public var counts: [String: Int]

    /// A baseline that knows `findings` (`--write-baseline`).
    public init(findings: [Finding]) {
        counts = [:]
        for finding in findings { counts[finding.fingerprint, default: 0] += 1 }
    }

    /// What `--write-baseline` writes: sorted, one finding a line, so that its diff reads well.
    public static func render(_ findings: [Finding]) -> String {
        let sorted = findings.sorted { ($0.file, $0.rule, $0.fingerprint) < ($1.file, $1.rule, $1.fingerprint) }
        let writer = JSONWriter(pretty: false)
        let lines = sorted.map { finding in
            "    " + writer.string(.object([("fingerprint", .string(finding.fingerprint)), ("file", .string(finding.file)),
                                            ("rule", .string(finding.rule)), ("message", .string(finding.message))]))
        }
        return "{\"tool\": \"kh-parse\", \"version\": 1, \"findings\": [\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "]}\n"
    }

    /// Reads a baseline file written by ``Baseline/render(_:)``; a file that is not one throws ``ConfigError``.
    public static func load(path: String) throws(ConfigError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("cannot read the baseline \(path): \(String(cString: strerror(errno)))")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let findings = object["findings"] as? [[String: Any]] else {
            throw ConfigError("\(path) is not a kh-parse baseline (written by --write-baseline)")
        }
        var baseline = Baseline(findings: [])
        for finding in findings {
            guard let fingerprint = finding["fingerprint"] as? String else {
                throw ConfigError("\(path): a finding without a fingerprint")
            }
            baseline.counts[fingerprint, default: 0] += 1
        }
        return baseline
    }

    /// Removes the findings the baseline records; returns how many it hid.
    @discardableResult
    public func filter(_ run: inout CheckRun) -> Int {
        var left = counts
        var hidden = 0
        for i in run.reports.indices {
            run.reports[i].findings.removeAll { finding in
                guard let n = left[finding.fingerprint], n > 0 else { return false }
                left[finding.fingerprint] = n - 1
                hidden += 1
                return true
            }
        }
        run.baselined += hidden
        return hidden
    }
}
