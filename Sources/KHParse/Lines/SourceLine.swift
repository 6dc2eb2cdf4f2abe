/// One physical line of the normalized input, cleaned of page debris and Markdown marks.
/// `number` is the line of the input file as given; `text` is empty for blank lines.
struct SourceLine: Sendable {
    var text: String
    /// The line number in 32 bits, beside the two flags: a line and its token are most of a large
    /// input's memory, and this makes a line 24 bytes instead of 32. (A file of over four billion
    /// lines would need hundreds of gigabytes before its numbers stopped at the last one.)
    private var storedNumber: UInt32
    /// A lone "|" of the cell-per-line layout (web exports): the line is blank, and no text on one
    /// side of it continues text on the other (a cell boundary is a hard break).
    var cellBreak: Bool
    /// The line goes on with the line above, whatever it looks like: its first words are still
    /// inside emphasis opened there ("**II. NHIỆM" / "VỤ, GIẢI PHÁP**"), or it is a hard wrap that
    /// only looks like a bullet ("… hoàn thành" / "- 2028, đưa vào sử dụng").
    var continuesAbove: Bool

    init(number: Int, text: String, cellBreak: Bool = false, continuesAbove: Bool = false) {
        self.text = text
        storedNumber = UInt32(clamping: number)
        self.cellBreak = cellBreak
        self.continuesAbove = continuesAbove
    }

    var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = UInt32(clamping: newValue) }
    }

    var isBlank: Bool { text.isEmpty }
}

/// The lines of a document plus what the cleaning removed.
struct CleanedLines: Sendable {
    var lines: [SourceLine]
    var dropped: [DroppedText]
    var repairs: [String]
}
