extension TaskExtractor {
    /// Every data row of a table with a task column is a task: `T1/15`, led by its "Cơ quan chủ trì"
    /// cell, supported by its "phối hợp" cell, due by its deadline cell. Rows carrying a Roman or
    /// letter index, or one all-caps title, group the rows below them. A row with an empty index
    /// cell that was not merged as a page-break continuation stands under the merged index cell
    /// above (`T1/15.1`) and takes its lead, support and deadline when its own are empty.
    func tableTasks(_ table: Table, state: inout TaskState) {
        func column(_ role: Table.ColumnRole) -> Int? { table.roles.firstIndex(of: role) }
        guard let taskColumn = column(.task) else { return }   // "Chỉ tiêu" tables give no tasks
        let index = column(.index), lead = column(.lead), support = column(.support), deadline = column(.deadline)
        var group: String?
        var above: PlanTask?
        var aboveNumber: String?
        var subRow = 0
        var ids = UniqueIDs()
        for row in table.rows {
            let number = index.map { row.cells[$0] } ?? ""
            let filled = row.cells.filter { !$0.isEmpty }
            if RomanNumeral.value(Substring(number)) != nil || number.count == 1 && PointLetters.index(of: Character(number.lowercased())) != nil
                || filled.count == 1 && Text.isAllCaps(filled[0]) {
                group = "\(table.id)/\(number.isEmpty ? "g\(ids.count + 1)" : number)"
                above = nil
                continue
            }
            let text = row.cells[taskColumn]
            guard !text.isEmpty || number.isEmpty == false else { continue }
            var id: String
            var own = number
            if number.isEmpty, let parent = aboveNumber {
                subRow += 1
                own = "\(parent).\(subRow)"
            } else {
                subRow = 0
                aboveNumber = number.isEmpty ? nil : number
            }
            id = "\(table.id)/\(own.isEmpty ? "r\(state.tasks.count + 1)" : own)"
            id = ids.claim(id)

            var task = PlanTask(id: id, number: own.isEmpty ? nil : own, section: group ?? table.id, text: text, origin: .table, lines: row.lines)
            if let lead, !row.cells[lead].isEmpty {
                let cell = row.cells[lead]
                if let clause = ResponsibilityClause.read(cell) {
                    task.lead = clause.lead
                    task.support = clause.support
                    task.requested = clause.requested
                } else {
                    task.lead = AgencyReader.split(cell, recoverJoined: true)
                }
                task.lead = task.lead.flatMap { AgencyReader.split($0.text, recoverJoined: true) }
            }
            if let support, !row.cells[support].isEmpty {
                task.support += AgencyReader.split(row.cells[support], recoverJoined: true)
            }
            if let deadline, !row.cells[deadline].isEmpty {
                task.deadlines = state.read(row.cells[deadline], .cell, lines: row.lines)
            }
            if number.isEmpty, let parent = above {
                if task.lead.isEmpty && task.requested.isEmpty { task.lead = parent.lead; task.requested = parent.requested }
                if task.support.isEmpty { task.support = parent.support }
                if task.deadlines.isEmpty { task.deadlines = parent.deadlines }
            } else {
                above = task
            }
            if task.deadlines.isEmpty {
                state.diagnostics.append(Diagnostic(.note, .missingDeadline, "task \(task.id) states no deadline", lines: task.lines))
            }
            state.tasks.append(task)
        }
    }
}
