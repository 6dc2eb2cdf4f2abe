/// Turns the section tree into tasks (output.md "Task"): every leaf item of a task-bearing section,
/// a heading with only paragraphs under it, an item that introduces a list of bullets (its parts).
/// On the way it sets each heading's `agency` and reads the deadlines of label fields.
struct TaskExtractor {
    var context: DeadlineContext

    struct Result {
        var sections: [Section]
        var tasks: [PlanTask]
        var diagnostics: [Diagnostic]
    }

    /// What an item hands down to the items under it.
    private struct Inherited {
        var lead: [Agency] = []
        var requested: [Agency] = []
        var support: [Agency] = []
    }

    /// `planLike`: whether the document itself assigns tasks (`PlanLikeness`); an attached or
    /// approved plan inside it gives tasks either way.
    /// `carriesPlans`: the document is a decision (Quyết định, Nghị quyết), whose article may approve
    /// a plan; a Nghị định's "phê duyệt phương án" article gives none.
    func extract(_ sections: [Section], tables: [Table] = [], planLike bearsTasks: Bool, carriesPlans: Bool = true) -> Result {
        var state = State(context: context)
        // A decision's own articles give no tasks; a plan it approves in an article ("Điều 1. Phê
        // duyệt Kế hoạch … với các nội dung chủ yếu sau:") or carries after its signature does.
        let out = sections.map { section in
            walk(section, parent: nil, inherited: Inherited(),
                 bearsTasks: bearsTasks || section.id.hasPrefix("attachment") || carriesPlans && Self.approvesPlan(section), state: &state)
        }
        // Body items first, then table rows (output.md).
        if bearsTasks || sections.contains(where: { $0.id.hasPrefix("attachment") || carriesPlans && Self.approvesPlan($0) }) {
            for table in tables { tableTasks(table, state: &state) }
        }
        return Result(sections: out, tasks: state.tasks, diagnostics: state.diagnostics)
    }

    /// "Điều 1. Phê duyệt Kế hoạch …" with the plan's content under it.
    static func approvesPlan(_ section: Section) -> Bool {
        guard section.style == .article, !section.children.isEmpty, let title = section.title else { return false }
        let key = Fold.key(title.prefix(80))
        return key.hasPrefix("phe duyet") && ["ke hoach", "chuong trinh", "de an", "phuong an"].contains { key.contains($0) }
    }

    /// Every data row of a table with a task column is a task: `T1/15`, led by its "Cơ quan chủ trì"
    /// cell, supported by its "phối hợp" cell, due by its deadline cell. Rows carrying a Roman or
    /// letter index, or one all-caps title, group the rows below them. A row with an empty index
    /// cell that was not merged as a page-break continuation stands under the merged index cell
    /// above (`T1/15.1`) and takes its lead, support and deadline when its own are empty.
    private func tableTasks(_ table: Table, state: inout State) {
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

    private struct State {
        var context: DeadlineContext
        var tasks: [PlanTask] = []
        var diagnostics: [Diagnostic] = []

        /// Reads a phrase and remembers its year for later year-less phrases (no issue date).
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

        mutating func read(_ phrase: String, _ position: DeadlinePosition, lines: LineRange) -> [Deadline] {
            var found = position == .inline ? DeadlineGrammar.find(inSentence: phrase, context: context)
                                            : DeadlineGrammar.read(phrase, position: position, context: context)
            for i in found.indices {
                found[i].lines = lines
                if context.issued == nil, let year = found[i].end?.year ?? found[i].start?.year { context.fallbackYear = year }
                check(found[i], position: position)
            }
            return found
        }
    }

    private func walk(_ input: Section, parent: Section?, inherited: Inherited, bearsTasks: Bool, state: inout State) -> Section {
        var section = input
        let headingLike = !section.children.isEmpty || section.style == .roman
            || (!section.paragraphs.isEmpty && (section.title.map { !Text.endsClause($0) || $0.hasSuffix(":") } ?? true))

        var handed = inherited
        if headingLike, section.role.bearsTasks, let (agency, requested, bodies) = headingAgency(section.title) {
            section.agency = agency
            if requested { handed = Inherited(requested: bodies) } else { handed = Inherited(lead: bodies) }
        }

        for i in section.fields.indices where LabelReader.isDeadlineLabel(section.fields[i].label) {
            let field = section.fields[i]
            // Bullets under a "Thời gian:" label are read one by one, as they were written.
            section.fields[i].deadlines = field.items.isEmpty ? state.read(field.text, .label, lines: field.lines)
                : field.items.flatMap { state.read($0, .label, lines: field.lines) }
        }

        let taskHere = bearsTasks && section.role.bearsTasks && section.style != .none
        if !section.children.isEmpty {
            if taskHere, introducesParts(section) {
                state.tasks.append(task(from: section, parent: parent, inherited: handed, parts: true, headingLike: false, state: &state))
                return section
            }
            section.children = section.children.map { walk($0, parent: section, inherited: handed, bearsTasks: bearsTasks, state: &state) }
            return section
        }
        if taskHere, section.style != .roman || !section.paragraphs.isEmpty {
            let agencyHeading = section.agency != nil && !section.paragraphs.isEmpty
            state.tasks.append(task(from: section, parent: parent, inherited: handed, parts: false,
                                    headingLike: agencyHeading || (headingLike && section.style != .bullet), state: &state))
        }
        return section
    }

    /// "12. Báo và phát thanh, truyền hình Hải Phòng …", "15. Đề nghị Ủy ban Mặt trận Tổ quốc …".
    /// Returns the heading's agency and the bodies it names, which the items below inherit.
    private func headingAgency(_ title: String?) -> (Agency, requested: Bool, bodies: [Agency])? {
        guard var text = title?.trimmingCharacters(), !text.isEmpty else { return nil }
        if text.hasSuffix(":") { text.removeLast() }
        guard !Text.endsClause(text), text.split(separator: " ").count <= 30, SectionRoles.role(forTitle: text) == nil else { return nil }
        var requested = false
        let lower = text.lowercased()
        if lower.hasPrefix("đề nghị ") { text = String(text.dropFirst(8)); requested = true }
        else if lower.hasPrefix("giao ") { text = String(text.dropFirst(5)) }
        guard AgencyReader.beginsWithAgency(text) else { return nil }
        // "Sở Văn hóa, Thể thao và Du lịch: Phối hợp với …": the agency ends where its duty begins.
        if let (bodies, end) = AgencyExtent.list(text[...]) {
            let listed = String(text[..<end])
            if bodies.count == 1 { return (bodies[0], requested, bodies) }
            return (Agency(name: AgencyNames.canonical(listed), text: listed), requested, bodies)
        }
        return (Agency(name: AgencyNames.canonical(text), text: text), requested, AgencyReader.split(text))
    }

    /// "… các nội dung sau:" followed only by leaf bullets that state no agency or dated deadline.
    private func introducesParts(_ section: Section) -> Bool {
        guard let title = section.title, title.hasSuffix(":"), section.style != .roman else { return false }
        let key = Fold.key(title.suffix(30))
        let intros = ["de:", "sau:", "nhu:", "gom:", "gom co:", "bao gom:", "cu the:", "nham:", "cac noi dung:", "trong do:"]
        guard intros.contains(where: { key.hasSuffix(" " + $0) || key == $0 }) else { return false }
        // Unless a bullet states its own agency or a dated deadline: then each bullet is a task.
        return section.children.allSatisfy { child in
            let title = child.title ?? ""
            return child.style == .bullet && child.children.isEmpty && TrailingClauses.peel(title).responsibility == nil
                && !DeadlineGrammar.find(inSentence: title, context: context).contains { $0.start != nil || $0.end != nil }
        }
    }

    private func task(from section: Section, parent: Section?, inherited: Inherited, parts: Bool, headingLike: Bool,
                      state: inout State) -> PlanTask {
        var segments: [Paragraph] = []
        if !headingLike, let title = section.title { segments.append(Paragraph(text: title, lines: LineRange(line: section.lines.first))) }
        segments += section.paragraphs
        // Content labels ("Nội dung cam kết: …") belong to the statement; time labels become deadlines;
        // the bullets under "Nhiệm vụ:" are the task's parts.
        var labelParts: [Paragraph] = []
        var labelLead: [Agency] = [], labelSupport: [Agency] = []
        for field in section.fields where !LabelReader.isDeadlineLabel(field.label) {
            let key = Fold.key(field.label)
            if key == "nhiem vu", !field.items.isEmpty {
                labelParts += field.items.map { Paragraph(text: $0, lines: field.lines) }
                continue
            }
            // "Cơ quan chủ trì: Sở Tư pháp", "Đơn vị phối hợp: …", "Đơn vị thực hiện: …".
            if key.hasSuffix("chu tri") || key.hasSuffix("thuc hien") && (key.hasPrefix("co quan") || key.hasPrefix("don vi")) {
                labelLead += AgencyReader.split(Self.listText(field), recoverJoined: true)
                continue
            }
            if key.hasSuffix("phoi hop") {
                labelSupport += AgencyReader.split(Self.listText(field), recoverJoined: true)
                continue
            }
            segments.append(Paragraph(text: field.label + ": " + field.text, lines: field.lines))
        }
        if segments.isEmpty, let title = section.title { segments.append(Paragraph(text: title, lines: section.lines)) }

        var responsibility: ResponsibilityClause?
        var inline: [Deadline] = []
        var stated: [Deadline] = []      // from parentheses and label lines
        var texts: [String] = []
        for segment in segments {
            let peeled = TrailingClauses.peel(segment.text)
            if responsibility == nil { responsibility = peeled.responsibility }
            texts.append(peeled.text)
            inline += state.read(peeled.text, .inline, lines: segment.lines)
            for phrase in peeled.deadlinePhrases { stated += state.read(phrase, .parenthesis, lines: segment.lines) }
        }
        for field in section.fields where LabelReader.isDeadlineLabel(field.label) { stated += field.deadlines }
        // "Thường xuyên phối hợp … (thực hiện thường xuyên)" states one time, not two.
        var deadlines: [Deadline] = []
        for d in inline where !(stated + deadlines).contains(where: { Self.sameTime($0, d) }) { deadlines.append(d) }
        deadlines += stated
        // Paragraphs of one task read as one text: output.md allows no line break in a value.
        let text = texts.reduce("") { head, tail in
            // A paragraph that is only its closing punctuation ("." after "…") closes the text above.
            tail.first.map { ".,;:".contains($0) } == true ? head + tail : Text.join(head, tail)
        }

        var task = PlanTask(id: section.id, number: section.number, section: parent?.id, text: text, origin: .body, lines: section.lines)
        task.deadlines = deadlines
        if let clause = responsibility {
            task.lead = clause.lead
            task.support = clause.support
            task.requested = clause.requested
        }
        if !labelLead.isEmpty { task.lead = labelLead }
        if !labelSupport.isEmpty { task.support = labelSupport }
        var askedInPassing = false
        if let sentence = ResponsibilityClause.read(sentence: text) {
            if task.lead.isEmpty { task.lead = sentence.lead }
            if task.support.isEmpty { task.support = sentence.support }
            askedInPassing = task.requested.isEmpty && !sentence.atStart
            task.requested += sentence.requested.filter { !task.requested.contains($0) }
        }
        if task.lead.isEmpty && (task.requested.isEmpty || askedInPassing) {
            task.requested += inherited.requested.filter { !task.requested.contains($0) }
            task.lead = inherited.lead
        }
        if parts {
            task.parts = section.children.map { Paragraph(text: $0.title ?? "", lines: $0.lines) }
        }
        task.parts += labelParts
        if task.deadlines.isEmpty {
            state.diagnostics.append(Diagnostic(.note, .missingDeadline, "task \(task.id) states no deadline", lines: task.lines))
        }
        return task
    }

    /// A label's list of bodies, one per bullet or written on one line.
    static func listText(_ field: Field) -> String {
        let pieces = field.items.isEmpty ? [field.text] : field.items
        return pieces.map { line in
            var l = line.trimmingSpaces()
            while let last = l.last, ";.,".contains(last) { l = l.dropLast() }
            return String(l)
        }.joined(separator: "; ")
    }

    /// Two statements that say the same time, whatever their wording.
    static func sameTime(_ a: Deadline, _ b: Deadline) -> Bool {
        a.kind == b.kind && a.start == b.start && a.end == b.end && a.rrule == b.rrule && a.offset == b.offset && a.event == b.event
    }
}
