/// Where a deadline phrase stands: a label line ("Thời gian hoàn thành: …"), a trailing parenthesis
/// ("(*hoàn thành trước 30/4/2026*)"), a deadline table cell, or inside a task's sentence.
enum DeadlinePosition: Sendable { case label, parenthesis, cell, inline }

/// What a year-less phrase needs to find its year.
struct DeadlineContext: Sendable {
    /// The plan's issue date (or `--issued`).
    var issued: CivilDate?
    /// The year of the nearest dated phrase before, when `issued` is nil.
    var fallbackYear: Int?

    init(issued: CivilDate? = nil, fallbackYear: Int? = nil) {
        self.issued = issued
        self.fallbackYear = fallbackYear
    }
}

/// The deadline grammar of deadlines.md: phrases → `Deadline` objects.
enum DeadlineGrammar {
    /// A phrase in a deadline position: a label line's text ("Tháng 3/2023."), a trailing parenthesis's content
    /// ("thực hiện trong Quý II/2026 và tiếp tục hoàn thiện"), a deadline table cell. One object per temporal
    /// statement, in order. Non-empty text that reads as nothing → one `unparsed` object.
    ///
    ///     DeadlineGrammar.read("Tháng 6/2023 và hoàn thành trong năm 2023, 2024", position: .label, context: .init())
    ///     // → due 2023-06-01…2023-06-30 (month); period 2023-01-01…2024-12-31 (year)
    static func read(_ phrase: String, position: DeadlinePosition, context: DeadlineContext) -> [Deadline] {
        var parser = DeadlineParser(text: phrase, inSentence: false, referencesAllowed: position != .inline, context: context)
        let found = parser.run()
        if !found.isEmpty { return found }
        let content = parser.begin < parser.t.count ? parser.slice(parser.begin, parser.t.count - 1) : ""
        guard content.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
            return []
        }
        // A deadline cell that only names another document: the time is set there.
        if position != .inline, parser.documentHead(parser.begin) != nil {
            return [Deadline(text: content, kind: .reference)]
        }
        return [Deadline(text: content, kind: .unparsed)]
    }

    /// Free text, one line of it (`kh-parse deadlines`): the statements a deadline position would read, and `[]` for
    /// text with no time in it — never a lone `unparsed` for the whole line.
    ///
    ///     DeadlineGrammar.scan("Xây dựng lộ trình cụ thể", context: .init())   // → []
    static func scan(_ text: String, context: DeadlineContext) -> [Deadline] {
        var parser = DeadlineParser(text: text, inSentence: false, referencesAllowed: true, context: context)
        return parser.run()
    }

    /// Deadlines inside a task's sentence: a bound or unit with an explicit date, month, quarter or year
    /// ("… gửi về UBND thành phố trước ngày 15/4/2026 để theo dõi" → due …2026-04-14); recurrence words (not money
    /// allocation, not names); "thường xuyên / liên tục" opening the sentence; a condition opening or closing it.
    /// Never the dates of cited documents, a plan's horizon inside its name, "Quốc lộ 5", "100%".
    ///
    ///     DeadlineGrammar.find(inSentence: "Quán triệt Nghị quyết số 12-NQ/TW ngày 16/3/2022", context: .init())   // → []
    ///
    /// A sentence of over 128 KB (a document's lines that are no items, read as one task) is read piece by
    /// piece (`TextPieces`), each piece as a sentence of its own.
    static func find(inSentence sentence: String, context: DeadlineContext) -> [Deadline] {
        TextPieces.flatMap(sentence) { text in
            var parser = DeadlineParser(text: text, inSentence: true, referencesAllowed: false, context: context)
            return parser.run()
        }
    }
}
