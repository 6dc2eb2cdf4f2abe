/// A heading that names the body its items are for: "12. Báo và phát thanh, truyền hình Hải Phòng:",
/// "15. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "3. Giao Sở Tài chính". The items under it
/// inherit the bodies as their lead, or as asked ("đề nghị"), unless they name their own (`AgencyPrecedence`).
enum HeadingAgency {
    /// The heading's agency (as the section's `agency`), whether it is asked, and the bodies it names.
    /// nil for a heading that is a clause (it ends like a sentence), is long, has a role of its own
    /// ("Tổ chức thực hiện"), or does not open with a body.
    static func read(_ title: String?) -> (agency: Agency, requested: Bool, bodies: [Agency])? {
        guard var heading = title?.trimmingCharacters(), !heading.isEmpty else { return nil }
        if heading.hasSuffix(":") { heading.removeLast() }
        var text = heading
        var requested = false
        if let (verb, rest) = AssigningVerb.opening(heading, among: [.deNghi, .giao]) {
            text = String(rest)
            requested = verb.asks
        }
        // The cheapest test first: most headings do not open with a body's head noun.
        guard AgencyReader.beginsWithAgency(text), !Text.endsClause(heading), Text.words(heading).count <= 30,
              SectionRoles.role(forTitle: heading) == nil else { return nil }
        // "Sở Văn hóa, Thể thao và Du lịch: Phối hợp với …": the agency ends where its duty begins.
        if let (bodies, end) = AgencyExtent.list(text[...]) {
            let listed = String(text[..<end])
            if bodies.count == 1 { return (bodies[0], requested, bodies) }
            return (Agency(name: AgencyNames.canonical(listed), text: listed), requested, bodies)
        }
        return (Agency(name: AgencyNames.canonical(text), text: text), requested, AgencyReader.split(text))
    }
}
