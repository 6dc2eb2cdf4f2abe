import Foundation
@testable import KHParse

/// The corpus format (Sources/KHParse/Extract/Deadlines/Corpus/README.md):
/// `position <TAB> context <TAB> phrase <TAB> expected`, expected = objects joined by " ; ".
struct CorpusCase {
    var file: String
    var line: Int
    var position: String
    var context: DeadlineContext
    var contextText: String
    var phrase: String
    var expected: [String]

    var actual: [Deadline] {
        switch position {
        case "inline": return DeadlineGrammar.find(inSentence: phrase, context: context)
        case "label": return DeadlineGrammar.read(phrase, position: .label, context: context)
        case "paren": return DeadlineGrammar.read(phrase, position: .parenthesis, context: context)
        default: return DeadlineGrammar.read(phrase, position: .cell, context: context)
        }
    }

    /// nil when the case passes, else a readable diff.
    func check() -> String? {
        let got = actual
        let rendered = got.enumerated().map { index, d -> String in
            let wantsText = index < expected.count && expected[index].hasSuffix("\"") && expected[index].contains(" \"")
            return DeadlineRendering.render(d, text: wantsText)
        }
        if rendered == expected { return nil }
        let full = got.map { DeadlineRendering.render($0, text: true) }.joined(separator: " ; ")
        return """
        \(file):\(line) [\(position) \(contextText)]
          phrase:   \(phrase)
          expected: \(expected.isEmpty ? "-" : expected.joined(separator: " ; "))
          got:      \(full.isEmpty ? "-" : full)
        """
    }
}

enum DeadlineRendering {
    /// `due 2023-04-01..2023-04-30 month`, `recurring FREQ=MONTHLY;BYMONTHDAY=14`,
    /// `relative P1Y end=2024-03-24 event=triển khai`, with ` "text"` at the end when asked.
    static func render(_ d: Deadline, text: Bool) -> String {
        var parts = [d.kind.rawValue]
        let dated: Set<Deadline.Kind> = [.due, .period, .start]
        if d.kind == .relative {
            if let o = d.offset { parts.append(o) }
            if let e = d.end { parts.append("end=\(e.iso)") }
        } else {
            if dated.contains(d.kind) || d.start != nil || d.end != nil {
                parts.append("\(d.start?.iso ?? "null")..\(d.end?.iso ?? "null")")
            }
            if let t = d.time { parts.append("at=\(t)") }
            if let g = d.grain { parts.append(g.rawValue) }
            if let r = d.rrule { parts.append(r) }
            if let o = d.offset { parts.append(o) }
        }
        if let e = d.event { parts.append("event=\(e)") }
        switch d.problem {
        case .outOfRange?: parts.append("!out-of-range")
        case .weekdayMismatch?: parts.append("!weekday-mismatch")
        case nil: break
        }
        if text { parts.append("\"\(d.text)\"") }
        return parts.joined(separator: " ")
    }
}

enum Corpus {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KHParse/Extract/Deadlines/Corpus")

    static func files() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func cases(in url: URL) -> [CorpusCase] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [CorpusCase] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 4 else {
                out.append(CorpusCase(file: url.lastPathComponent, line: n + 1, position: "bad", context: .init(),
                                      contextText: "", phrase: line, expected: ["<malformed line: \(cols.count) columns>"]))
                continue
            }
            let expected = cols[3] == "-" ? [] : cols[3].components(separatedBy: " ; ")
            out.append(CorpusCase(file: url.lastPathComponent, line: n + 1, position: cols[0],
                                  context: context(cols[1]), contextText: cols[1], phrase: cols[2], expected: expected))
        }
        return out
    }

    /// `-`, `2026-04-10` (issued) or `fy=2023` (fallback year).
    static func context(_ s: String) -> DeadlineContext {
        if s.hasPrefix("fy=") { return DeadlineContext(fallbackYear: Int(s.dropFirst(3))) }
        return DeadlineContext(issued: CivilDate(iso: s))
    }
}
