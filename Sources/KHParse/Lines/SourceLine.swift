/// One physical line of the normalized input, cleaned of page debris and Markdown marks.
/// `number` is the line of the input file as given; `text` is empty for blank lines.
struct SourceLine: Sendable {
    var number: Int
    var text: String

    var isBlank: Bool { text.isEmpty }
}

/// The lines of a document plus what the cleaning removed.
struct CleanedLines: Sendable {
    var lines: [SourceLine]
    var dropped: [DroppedText]
    var repairs: [String]
}
