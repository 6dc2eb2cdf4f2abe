/// A heading's role, read from its first words on folded text (output.md): "II. NHIỆM VỤ, CHỈ TIÊU …"
/// → tasks, "2. Các giải pháp tổ chức thực hiện" → tasks, "III. PHÁT TRIỂN HẠ TẦNG SỐ" → nil (a topic).
enum SectionRoles {
    private static let table: [(String, Section.Role)] = [
        ("muc dich", .purpose), ("yeu cau", .requirements), ("can cu", .basis), ("su can thiet", .basis),
        ("muc tieu", .objectives), ("chi tieu", .objectives), ("quan diem", .viewpoints),
        ("pham vi", .scope), ("doi tuong", .scope),
        ("tinh hinh", .review), ("dac diem tinh hinh", .review), ("dac diem chung", .review),
        ("khai quat tinh hinh", .review), ("khai quat chung", .review), ("thuc trang", .review), ("boi canh", .review), ("ket qua", .review),
        ("danh gia", .review), ("ton tai", .review), ("han che", .review), ("nguyen nhan", .review), ("du bao", .review),
        ("nhiem vu", .tasks), ("giai phap", .tasks), ("noi dung", .tasks), ("lo trinh", .tasks), ("cac buoc", .tasks),
        ("hoat dong", .tasks),
        ("phan cong", .assignment), ("trach nhiem", .assignment),
        ("kinh phi", .funding), ("nguon luc", .funding), ("nguon von", .funding),
        ("to chuc thuc hien", .organization), ("che do bao cao", .organization), ("theo doi", .organization),
        ("kiem tra", .organization), ("giam sat", .organization),
        ("phu luc", .appendix),
    ]

    /// The table's entries by their first two bytes, in the table's order: a key is compared with the entries
    /// that open as it does.
    private static let byOpening = ByOpening(table, word: \.0)

    /// What joins tasks to a review heading's words.
    private static let mixedReview = [" va nhiem vu", " va giai phap", " va phuong huong", ", nhiem vu", ", giai phap"]

    private static let leadingFillers = ["cac ", "ve ", "mot so "]
    private static let fillerInitials = ByteSet(leadingFillers.map { $0.utf8.first! })

    static func role(forTitle title: String) -> Section.Role? {
        let folded = Fold.key(Text.prefix(title, characters: 60))
        var key = folded
        var stripped = true
        while stripped {
            stripped = false
            guard let first = key.utf8.first, fillerInitials.contains(first) else { break }
            for filler in leadingFillers where key.hasPrefix(filler) {
                key.removeFirst(filler.count)
                stripped = true
            }
        }
        // "Các bước" is itself a role word: check it before the filler was removed too.
        // (Folds go character by character: only a key of 60 characters that opens so can have one of 12 that does.)
        if folded.hasPrefix("cac buoc") && Fold.key(Text.prefix(title, characters: 12)).hasPrefix("cac buoc") { return .tasks }
        for (words, role) in byOpening[opening: key] where key.hasPrefix(words) {
            let after = key.dropFirst(words.count).first
            guard after == nil || !(after!.isLetter) else { continue }
            // "ĐẶC ĐIỂM TÌNH HÌNH VÀ NHIỆM VỤ TRỌNG TÂM": a review joined to the tasks; its items say which is which.
            if role == .review, mixedReview.contains(where: { key.containsBytes($0) }) { return nil }
            return role
        }
        return nil
    }
}
