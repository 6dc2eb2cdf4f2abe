/// Where each input line of a joined text begins, so that a phrase found in the text names its own lines:
/// a deadline on the third line of a wrapped paragraph points there (and `check`'s file:line with it), not
/// at the paragraph's first line.
///
/// Only the lines after the first are kept (a text of one line keeps nothing); an offset is the UTF-8 offset
/// in the joined text at which the line's bytes begin, or the space that joined them, which belongs to
/// neither line's words.
struct LineStarts: Sendable {
    private struct Start: Sendable {
        var offset: Int32
        var line: Int32
    }

    private var starts: [Start] = []

    init() {}

    /// The line `line` begins at `offset` of the text (appended in the order of the text).
    mutating func add(offset: Int, line: Int) {
        starts.append(Start(offset: Int32(clamping: offset), line: Int32(clamping: line)))
    }

    /// The starts of `tail`'s lines after it was joined at `offset` of a longer text, its first line `firstLine`.
    mutating func add(_ tail: LineStarts, at offset: Int, firstLine: Int) {
        add(offset: offset, line: firstLine)
        for s in tail.starts { add(offset: offset + Int(s.offset), line: Int(s.line)) }
    }

    /// The same starts in a text that had `count` bytes put before it ("Label: " + text).
    func shifted(by count: Int) -> LineStarts {
        var moved = self
        for i in moved.starts.indices { moved.starts[i].offset += Int32(clamping: count) }
        return moved
    }

    /// The same starts in the text's slice from byte `count` on; a line that began before it begins at 0.
    func dropping(first count: Int) -> LineStarts {
        var moved = self
        for i in moved.starts.indices { moved.starts[i].offset = max(0, moved.starts[i].offset - Int32(clamping: count)) }
        return moved
    }

    var isEmpty: Bool { starts.isEmpty }

    /// The lines that hold the bytes `range` of the text whose first line is `first`.
    func lines(ofBytes range: Range<Int>, first: Int) -> LineRange {
        var a = first, b = first
        for s in starts {
            if Int(s.offset) <= range.lowerBound { a = Int(s.line) }
            if Int(s.offset) < range.upperBound { b = Int(s.line) } else { break }
        }
        return LineRange(a, max(a, b))
    }

    /// The last line of the text whose first line is `first`.
    func lastLine(first: Int) -> Int { starts.last.map { Int($0.line) } ?? first }
}

/// Where the lines begin is a reading aid of the text, not part of its value: two paragraphs of the same
/// text and lines are equal however they were built (parsed, or decoded from JSON without starts).
extension LineStarts: Hashable {
    static func == (a: LineStarts, b: LineStarts) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

extension Field {
    /// The value as a paragraph that knows its lines.
    var paragraph: Paragraph { Paragraph(text: text, lines: lines, starts: starts) }
}

extension Paragraph {
    /// The lines of `phrase` as written in the text, found at or after byte `cursor` (else from the start),
    /// which moves past it; nil when the text's line starts are unknown or the phrase is not in it as written.
    func lines(of phrase: String, after cursor: inout Int) -> LineRange? {
        guard let starts, !phrase.isEmpty else { return nil }
        let bytes = text.utf8
        let from = bytes.index(bytes.startIndex, offsetBy: min(max(0, cursor), bytes.count))
        guard let found = text.byteRange(of: phrase, from: from) ?? text.byteRange(of: phrase) else { return nil }
        let lower = bytes.distance(from: bytes.startIndex, to: found.lowerBound)
        let upper = lower + bytes.distance(from: found.lowerBound, to: found.upperBound)
        cursor = upper
        let located = starts.lines(ofBytes: lower..<upper, first: lines.first)
        // Starts that do not fit the paragraph's lines were not made for its text: say the whole paragraph.
        return located.first >= lines.first && located.last <= lines.last ? located : nil
    }
}
