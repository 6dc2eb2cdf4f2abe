/// The tasks of one or more plans as a person reads them: one row per task, with the document it
/// comes from, in reading order; filtered and sorted on request. Every view (terminal table, CSV,
/// Markdown, iCalendar, JSON) renders these rows, and nothing else.
///
/// Task "III/1/b1" of "122/KH-UBND", lead Công an thành phố, in section "Nhiệm vụ cụ thể".
public struct TaskRow: Sendable, Hashable {
    /// The document the task comes from.
    public var number: String?
    /// The plan's issuer.
    public var issuer: String?
    /// The plan's issue date.
    public var issued: CivilDate?
    /// The plan's `source.name`.
    public var source: String
    /// The plan's `source.sha256`, for stable calendar UIDs.
    public var sourceSHA256: String
    /// The task; for an assignment stated twice (`sameAs`), the body task with the table row's
    /// lead, support and deadlines filling what the body left empty.
    public var task: PlanTask
    /// The title of the task's section ("Công tác quán triệt, triển khai"), or a table's caption.
    public var sectionTitle: String?
    /// The table row merged into this body task, when there was one.
    public var merged: String?
    /// Position in the input: plan index, then task index.
    public var order: Int
}

/// The order of the rows: `kh-parse tasks --sort id|deadline|lead`.
public enum TaskSort: String, Sendable, CaseIterable {
    /// Reading order: the documents as given, each one's tasks as they appear.
    case id
    /// Earliest date first (a deadline's end, else its start); tasks without a date last.
    case deadline
    /// By the first lead agency's name; tasks without a lead last.
    case lead
}

/// Which rows a view shows.
///
/// `TaskQuery(sort: .deadline, dueBefore: CivilDate(iso: "2026-07-01"))` (`--sort deadline --due-before 2026-07-01`).
public struct TaskQuery: Sendable {
    /// The order of the rows.
    public var sort: TaskSort = .id
    /// Only tasks one of whose lead agencies contains this (case and diacritics ignored).
    public var lead: String?
    /// Only tasks with a deadline that ends before this day.
    public var dueBefore: CivilDate?
    /// Only tasks with a deadline that ended before `today`.
    public var overdue = false
    /// The day `overdue` compares with.
    public var today: CivilDate?
    /// Every body task and table row as its own row, even when they state the same assignment.
    public var allRows = false

    /// A query: `TaskQuery(sort: .deadline, lead: "công an")`.
    public init(sort: TaskSort = .id, lead: String? = nil, dueBefore: CivilDate? = nil, overdue: Bool = false,
                today: CivilDate? = nil, allRows: Bool = false) {
        self.sort = sort
        self.lead = lead
        self.dueBefore = dueBefore
        self.overdue = overdue
        self.today = today
        self.allRows = allRows
    }
}

/// The rows of the task views, one per task, from parsed plans: `TaskRows.rows([plan], query: TaskQuery(overdue: true, today: today))`.
public enum TaskRows {
    /// The rows of `plans` that `query` keeps, in its order; a body task and the row that restates it are one row unless `allRows`.
    public static func rows(_ plans: [PlanOutput], query: TaskQuery = TaskQuery()) -> [TaskRow] {
        var out: [TaskRow] = []
        for (p, plan) in plans.enumerated() {
            var titles: [String: String] = [:]
            func collect(_ sections: [Section]) {
                for s in sections {
                    if let title = s.title { titles[s.id] = title }
                    collect(s.children)
                }
            }
            collect(plan.sections)
            for table in plan.tables { if let caption = table.caption { titles[table.id] = caption } }
            // One assignment, one row: a table row that states a body task's assignment is dropped,
            // its lead, support and deadlines filling what the body task left empty.
            var tasks = plan.tasks
            var dropped = Set<Int>()
            if !query.allRows {
                let index = Dictionary(tasks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
                for (r, row) in tasks.enumerated() where row.origin == .table {
                    guard let other = row.sameAs, let b = index[other], tasks[b].origin == .body, tasks[b].sameAs == row.id else { continue }
                    if tasks[b].lead.isEmpty { tasks[b].lead = row.lead }
                    if tasks[b].support.isEmpty { tasks[b].support = row.support }
                    if tasks[b].deadlines.isEmpty { tasks[b].deadlines = row.deadlines }
                    dropped.insert(r)
                }
            }
            for (t, task) in tasks.enumerated() where !dropped.contains(t) {
                out.append(TaskRow(number: plan.document.number, issuer: plan.document.issuer, issued: plan.document.issued,
                                   source: plan.source.name, sourceSHA256: plan.source.sha256, task: task,
                                   sectionTitle: task.section.flatMap { titles[$0] },
                                   merged: !query.allRows && task.origin == .body ? task.sameAs : nil, order: p * 1_000_000 + t))
            }
        }
        out = out.filter { matches($0.task, query) }
        switch query.sort {
        case .id: break
        case .deadline:
            out = stableSorted(out) { a, b in
                switch (firstDate(a.task), firstDate(b.task)) {
                case let (x?, y?): return x < y
                case (.some, nil): return true
                default: return false
                }
            }
        case .lead:
            out = stableSorted(out) { a, b in
                switch (a.task.lead.first.map { Fold.key($0.name) }, b.task.lead.first.map { Fold.key($0.name) }) {
                case let (x?, y?): return x < y
                case (.some, nil): return true
                default: return false
                }
            }
        }
        return out
    }

    /// The earliest date a task names: a deadline's end, else its start.
    public static func firstDate(_ task: PlanTask) -> CivilDate? {
        task.deadlines.compactMap { $0.end ?? $0.start }.min()
    }

    static func matches(_ task: PlanTask, _ query: TaskQuery) -> Bool {
        if let lead = query.lead {
            let key = Fold.key(lead)
            if !task.lead.contains(where: { Fold.key($0.name).contains(key) || Fold.key($0.text).contains(key) }) { return false }
        }
        if let before = query.dueBefore, !task.deadlines.contains(where: { $0.end.map { $0 < before } ?? false }) { return false }
        if query.overdue, let today = query.today, !task.deadlines.contains(where: { $0.end.map { $0 < today } ?? false }) { return false }
        return true
    }

    private static func stableSorted(_ rows: [TaskRow], by less: (TaskRow, TaskRow) -> Bool) -> [TaskRow] {
        rows.sorted { a, b in less(a, b) || (!less(b, a) && a.order < b.order) }
    }
}
