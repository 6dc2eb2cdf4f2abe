/// Whether a document assigns tasks of its own (output.md's Task rule): a Kế hoạch, Chương trình,
/// Chỉ thị, Thông báo kết luận, Đề án or Phương án does; a Nghị định, Thông tư, Luật, Quyết định,
/// Công văn … does not (a plan attached to it or approved in its Điều 1 still gives tasks: see
/// `TaskExtractor`). Without a tên loại or ký hiệu, the outline decides: a headerless plan (the Từ
/// Sơn seed) has a part or heading for its tasks, assignments or organization (NHIỆM VỤ, PHÂN CÔNG,
/// TỔ CHỨC THỰC HIỆN) or an assignment table; an article, a Q&A page or a procedure has none.
enum PlanLikeness {
    struct Judgement {
        var isPlan: Bool
        /// Why not, for the `not-a-plan` note.
        var reason: String
    }

    /// Whether the document may approve a plan in an article or carry one after its signature: a
    /// decision, or a text whose type is unknown.
    static func carriesPlans(_ type: String?) -> Bool {
        guard let type else { return true }
        return DocumentKinds.carrierTypes.contains(type)
    }

    static func judge(_ document: DocumentInfo, sections: [Section], tables: [Table] = []) -> Judgement {
        if let type = document.type {
            let plan = DocumentKinds.isPlanLike(type: type, title: document.title)
            return Judgement(isPlan: plan, reason: "a \(type) is not plan-like: its own text gives no tasks")
        }
        let roles = Set(sections.flatMap { top in [top.role] + top.children.filter { $0.style != .bullet }.map(\.role) })
        // A table that assigns (a task column beside a lead or deadline column) is a plan's too.
        let assigningTable = tables.contains { $0.roles.contains(.task) && ($0.roles.contains(.lead) || $0.roles.contains(.deadline)) }
        let assigns = roles.contains(.tasks) || roles.contains(.assignment) || roles.contains(.organization) || assigningTable
        return Judgement(isPlan: assigns,
                         reason: "no tên loại, and no part for tasks, assignments or organization: not read as a plan")
    }
}
