/// Who leads, supports or is asked, read from a clause: "Công an thành phố chủ trì, phối hợp với
/// phòng Quản lý đô thị, UBND các phường" → lead [CA thành phố], support [phòng QLĐT, UBND các phường].
struct ResponsibilityClause: Sendable, Hashable {
    var lead: [Agency] = []
    var support: [Agency] = []
    var requested: [Agency] = []

    var isEmpty: Bool { lead.isEmpty && support.isEmpty && requested.isEmpty }

    /// nil unless the clause names bodies (and only bodies, with their roles): "(TTATGT)",
    /// "(b/cáo)", "(nếu có)", "(01 đơn vị)", "(30%)" are not responsibility clauses.
    private static let memo = Memo<ResponsibilityClause?>()

    static func read(_ text: String) -> ResponsibilityClause? { memo.value(for: text, readUncached) }

    private static func readUncached(_ text: String) -> ResponsibilityClause? {
        var clause = ResponsibilityClause()
        for rawSegment in text.split(separator: ";") {
            var segment = String(rawSegment).trimmingCharacters()
            guard !segment.isEmpty else { continue }
            let lower = segment.lowercased()
            if lower.hasPrefix("đề nghị ") {
                segment = String(segment.dropFirst("đề nghị ".count))
                guard AgencyReader.beginsWithAgency(segment) else { return nil }
                clause.requested += AgencyReader.split(segment)
                continue
            }
            // An acronym the glossary does not know still names a body when a role word follows:
            // "BCĐATGT chủ trì, phối hợp với Công an huyện".
            let acronym = segment.prefix { !$0.isWhitespace }
            let namedByRole = acronym.count >= 2 && Text.isAllCaps(acronym) && acronym.allSatisfy { $0.isLetter || $0 == "&" }
                && (lower.containsBytes(" chủ trì") || lower.containsBytes(" phối hợp"))
            guard AgencyReader.beginsWithAgency(segment) || namedByRole else { return nil }
            if let range = lower.byteRange(of: "phối hợp") {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let head = String(segment.prefix(offset))
                var tail = String(segment.dropFirst(offset + "phối hợp".count)).trimmingCharacters()
                if tail.lowercased().hasPrefix("với ") { tail = String(tail.dropFirst(4)) }
                clause.lead += AgencyReader.split(head)
                // After "phối hợp (với)" come bodies, even generic ones ("cơ quan, đoàn thể").
                clause.support += AgencyReader.split(tail)
            } else {
                clause.lead += AgencyReader.split(segment)
            }
        }
        return clause.isEmpty ? nil : clause
    }
}
