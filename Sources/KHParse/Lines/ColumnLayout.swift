/// Text pulled out of a PDF keeps the two-column blocks of an administrative document side by
/// side on one line:
///
///     ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
///     Nơi nhận:                                      TM. ỦY BAN NHÂN DÂN
///
/// In the header block and in the footer block (from "Nơi nhận") such lines are cut at their wide
/// gap and read column by column: the left column's segments first, then the right column's. Each
/// segment keeps its input line number. Everywhere else lines are left as they are.
enum ColumnLayout {
    struct Segment: Sendable {
        var number: Int
        var text: String
    }

    /// A gap this wide (in spaces) between two texts separates columns, not words.
    static let gap = 5

    /// Whether any line may hold two columns: most texts have none, and are read in place.
    static func mayHaveColumns(_ lines: [String]) -> Bool {
        lines.contains { $0.utf8.count > 40 && $0.containsSpaces(gap) }
    }

    static func readingOrder(_ lines: [String]) -> [Segment] {
        var segments = lines.enumerated().map { Segment(number: $0.offset + 1, text: $0.element) }
        guard mayHaveColumns(lines) else { return segments }
        if let zone = footerZone(lines) { segments.replaceSubrange(zone, with: columns(lines, zone)) }
        if let zone = headerZone(lines) { segments.replaceSubrange(zone, with: columns(lines, zone)) }
        return segments
    }

    /// "left     right" → the two texts and the column where the right one starts.
    static func split(_ line: String) -> (left: String, right: String, column: Int)? {
        guard !line.containsByte(0x09) else { return nil }
        let chars = Array(line)
        guard let first = chars.firstIndex(where: { $0 != " " }) else { return nil }
        var i = first
        while i < chars.count {
            if chars[i] == " " {
                var j = i
                while j < chars.count, chars[j] == " " { j += 1 }
                if j - i >= gap, j < chars.count {
                    let left = String(chars[first..<i])
                    let right = String(chars[j...]).trimmingCharacters()
                    return (left, right, j)
                }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The top lines, up to the last one cut in two, when at least two are (issuer | quốc hiệu,
    /// số | địa danh, ngày).
    private static func headerZone(_ lines: [String]) -> Range<Int>? {
        var seen = 0, cut = 0, last: Int?
        for (index, line) in lines.enumerated() {
            if line.trimmingCharacters().isEmpty { continue }
            seen += 1
            if seen > 8 { break }
            if split(line) != nil { cut += 1; last = index } else if last != nil, !isRule(line) { break }
        }
        guard cut >= 2, let last else { return nil }
        return 0..<(last + 1)
    }

    /// A line of signs alone under the issuer: the party's star ("*"), a rule ("-----"). It does not end the zone.
    private static func isRule(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x2A || $0 == 0x2D || $0 == 0x5F || $0 == 0x3D || $0 == 0x7E }
    }

    /// From "Nơi nhận" to the end, or to a PHỤ LỤC, when its lines are cut in two.
    private static func footerZone(_ lines: [String]) -> Range<Int>? {
        guard let start = lines.lastIndex(where: { line in
            let head = split(line)?.left ?? line.trimmingCharacters()
            return FooterReader.opensRecipients(head)
        }) else { return nil }
        var end = lines.count
        for index in (start + 1)..<lines.count where Fold.key(lines[index].trimmingCharacters().prefix(8)).hasPrefix("phu luc") {
            end = index
            break
        }
        let cut = lines[start..<end].filter { split($0) != nil }.count
        return cut >= 2 ? start..<end : nil
    }

    /// The zone's lines read left column first, then right column. A line that is not cut belongs
    /// to the column its indentation points at ("Trần Văn Bình" under the signature).
    private static func columns(_ lines: [String], _ zone: Range<Int>) -> [Segment] {
        let rightColumn = zone.compactMap { split(lines[$0])?.column }.min() ?? Int.max
        var left: [Segment] = [], right: [Segment] = []
        for index in zone {
            let line = lines[index]
            if let (l, r, _) = split(line) {
                left.append(Segment(number: index + 1, text: l))
                right.append(Segment(number: index + 1, text: r))
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            let text = line.trimmingCharacters()
            if text.isEmpty { continue }
            if indent + 4 >= rightColumn { right.append(Segment(number: index + 1, text: text)) }
            else { left.append(Segment(number: index + 1, text: text)) }
        }
        return left + right
    }
}
