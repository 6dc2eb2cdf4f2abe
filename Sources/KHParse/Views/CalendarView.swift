/// The deadlines as an iCalendar (RFC 5545) to-do list: one VTODO per dated deadline, all-day dates,
/// CRLF line ends, lines folded at 75 octets.
///
/// - `DUE` is the deadline's last day and `DTSTART` its first, when it has one that differs (a
///   VTODO's DUE must come after its DTSTART).
/// - A recurring deadline with an `rrule` gets the `RRULE` and a `DTSTART` on its first occurrence
///   on or after its start, else the plan's issue date (RFC 5545: the recurrence set starts at
///   DTSTART, which must match the rule); a bound `end` becomes the rule's `UNTIL`. One without a
///   start and in a plan without an issue date has no anchor and gets no VTODO.
/// - `UID` is a digest of the document (number and issuer, else the input's SHA-256), the task id
///   and the deadline (position and text): the same on every run, so a re-import updates.
enum CalendarView {
    /// `stamp`: DTSTAMP, a UTC date-time "20260601T000000Z" (the CLI passes the current time).
    static func render(_ rows: [TaskRow], stamp: String) -> String {
        begin + todos(rows, stamp: stamp) + end
    }

    /// The calendar's opening and closing lines: a stream (batch) writes `begin`, the `todos` of
    /// each document as it comes, then `end`.
    static let begin = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kh-parse//kh-parse tasks//VI", "CALSCALE:GREGORIAN"]
        .map { $0 + "\r\n" }.joined()
    static let end = "END:VCALENDAR\r\n"

    /// The VTODO components of the rows, each line folded and ended by CRLF.
    static func todos(_ rows: [TaskRow], stamp: String) -> String {
        var lines: [String] = []
        for row in rows {
            for (index, deadline) in row.task.deadlines.enumerated() {
                guard let dates = dates(deadline, issued: row.issued) else { continue }
                let t = row.task
                lines.append("BEGIN:VTODO")
                lines.append("UID:" + uid(row, index: index, deadline: deadline))
                lines.append("DTSTAMP:" + stamp)
                if let start = dates.start { lines.append("DTSTART;VALUE=DATE:" + basic(start)) }
                if let due = dates.due { lines.append("DUE;VALUE=DATE:" + basic(due)) }
                if let rule = dates.rrule { lines.append("RRULE:" + rule) }
                lines.append("SUMMARY:" + escape(t.text))
                var description: [String] = []
                if !t.lead.isEmpty { description.append("Chủ trì: " + t.lead.map(\.name).joined(separator: "; ")) }
                if !t.support.isEmpty { description.append("Phối hợp: " + t.support.map(\.name).joined(separator: "; ")) }
                if !t.requested.isEmpty { description.append("Đề nghị: " + t.requested.map(\.name).joined(separator: "; ")) }
                description.append("Thời hạn: " + DeadlineWords.words(deadline))
                let lines_ = t.lines.first == t.lines.last ? "dòng \(t.lines.first)" : "dòng \(t.lines.first)–\(t.lines.last)"
                description.append(([row.number, t.id, lines_, row.source] as [String?]).compactMap { $0 }.joined(separator: " · "))
                lines.append("DESCRIPTION:" + escape(description.joined(separator: "\n")))
                if let category = row.sectionTitle ?? t.section { lines.append("CATEGORIES:" + escape(category)) }
                lines.append("STATUS:NEEDS-ACTION")
                lines.append("END:VTODO")
            }
        }
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    /// What a deadline puts in the calendar, or nil when it has no date to put there.
    static func dates(_ d: Deadline, issued: CivilDate?) -> (start: CivilDate?, due: CivilDate?, rrule: String?)? {
        if d.kind == .recurring, let rule = d.rrule {
            guard let anchor = d.start ?? issued else { return nil }
            var rule = rule
            if let end = d.end, !rule.contains("UNTIL="), !rule.contains("COUNT=") { rule += ";UNTIL=" + basic(end) }
            return (firstOccurrence(rule, onOrAfter: anchor), nil, rule)
        }
        switch (d.start, d.end) {
        case (nil, nil): return nil
        case let (start, end?): return (start == end ? nil : start, end, nil)
        case let (start?, nil): return (start, nil, nil)
        }
    }

    /// The first day on or after `anchor` that the rule's BYMONTH and BYMONTHDAY allow.
    static func firstOccurrence(_ rule: String, onOrAfter anchor: CivilDate) -> CivilDate {
        var parts: [String: [Int]] = [:]
        for part in rule.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { parts[String(kv[0])] = kv[1].split(separator: ",").compactMap { Int($0) } }
        }
        let months = parts["BYMONTH"], days = parts["BYMONTHDAY"]
        if months == nil && days == nil { return anchor }
        var day = anchor
        for _ in 0..<800 {
            if (months?.contains(day.month) ?? true) && (days?.contains(day.day) ?? true) { return day }
            guard let next = nextDay(day) else { break }
            day = next
        }
        return anchor
    }

    /// The day after, from the fields alone (no date arithmetic that could fail at 9999-12-31).
    static func nextDay(_ d: CivilDate) -> CivilDate? {
        CivilDate(year: d.year, month: d.month, day: d.day + 1) ?? CivilDate(year: d.year, month: d.month + 1, day: 1)
            ?? CivilDate(year: d.year + 1, month: 1, day: 1)
    }

    static func uid(_ row: TaskRow, index: Int, deadline: Deadline) -> String {
        let document = row.number.map { $0 + "\u{1F}" + (row.issuer ?? "") } ?? row.sourceSHA256
        let key = [document, row.task.id, String(index), deadline.text].joined(separator: "\u{1E}")
        return String(Digest.sha256Hex(Array(key.utf8)).prefix(32)) + "@kh-parse"
    }

    static func basic(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// TEXT escaping: backslash, semicolon, comma, line break.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Lines of more than 75 octets continue on lines that start with a space, never inside a
    /// UTF-8 sequence (or a character), nor inside an escape such as "\\," (legal, but naive
    /// readers unfold badly).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var units: [String] = []
        var escape = false
        for ch in line {
            if escape { units[units.count - 1].append(ch); escape = false; continue }
            units.append(String(ch))
            escape = ch == "\\"
        }
        var out: [String] = []
        var current = ""
        var octets = 0
        for ch in units {
            let size = ch.utf8.count
            let limit = out.isEmpty ? 75 : 74
            if octets + size > limit {
                out.append(current)
                current = ""
                octets = 0
            }
            current.append(ch)
            octets += size
        }
        out.append(current)
        return out.joined(separator: "\r\n ")
    }
}
