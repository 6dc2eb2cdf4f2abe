/// Reads lists of bodies: "Công an thành phố, phòng Quản lý đô thị, UBND các phường" → three
/// agencies. A list splits at ";" and at "," or "và" only where the next piece begins with the head
/// noun of a body, so "Sở Văn hóa, Thể thao và Du lịch" and "Các sở, ngành" stay whole.
enum AgencyReader {
    /// Head nouns, lower case with diacritics: matching is diacritic-sensitive because folding would
    /// confuse Báo/bảo, Sở/số, Đội/đổi, Hội/hỏi.
    static let heads: [String] = [
        "ủy ban", "uỷ ban", "ubnd", "ub ", "hđnd", "công an", "catp", "mặt trận", "mttq", "ủy ban mttq", "sở", "ban", "bộ",
        "cục", "chi cục", "phòng", "vụ", "viện", "viện kiểm sát", "trường", "đài", "báo", "hội", "đoàn", "liên đoàn",
        "lđlđ", "tòa án", "toà án", "văn phòng", "trung tâm", "công ty", "tổng công ty", "cổng thông tin", "thành ủy",
        "thành uỷ", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "đảng ủy", "đảng uỷ", "cảnh sát", "đội", "ngành",
        "giáo xứ", "giáo hội", "kho bạc", "bảo hiểm xã hội", "thanh tra", "chi nhánh", "lực lượng",
        "bộ chỉ huy", "ban chỉ huy", "ubmttq", "ban trị sự", "ban chỉ đạo", "ban quản lý", "ban tuyên giáo", "ban tổ chức",
        "ban dân vận", "ban thường vụ", "ban nội chính", "ban kinh tế", "ban pháp chế", "ban dân tộc", "ban văn hóa",
        "hội đồng", "hội liên hiệp", "đoàn thanh niên", "tổ công tác", "tổ thường trực", "tổ chức chính trị", "báo và phát thanh", "báo, đài", "báo chí",
        // Party, Assembly and state-owned groups.
        "đảng đoàn", "ban cán sự đảng", "ban cán sự", "tổ đảng", "chi bộ", "thường trực", "ủy ban kiểm tra", "uỷ ban kiểm tra",
        "đoàn đại biểu quốc hội", "đoàn đbqh", "tập đoàn", "hội nông dân", "hội cựu chiến binh", "liên đoàn lao động",
        "kiểm toán nhà nước", "ngân hàng nhà nước", "ngân hàng", "thuế tỉnh", "thuế thành phố",
        // Health, schools, cooperatives, unions, border posts.
        "bệnh viện", "trạm y tế", "trạm", "học viện", "đại học", "hợp tác xã", "công đoàn", "đồn biên phòng",
        "tỉnh đoàn", "thành đoàn", "huyện đoàn", "hiệp hội", "liên minh hợp tác xã", "liên hiệp các hội",
        // Forces and forest bodies: "Bộ đội Biên phòng tỉnh", "Hạt Kiểm lâm khu vực", "Vườn quốc gia Pù Mát".
        "bộ đội biên phòng", "hạt kiểm lâm", "vườn quốc gia",
        // A locality acting as a body, before its name: "Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh …".
        "thành phố", "tỉnh",
    ]

    /// Collective heads that need "các" before them: "các cơ quan liên quan", "các đơn vị".
    static let collectiveHeads: [String] = [
        "cơ quan", "đơn vị", "đoàn thể", "tổ chức", "doanh nghiệp", "địa phương", "sở", "ban", "ngành", "phòng", "hội",
        "cơ sở", "trường", "xã", "phường", "nhà mạng", "công ty", "lực lượng", "tập đoàn", "tổng công ty", "bộ", "ngân hàng",
        "bệnh viện", "trạm y tế", "hợp tác xã", "tỉnh", "thành phố", "chi cục", "chi bộ", "đảng bộ",
    ]

    /// Heads that name a body on their own, whatever follows ("UBND cấp xã", "Công an thành phố").
    private static let selfStanding: Set<String> = ["ubnd", "hđnd", "công an", "catp", "mttq", "ủy ban", "uỷ ban", "ubmttq", "lđlđ",
                                                    "mặt trận", "liên đoàn", "hiệp hội", "liên minh hợp tác xã", "liên hiệp các hội", "cổng thông tin", "văn phòng", "trung tâm", "đài",
                                                    "thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ", "kho bạc", "bảo hiểm xã hội",
                                                    "tòa án", "toà án", "viện kiểm sát", "cảnh sát", "bộ chỉ huy", "ban chỉ huy",
                                                    "đảng ủy", "đảng uỷ", "huyện ủy", "huyện uỷ", "giáo xứ", "giáo hội", "tổng công ty", "công ty",
                                                    "ban trị sự", "ban chỉ đạo", "ban quản lý", "ban tuyên giáo", "ban tổ chức",
                                                    "ban dân vận", "ban thường vụ", "ban nội chính", "ban kinh tế", "ban pháp chế",
                                                    "ban dân tộc", "ban văn hóa", "hội đồng", "hội liên hiệp", "đoàn thanh niên",
                                                    "tổ công tác", "tổ thường trực", "tổ chức chính trị",
                                                    "báo và phát thanh", "báo, đài", "báo chí",
                                                    "đảng đoàn", "ban cán sự đảng", "chi bộ", "đoàn đại biểu quốc hội", "đoàn đbqh",
                                                    "hội nông dân", "hội cựu chiến binh", "liên đoàn lao động",
                                                    "kiểm toán nhà nước", "ngân hàng nhà nước", "thuế tỉnh", "thuế thành phố",
                                                    "bệnh viện", "trạm y tế", "hợp tác xã", "đồn biên phòng",
                                                    "tỉnh đoàn", "thành đoàn", "huyện đoàn", "bộ đội biên phòng", "hạt kiểm lâm",
                                                    "vườn quốc gia"]

    /// Does the text begin with the name of a body? Most texts start with a capital that no head
    /// begins with, so the first letter is checked before anything is lower-cased.
    static func beginsWithAgency<S: StringProtocol>(_ text: S) -> Bool {
        // An ASCII first letter, not followed by a combining mark, is told on its byte.
        let utf8 = text.utf8
        if let b = utf8.first, b < 0x80 {
            let second = utf8.dropFirst().first ?? 0
            if second < 0xCC && !asciiHeadInitials[Int(b)] { return false }
        }
        guard let first = text.first.map({ Character($0.lowercased()) }), headInitials.contains(first) else { return false }
        let lower = Casing.lowercased(Text.prefix(text, characters: 40))
        // An official stands for their body: "Giám đốc Sở Xây dựng", "Thủ trưởng các sở, ban, ngành",
        // "đồng chí Bộ trưởng Bộ Xây dựng".
        if lower.startsWithBytes("đồng chí ") { return beginsWithAgency(text.dropFirst("đồng chí ".count)) }
        for title in titlesByOpening[opening: lower] where lower.startsWithBytes(title) {
            if beginsWithAgency(text.dropFirst(title.count)) { return true }
        }
        if lower.startsWithBytes("các ") || lower.startsWithBytes("những ") {
            let rest = lower.drop { $0 != " " }.dropFirst()
            // "các Báo cáo", "các tổ chức thực hiện": a head that opens a predicate names no body.
            let pair = rest.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")
            if AgencyExtent.predicates.contains(pair) && !collectiveHeads.contains(pair) { return false }
            func whole(_ head: String) -> Bool {
                rest.startsWithBytes(head) && rest.dropFirst(head.count).first.map { !$0.isLetter && !$0.isNumber } ?? true
            }
            // A head that opens `rest` opens with its first bytes.
            return collectiveHeadsByOpening[opening: rest].contains(where: whole) || headsByOpening[opening: rest].contains(where: whole)
        }
        for head in headsByOpening[opening: lower] where lower.startsWithBytes(head) {
            let after = lower.dropFirst(head.count)
            if head.hasSuffix(" ") { return true }
            // A bare head ("…, ngành") is the tail of a collective name, unless it names a body alone.
            guard let next = after.first else { return selfStanding.contains(head) }
            guard next == " " || next == "," || next == "-" || next == ";" else { continue }
            if selfStanding.contains(head) { return true }
            // "Sở Xây dựng", "phòng Quản lý đô thị": the head is followed by a capitalized name.
            let originalAfter = text.dropFirst(head.count).drop { $0 == " " }
            if let f = originalAfter.first, f.isUppercase || f.isNumber { return true }
            if after.startsWithBytes(" các ") || after.startsWithBytes(" cấp ") { return true }
            // "Thanh tra thành phố", "Thanh tra tỉnh": a head written with its capital, then the level it serves.
            // (The levels on their bytes first: the capital is read only for a head followed by one.)
            if levels.contains(where: { level in
                after.startsWithBytes(level) && after.dropFirst(level.count).first.map { !$0.isLetter } ?? true
            }), text.first?.isUppercase == true { return true }
        }
        return false
    }

    /// The levels a capitalised head may serve, with the space before them.
    private static let levels = [" tỉnh", " thành phố", " huyện", " quận", " thị xã", " xã", " phường", " đặc khu"]

    /// "chủ tịch ": a title is a prefix only as a whole word.
    private static let titlesByOpening = WordsByOpening(AgencyExtent.titles.map { $0 + " " })

    /// The heads under their first two bytes, in the order of `heads`: a text is compared only with the
    /// heads that begin as it does.
    private static let headsByOpening = WordsByOpening(heads)
    private static let collectiveHeadsByOpening = WordsByOpening(collectiveHeads)

    /// `headInitials` by ASCII byte, either case.
    private static let asciiHeadInitials: [Bool] = (0..<128).map { b in
        let c = Character(Unicode.Scalar(UInt8(b)))
        return headInitials.contains(Character(c.lowercased()))
    }

    /// First letters of every head, and of "các"/"những".
    private static let headInitials: Set<Character> = Set(heads.compactMap(\.first) + AgencyExtent.titles.compactMap(\.first) + ["c", "n", "đ"])

    /// Heads that start a second body glued to the first when a table cell lost its line break:
    /// "Sở Xây dựng Công an thành phố" is Sở Xây dựng and Công an thành phố.
    private static let gluedHeads = ["Công an", "Sở", "UBND", "Ủy ban", "Uỷ ban", "Ban", "Phòng", "Cục", "Bộ", "Trung tâm", "Đài",
                                     "Báo", "Liên đoàn", "Hội", "Đoàn", "CATP", "MTTQ", "Văn phòng", "Tổng công ty", "Công ty"]
    /// Each glued head with its words, split once.
    private static let gluedHeadWords = gluedHeads.map { (head: $0, words: $0.split(separator: " ")) }

    /// Splits a piece at a capitalized head that follows a lower-case word.
    /// Heads that take the body they belong to as their complement: never cut from it.
    static let partOfHeads: Set<String> = ["van phong", "thuong truc", "ban thuong vu", "dang doan", "ban can su dang", "lanh dao",
                                           "uy ban"]   // "Ủy ban MTTQ Việt Nam tỉnh"

    static func splitGlued(_ piece: String) -> [String] {
        var pieces: [String] = []
        var current: [Substring] = []
        let words = piece.split(separator: " ")
        var i = 0
        while i < words.count {
            // A lower-case word ends the first name; "và", "các", "của" join, they never end one.
            // "Văn phòng UBND tỉnh", "Thường trực HĐND": a head that names a part of the body after it.
            // The heads first: most words open none, and the joined name is folded only for one that does.
            // "thành viên Ban Chỉ đạo", "trực thuộc Sở Y tế": the body after them is the first one's complement.
            if i > 0, let previous = words[i - 1].first, previous.isLowercase, !["và", "các", "của", "với", "thuộc"].contains(String(words[i - 1])),
               !(i > 1 && words[i - 2] == "thành" && words[i - 1] == "viên"),
               gluedHeadWords.contains(where: { head, parts in
                   i + parts.count <= words.count && zip(words[i..<(i + parts.count)], parts).allSatisfy { $0 == $1 }
                       && (parts.count > 1 || i + 1 < words.count && (Text.startsUppercase(words[i + 1]) || selfStanding.contains(head.lowercased())))
               }),
               !Self.partOfHeads.contains(Fold.key(current.joined(separator: " "))) {
                pieces.append(current.joined(separator: " "))
                current = []
            }
            current.append(words[i])
            i += 1
        }
        pieces.append(current.joined(separator: " "))
        return pieces.filter { !$0.isEmpty }
    }

    /// Splits a list of bodies into agencies (names are made canonical later by AgencyNames).
    /// `recoverJoined` also splits bodies glued together without a separator (table cells).
    static func split(_ list: String, recoverJoined: Bool) -> [Agency] {
        guard recoverJoined else { return split(list) }
        return joinedMemo.value(for: list) { list in split(list).flatMap { agency -> [Agency] in
            let parts = splitGlued(agency.text)
            if parts.count < 2 { return [agency] }
            return parts.map { Agency(name: AgencyNames.canonical($0), text: $0) }
        } }
    }

    private static let joinedMemo = Memo<[Agency]>()

    private static let splitMemo = Memo<[Agency]>()

    /// Splits a list of bodies into agencies (names are made canonical later by AgencyNames).
    static func split(_ list: String) -> [Agency] {
        splitMemo.value(for: list, splitUncached)
    }

    private static func splitUncached(_ list: String) -> [Agency] {
        // A list the extent reader reads to its end: bodies, officials, members after a colon.
        var whole = list[...]
        while let last = whole.last, ".;:, ".contains(last) { whole = whole.dropLast(1) }
        if let (agencies, end) = AgencyExtent.list(whole, semicolons: true), end == whole.endIndex { return agencies }
        var agencies: [Agency] = []
        for part in list.split(separator: ";") {
            var pieces: [String] = []
            for raw in splitKeepingNames(String(part)) {
                let piece = raw.trimmingCharacters()
                guard !piece.isEmpty else { continue }
                pieces.append(piece)
            }
            for piece in pieces {
                let cleaned = stripTrailingVerbs(piece)
                guard !cleaned.isEmpty else { continue }
                // The name ends where its predicate begins, and an official stands for their body.
                if let (name, text) = AgencyExtent.trim(cleaned) {
                    agencies.append(Agency(name: AgencyNames.canonical(name), text: text))
                } else {
                    agencies.append(Agency(name: AgencyNames.canonical(cleaned), text: cleaned))
                }
            }
        }
        return agencies
    }

    /// Splits at "," and " và " only before a body's head noun.
    private static func splitKeepingNames(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix(",") {
                let after = rest.dropFirst().drop { $0 == " " }
                if beginsWithAgency(after) {
                    pieces.append(current)
                    current = ""
                    rest = after
                    continue
                }
            } else if rest.hasPrefix(" và ") {
                let after = rest.dropFirst(4)
                // "Văn phòng HĐND và UBND huyện" is one office serving both bodies; "Văn phòng Tỉnh ủy và
                // các Ban …" are two.
                if beginsWithAgency(after), !Self.servesBoth(current, after) {
                    pieces.append(current)
                    current = ""
                    rest = after
                    continue
                }
            }
            current.append(rest.first!)
            rest = rest.dropFirst()
        }
        pieces.append(current)
        return pieces
    }

    private static func servesBoth(_ office: String, _ after: Substring) -> Bool {
        let key = Fold.key(office)
        guard key.hasPrefix("van phong ") else { return false }
        let served = key.dropFirst("van phong ".count)
        let councils = ["hdnd", "ubnd", "hoi dong nhan dan", "uy ban nhan dan", "doan dbqh", "doan dai bieu quoc hoi"]
        let next = Fold.key(Text.prefix(after, characters: 30))
        return councils.contains(String(served)) && councils.contains { next.hasPrefix($0) }
    }

    /// Words that say what the body does, not who it is: "Công an thành phố chủ trì tham mưu" → "Công an thành phố".
    static let verbs = [" chủ trì", " phối hợp", " tham mưu", " triển khai", " thực hiện", " chủ động", " chỉ đạo", " hướng dẫn",
                        " thường xuyên", " theo dõi", " kiểm tra", " giúp ", " để ", " báo cáo", " tổ chức sơ kết", " xây dựng kế hoạch",
                        " tích cực", " tham gia", " gửi "]

    /// The first place `verb` stands as a verb. A one-syllable verb right after a capitalized
    /// syllable is the second half of a name's word ("Trung tâm Trợ giúp pháp lý"); two-syllable
    /// verbs ("… Cẩm Giang phối hợp") are never part of a name in lower case.
    static func firstVerb(_ verb: String, in text: Substring) -> Range<String.Index>? {
        let oneSyllable = verb.split(separator: " ").count == 1
        var from = text.startIndex
        while let range = text.byteRange(of: verb, from: from) {
            let before = text[..<range.lowerBound]
            let previousWord = before.split(separator: " ").last
            if oneSyllable, let initial = previousWord?.first, initial.isUppercase, previousWord!.contains(where: \.isLowercase) {
                from = range.upperBound
                continue
            }
            return range
        }
        return nil
    }

    static func stripTrailingVerbs(_ piece: String) -> String {
        var cut = piece.endIndex
        for verb in verbs {
            if let range = firstVerb(verb, in: piece[...]), range.lowerBound < cut { cut = range.lowerBound }
        }
        var s = String(piece[..<cut]).trimmingCharacters()
        while let last = s.last, ",.;:".contains(last) { s.removeLast() }
        return s.trimmingCharacters()
    }
}
