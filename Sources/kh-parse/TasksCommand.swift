import ArgumentParser
import Foundation
import KHParse

extension TaskFormat: ExpressibleByArgument {}
extension TaskSort: ExpressibleByArgument {}

/// `kh-parse tasks FILE…`: who does what by when, as a table on the terminal or in another format.
struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Show the tasks of one or more plans: id, task, lead, support, deadline.",
        discussion: """
        Examples:
          kh-parse tasks plan.txt                          a table on the terminal
          kh-parse tasks plan.txt --format csv --excel > tasks.csv
          kh-parse tasks *.txt --lead "Công an" --sort deadline
          kh-parse tasks plan.txt --overdue --today 2026-07-01
          kh-parse tasks plan.txt --format ics > plan.ics   deadlines as calendar to-dos
        """)

    @Argument(help: "Text files; standard input when absent or \"-\".")
    var files: [String] = []

    @Option(help: "table (the default on a terminal), csv, tsv (the default otherwise), markdown, ics (iCalendar to-dos), json.")
    var format: TaskFormat?

    @Option(help: "Order: id (reading order), deadline (earliest first) or lead.")
    var sort: TaskSort = .id

    @Option(help: "Only tasks whose lead agency contains this (case and diacritics ignored).")
    var lead: String?

    @Option(help: "Only tasks with a deadline that ends before this day (YYYY-MM-DD).")
    var dueBefore: String?

    @Flag(help: "Only tasks with a deadline that ended before today (or --today).")
    var overdue = false

    @Option(help: "Today's date YYYY-MM-DD for --overdue and for marking late deadlines (default: the system's date).")
    var today: String?

    @Flag(help: "Show a body task and the table row that states the same assignment as two rows.")
    var allRows = false

    @Flag(help: "csv/tsv: start with the UTF-8 byte-order mark Excel needs to show Vietnamese.")
    var excel = false

    @Option(help: "table: the width in columns (default: $COLUMNS, else the terminal's, else 80).")
    var width: Int?

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Tone mark placement: classic (hòa, thủy), modern (hoà, thuỷ) or keep.")
    var toneStyle: ToneStyle = .classic

    @Option(help: "The inputs' encoding: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")). Detected when absent.")
    var from: TextEncoding?

    @Option(help: "Issue date YYYY-MM-DD, overriding the documents' own (used to read year-less deadlines).")
    var issued: String?

    func validate() throws {
        _ = try parseDate(issued)
        _ = try day(dueBefore, "--due-before")
        _ = try day(today, "--today")
        if let width, width < 20 { throw ValidationError("--width wants at least 20 columns, got \(width)") }
    }

    func run() throws {
        let options = ParseOptions(issued: try parseDate(issued), normalization: NormalizationOptions(toneStyle: toneStyle), from: from)
        var plans: [PlanOutput] = []
        for file in files.isEmpty ? [nil] : files.map(Optional.some) {
            let (bytes, name) = readInput(file)
            do {
                plans.append(try KHParser.parse(bytes: consume bytes, name: name, options: options))
            } catch {
                fail("\(file ?? "-"): \(error.description)", status: ExitStatus.dataError)
            }
        }
        let terminal = output == nil && isatty(STDOUT_FILENO) == 1
        let today = try day(today, "--today") ?? Tasks.systemToday()
        let query = TaskQuery(sort: sort, lead: lead, dueBefore: try day(dueBefore, "--due-before"), overdue: overdue,
                              today: today, allRows: allRows)
        var view = TaskViewOptions()
        view.width = width ?? Tasks.terminalWidth() ?? 80
        view.box = terminal
        view.color = terminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        view.today = today
        view.excel = excel
        view.pretty = terminal
        view.stamp = Tasks.utcStamp()
        let rows = TaskRows.rows(plans, query: query)
        writeOutput(TaskView.render(rows, format: format ?? (terminal ? .table : .tsv), options: view), to: output)
    }

    private func day(_ text: String?, _ option: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(iso: text) else { throw ValidationError("\(option) wants a date as YYYY-MM-DD, got \"\(text)\"") }
        return date
    }

    /// Now, as an iCalendar UTC date-time (DTSTAMP).
    static func utcStamp() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year ?? 1970, p.month ?? 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
    }

    /// The local calendar day.
    static func systemToday() -> CivilDate? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// $COLUMNS, else the terminal's width from ioctl(TIOCGWINSZ) on standard output.
    static func terminalWidth() -> Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }
}
