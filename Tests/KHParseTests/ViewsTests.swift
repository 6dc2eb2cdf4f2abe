import Foundation
import XCTest
@testable import KHParse

/// The task views (`kh-parse tasks`): golden files per format, CSV read back by Python's csv module,
/// the terminal table at several widths without losing text.
final class ViewsTests: XCTestCase {
    static let inputs = ["seeds/000_ceccd0ef4be28823.txt", "seeds/002_35f6f42cd9739a20.txt", "small/recurring-relative.txt"]
    static let today = CivilDate(iso: "2026-06-01")!
    let views = Paths.fixtures.appendingPathComponent("views")

    func plan(_ input: String) throws -> PlanOutput { try parse(Paths.fixtures.appendingPathComponent(input)) }

    /// Fixtures/views/<input>.<format>: `KH_RECORD=1 swift test --filter ViewsTests` rewrites them.
    func testEveryFormatMatchesItsGoldenFile() throws {
        let record = ProcessInfo.processInfo.environment["KH_RECORD"] == "1"
        try FileManager.default.createDirectory(at: views, withIntermediateDirectories: true)
        for input in ViewsTests.inputs {
            let rows = TaskRows.rows([try plan(input)], query: TaskQuery(today: ViewsTests.today))
            let base = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            var options = TaskViewOptions()
            options.today = ViewsTests.today
            options.stamp = "20260601T000000Z"
            options.pretty = true
            var outputs: [(String, String)] = []
            for (ext, format) in [("csv", TaskFormat.csv), ("tsv", .tsv), ("md", .markdown), ("ics", .ics), ("view.json", .json)] {
                outputs.append((ext, TaskView.render(rows, format: format, options: options)))
            }
            options.width = 80
            outputs.append(("table-80.txt", TaskView.render(rows, format: .table, options: options)))
            options.width = 160
            options.box = true
            outputs.append(("box-160.txt", TaskView.render(rows, format: .table, options: options)))
            for (ext, actual) in outputs {
                let golden = views.appendingPathComponent("\(base).\(ext)")
                if record {
                    try Data(actual.utf8).write(to: golden)
                    continue
                }
                let expected = try String(contentsOf: golden, encoding: .utf8)
                if !expected.utf8.elementsEqual(actual.utf8) {
                    XCTFail("\(golden.lastPathComponent) differs (KH_RECORD=1 rewrites it):\n" + firstDifference(expected, actual))
                }
            }
        }
    }

    func testCSVReadsBackWithPythonsCSVModule() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kh-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f, delimiter=sys.argv[2]))
        print(json.dumps(rows, ensure_ascii=False))
        """
        for input in ViewsTests.inputs {
            let plan = try plan(input)
            for allRows in [false, true] {
                let rows = TaskRows.rows([plan], query: TaskQuery(allRows: allRows))
                let merged = plan.tasks.filter { $0.origin == .table && $0.sameAs != nil }.count
                XCTAssertEqual(rows.count, plan.tasks.count - (allRows ? 0 : merged), input)
                for (dialect, delimiter, excel) in [(DelimitedView.Dialect.csv, ",", false), (.csv, ",", true), (.tsv, "\t", false)] {
                    let file = dir.appendingPathComponent("out")
                    let text = DelimitedView.render(rows, dialect: dialect, excel: excel)
                    XCTAssertEqual(text.hasPrefix("\u{FEFF}"), excel)
                    try Data(text.utf8).write(to: file)
                    let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, file.path, delimiter])
                    XCTAssertEqual(result.status, 0, result.err)
                    let table = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String]]
                    XCTAssertEqual(table.first, DelimitedView.columns)
                    XCTAssertEqual(table.count - 1, rows.count, "\(input): one row per task")
                    for (line, row) in zip(table.dropFirst(), rows) {
                        XCTAssertEqual(line.count, DelimitedView.columns.count)
                        XCTAssertEqual(line[3], row.task.id)
                        XCTAssertEqual(line[6], dialect == .csv ? row.task.text : row.task.text.replacingOccurrences(of: "\n", with: " "),
                                       "Vietnamese text intact")
                        XCTAssertEqual(line[7], row.task.lead.map(\.name).joined(separator: "; "))
                        XCTAssertEqual(line[0], row.number ?? "")
                    }
                }
            }
        }
    }

    func testTerminalTableLosesNoTextAtAnyWidth() throws {
        for input in ViewsTests.inputs {
            let rows = TaskRows.rows([try plan(input)])
            var expected: [String: Int] = [:]
            for row in rows {
                let t = row.task
                let cells = [t.id, t.text] + t.lead.map(\.name) + t.support.map(\.name) + t.deadlines.map(DeadlineWords.words)
                for word in cells.flatMap({ $0.split(whereSeparator: \.isWhitespace) }) { expected[String(word), default: 0] += 1 }
            }
            for width in [40, 80, 160] {
                for (box, color) in [(false, false), (true, true)] {
                    let text = TerminalTable(width: width, box: box, color: color).render(rows)
                    let plain = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                    var found: [String: Int] = [:]
                    for line in plain.split(separator: "\n") {
                        XCTAssertLessThanOrEqual(line.count, width, "\(input) at \(width): \(line)")
                        for word in line.split(whereSeparator: { $0 == " " || $0 == "│" }) { found[String(word), default: 0] += 1 }
                    }
                    let lost = expected.filter { found[$0.key, default: 0] < $0.value }
                    XCTAssertTrue(lost.isEmpty, "\(input) at \(width) columns lost \(lost.keys.sorted().prefix(10))")
                    XCTAssertEqual(plain != text, color)
                }
            }
        }
    }

    func testDeadlineWords() {
        let d = { (text: String, kind: Deadline.Kind, start: String?, end: String?) in
            DeadlineWords.words(Deadline(text: text, kind: kind, start: start.flatMap(CivilDate.init(iso:)), end: end.flatMap(CivilDate.init(iso:))))
        }
        XCTAssertEqual(d("trước 30/4/2026", .due, nil, "2026-04-29"), "trước 30/4/2026 → 29/04/2026")
        XCTAssertEqual(d("Quý II/2026", .due, "2026-04-01", "2026-06-30"), "Quý II/2026 → 01/04–30/06/2026")
        XCTAssertEqual(d("giai đoạn 2026-2028", .period, "2026-01-01", "2028-12-31"), "giai đoạn 2026-2028 → 01/01/2026–31/12/2028")
        XCTAssertEqual(d("ngày 12/4/2023", .due, "2023-04-12", "2023-04-12"), "ngày 12/4/2023 → 12/04/2023")
        XCTAssertEqual(d("Từ tháng 3/2023", .start, "2023-03-01", nil), "Từ tháng 3/2023 → từ 01/03/2023")
        XCTAssertEqual(d("hằng tháng", .recurring, nil, nil), "hằng tháng")
        XCTAssertEqual(d("thường xuyên", .ongoing, nil, nil), "thường xuyên")
    }

    func testFiltersAndSorting() throws {
        let plan = try plan("seeds/002_35f6f42cd9739a20.txt")
        let police = TaskRows.rows([plan], query: TaskQuery(lead: "cong an THANH pho"))
        XCTAssertFalse(police.isEmpty)
        XCTAssertTrue(police.allSatisfy { $0.task.lead.contains { $0.name == "Công an thành phố" } })
        let before = CivilDate(iso: "2026-05-01")!
        let due = TaskRows.rows([plan], query: TaskQuery(dueBefore: before))
        XCTAssertFalse(due.isEmpty)
        XCTAssertTrue(due.allSatisfy { $0.task.deadlines.contains { $0.end.map { $0 < before } ?? false } })
        let overdue = TaskRows.rows([plan], query: TaskQuery(overdue: true, today: before))
        XCTAssertEqual(overdue.map(\.task.id), due.map(\.task.id))
        let sorted = TaskRows.rows([plan], query: TaskQuery(sort: .deadline))
        let dates = sorted.compactMap { TaskRows.firstDate($0.task) }
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertEqual(sorted.count, TaskRows.rows([plan]).count)
        XCTAssertNil(TaskRows.firstDate(sorted.last!.task), "undated tasks last")
        let byLead = TaskRows.rows([plan], query: TaskQuery(sort: .lead)).compactMap { $0.task.lead.first.map { Fold.key($0.name) } }
        XCTAssertEqual(byLead, byLead.sorted())
    }

    /// Python's `icalendar` parses the calendar; each VTODO is checked against the deadline it comes from.
    func testICSParsesWithPythonsICalendar() throws {
        let probe = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import icalendar"])
        if probe.status != 0 { throw XCTSkip("Python's icalendar is not installed (python3 -m pip install icalendar; Scripts/setup.sh does it)") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kh-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
        import json, sys, datetime
        from icalendar import Calendar
        raw = open(sys.argv[1], "rb").read()
        lines = raw.split(b"\\r\\n")
        assert lines[-1] == b"", "ends with CRLF"
        for line in lines:
            assert b"\\n" not in line and b"\\r" not in line, "CRLF only"
            assert len(line) <= 75, ("longer than 75 octets", line)
        cal = Calendar.from_ical(raw)
        assert cal["VERSION"] == "2.0" and "PRODID" in cal
        out = []
        for c in cal.walk("VTODO"):
            for key in ("UID", "DTSTAMP", "SUMMARY", "DESCRIPTION"):
                assert key in c, key
            def day(key):
                if key not in c: return None
                value = c[key].dt
                assert isinstance(value, datetime.date) and not isinstance(value, datetime.datetime), (key, "all-day")
                return value.isoformat()
            due, start = day("DUE"), day("DTSTART")
            if due and start: assert due > start, "DUE after DTSTART"
            out.append({"uid": str(c["UID"]), "summary": str(c["SUMMARY"]), "due": due, "start": start,
                        "rrule": c["RRULE"].to_ical().decode() if "RRULE" in c else None,
                        "categories": [str(x) for x in c["CATEGORIES"].cats] if "CATEGORIES" in c else []})
        print(json.dumps(out, ensure_ascii=False))
        """
        for input in ViewsTests.inputs {
            let plan = try plan(input)
            let rows = TaskRows.rows([plan])
            let file = dir.appendingPathComponent("out.ics")
            try Data(CalendarView.render(rows, stamp: "20260601T000000Z").utf8).write(to: file)
            let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, file.path])
            XCTAssertEqual(result.status, 0, "\(input): \(result.err)")
            guard result.status == 0 else { continue }
            let todos = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
            // A dated deadline: one with a start or an end, or a recurrence rule and an anchor for it.
            var expected: [(TaskRow, Deadline)] = []
            for row in rows {
                for d in row.task.deadlines where d.start != nil || d.end != nil && d.kind != .recurring
                    || (d.kind == .recurring && d.rrule != nil && (d.start ?? row.issued) != nil) {
                    expected.append((row, d))
                }
            }
            XCTAssertEqual(todos.count, expected.count, "\(input): one VTODO per dated deadline")
            XCTAssertEqual(Set(todos.map { $0["uid"] as! String }).count, todos.count, "UIDs are unique")
            for (todo, (row, d)) in zip(todos, expected) {
                XCTAssertEqual(todo["summary"] as? String, row.task.text, "Vietnamese intact")
                if d.kind == .recurring, let rule = d.rrule {
                    XCTAssertEqual((todo["rrule"] as? String).map { Set($0.split(separator: ";")) }, Set(rule.split(separator: ";")), row.task.id)
                    XCTAssertNotNil(todo["start"] as? String, "a recurrence starts at DTSTART")
                } else {
                    XCTAssertTrue(todo["rrule"] is NSNull, row.task.id)
                    XCTAssertEqual(todo["due"] as? String, d.end?.iso, row.task.id)
                }
                XCTAssertEqual(todo["categories"] as? [String], [row.sectionTitle ?? row.task.section!])
            }
            print("\(input): \(todos.count) VTODOs, \(todos.filter { !($0["rrule"] is NSNull) }.count) with RRULE")
        }
    }

    func testICSUIDsAreStableAcrossRuns() throws {
        let input = Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt").path
        func uids() throws -> [Substring] {
            let result = try runProgram(Paths.binary, ["tasks", input, "--format", "ics"])
            XCTAssertEqual(result.status, 0, result.err)
            return result.out.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        let first = try uids()
        XCTAssertFalse(first.isEmpty)
        XCTAssertEqual(first, try uids())
    }

    func testICSFoldsAtOctetsNotCharacters() {
        let line = "SUMMARY:" + String(repeating: "Việt ", count: 40)
        let folded = CalendarView.fold(line)
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), line)
        for piece in folded.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(piece.utf8.count, 75) }
        let escaped = "SUMMARY:" + String(repeating: "a\\,", count: 60)
        for piece in CalendarView.fold(escaped).components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(piece.utf8.count, 75)
            XCTAssertFalse(piece.hasSuffix("\\"), "an escape is never split: \(piece)")
        }
    }

    /// One assignment, one row: the body task, with the table row's lead, support and deadlines
    /// where it had none; both rows with `allRows`.
    func testSameAssignmentIsOneRowUnlessAllRows() throws {
        let plan = try plan("small/recurring-relative.txt")
        let rows = TaskRows.rows([plan])
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0.task.id, $0) })
        XCTAssertNil(byId["T1/1"])
        XCTAssertNil(byId["T1/2"])
        XCTAssertNotNil(byId["T1/3"])
        let painting = try XCTUnwrap(byId["II/6"])
        XCTAssertEqual(painting.merged, "T1/1")
        XCTAssertEqual(painting.task.lead.map(\.name), ["Đội Trật tự đô thị"], "the row's lead fills the empty one")
        XCTAssertEqual(painting.task.support.map(\.name), ["Công an xã"])
        XCTAssertEqual(painting.task.deadlines.map(\.text), ["Trước 30/4/2026"])
        let camera = try XCTUnwrap(byId["II/7"])
        XCTAssertEqual(camera.task.deadlines.map(\.text), ["trong Quý II/2026"], "the body's own deadline stays")
        XCTAssertEqual(camera.task.support.map(\.name), ["Phòng Kinh tế"])
        let all = TaskRows.rows([plan], query: TaskQuery(allRows: true))
        XCTAssertEqual(all.map(\.task.id), plan.tasks.map(\.id))
        XCTAssertTrue(all.allSatisfy { $0.merged == nil })
        XCTAssertEqual(all.first { $0.task.id == "II/6" }?.task.lead, [])
    }

    func testRecurrenceStartsOnItsFirstOccurrence() {
        let d = { CivilDate(iso: $0)! }
        XCTAssertEqual(CalendarView.firstOccurrence("FREQ=MONTHLY;BYMONTHDAY=14", onOrAfter: d("2026-03-15")), d("2026-04-14"))
        XCTAssertEqual(CalendarView.firstOccurrence("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14", onOrAfter: d("2026-12-20")), d("2027-12-14"))
        XCTAssertEqual(CalendarView.firstOccurrence("FREQ=MONTHLY;BYMONTHDAY=31", onOrAfter: d("2026-02-01")), d("2026-03-31"))
        XCTAssertEqual(CalendarView.firstOccurrence("FREQ=MONTHLY", onOrAfter: d("2026-03-15")), d("2026-03-15"))
        XCTAssertEqual(CalendarView.firstOccurrence("FREQ=MONTHLY;BYMONTHDAY=14", onOrAfter: d("9999-12-20")), d("9999-12-20"), "no day after 9999-12-31")
    }

    /// What a stream of documents (batch) writes equals the view of all of them at once.
    func testViewsStreamDocumentByDocument() throws {
        let plans = try ViewsTests.inputs.map(plan)
        let each = plans.map { TaskRows.rows([$0]) }
        let all = TaskRows.rows(plans)
        XCTAssertEqual(CalendarView.begin + each.map { CalendarView.todos($0, stamp: "20260601T000000Z") }.joined() + CalendarView.end,
                       CalendarView.render(all, stamp: "20260601T000000Z"))
        XCTAssertEqual(each.enumerated().map { DelimitedView.render($1, dialect: .csv, header: $0 == 0) }.joined(),
                       DelimitedView.render(all, dialect: .csv))
    }
}
