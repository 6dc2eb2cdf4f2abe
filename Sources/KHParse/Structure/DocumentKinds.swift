/// The kinds of administrative document (tên loại), as a header names them and as a số/ký hiệu
/// codes them, and which of them are plan-like (output.md's Task rule). One vocabulary for the
/// header reader and the task rule.
enum DocumentKinds {
    /// Tên loại, folded, with the sentence case the output writes (`DocumentType.all`'s header types);
    /// longer names first so that "NGHỊ QUYẾT LIÊN TỊCH" is not read as "Nghị quyết".
    static let names: [(key: String, name: String)] = DocumentType.all.filter(\.header)
        .enumerated().sorted { ($0.element.words.count, $1.offset) > ($1.element.words.count, $0.offset) }
        .map { (key: $0.element.words.joined(separator: " "), name: $0.element.name) }

    /// Types whose text assigns tasks. A Thông báo does only when it announces conclusions
    /// ("Thông báo kết luận …"): see `isPlanLike`.
    static let planTypes: Set<String> = Set(DocumentType.all.filter { $0.tasks == .gives || $0.tasks == .isCarried }.map(\.name))

    /// Folded names of the plans that a decision may approve in an article ("Điều 1. Phê duyệt Kế hoạch …")
    /// or carry after its signature (`OutlineBuilder.opensAttachment`, `TaskExtractor.approvesPlan`).
    static let carriedPlanKeys: [String] = DocumentType.all.filter { $0.tasks == .isCarried }.map { $0.words.joined(separator: " ") }

    /// Types whose documents may approve a plan in an article or carry one after their signature.
    static let carrierTypes: Set<String> = Set(DocumentType.all.filter { $0.tasks == .carries }.map(\.name))

    /// Whether a document of this type (and trích yếu) gives tasks of its own.
    static func isPlanLike(type: String, title: String?) -> Bool {
        guard planTypes.contains(type) else { return false }
        if type == "Thông báo" {
            // A notice of results ("kết quả xác định trước mã số") assigns nothing.
            let key = Fold.key(title ?? "")
            return key.containsBytes("ket luan") || key.containsBytes("chi dao")
        }
        return true
    }

    /// "KẾ HOẠCH" → ("Kế hoạch", "KẾ HOẠCH", ""); "THÔNG BÁO KẾT LUẬN CỦA …" → ("Thông báo", "THÔNG BÁO",
    /// "KẾT LUẬN CỦA …"). The match is on folded letters, so "KE HOACH" or a mis-decoded "KÉ HOÀCH" is
    /// a Kế hoạch too; `written` keeps the words as they stand for the caller to keep.
    /// A line of capitals that only starts with a type word and goes on for long is a title
    /// ("QUYẾT ĐỊNH SỐ 17 …" inside a trích yếu is handled by the caller's position).
    static func typeLine(_ text: String) -> (name: String, written: String, rest: String)? {
        let key = Fold.key(text)
        // The bytes first: a key that does not open with k's bytes cannot open with k and a space or colon.
        for (k, name) in names where key.utf8.starts(with: k.utf8) && (key == k || key.hasPrefix(k + " ") || key.hasPrefix(k + ":")) {
            let count = k.split(separator: " ").count
            let words = text.split(separator: " ", omittingEmptySubsequences: true)
            var written = words.prefix(count).joined(separator: " ")
            var rest = words.dropFirst(count).joined(separator: " ")
            if key.hasPrefix(k + ":") {
                written = String(text.prefix { $0 != ":" }).trimmingCharacters()
                rest = String(text.drop { $0 != ":" }.dropFirst()).trimmingCharacters()
            }
            // "QUYẾT ĐỊNH:" closes a decision's preamble; it is never the tên loại of a long line.
            if rest.count > 200 { return nil }
            return (name, written, rest)
        }
        return nil
    }

    /// Whether the tên loại as written says more than `type` does: other letters or marks, not only
    /// other capitals ("KE HOACH", "KÉ HOÀCH" against "Kế hoạch"). Such words are kept in `dropped`.
    static func differs(written: String, from type: String) -> Bool {
        written.lowercased().split(separator: " ") != type.lowercased().split(separator: " ")
    }

    /// Codes of a ký hiệu ("122/KH-UBND" → KH), folded.
    static let codes: [String: String] = [
        "kh": "Kế hoạch", "ct": "Chỉ thị", "qd": "Quyết định", "nq": "Nghị quyết", "nd": "Nghị định", "tt": "Thông tư",
        "tb": "Thông báo", "cd": "Công điện", "bc": "Báo cáo", "ctr": "Chương trình", "hd": "Hướng dẫn", "ttr": "Tờ trình",
        "da": "Đề án", "pa": "Phương án", "qc": "Quy chế", "vbhn": "Văn bản hợp nhất",
    ]

    /// The type a số/ký hiệu names: the letters after the number and the optional year
    /// ("87/2025/QĐ-UBND" → Quyết định, "125-KH/TU" → Kế hoạch).
    static func type(ofNumber number: String) -> String? {
        let parts = number.split(whereSeparator: { $0 == "/" || $0 == "-" })
        for part in parts.dropFirst() where part.first?.isLetter == true {
            return codes[Fold.key(part)]
        }
        return nil
    }
}
