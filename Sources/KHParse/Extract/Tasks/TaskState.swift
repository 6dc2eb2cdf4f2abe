/// What the walk over the tree gathers (tasks, diagnostics) and the deadline reading it does on the
/// way: each phrase read in its position, its year remembered for later year-less phrases, and the
/// diagnostics a deadline deserves.
struct TaskState {
    var context: DeadlineContext
    var tasks: [PlanTask] = []
    var diagnostics: [Diagnostic] = []

    /// Diagnostics a deadline deserves: a phrase in a deadline position that the grammar cannot
    /// read, a date before the plan was issued, or one more than 15 years after it.
    mutating func check(_ deadline: Deadline, position: DeadlinePosition) {
        if deadline.kind == .unparsed, position != .inline, deadline.problem != .outOfRange {
            diagnostics.append(Diagnostic(.warning, .unparsedDeadline, "cannot read the deadline \"\(deadline.text)\"", lines: deadline.lines))
        }
        if deadline.problem == .outOfRange {
            diagnostics.append(Diagnostic(.warning, .deadlineOutOfRange,
                                          "deadline \"\(deadline.text)\" names a date outside 0001-01-01 … 9999-12-31",
                                          lines: deadline.lines))
        }
        if case .weekdayMismatch(let stated, let actual) = deadline.problem {
            let names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
            diagnostics.append(Diagnostic(.warning, .deadlineWeekdayMismatch,
                                          "deadline \"\(deadline.text)\" says \(names[(stated - 1) % 7]) but \(deadline.end?.iso ?? "the date") is a \(names[(actual - 1) % 7]); the date is kept",
                                          lines: deadline.lines))
        }
        guard let issued = context.issued, let end = deadline.end else { return }
        if end < issued, deadline.kind == .due || deadline.kind == .period {
            diagnostics.append(Diagnostic(.warning, .deadlineBeforeIssue,
                                          "deadline \"\(deadline.text)\" ends \(end.iso), before the plan's issue date \(issued.iso)",
                                          lines: deadline.lines))
        }
        if let horizon = issued.adding(years: 15), end > horizon {
            diagnostics.append(Diagnostic(.warning, .deadlineAfterHorizon,
                                          "deadline \"\(deadline.text)\" ends \(end.iso), more than 15 years after \(issued.iso)",
                                          lines: deadline.lines))
        }
    }

    /// Reads a phrase in its position and remembers its year for later year-less phrases (no issue date).
    mutating func read(_ phrase: String, _ position: DeadlinePosition, lines: LineRange) -> [Deadline] {
        read(phrase, position, in: Paragraph(text: phrase, lines: lines))
    }

    /// Reads a phrase of `paragraph`'s text (or the whole text): each deadline names the lines where its words
    /// stand when the paragraph knows where its lines begin, else the paragraph's lines.
    mutating func read(_ phrase: String, _ position: DeadlinePosition, in paragraph: Paragraph) -> [Deadline] {
        var found = position == .inline ? DeadlineGrammar.find(inSentence: phrase, context: context)
                                        : DeadlineGrammar.read(phrase, position: position, context: context)
        var cursor = 0
        for i in found.indices {
            found[i].lines = paragraph.lines(of: found[i].text, after: &cursor) ?? paragraph.lines
            if context.issued == nil, let year = found[i].end?.year ?? found[i].start?.year { context.fallbackYear = year }
            check(found[i], position: position)
        }
        return found
    }
}
