/// A finding before its level is known: what `Checker` turns into a `Finding` when the rule is on.
struct Candidate: Sendable {
    var rule: String
    var message: String
    var lines: LineRange?
    var task: String?
    /// The deadline's text, or the message when the finding is not about a deadline.
    var subject: String
    /// A diagnostic's own severity: the level of a code the rule catalog does not list yet.
    var severity: Diagnostic.Severity = .warning
}

/// The findings of one parsed plan: its diagnostics (each code a rule) and the rules a reviewer adds that read
/// the plan itself: missing-issue-date, task-without-lead, deadline-outside-plan-period, not-a-plan, and
/// deadline-after-horizon with the configured horizon.
enum PlanRules {
    /// - issued: the date deadlines are checked against (`--issued`, else the document's).
    static func candidates(_ plan: PlanOutput, issued: CivilDate?, horizonYears: Int) -> (candidates: [Candidate], notChecked: [String]) {
        var out: [Candidate] = []
        var notChecked: [String] = []

        // Deadlines by their lines, to give a deadline diagnostic its task and text.
        var deadlinesAt: [LineRange: [(task: String, text: String)]] = [:]
        for task in plan.tasks {
            for deadline in task.deadlines {
                if let lines = deadline.lines { deadlinesAt[lines, default: []].append((task.id, deadline.text)) }
            }
        }
        let empty = plan.diagnostics.contains { $0.code == .emptyInput }

        // The task a diagnostic names ("task II/1 states no deadline"): the first whose id, between "task " and
        // a space, opens the message. Looked up by id (comparing every task with every diagnostic took time
        // with the square of their number).
        var taskIndex: [String: Int] = [:]
        for (k, task) in plan.tasks.enumerated() where taskIndex[task.id] == nil { taskIndex[task.id] = k }
        func namedTask(_ message: String) -> Int? {
            guard message.hasPrefix("task ") else { return nil }
            let utf8 = message.utf8
            let idStart = utf8.index(utf8.startIndex, offsetBy: 5)
            var best: Int?
            var from = idStart
            while let space = utf8[from...].firstIndex(of: 0x20) {
                if let k = taskIndex[String(message[idStart..<space])], best.map({ k < $0 }) ?? true,
                   message.hasPrefix("task \(plan.tasks[k].id) ") { best = k }
                from = utf8.index(after: space)
            }
            return best
        }

        for diagnostic in plan.diagnostics {
            // Recomputed below with the configured horizon.
            if diagnostic.code == .deadlineAfterHorizon { continue }
            var candidate = Candidate(rule: diagnostic.code.rawValue, message: diagnostic.message, lines: diagnostic.lines,
                                      task: nil, subject: diagnostic.message, severity: diagnostic.severity)
            if let lines = diagnostic.lines,
               let match = deadlinesAt[lines]?.first(where: { diagnostic.message.contains("\"\($0.text)\"") }) {
                candidate.task = match.task
                candidate.subject = match.text
                if diagnostic.code == .deadlineBeforeIssue, let issued {
                    candidate.message = "deadline \"\(match.text)\" ends before the plan was issued (\(issued.iso))"
                }
            } else if let k = namedTask(diagnostic.message) {
                candidate.task = plan.tasks[k].id
                candidate.subject = ""
            }
            out.append(candidate)
        }

        if plan.tasks.isEmpty, !empty, !plan.diagnostics.contains(where: { $0.code == .notAPlan }) {
            out.append(Candidate(rule: Diagnostic.Code.notAPlan.rawValue, message: "the text gives no tasks: it does not read as a plan",
                                 lines: nil, task: nil, subject: ""))
        }
        guard !plan.tasks.isEmpty else { return (out, notChecked) }

        if let issued {
            // Past 9999-12-31 no date can be after the horizon.
            let horizon = issued.adding(years: horizonYears)
            for task in plan.tasks where horizon != nil {
                for deadline in task.deadlines {
                    guard let end = deadline.end, let horizon, end > horizon else { continue }
                    out.append(Candidate(rule: Diagnostic.Code.deadlineAfterHorizon.rawValue,
                                         message: "deadline \"\(deadline.text)\" ends \(end.iso), more than \(horizonYears) years after the issue date (\(issued.iso))",
                                         lines: deadline.lines ?? task.lines, task: task.id, subject: deadline.text))
                }
            }
        } else {
            notChecked = [Diagnostic.Code.deadlineBeforeIssue.rawValue, Diagnostic.Code.deadlineAfterHorizon.rawValue]
            out.append(Candidate(rule: "missing-issue-date",
                                 message: "the plan states no issue date: year-less deadlines cannot be placed, and deadline-before-issue and deadline-after-horizon were not checked (add the date line, or give --issued)",
                                 lines: nil, task: nil, subject: ""))
        }

        for task in plan.tasks where task.lead.isEmpty && task.requested.isEmpty {
            out.append(Candidate(rule: "task-without-lead", message: "task \(task.id) names no lead agency", lines: task.lines,
                                 task: task.id, subject: ""))
        }

        if let period = statedPeriod(plan.document.title) {
            for task in plan.tasks {
                for deadline in task.deadlines where [.due, .period, .start].contains(deadline.kind) {
                    guard let end = deadline.end ?? deadline.start, end.year > period.last else { continue }
                    out.append(Candidate(rule: "deadline-outside-plan-period",
                                         message: "deadline \"\(deadline.text)\" ends \(end.iso), after the plan's period \(period.first)–\(period.last)",
                                         lines: deadline.lines ?? task.lines, task: task.id, subject: deadline.text))
                }
            }
        }
        return (out, notChecked)
    }

    /// The period a plan's title states: "… giai đoạn 2025 - 2027" or "… từ năm 2025 đến năm 2027" → 2025…2027.
    static func statedPeriod(_ title: String?) -> (first: Int, last: Int)? {
        guard let title else { return nil }
        let key = Fold.key(title)
        let patterns = [#/giai doan\s*(\d{4})\s*(?:-|–|—|den|toi)\s*(?:nam\s*)?(\d{4})/#,
                        #/tu nam\s*(\d{4})\s*(?:den|toi)\s*(?:het\s*)?nam\s*(\d{4})/#]
        for pattern in patterns {
            if let match = key.firstMatch(of: pattern), let first = Int(match.1), let last = Int(match.2), first <= last {
                return (first, last)
            }
        }
        return nil
    }
}
