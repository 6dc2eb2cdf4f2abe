extension TaskExtractor {
    /// "… các nội dung sau:" followed only by leaf bullets that state no agency or dated deadline. The item's text
    /// ends with it: its title, or its last paragraph when it has paragraphs ("… các chỉ tiêu cụ thể như sau:").
    func introducesParts(_ section: Section) -> Bool {
        guard let title = section.paragraphs.last?.text ?? section.title, title.hasSuffix(":"), section.style != .roman else { return false }
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
}
