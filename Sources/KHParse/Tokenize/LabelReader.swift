/// Label lines: "Thời gian hoàn thành: Tháng 3/2023." → label "Thời gian hoàn thành", text "Tháng 3/2023.".
/// Labels fill fields of the item that holds them; they are never tasks of their own.
enum LabelReader {
    /// Folded label heads (output.md's list). A label is a head plus at most a few words before ":".
    /// The particulars of an activity go beyond the list's examples: "Chủ đề:", "Thông điệp:" (and `bareHeads`) describe
    /// a campaign or an event as "Địa điểm:" and "Hình thức:" do.
    static let heads: [String] = [
        "thoi gian", "thoi han", "tien do", "nhiem vu", "noi dung", "co quan chu tri", "don vi chu tri",
        "co quan phoi hop", "don vi phoi hop", "co quan thuc hien", "don vi thuc hien", "chu tri", "phoi hop",
        "san pham", "ket qua", "kinh phi", "nguon kinh phi", "nguon von", "dia diem", "thanh phan", "so luong",
        "hinh thuc", "thong so", "tan suat", "chu de", "thong diep",
    ]

    /// The heads by their first two bytes: a key is compared with the few that open like it, not with all.
    private static let headsByOpening = WordsByOpening(heads)

    /// Heads that are labels only alone: "Phạm vi:", "Đối tượng:", "Quy mô:" of an activity; "Phạm vi điều chỉnh:",
    /// "Đối tượng áp dụng:" open the articles and items of legal texts, which stay items.
    private static let bareHeads: Set<String> = ["pham vi", "doi tuong", "quy mo"]

    /// A key that is a head, or a head and more words after a space.
    private static func opensWithHead(_ key: String) -> Bool {
        if bareHeads.contains(key) { return true }
        for head in headsByOpening[opening: key] where key.startsWithBytes(head) {
            let count = head.utf8.count
            if key.utf8.count == count || key.utf8.dropFirst(count).first == 0x20 { return true }
        }
        return false
    }

    /// Labels whose text states a time.
    static func isDeadlineLabel(_ label: String) -> Bool {
        let key = Fold.key(label)
        return key.hasPrefix("thoi gian") || key.hasPrefix("thoi han") || key.hasPrefix("tien do")
    }

    /// A label's value cut where another label follows a ";": "Sở Y tế; Đơn vị phối hợp: Công an tỉnh" → "Sở Y tế" and
    /// ("Đơn vị phối hợp", "Công an tỉnh"); "Chi cục Thủy lợi; thời gian: từ tháng 6 …" → "Chi cục Thủy lợi" and
    /// ("thời gian", "từ tháng 6 …"). A label after the ";" may start in lower case.
    static func splitValue(_ value: String) -> (value: String, more: [(label: String, rest: String)]) {
        guard value.containsBytes(";"), value.containsBytes(":") else { return (value, []) }
        var pieces: [String] = []
        var more: [(label: String, rest: String)] = []
        for part in value.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingSpaces()
            if let offset = trimmed.firstOffset(of: 0x3A, within: 60), offset > 0 {
                let colon = trimmed.utf8.index(trimmed.utf8.startIndex, offsetBy: offset)
                let label = trimmed[..<colon].trimmingSpaces()
                if label.split(separator: " ").count <= 6, opensWithHead(Fold.key(label)), !(more.isEmpty && pieces.isEmpty) {
                    more.append((String(label), String(trimmed[trimmed.index(after: colon)...].trimmingSpaces())))
                    continue
                }
            }
            // Text after a label that is not one goes on with that label's value.
            if more.isEmpty { pieces.append(String(part)) } else { more[more.count - 1].rest += ";" + part }
        }
        guard !more.isEmpty else { return (value, []) }
        return (pieces.joined(separator: ";").trimmingCharacters(), more)
    }

    static func read(_ text: String) -> (label: String, rest: Substring)? {
        // Labels are short: look for the colon in the first 80 bytes only.
        guard let offset = text.firstOffset(of: 0x3A, within: 80) else { return nil }
        let colon = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let label = text[..<colon].trimmingSpaces()
        guard Text.startsUppercase(label) else { return nil }
        let key = Fold.key(label)
        // The head first: most colons end no label, and counting words splits the text.
        guard opensWithHead(key),
              label.split(separator: " ").count <= 6 else { return nil }
        let rest = text[text.index(after: colon)...].trimmingSpaces()
        return (String(label), rest)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        // A Character " " or "\t" is that one byte: a text whose first and last bytes are neither has
        // nothing to trim, and most texts are told so without reading a Character.
        let plain = withUTF8Bytes(self) { b in
            guard let first = b.first, let last = b.last else { return false }
            return first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
        }
        if plain { return self[...] }
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast(1) }
        return s
    }
}
