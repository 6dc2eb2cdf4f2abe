/// Parentheses at the end of an item's text carry its agencies and its deadline:
/// "… trọng điểm (Công an thành phố). " and "… (*thực hiện thường xuyên*)." Peels them off the text.
enum TrailingClauses {
    struct Peeled {
        var text: String
        var responsibility: ResponsibilityClause?
        /// Deadline phrases, in reading order.
        var deadlinePhrases: [String] = []
    }

    /// Folded openings of a parenthesis that states a time.
    static let deadlineOpenings = [
        "thuc hien", "hoan thanh", "trien khai", "duy tri", "thuong xuyen", "lien tuc", "tu thang", "tu nam", "tu ngay",
        "ke tu", "truoc", "trong ", "den ", "cham nhat", "dinh ky", "hang ", "hàng", "thang ", "quy ", "nam 20", "giai doan",
        "xay dung lo trinh", "lo trinh", "sau ", "khi co", "theo ke hoach", "theo tien do", "ngay ",
    ]

    /// Folded words that name a time (a number counts too). An opening alone does not make a deadline:
    /// "(Xây dựng lộ trình cụ thể theo từng giai đoạn)" and "(sau đây viết tắt là Kế hoạch)" open like one but
    /// name no time, so they stay in the task's text. "trước", "sau", "khi" relate to a time without naming one:
    /// "(sau khi có ý kiến …)" is read by the grammar itself.
    static let timeWords: Set<String> = [
        "thuong", "xuyen", "lien", "tuc", "dinh", "ky", "hang", "thang", "quy", "nam", "ngay", "tuan", "thoi", "han",
        "som", "tet", "gio",
    ]

    static func statesTime(_ content: String) -> Bool {
        if content.contains(where: \.isNumber) { return true }
        return Fold.key(content).split(whereSeparator: { !$0.isLetter }).contains { timeWords.contains(String($0)) }
    }

    static func isDeadlinePhrase(_ content: String) -> Bool {
        let key = Fold.key(Text.prefix(content, characters: 24))
        // "(sau đây viết tắt là Nghị định số 267/2025/NĐ-CP)", "(sau đây gọi là …)" name, never time.
        if key.hasPrefix("sau day") { return false }
        if deadlineOpenings.contains(where: { key.hasPrefix($0) }), statesTime(content) { return true }
        // "(6 tháng đầu năm 2026)": whatever the grammar reads as a time is one.
        return DeadlineGrammar.read(content, position: .parenthesis, context: DeadlineContext()).contains { $0.kind != .unparsed }
    }

    /// Syllables of the words that join the bodies of a clause or say their role, and name none, folded: "chủ trì,
    /// phối hợp với", "và", "đề nghị", "tham mưu", "chỉ đạo", "triển khai thực hiện", "theo dõi, đôn đốc".
    private static let clauseWords: Set<String> = [
        "chu", "tri", "phoi", "hop", "voi", "va", "de", "nghi", "giao", "cung", "cac", "co", "lien", "quan",
        "thuc", "hien", "tham", "muu", "chi", "dao", "trien", "khai", "huong", "dan", "theo", "doi", "kiem", "tra",
        "tong", "bao", "cao", "giup", "gia", "don", "doc", "giam", "sat", "to", "chuc",
    ]

    /// Whether every word of the parenthesis stands in a body the clause read, or joins them: the parenthesis leaves
    /// the task's text only then. A name cut short ("(Hợp tác xã dịch vụ môi trường)" read as "Hợp tác xã dịch vụ")
    /// would lose the rest.
    static func coversWords(_ clause: ResponsibilityClause, of content: String) -> Bool {
        func words(_ text: String) -> [Substring] { Fold.key(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        var named = Set<Substring>()
        for agency in clause.lead + clause.support + clause.requested { named.formUnion(words(agency.text)) }
        return words(content).allSatisfy { named.contains($0) || clauseWords.contains(String($0)) }
    }

    /// A responsibility clause, possibly with time segments among its ";"-separated parts.
    static func mixedClause(_ content: String) -> (ResponsibilityClause, [String])? {
        if let clause = ResponsibilityClause.read(content), coversWords(clause, of: content) { return (clause, []) }
        guard content.containsBytes(";") else { return clauseThenTime(content) }
        var bodies: [String] = [], times: [String] = []
        for part in content.split(separator: ";") {
            let segment = String(part).trimmingCharacters()
            if let (label, rest) = LabelReader.read(segment), LabelReader.isDeadlineLabel(label) { times.append(String(rest)) }
            else if isDeadlinePhrase(segment) { times.append(segment) }
            else { bodies.append(segment) }
        }
        let joined = bodies.joined(separator: "; ")
        guard !times.isEmpty, !bodies.isEmpty, let clause = ResponsibilityClause.read(joined), coversWords(clause, of: joined) else { return nil }
        return (clause, times)
    }

    /// "hằng năm", "hàng quý", "mỗi tháng", "định kỳ", "06 tháng", "01 năm" at the end of the text.
    static func endsOnPeriod(_ text: Substring) -> Bool {
        let words = Fold.key(text.suffix(24)).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).suffix(2)
        guard words.count == 2, let last = words.last, let first = words.first else { return false }
        if first == "dinh" && last == "ky" { return true }
        guard ["ngay", "tuan", "thang", "quy", "nam"].contains(last) else { return false }
        return first == "hang" || first == "moi" || first.allSatisfy(\.isNumber) && first.count <= 2
    }

    /// "(Sở Y tế chủ trì, thực hiện thường xuyên)": bodies, then after a comma a time. The last commas are tried
    /// (a clause's own commas stand between its bodies: "X chủ trì, phối hợp với Y, Z").
    private static func clauseThenTime(_ content: String) -> (ResponsibilityClause, [String])? {
        var end = content.endIndex
        for _ in 0..<3 {
            guard let comma = content[..<end].lastIndex(of: ",") else { return nil }
            end = comma
            let time = String(content[content.index(after: comma)...]).trimmingCharacters()
            let bodies = String(content[..<comma]).trimmingCharacters()
            guard isDeadlinePhrase(time) else { continue }
            guard let clause = ResponsibilityClause.read(bodies), coversWords(clause, of: bodies) else { return nil }
            return (clause, [time])
        }
        return nil
    }

    static func peel(_ text: String) -> Peeled {
        var peeled = Peeled(text: text)
        // A slice of the text until a clause is taken off: a task's text that keeps its words shares
        // its section's bytes instead of copying them.
        var rest = text[...]
        for _ in 0..<3 {
            // Keep the sentence's final punctuation aside while looking at what stands before it.
            var body = rest
            while let last = body.last, ".;:/ ".contains(last) { body.removeLast() }
            let tail = rest[body.endIndex...]
            guard body.hasSuffix(")"), let open = matchingOpen(body) else { break }
            let content = String(body[body.index(after: open)..<body.index(before: body.endIndex)]).trimmingCharacters()
            if peeled.responsibility == nil, let (clause, times) = mixedClause(content) {
                // "(UBND các xã; Thời gian: Quý II/2026)": who, and when.
                peeled.responsibility = clause
                peeled.deadlinePhrases.insert(contentsOf: times, at: 0)
            } else if isDeadlinePhrase(content) {
                // "… định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).": the day of a period word's
                // recurrence, read with it in the sentence.
                if endsOnPeriod(body[..<open]) { break }
                peeled.deadlinePhrases.insert(content, at: 0)
            } else {
                break
            }
            var before = String(body[..<open]).trimmingCharacters()
            // "… hiệu quả. (thực hiện …)." keeps one full stop.
            if let last = before.last, ".;:!?".contains(last) {} else { before += tail.trimmingSpaces() }
            rest = before[...]
        }
        peeled.text = String(rest).trimmingCharacters()
        return peeled
    }

    /// The "(" that the text's last ")" closes, found on the bytes going back: a "(" or ")" byte is that
    /// character when nothing joins it (the scalar after it opens a character, the one before is no Prepend
    /// scalar, as `Text.firstIndex(ofASCII:in:)` tells); text where one may be joined is walked by characters.
    static func matchingOpen(_ text: Substring) -> String.Index? {
        let reading: ByteReading<Int> = withUTF8Bytes(text) { b in
            var depth = 0
            var k = b.count
            while k > 0 {
                k -= 1
                let c = b[k]
                guard c == 0x28 || c == 0x29 else { continue }
                guard (k + 1 == b.count || Text.opensCharacter(b, at: k + 1)) && !Text.mayFollowPrepend(b, at: k) else { return .undecided }
                if c == 0x29 {
                    depth += 1
                } else {
                    depth -= 1
                    if depth == 0 { return .found(k) }
                }
            }
            return .none
        }
        switch reading {
        case .found(let k): return text.utf8.index(text.utf8.startIndex, offsetBy: k)
        case .none: return nil
        case .undecided: return matchingOpenByCharacters(text)
        }
    }

    /// `matchingOpen` by characters.
    static func matchingOpenByCharacters(_ text: Substring) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            switch text[index] {
            case ")": depth += 1
            case "(":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }
}
