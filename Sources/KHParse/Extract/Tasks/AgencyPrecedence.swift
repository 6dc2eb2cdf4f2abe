/// Who leads, supports and is asked to do one task when several places of an item name bodies. One order,
/// the first that names a role wins it:
///
/// 1. the item's label fields: "Cơ quan chủ trì: …" (lead), "Đơn vị phối hợp: …" (support);
/// 2. its responsibility clause in parentheses: "(Sở Tư pháp chủ trì, phối hợp với …)"; it also gives the
///    bodies asked ("đề nghị …");
/// 3. a responsibility sentence in its text: "Sở Y tế chủ trì, phối hợp với …", "…, giao Sở Tài chính chủ
///    trì …"; it fills the lead and support that 1–2 left empty and adds the bodies it asks;
/// 4. the heading above it ("12. Sở Giáo dục và Đào tạo:", "15. Đề nghị Ủy ban MTTQ …"): only when
///    nothing above named a lead, and either nobody is asked or the request came in passing (deep in
///    the sentence, not opening it), which does not hide the heading's lead.
///
/// Table rows follow the same order with their cells (`TableRowTasks`): the lead cell (a clause or a list),
/// the support cell, then the merged row above them.
struct AgencyPrecedence: Equatable {
    var lead: [Agency] = []
    var support: [Agency] = []
    var requested: [Agency] = []

    init(labels: (lead: [Agency], support: [Agency]), clause: ResponsibilityClause?, sentence: ResponsibilityClause?,
         heading: TaskExtractor.Inherited) {
        if let clause {
            lead = clause.lead
            support = clause.support
            requested = clause.requested
        }
        if !labels.lead.isEmpty { lead = labels.lead }
        if !labels.support.isEmpty { support = labels.support }
        var askedInPassing = false
        if let sentence {
            if lead.isEmpty { lead = sentence.lead }
            if support.isEmpty { support = sentence.support }
            askedInPassing = requested.isEmpty && !sentence.atStart
            requested += sentence.requested.filter { !requested.contains($0) }
        }
        if lead.isEmpty && (requested.isEmpty || askedInPassing) {
            requested += heading.requested.filter { !requested.contains($0) }
            lead = heading.lead
        }
    }
}
