/// The types of document a plan cites, matched on folded words ("KẾ HOẠCH", "Kế hoạch", "kế hoạch" alike).
struct DocumentType: Sendable {
    /// Sentence case, as the output writes it.
    let name: String
    let words: [String]
    /// May be cited without a number when an issuer follows: "Nghị quyết của Ban Thường vụ Tỉnh ủy".
    let byIssuer: Bool
    /// Cited by its name: "Luật Giao thông đường bộ".
    let byName: Bool
    /// The type word alone names one document: "Hiến pháp".
    let alone: Bool

    init(_ name: String, _ words: String, byIssuer: Bool = false, byName: Bool = false, alone: Bool = false) {
        self.name = name
        self.words = words.split(separator: " ").map(String.init)
        self.byIssuer = byIssuer
        self.byName = byName || alone
        self.alone = alone
    }

    struct Head: Sendable {
        let type: DocumentType
        /// The token after the type words.
        let end: Int
    }

    /// Longer names first, so "Thông tư liên tịch" wins over "Thông tư".
    static let all: [DocumentType] = [
        DocumentType("Thông tư liên tịch", "thong tu lien tich"),
        DocumentType("Nghị quyết liên tịch", "nghi quyet lien tich", byIssuer: true),
        DocumentType("Kế hoạch", "ke hoach", byIssuer: true),
        DocumentType("Nghị quyết", "nghi quyet", byIssuer: true),
        DocumentType("Nghị định", "nghi dinh"),
        DocumentType("Chỉ thị", "chi thi", byIssuer: true),
        DocumentType("Quyết định", "quyet dinh", byIssuer: true),
        DocumentType("Chương trình", "chuong trinh", byIssuer: true),
        DocumentType("Thông tư", "thong tu"),
        DocumentType("Thông báo", "thong bao"),
        DocumentType("Kết luận", "ket luan", byIssuer: true),
        DocumentType("Đề án", "de an", byIssuer: true),
        DocumentType("Công văn", "cong van"),
        DocumentType("Văn bản", "van ban"),
        DocumentType("Quy định", "quy dinh"),
        DocumentType("Quy chế", "quy che"),
        DocumentType("Chiến lược", "chien luoc"),
        DocumentType("Bộ luật", "bo luat", byName: true),
        DocumentType("Luật", "luat", byName: true),
        DocumentType("Pháp lệnh", "phap lenh", byName: true),
        DocumentType("Hiến pháp", "hien phap", alone: true),
    ]

    /// First word → the types starting with it, longest first.
    private static let byFirstWord: [String: [DocumentType]] = Dictionary(grouping: all, by: { $0.words[0] })

    /// The type whose words start at `i`, if any.
    static func head(_ s: ScanText, at i: Int) -> Head? {
        guard let first = s.word(i), let candidates = byFirstWord[first] else { return nil }
        // "pháp luật", "kỷ luật": the second half of a word, not a law.
        if first == "luat", let before = s.word(i - 1), before == "phap" || before == "ky" { return nil }
        for type in candidates where matches(s, type.words, at: i) {
            return Head(type: type, end: i + type.words.count)
        }
        return nil
    }

    private static func matches(_ s: ScanText, _ words: [String], at i: Int) -> Bool {
        for (offset, w) in words.enumerated() where s.word(i + offset) != w { return false }
        return true
    }
}
