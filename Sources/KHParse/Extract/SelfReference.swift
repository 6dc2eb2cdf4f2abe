/// A plan that lost its issuer line often still names itself: "(kèm theo Kế hoạch số 122/KH-UBND
/// ngày 10/4/2026 của Ủy ban nhân dân thành phố Hải Phòng)". When the number is the document's
/// own, the body after "của" is its issuer.
enum SelfReference {
    static func issuer(of document: DocumentInfo, in sections: [Section]) -> String? {
        guard let number = document.number else { return nil }
        var found: String?
        func visit(_ texts: [String]) {
            for text in texts where found == nil {
                let compact = text.filter { $0 != " " }
                guard compact.contains(number) else { continue }
                guard let range = text.range(of: " của ", options: .backwards) else { continue }
                var issuer = String(text[range.upperBound...]).trimmingCharacters()
                while let last = issuer.last, ").;".contains(last) { issuer.removeLast() }
                if AgencyReader.beginsWithAgency(issuer) { found = issuer }
            }
        }
        func walk(_ section: Section) {
            visit(section.paragraphs.map(\.text) + [section.title ?? ""])
            section.children.forEach(walk)
        }
        sections.forEach(walk)
        return found
    }
}
