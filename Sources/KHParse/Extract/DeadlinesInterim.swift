// Interim reader until the deadline grammar lands: every phrase is kept, as written, `unparsed`.
public enum DeadlinePosition: Sendable { case label, parenthesis, cell, inline }

public struct DeadlineContext: Sendable {
    public var issued: CivilDate?
    public var fallbackYear: Int?
    public init(issued: CivilDate? = nil, fallbackYear: Int? = nil) {
        self.issued = issued
        self.fallbackYear = fallbackYear
    }
}

public enum DeadlineGrammar {
    public static func read(_ phrase: String, position: DeadlinePosition, context: DeadlineContext) -> [Deadline] {
        var text = phrase.trimmingCharacters()
        while let last = text.last, ".;,".contains(last) { text.removeLast() }
        return text.isEmpty ? [] : [Deadline(text: text, kind: .unparsed)]
    }

    public static func find(inSentence sentence: String, context: DeadlineContext) -> [Deadline] { [] }
}
