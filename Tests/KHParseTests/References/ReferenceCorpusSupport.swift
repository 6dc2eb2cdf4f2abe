import Foundation
@testable import KHParse

/// The corpus tables beside the grammars (Sources/KHParse/Extract/References/Corpus/README.md):
/// `text<TAB>expected`, expected = findings joined by " ; ", or "-" for none.
struct ReferenceCorpusCase {
    var file: String
    var line: Int
    var text: String
    var expected: [String]
}

enum ReferenceCorpus {
    /// Package root = three levels above this file's folder (Tests/KHParseTests/References).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KHParse/Extract/References/Corpus")

    static func cases(_ name: String) -> [ReferenceCorpusCase] {
        let url = folder.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [ReferenceCorpusCase] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let expected: [String]
            if cols.count != 2 {
                expected = ["<malformed line: \(cols.count) columns>"]
            } else {
                expected = cols[1] == "-" ? [] : cols[1].components(separatedBy: " ; ")
            }
            out.append(ReferenceCorpusCase(file: name, line: n + 1, text: cols[0], expected: expected))
        }
        return out
    }

    /// Runs `render` over every case of `name`; returns (total, negatives, diffs). `matches` compares one rendered
    /// finding with one expected item (references allow the text column to be left out).
    static func run(_ name: String, render: (String) -> [String],
                    matches: (String, String) -> Bool = { $0 == $1 }) -> (Int, Int, [String]) {
        let all = cases(name)
        var diffs: [String] = []
        for c in all {
            let got = render(c.text)
            let same = got.count == c.expected.count && zip(got, c.expected).allSatisfy { matches($0, $1) }
            if !same {
                diffs.append("""
                \(c.file):\(c.line)
                  text:     \(c.text)
                  expected: \(c.expected.isEmpty ? "-" : c.expected.joined(separator: " ; "))
                  got:      \(got.isEmpty ? "-" : got.joined(separator: " ; "))
                """)
            }
        }
        return (all.count, all.filter { $0.expected.isEmpty }.count, diffs)
    }

    /// `Chỉ thị | 08-CT/TU | 2026-03-04 | Ban Thường vụ Thành uỷ | Chỉ thị số 08-CT/TU, ngày 04/3/2026 của …`.
    static func render(_ r: FoundReference) -> String {
        [r.type ?? "-", r.number ?? "-", r.issued?.iso ?? "-", r.issuer ?? "-", r.text].joined(separator: " | ")
    }

    /// The text column is optional in the table: compare the first four columns when it is left out.
    static func sameReference(_ got: String, _ expected: String) -> Bool {
        let g = got.components(separatedBy: " | "), e = expected.components(separatedBy: " | ")
        return e.count == 4 ? Array(g.prefix(4)) == e : g == e
    }

    /// `TTATGT = trật tự, an toàn giao thông`.
    static func render(_ a: FoundAbbreviation) -> String { "\(a.short) = \(a.long)" }

    /// `100% số đơn vị cấp xã | 100`, `ít nhất 02 lần/tháng | -`.
    static func render(_ t: Target) -> String {
        guard let p = t.percent else { return "\(t.text) | -" }
        let number = p == p.rounded() ? String(Int(p)) : String(p)
        return "\(t.text) | \(number)"
    }
}
