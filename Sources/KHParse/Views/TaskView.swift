/// The formats of the task views (`kh-parse tasks --format`, and later `kh-parse batch --format`).
public enum TaskFormat: String, Sendable, CaseIterable {
    /// A table for the terminal, text wrapped to the width.
    case table
    /// RFC 4180 CSV, one row per task.
    case csv
    /// Tab-separated, one row per task.
    case tsv
    /// A Markdown table per document.
    case markdown
    /// An iCalendar with one VTODO per dated deadline.
    case ics
    /// `[{"document": {…}, "task": Task}]`.
    case json
}

/// Everything a view may need besides the rows.
///
/// `var options = TaskViewOptions(); options.width = 120; options.excel = true`.
public struct TaskViewOptions: Sendable {
    /// Terminal table: width, box drawing, colour.
    public var width = 80
    /// Terminal table: box drawing.
    public var box = false
    /// Terminal table: colour (late deadlines in red).
    public var color = false
    /// Deadlines before this day are shown as late (table) and filter `--overdue`.
    public var today: CivilDate?
    /// CSV/TSV: the UTF-8 byte-order mark Excel needs.
    public var excel = false
    /// iCalendar: DTSTAMP, a UTC date-time such as "20260601T000000Z".
    public var stamp = "19700101T000000Z"
    /// JSON: indented.
    public var pretty = false

    /// The defaults: 80 columns, no box, no colour, no byte-order mark.
    public init() {}
}

/// The task views of `kh-parse tasks`: `TaskView.render(rows, format: .csv, options: TaskViewOptions())`.
public enum TaskView {
    /// The rendered view. Every format is a pure function of the rows and the options.
    public static func render(_ rows: [TaskRow], format: TaskFormat, options: TaskViewOptions) -> String {
        switch format {
        case .table: return TerminalTable(width: options.width, box: options.box, color: options.color, today: options.today).render(rows)
        case .csv: return DelimitedView.render(rows, dialect: .csv, excel: options.excel)
        case .tsv: return DelimitedView.render(rows, dialect: .tsv, excel: options.excel)
        case .markdown: return MarkdownView.render(rows)
        case .ics: return CalendarView.render(rows, stamp: options.stamp)
        case .json: return JSONRowsView.render(rows, pretty: options.pretty)
        }
    }
}
