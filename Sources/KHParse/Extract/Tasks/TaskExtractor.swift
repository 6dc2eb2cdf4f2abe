/// Turns the section tree into tasks (output.md "Task"): every leaf item of a task-bearing section,
/// a heading with only paragraphs under it, an item that introduces a list of bullets (its parts).
/// On the way it sets each heading's `agency` and reads the deadlines of label fields.
///
/// One rule per file of this folder: the walk of the tree (here), an item's task (`ItemTask`), a heading
/// that names an agency (`HeadingAgency`), an item that introduces its bullets (`ListIntroduction`), table
/// rows (`TableRowTasks`), who does the task when several places say so (`AgencyPrecedence`), and the
/// deadlines read on the way with their diagnostics (`TaskState`).
struct TaskExtractor {
    var context: DeadlineContext

    struct Result {
        var sections: [Section]
        var tasks: [PlanTask]
        var diagnostics: [Diagnostic]
    }

    /// What a heading hands down to the items under it: the bodies they are for, or asked of.
    struct Inherited {
        var lead: [Agency] = []
        var requested: [Agency] = []
    }

    /// `planLike`: whether the document itself assigns tasks (`PlanLikeness`); an attached or
    /// approved plan inside it gives tasks either way.
    /// `carriesPlans`: the document is a decision (Quyết định, Nghị quyết), whose article may approve
    /// a plan; a Nghị định's "phê duyệt phương án" article gives none.
    /// The sections are taken (`consuming`) and changed in place: handed with no second owner, they are not copied.
    func extract(_ sections: consuming [Section], tables: [Table] = [], planLike bearsTasks: Bool, carriesPlans: Bool = true) -> Result {
        var state = TaskState(context: context)
        // A decision's own articles give no tasks; a plan it approves in an article ("Điều 1. Phê
        // duyệt Kế hoạch … với các nội dung chủ yếu sau:") or carries after its signature does.
        var out = consume sections
        for i in out.indices {
            let bears = bearsTasks || out[i].inAttachment || carriesPlans && Self.approvesPlan(out[i])
            walk(&out[i], parentID: nil, inherited: Inherited(), bearsTasks: bears, state: &state)
        }
        // Body items first, then table rows (output.md).
        if bearsTasks || out.contains(where: { $0.inAttachment || carriesPlans && Self.approvesPlan($0) }) {
            // At most one task a row: the array grows once, not by doubling past twice its size.
            state.tasks.reserveCapacity(state.tasks.count + tables.reduce(0) { $0 + $1.rows.count })
            for table in tables { tableTasks(table, state: &state) }
        }
        return Result(sections: out, tasks: state.tasks, diagnostics: state.diagnostics)
    }

    /// "Điều 1. Phê duyệt Kế hoạch …" with the plan's content under it.
    static func approvesPlan(_ section: Section) -> Bool {
        guard section.style == .article, !section.children.isEmpty, let title = section.title else { return false }
        let key = Fold.key(Text.prefix(title, characters: 80))
        return key.hasPrefix("phe duyet") && DocumentKinds.carriedPlanKeys.contains { key.containsBytes($0) }
    }

    /// The section is changed in place and its parent named by id only: a copy of a section (its strings
    /// and arrays retained one by one) for every child walked cost 540,000 reference-count operations over the archive.
    private func walk(_ section: inout Section, parentID: String?, inherited: Inherited, bearsTasks: Bool, state: inout TaskState) {
        let bearsTasks = bearsTasks && !section.isClosing
        var handed = inherited
        if section.isHeading, section.role.bearsTasks, let (agency, requested, bodies) = HeadingAgency.read(section.title) {
            section.agency = agency
            if requested { handed = Inherited(requested: bodies) } else { handed = Inherited(lead: bodies) }
        }

        for i in section.fields.indices where LabelReader.isDeadlineLabel(section.fields[i].label) {
            let field = section.fields[i]
            // Bullets under a "Thời gian:" label are read one by one, as they were written.
            section.fields[i].deadlines = field.items.isEmpty ? state.read(field.text, .label, in: field.paragraph)
                : field.items.flatMap { state.read($0, .label, lines: field.lines) }
        }

        let taskHere = bearsTasks && section.role.bearsTasks && section.style != .none
        if !section.children.isEmpty {
            if taskHere, introducesParts(section) {
                state.tasks.append(task(from: section, parentID: parentID, inherited: handed, parts: true, headingLike: false, state: &state))
                return
            }
            let id = section.id
            for i in section.children.indices {
                walk(&section.children[i], parentID: id, inherited: handed, bearsTasks: bearsTasks, state: &state)
            }
            return
        }
        if taskHere, section.style != .roman || !section.paragraphs.isEmpty, !Self.pointsToAppendix(section) {
            let agencyHeading = section.agency != nil && !section.paragraphs.isEmpty
            state.tasks.append(task(from: section, parentID: parentID, inherited: handed, parts: false,
                                    headingLike: agencyHeading || (section.isHeading && section.style != .bullet), state: &state))
        }
    }

    /// "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.", "(Chi tiết tại Phụ lục kèm theo)": a section whose only
    /// text points to the appendix, where the tasks are, names no body and no time, and is no task of its own.
    static func pointsToAppendix(_ section: Section) -> Bool {
        let text: String
        if section.isHeading || section.title == nil {
            guard section.paragraphs.count == 1 else { return false }
            text = section.paragraphs[0].text
        } else {
            guard section.paragraphs.isEmpty, let title = section.title else { return false }
            text = title
        }
        guard text.utf8.count <= 200, !AgencyReader.beginsWithAgency(text) else { return false }
        let key = Fold.key(text).drop { $0 == "(" || $0 == " " }
        guard key.containsBytes("phu luc"), pointerOpenings.contains(where: { key.hasPrefix($0) }) else { return false }
        return DeadlineGrammar.find(inSentence: text, context: DeadlineContext()).isEmpty
    }

    private static let pointerOpenings = ["cac nhiem vu", "nhiem vu cu the", "chi tiet", "noi dung chi tiet", "danh muc",
                                          "cu the", "cac noi dung", "noi dung cu the"]
}
