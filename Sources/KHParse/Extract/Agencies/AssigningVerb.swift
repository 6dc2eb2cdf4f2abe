/// The verbs that hand a task to the bodies named after them: "giao Sở Tài chính chủ trì …" and "yêu cầu các
/// sở …" order, "đề nghị Ủy ban MTTQ tỉnh phối hợp …" asks (the bodies asked go to a task's `requested`).
/// One vocabulary for the heading, clause and sentence readers; each says which of the verbs it takes.
enum AssigningVerb: CaseIterable, Sendable {
    case giao, yeuCau, deNghi

    /// Lower case, with the space that ends it.
    var written: String {
        switch self {
        case .giao: "giao "
        case .yeuCau: "yêu cầu "
        case .deNghi: "đề nghị "
        }
    }

    /// The bodies after it are asked, not ordered.
    var asks: Bool { self == .deNghi }

    /// The verb among `verbs` that opens `text` (any case), and the text after it:
    /// `opening("Đề nghị Ủy ban MTTQ …")` → (.deNghi, "Ủy ban MTTQ …").
    static func opening<S: StringProtocol>(_ text: S, among verbs: [AssigningVerb] = allCases) -> (verb: AssigningVerb, rest: S.SubSequence)? {
        // Every verb opens with g, y or đ, in either case: most texts fail on their first bytes.
        var bytes = text.utf8.makeIterator()
        switch bytes.next() {
        case 0x47, 0x67, 0x59, 0x79: break
        case 0xC4: guard let second = bytes.next(), second == 0x90 || second == 0x91 else { return nil }
        default: return nil
        }
        let head = Casing.lowercased(Text.prefix(text, characters: 12))
        for verb in verbs where head.hasPrefix(verb.written) {
            return (verb, text.dropFirst(verb.written.count))
        }
        return nil
    }
}
