/// Gaps and repeats in the numbering of sibling items: "item 2.12 is missing between 2.11 and 2.13".
enum NumberingCheck {
    struct Item {
        var style: Section.Style
        var number: String?
        var line: Int
    }

    /// The numbered styles, each checked on its own.
    private static let numbered: [Section.Style] = [.part, .article, .roman, .arabic, .decimal, .letter]

    static func check(_ siblings: [Item], parentNumber: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for style in numbered {
            // Most groups are bullets or hold one style: a style none of them has costs no array.
            guard siblings.contains(where: { $0.style == style && $0.number != nil }) else { continue }
            let items = siblings.filter { $0.style == style && $0.number != nil }
            guard let first = items.first else { continue }
            let firstValue = value(first)
            if firstValue > 1, style != .decimal || parentNumber != nil {
                let missing = (1..<firstValue).map { label(style, $0, like: first) }
                diagnostics.append(gap(missing, before: first, after: nil, style: style))
            }
            for (previous, next) in zip(items, items.dropFirst()) {
                let a = value(previous), b = value(next)
                if b == a + 1 { continue }
                // Lettered in the Latin alphabet: "d)" → "e)" skips no Vietnamese "đ)", "e)" → "f)" follows.
                if style == .letter, let p = previous.number?.first, let n = next.number?.first,
                   Self.latinNext[p] == n { continue }
                if b > a + 1 {
                    let missing = ((a + 1)..<b).map { label(style, $0, like: next) }
                    diagnostics.append(gap(missing, before: next, after: previous, style: style))
                } else {
                    diagnostics.append(Diagnostic(.warning, .numberingDuplicate,
                                                  "\(noun(style)) \(next.number!) follows \(previous.number!): numbering repeats or goes back",
                                                  lines: LineRange(previous.line, next.line)))
                }
            }
        }
        return diagnostics
    }

    /// Letters that follow one another in the Latin alphabet where Vietnamese points differ.
    static let latinNext: [Character: Character] = ["d": "e", "e": "f", "f": "g", "i": "j", "j": "k", "v": "w", "w": "x", "y": "z"]

    private static func value(_ section: Item) -> Int {
        let number = section.number ?? ""
        switch section.style {
        case .roman: return RomanNumeral.value(Substring(number)) ?? 0
        case .letter: return number.first.flatMap(PointLetters.index(of:)) ?? 0
        default:
            // The last of the dot-separated parts ("2.13" → 13; trailing dots skipped), without splitting.
            let utf8 = number.utf8
            let end = utf8.lastIndex { $0 != 0x2E }.map(utf8.index(after:)) ?? utf8.startIndex
            let start = utf8[..<end].lastIndex(of: 0x2E).map(utf8.index(after:)) ?? utf8.startIndex
            return Int(Substring(utf8[start..<end])) ?? 0
        }
    }

    private static func label(_ style: Section.Style, _ value: Int, like sibling: Item) -> String {
        switch style {
        case .roman: return RomanNumeral.format(value)
        case .letter: return PointLetters.letter(at: value) ?? "?"
        case .decimal:
            var parts = (sibling.number ?? "").split(separator: ".").map(String.init)
            parts[parts.count - 1] = String(value)
            return parts.joined(separator: ".")
        default: return String(value)
        }
    }

    private static func noun(_ style: Section.Style) -> String {
        switch style {
        case .roman: return "part"
        case .article: return "article"
        case .part: return "Phần"
        default: return "item"
        }
    }

    private static func gap(_ missing: [String], before next: Item, after previous: Item?, style: Section.Style) -> Diagnostic {
        let what = missing.count == 1 ? "\(noun(style)) \(missing[0]) is missing"
                                      : "\(noun(style))s \(missing.first!) to \(missing.last!) are missing"
        let place = previous.map { " between \($0.number!) and \(next.number!)" } ?? " before \(next.number!)"
        let lines = LineRange(previous?.line ?? next.line, next.line)
        return Diagnostic(.warning, .numberingGap, what + place, lines: lines)
    }
}
