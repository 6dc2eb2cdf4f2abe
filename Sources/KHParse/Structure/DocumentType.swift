/// The types of administrative document (tên loại), matched on folded words ("KẾ HOẠCH", "Kế hoạch",
/// "kế hoạch" alike): the one list for the header reader (`DocumentKinds.names`, a document's own type),
/// the task rule (`DocumentKinds`, `PlanLikeness`) and the reference reader (the types a plan cites,
/// `DocumentType+Cited.swift`).
struct DocumentType: Sendable {
    /// Sentence case, as the output writes it.
    let name: String
    let words: [String]
    /// A header names it as the document's own type ("KẾ HOẠCH" above the trích yếu).
    let header: Bool
    /// A plan cites it ("Kế hoạch số 12/KH-UBND"); "Phương án", "Báo cáo" … are read as a document's
    /// own type only.
    let cited: Bool
    /// May be cited without a number when an issuer follows: "Nghị quyết của Ban Thường vụ Tỉnh ủy".
    let byIssuer: Bool
    /// Cited by its name: "Luật Giao thông đường bộ".
    let byName: Bool
    /// The type word alone names one document: "Hiến pháp".
    let alone: Bool
    /// What a document of this type does with tasks (output.md's Task rule): `.gives` its own (a Chỉ thị;
    /// a Thông báo only when it announces conclusions, `DocumentKinds.isPlanLike`); `.isCarried`: a plan,
    /// which gives its own and which a decision may approve or carry; `.carries`: a decision, which may
    /// approve a plan in an article or carry one after its signature.
    let tasks: Tasks

    enum Tasks { case none, gives, isCarried, carries }

    init(_ name: String, _ words: String, header: Bool = true, cited: Bool = true, byIssuer: Bool = false, byName: Bool = false,
         alone: Bool = false, tasks: Tasks = .none) {
        self.name = name
        self.words = words.split(separator: " ").map(String.init)
        self.header = header
        self.cited = cited
        self.byIssuer = byIssuer
        self.byName = byName || alone
        self.alone = alone
        self.tasks = tasks
    }

    /// Longer names first, so "Thông tư liên tịch" wins over "Thông tư".
    static let all: [DocumentType] = [
        DocumentType("Thông tư liên tịch", "thong tu lien tich"),
        DocumentType("Nghị quyết liên tịch", "nghi quyet lien tich", byIssuer: true, tasks: .carries),
        DocumentType("Văn bản hợp nhất", "van ban hop nhat", cited: false),
        DocumentType("Kế hoạch", "ke hoach", byIssuer: true, tasks: .isCarried),
        DocumentType("Nghị quyết", "nghi quyet", byIssuer: true, tasks: .carries),
        DocumentType("Nghị định", "nghi dinh"),
        DocumentType("Chỉ thị", "chi thi", byIssuer: true, tasks: .gives),
        DocumentType("Quyết định", "quyet dinh", byIssuer: true, tasks: .carries),
        DocumentType("Chương trình", "chuong trinh", byIssuer: true, tasks: .isCarried),
        DocumentType("Thông tư", "thong tu"),
        DocumentType("Thông báo", "thong bao", tasks: .gives),
        DocumentType("Kết luận", "ket luan", header: false, byIssuer: true),
        DocumentType("Đề án", "de an", byIssuer: true, tasks: .isCarried),
        DocumentType("Phương án", "phuong an", cited: false, tasks: .isCarried),
        DocumentType("Báo cáo", "bao cao", cited: false),
        DocumentType("Tờ trình", "to trinh", cited: false),
        DocumentType("Hướng dẫn", "huong dan", cited: false),
        DocumentType("Công văn", "cong van"),
        DocumentType("Công điện", "cong dien", cited: false),
        DocumentType("Văn bản", "van ban", header: false),
        DocumentType("Quy định", "quy dinh"),
        DocumentType("Quy chế", "quy che"),
        DocumentType("Chiến lược", "chien luoc", header: false),
        DocumentType("Bộ luật", "bo luat", header: false, byName: true),
        DocumentType("Luật", "luat", byName: true),
        DocumentType("Pháp lệnh", "phap lenh", byName: true),
        DocumentType("Lệnh", "lenh", cited: false),
        DocumentType("Hiến pháp", "hien phap", header: false, alone: true),
    ]
}
