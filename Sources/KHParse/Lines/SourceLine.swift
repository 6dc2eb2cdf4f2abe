/// One physical line of the normalized input, cleaned of page debris and Markdown marks.
/// `number` is the line of the input file as given; `text` is empty for blank lines.
struct SourceLine: Sendable {
    var number: Int
    var text: String
    /// A lone "|" of the cell-per-line layout (web exports): the line is blank, and no text on one
    /// side of it continues text on the other (a cell boundary is a hard break).
    var cellBreak = false
    /// The line goes on with the line above, whatever it looks like: its first words are still
    /// inside emphasis opened there ("**II. NHIỆM" / "VỤ, GIẢI PHÁP**"), or it is a hard wrap that
    /// only looks like a bullet ("… hoàn thành" / "- 2028, đưa vào sử dụng").
    var continuesAbove = false

    var isBlank: Bool { text.isEmpty }
}

/// The lines of a document plus what the cleaning removed.
struct CleanedLines: Sendable {
    var lines: [SourceLine]
    var dropped: [DroppedText]
    var repairs: [String]
}
