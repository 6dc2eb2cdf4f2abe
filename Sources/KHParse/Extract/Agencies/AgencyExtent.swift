/// Where a body's name ends, and where a list of bodies ends, in running text.
///
/// A name is a head noun (`AgencyReader.heads`: Sở, Ban, Ủy ban nhân dân, Đảng ủy, Tập đoàn …) and its
/// modifiers: capitalised words (the field and proper names: "Sở Giáo dục và Đào tạo", "Chi cục Hải quan
/// khu vực XI"), the second syllable of a capitalised word ("Xây dựng", "Tư pháp"), and the lower-case
/// words that live inside names (levels and places: "cấp xã", "thành phố", "các xã, phường"; fields
/// written in lower case: "giao thông", "đô thị"). The first word that is none of these is where the
/// predicate begins: "Công an thành phố | kịp thời phát hiện", "Chi cục Hải quan khu vực XI | tăng cường",
/// "Sở Y tế | : Chủ trì". Known predicate openers ("chủ trì", "có trách nhiệm", "căn cứ") end a name even
/// where a modifier could stand.
///
/// An official stands for the body they head: "Giám đốc Sở Xây dựng chủ trì" names Sở Xây dựng (the
/// title stays in the agency's `text`).
enum AgencyExtent {
    struct Token {
        var text: Substring
        var lower: String
        var isPunctuation: Bool
        var start: String.Index
        var end: String.Index
        var isCapitalized: Bool { !isPunctuation && (Text.startsUppercase(text) || text.first?.isNumber == true) }
        /// "Xây", "Hải": a capitalised syllable whose word may go on in lower case ("Xây dựng").
        var isMixedCase: Bool {
            guard Text.startsUppercase(text) else { return false }
            // One character, or a lower-case letter after the first: read on the scalars where each opens a character
            // of its own (nearly every word), by characters else. (By characters, it walked the grapheme breaks of
            // every capitalised word of every name.)
            let simple: Bool? = withUTF8Bytes(text) { b in
                var i = 0, count = 0
                while i < b.count {
                    guard Text.opensCharacter(b, at: i) else { return nil }
                    let (v, width) = WordScanner.decode(b, at: i)
                    if count > 0, Text.CaseTable.isLowercase(v) { return true }
                    count += 1
                    i += width
                }
                return count == 1
            }
            return simple ?? (text.count == 1 || text.dropFirst().contains(where: \.isLowercase))
        }
    }

    static func tokens(_ text: Substring) -> [Token] {
        if let simple = text.utf8.withContiguousStorageIfAvailable({ simpleTokens(text, $0) }), let simple { return simple }
        return characterTokens(text)
    }

    /// Marks that stand alone as punctuation tokens.
    private static let marks: Set<Character> = [",", ";", ":", "(", ")", "\"", "“", "”", "–", "—"]
    /// The same marks as scalars, for the byte reading.
    private static let markScalars = marks.map { $0.unicodeScalars.first!.value }

    /// `characterTokens(text)`, read on the bytes, for a text each of whose characters is one scalar of
    /// Latin text or general punctuation (nearly every text): nil for any other text, which the characters
    /// read. (Read by `Character`, a paragraph took most of the time its agencies took.)
    private static func simpleTokens(_ text: Substring, _ b: UnsafeBufferPointer<UInt8>) -> [Token]? {
        // Characters of one scalar: no combining mark, joiner or CR (of CR LF) can follow, and none of these
        // scalars joins the one before it.
        func isSimple(_ v: UInt32) -> Bool {
            v < 0x300 ? v != 0x0D : (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2000 && v <= 0x200A) || (v >= 0x2010 && v <= 0x205F)
        }
        // White_Space: the ASCII ones and those `WordScanner` knows beyond ASCII.
        func isWhitespace(_ v: UInt32) -> Bool { v == 0x20 || (v >= 0x09 && v <= 0x0D) || WordScanner.isSpace(v) }
        let markScalars = Self.markScalars
        func isMark(_ v: UInt32) -> Bool { markScalars.contains(v) }
        func isLowercase(_ v: UInt32) -> Bool {
            v < 0x80 ? v >= 0x61 && v <= 0x7A : Unicode.Scalar(v).map { Character($0).isLowercase } ?? false
        }
        let n = b.count
        let base = text.startIndex
        func index(_ k: Int) -> String.Index { text.utf8.index(base, offsetBy: k) }
        var out: [Token] = []
        var i = 0
        while i < n {
            let (v, width) = WordScanner.decode(b, at: i)
            guard isSimple(v) else { return nil }
            if isWhitespace(v) { i += width; continue }
            if isMark(v) {
                let start = index(i), end = index(i + width)
                out.append(Token(text: text[start..<end], lower: String(text[start..<end]), isPunctuation: true, start: start, end: end))
                i += width
                continue
            }
            var j = i
            var previous: UInt32 = 0
            while j < n {
                let (u, w) = WordScanner.decode(b, at: j)
                guard isSimple(u) else { return nil }
                if isWhitespace(u) || isMark(u) { break }
                // "chính trị-xã hội": a hyphen between lower-case syllables is a dash.
                if u == 0x2D, j > i, j + 1 < n, isLowercase(previous) {
                    let (after, _) = WordScanner.decode(b, at: j + 1)
                    guard isSimple(after) else { return nil }
                    if isLowercase(after) { break }
                }
                previous = u
                j += w
            }
            var wordEnd = j
            // A full stop closing the word is punctuation ("… thành phố."), unless the word is an
            // abbreviation that keeps it ("TP.").
            while wordEnd > i, b[wordEnd - 1] == 0x2E || b[wordEnd - 1] == 0x21 {
                if AgencyGlossary.expansions[String(text[index(i)..<index(wordEnd)])] != nil { break }
                wordEnd -= 1
            }
            if wordEnd > i {
                let start = index(i), end = index(wordEnd)
                let word = text[start..<end]
                out.append(Token(text: word, lower: Casing.lowercased(word), isPunctuation: wordEnd - i == 1 && b[i] == 0x2D,
                                 start: start, end: end))
            }
            if wordEnd < j {
                let start = index(wordEnd), end = index(j)
                out.append(Token(text: text[start..<end], lower: ".", isPunctuation: true, start: start, end: end))
            }
            i = j
        }
        return out
    }

    /// The tokens of `text`: words (a trailing full stop split off unless the word is a known abbreviation),
    /// the marks above, and a lone "-".
    static func characterTokens(_ text: Substring) -> [Token] {
        var out: [Token] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if marks.contains(c) {
                let next = text.index(after: i)
                out.append(Token(text: text[i..<next], lower: String(c), isPunctuation: true, start: i, end: next))
                i = next
                continue
            }
            var j = i
            while j < text.endIndex, !text[j].isWhitespace, !marks.contains(text[j]) {
                // "chính trị-xã hội": a hyphen between lower-case syllables is a dash.
                if text[j] == "-", j > i, text[text.index(before: j)].isLowercase,
                   let after = text.index(j, offsetBy: 1, limitedBy: text.endIndex), after < text.endIndex, text[after].isLowercase { break }
                j = text.index(after: j)
            }
            if j == i, text[j] == "-" {
                let next = text.index(after: j)
                out.append(Token(text: text[j..<next], lower: "-", isPunctuation: true, start: j, end: next))
                i = next
                continue
            }
            var wordEnd = j
            // A full stop closing the word is punctuation ("… thành phố."), unless the word is an
            // abbreviation that keeps it ("TP.").
            while wordEnd > i, text[text.index(before: wordEnd)] == "." || text[text.index(before: wordEnd)] == "!" {
                let candidate = text[i..<wordEnd]
                if AgencyGlossary.expansions[String(candidate)] != nil { break }
                wordEnd = text.index(before: wordEnd)
            }
            if wordEnd > i {
                let word = text[i..<wordEnd]
                out.append(Token(text: word, lower: Casing.lowercased(word), isPunctuation: word == "-", start: i, end: wordEnd))
            }
            if wordEnd < j {
                out.append(Token(text: text[wordEnd..<j], lower: ".", isPunctuation: true, start: wordEnd, end: j))
            }
            i = j
        }
        return out
    }

    // MARK: Lexicon

    /// Lower-case phrases that begin a predicate or a clause: the name ends before them.
    static let predicates: Set<String> = [
        "chủ trì", "phối hợp", "tham mưu", "triển khai", "thực hiện", "chủ động", "chỉ đạo", "hướng dẫn", "thường xuyên",
        "theo dõi", "kiểm tra", "giúp", "để", "báo cáo", "tổ chức", "xây dựng", "tuyên truyền", "cân đối", "rà soát", "bố trí",
        "đôn đốc", "nghiên cứu", "đề xuất", "ban hành", "lập", "trình", "tổng hợp", "phát động", "vận động", "chịu trách nhiệm",
        "có trách nhiệm", "có nhiệm vụ", "có ý kiến", "giám sát", "thành lập", "quản lý", "cung cấp", "phổ biến", "duy trì",
        "đẩy mạnh", "tăng cường", "tích cực", "gửi", "nâng cao", "đảm bảo", "bảo đảm", "xử lý", "quán triệt", "ký", "cập nhật",
        "thống kê", "khảo sát", "tiếp tục", "sớm", "khẩn trương", "căn cứ", "là", "cần", "phải", "được", "sẽ", "đã", "đang",
        "kịp thời", "tập trung", "nghiêm túc", "thường trực", "phát huy", "hỗ trợ", "quyết định", "phân công", "đăng tải",
        "tham gia", "trên cơ sở", "theo chức năng", "theo", "nhằm", "tại", "về", "trong", "khi", "nếu", "thì", "đến", "cho",
        "bằng", "qua", "từ", "đối với", "mà", "với", "của", "phát hiện", "ngăn chặn", "chuẩn bị", "bổ sung", "hoàn thành",
        "hoàn thiện", "lựa chọn", "đánh giá", "thẩm định", "tiếp nhận", "giải quyết", "yêu cầu", "đề nghị", "giao", "lãnh đạo",
        "tuyên truyền", "biên soạn", "lồng ghép", "huy động", "phân bổ", "sắp xếp", "chấn chỉnh", "hướng",
        "ưu tiên", "thực thi", "xác định", "tăng", "giảm", "làm", "thi hành", "kêu gọi", "khuyến khích", "cử", "mời", "khen thưởng",
        "rút kinh nghiệm", "sơ kết", "tổng kết", "trực tiếp", "đồng thời", "nhanh chóng", "tiến hành", "phụ trách", "đầu mối",
        "thẩm tra", "điều hành", "điều phối", "sử dụng", "khai thác", "vận hành", "tổ chức thực hiện", "còn", "cũng", "luôn",
        "thống nhất", "xin", "trân trọng", "thông báo", "làm việc", "đẩy nhanh", "xem xét", "chấp hành", "rà soát",
        "ủy quyền", "uỷ quyền", "ủy nhiệm", "uỷ nhiệm", "ủy thác", "uỷ thác", "số hóa", "số hoá",
        "mở", "đưa", "công bố", "công khai", "kiện toàn", "củng cố", "điều tra", "tuần tra", "tập huấn", "in ấn",
    ]

    /// What follows "ủy" when it begins a verb ("ủy quyền", "ủy nhiệm", "ủy thác"), not a party committee ("tỉnh ủy").
    private static let delegations: Set<String> = ["quyền", "nhiệm", "thác"]

    /// Predicates that are also the nouns of a field: part of a name when nothing follows them.
    static let fieldNouns: Set<String> = ["xây dựng", "quản lý", "kiểm tra", "tổ chức", "thông tin", "đầu tư", "khen thưởng",
                                          "thi hành"]

    /// Predicates that also begin a sentence in capitals after a name that lost its punctuation:
    /// "Ủy ban nhân dân các xã, phường Căn cứ vào chức năng …". Never after a head noun ("Ban Chỉ đạo").
    static let capitalPredicates: Set<String> = [
        "căn cứ", "chủ trì", "phối hợp", "chỉ đạo", "tham mưu", "thực hiện", "triển khai", "có trách nhiệm", "chịu trách nhiệm",
        "trên cơ sở", "theo chức năng", "là cơ quan", "là đầu mối", "hướng dẫn", "chủ động", "tiếp tục", "tăng cường", "xây dựng",
    ]

    /// Lower-case words and phrases that stand inside names: levels, places, and fields written in lower case.
    static let inner: Set<String> = [
        "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "khu vực", "chi nhánh", "cấp tỉnh", "cấp thành phố", "cấp quận", "cấp phường", "cấp trung ương",
        "cấp huyện", "cấp xã", "cấp cơ sở", "các cấp", "trung ương", "địa phương", "nhân dân", "nhà nước", "quốc gia", "liên quan",
        "có liên quan", "trên địa bàn", "trực thuộc", "thuộc", "số", "đô thị", "giao thông", "đường bộ", "đường sắt", "đường thủy",
        "pháp lý", "xã hội", "chính trị", "chính trị - xã hội", "phụ nữ", "nông dân", "chiến binh", "cựu chiến binh", "lao động",
        "thanh niên", "phát thanh", "truyền hình", "điện lực", "viễn thông", "giáo dục", "y tế", "trật tự", "an toàn",
        "bệnh tật", "công cộng", "chính công", "hành chính công", "điện tử", "dự án", "quốc phòng", "an ninh", "ngành", "đoàn thể",
        "tổ chức", "đơn vị", "cơ quan", "ngang bộ", "cơ quan ngang bộ", "chuyên môn", "chức năng", "cá nhân", "hộ gia đình",
        "doanh nghiệp", "tập thể", "thành viên", "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "đảng", "việt nam", "mặt trận",
        "tổ quốc", "viện kiểm sát", "tòa án", "công an", "cảnh sát", "biên phòng", "quân sự", "hải quan", "thuế", "kho bạc", "bảo hiểm xã hội", "khoa học", "công nghệ",
        "kinh tế", "khu kinh tế", "công nghiệp", "khu công nghiệp", "phật giáo", "công giáo", "tin lành", "báo chí",
        "truyền thông", "du lịch", "thể thao", "văn hóa", "pháp luật", "đại biểu", "đại biểu quốc hội", "bầu cử", "đầu tư", "thương mại",
        // Villages, and the fields of school and party offices written in lower case: "Ban Công tác Mặt trận các thôn",
        // "Phòng Giáo dục phổ thông", "Phòng Chính trị tư tưởng và Công tác học sinh".
        "thôn", "tổ dân phố", "khu phố", "ấp", "xóm", "phổ thông", "mầm non", "tiểu học", "trung học", "học sinh", "sinh viên",
        "tư tưởng", "ven biển", "biên giới", "miền núi", "vùng cao", "ven sông",
        "thực vật", "thú y", "thủy sản", "thủy lợi", "lâm nghiệp", "kiểm lâm",   // "Chi cục Trồng trọt và Bảo vệ thực vật"
        // The nouns of fields that official names write in lower case after their first, capitalised word: "Văn phòng
        // Đăng ký đất đai", "Chi cục Quản lý đất đai", "Phòng Quản lý Công nghệ và Đổi mới sáng tạo", "Trung tâm Ứng dụng
        // tiến bộ khoa học và công nghệ", "Ban Quản lý an toàn thực phẩm". Nouns only: a verb after a name opens its predicate.
        "đất đai", "quỹ đất", "môi trường", "tài nguyên", "tài nguyên và môi trường", "khoáng sản", "nông thôn", "nông thôn mới",
        "sáng tạo", "đổi mới sáng tạo", "tiến bộ", "khoa học và công nghệ", "thực phẩm", "an toàn thực phẩm", "việc làm", "nghề nghiệp",
        "dân tộc", "tôn giáo", "chăn nuôi", "trồng trọt", "nước sạch", "vệ sinh môi trường", "đo lường", "chất lượng", "tiêu chuẩn",
        "quan trắc", "trợ giúp", "bảo trợ", "công chứng", "đấu giá", "tài sản", "hạ tầng", "kỹ thuật", "nhà ở", "bất động sản",
        "dân số", "sức khỏe", "thiên tai", "cứu nạn", "cứu hộ", "phòng hộ", "khuyến nông", "năng lượng", "khí tượng", "thủy văn",
    ]

    /// Fields written in lower case that a comma lists inside one name: "Báo và phát thanh, truyền hình Hải Phòng".
    static let commaFields: Set<String> = ["thương mại", "giáo dục", "truyền hình", "truyền thông", "phát thanh", "báo chí", "thể thao", "du lịch"]

    /// Official titles that stand for the body they head, lower case.
    static let titles: [String] = [
        "phó chủ tịch", "chủ tịch", "bộ trưởng", "thứ trưởng", "phó giám đốc", "tổng giám đốc", "giám đốc", "thủ trưởng",
        "phó trưởng ban", "trưởng ban", "phó trưởng", "trưởng", "chánh văn phòng", "chánh thanh tra", "chánh án",
        "viện trưởng", "cục trưởng", "chi cục trưởng", "chỉ huy trưởng", "người đứng đầu", "bí thư", "phó bí thư",
        "hiệu trưởng", "lãnh đạo",
    ]

    private static let headLastWords: Set<String> = Set(AgencyReader.heads.compactMap { $0.split(separator: " ").last.map(String.init) })
        .subtracting(["tỉnh", "phố", "xã"])

    /// Administrative units, listed after "các" or a comma: "UBND các xã, phường, đặc khu".
    private static let placeWords: Set<String> = ["xã", "phường", "huyện", "tỉnh", "thành phố", "đặc khu", "thị trấn", "quận", "thị xã",
                                                  "thôn", "tổ dân phố", "khu phố", "ấp", "xóm"]

    /// Words that continue a collective after a comma: "các sở, ban, ngành", "UBND các xã, phường".
    private static let collectiveWords: Set<String> = Set(AgencyReader.collectiveHeads + [
        "đặc khu", "thị trấn", "thị xã", "huyện", "quận", "thành phố", "tỉnh", "địa phương", "ngành", "đơn vị", "đoàn thể",
        "cá nhân", "hộ gia đình", "tổ chức", "cơ quan", "ban", "hội", "doanh nghiệp", "cơ quan ngang bộ", "cơ quan thuộc",
        "thôn", "tổ dân phố", "khu phố", "ấp", "xóm",   // "Các cơ quan, đơn vị, tổ dân phố"
    ])

    // MARK: Matching

    /// Heads and titles as words, listed under their first word (in their lists' order): a token is
    /// compared with the few that begin with it, and no phrase is split at every token.
    private static let headWords = byFirstWord(AgencyReader.heads)
    private static let titleWords = byFirstWord(titles)

    private static func byFirstWord(_ phrases: [String]) -> [String: [[String]]] {
        var table: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            if let first = words.first { table[first, default: []].append(words) }
        }
        return table
    }

    /// Do the tokens from `i` on read `words`, with no punctuation among them?
    private static func starts(_ t: [Token], _ i: Int, with words: [String]) -> Bool {
        guard i + words.count <= t.count else { return false }
        for (k, word) in words.enumerated() where t[i + k].isPunctuation || t[i + k].lower != word { return false }
        return true
    }

    private static func phrase(_ t: [Token], _ i: Int, _ n: Int) -> String? {
        guard i + n <= t.count, !t[i..<(i + n)].contains(where: \.isPunctuation) else { return nil }
        return t[i..<(i + n)].map(\.lower).joined(separator: " ")
    }

    /// Length of the longest phrase of `set` at `i` (0: none); `upTo` words at most.
    private static func match(_ set: PhraseSet, _ t: [Token], _ i: Int, upTo: Int = 4) -> Int {
        // Only the lengths of the phrases that open with this word are tried, longest first.
        guard i < t.count, let lengths = set.lengths[t[i].lower] else { return 0 }
        for n in lengths where n <= upTo {
            if let p = phrase(t, i, n), set.phrases.contains(p) { return n }
        }
        return 0
    }

    /// Phrases (words one space apart) and, for each first word, the word counts of its phrases, longest
    /// first: a match joins only the phrases that can be in the set (it joined and hashed four before).
    struct PhraseSet: Sendable {
        let phrases: Set<String>
        let lengths: [String: [Int]]

        init(_ phrases: Set<String>) {
            self.phrases = phrases
            var lengths: [String: Set<Int>] = [:]
            for phrase in phrases {
                let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
                lengths[String(words[0]), default: []].insert(words.count)
            }
            self.lengths = lengths.mapValues { $0.sorted(by: >) }
        }
    }

    private static let predicatePhrases = PhraseSet(predicates)
    private static let capitalPredicatePhrases = PhraseSet(capitalPredicates)
    private static let innerPhrases = PhraseSet(inner)
    private static let commaFieldPhrases = PhraseSet(commaFields)
    private static let placePhrases = PhraseSet(placeWords)
    private static let collectivePhrases = PhraseSet(collectiveWords)

    /// Does a predicate begin at `i`?
    static func predicate(_ t: [Token], _ i: Int) -> Bool {
        guard i < t.count, !t[i].isPunctuation else { return false }
        if Text.startsWithLowercaseLetter(t[i].text) { return match(predicatePhrases, t, i) > 0 }
        guard t[i].isMixedCase, match(capitalPredicatePhrases, t, i) > 0 else { return false }
        return i == 0 || !headLastWords.contains(t[i - 1].lower)
    }

    /// Length of an official's title at `i` followed by a body ("Giám đốc Sở …", "Chủ tịch UBND …").
    static func title(_ t: [Token], _ i: Int, in text: Substring) -> Int {
        // "đồng chí Bộ trưởng Bộ Xây dựng".
        if phrase(t, i, 2) == "đồng chí" { let n = title(t, i + 2, in: text); return n > 0 ? n + 2 : 0 }
        guard i < t.count, let candidates = titleWords[t[i].lower] else { return 0 }
        for words in candidates {
            let n = words.count
            guard i + n < t.count, starts(t, i, with: words) else { continue }
            // "Bộ trưởng Bộ Tư pháp": what follows must be a body (possibly a collective).
            if AgencyReader.beginsWithAgency(text[t[i + n].start...]) { return n }
        }
        return 0
    }

    /// Length of the head noun at `i`.
    private static func head(_ t: [Token], _ i: Int) -> Int {
        var best = 0
        guard i < t.count, let candidates = headWords[t[i].lower] else { return 0 }
        for words in candidates where words.count > best && starts(t, i, with: words) { best = words.count }
        return best
    }

    /// Is `t[i]` an acronym that names a body by itself ("BHXH", "UBND")?
    private static func acronym(_ t: [Token], _ i: Int) -> Bool {
        guard i < t.count, !t[i].isPunctuation else { return false }
        let w = t[i].text
        return w.count >= 2 && Text.isAllCaps(w) && w.contains(where: \.isLetter)
    }

    /// Does a body (or an official) begin at `i`?
    static func beginsBody(_ t: [Token], _ i: Int, in text: Substring) -> Bool {
        guard i < t.count, !t[i].isPunctuation else { return false }
        if title(t, i, in: text) > 0 { return true }
        return AgencyReader.beginsWithAgency(text[t[i].start...])
    }

    /// Index of the first token after the name that starts at token `start`.
    static func nameEnd(_ t: [Token], from start: Int, in text: Substring) -> Int {
        var i = start
        var collective = false
        if i < t.count, t[i].lower == "các" || t[i].lower == "những" { i += 1; collective = true }
        guard i < t.count else { return start }
        var h = max(head(t, i), acronym(t, i) ? 1 : 0)
        if collective { h = max(h, match(collectivePhrases, t, i)) }
        guard h > 0 || collective else { return start }
        i += max(h, 1)
        // Lower-case words a name may still take here: the field after a head that is often written
        // in lower case ("Đài phát thanh", "Liên đoàn lao động", "các cơ sở giáo dục") or the second
        // syllable of a capitalised word ("Xây dựng").
        // A collective takes a longer description: "các đơn vị cấp nước sạch trên địa bàn".
        var allowance = collective ? 4 : 2
        var places = false
        while i < t.count {
            let w = t[i]
            if w.isPunctuation {
                switch w.lower {
                case ",":
                    guard i + 1 < t.count, !t[i + 1].isPunctuation else { return i }
                    let next = t[i + 1]
                    // "các sở, ban, ngành cấp tỉnh", "Các đoàn thể, tổ chức xã hội".
                    if Text.startsWithLowercaseLetter(next.text),
                       collective && match(collectivePhrases, t, i + 1) > 0 || places && match(placePhrases, t, i + 1) > 0 { i += 1; continue }
                    if beginsBodyAt(t, i + 1, in: text) || predicate(t, i + 1) { return i }
                    // "Sở Văn hóa, Thể thao và Du lịch": the field goes on in capitals.
                    if next.isMixedCase, !acronym(t, i + 1) { i += 1; continue }
                    // "các sở, ban, ngành", "UBND các xã, phường, đặc khu".
                    if collective && match(collectivePhrases, t, i + 1) > 0 || places && match(placePhrases, t, i + 1) > 0 { i += 1; continue }
                    if match(commaFieldPhrases, t, i + 1) > 0 { i += 1; continue }
                    return i
                case "-", "–":
                    guard i + 1 < t.count, !t[i + 1].isPunctuation else { return i }
                    // "Sở Tài chính - Cơ quan thường trực …": a second description, not the name.
                    // "Phòng Văn hóa - Xã hội": a field ("xã hội") that opens with a collective word ("xã") goes on.
                    let collectiveAfter = match(collectivePhrases, t, i + 1)
                    if t[i + 1].isCapitalized, collectiveAfter > 0 && match(innerPhrases, t, i + 1) <= collectiveAfter
                        || beginsBodyAt(t, i + 1, in: text) { return i }
                    if t[i + 1].isCapitalized || match(innerPhrases, t, i + 1) > 0 { i += 1; continue }
                    // "Hội đồng thi đua - khen thưởng tỉnh": a field in two halves, closed by its place.
                    let n = wordsToPlace(t, from: i + 1, predicates: true)
                    if n > 0 { i += 1 + n; places = true; allowance = 0; continue }
                    return i
                default:
                    return i
                }
            }
            // "Các đoàn thể, tổ chức xã hội": a collective word after the comma is no predicate.
            if collective, i > 0, t[i - 1].lower == ",", match(collectivePhrases, t, i) > 0 {
                i += match(collectivePhrases, t, i); continue
            }
            // "Phòng Giáo dục mầm non - Giáo dục thường xuyên": a field of its own, not an adverb.
            if i >= 2, t[i - 2].lower == "giáo", t[i - 1].lower == "dục", phrase(t, i, 2) == "thường xuyên" { i += 2; continue }
            // "Trung tâm Dịch vụ tổng hợp xã": every commune's service centre since 2025.
            if i >= 2, t[i - 2].lower == "dịch", t[i - 1].lower == "vụ", phrase(t, i, 2) == "tổng hợp" { i += 2; allowance = 0; continue }
            if predicate(t, i) {
                let n = match(predicatePhrases, t, i)
                if n == 0 { return trimmed(t, start, i) }
                // "Trung tâm Trợ giúp": one syllable after a capitalised one is its word's second half, unless that
                // one ends a proper name of capitalised syllables past the head: "tỉnh Thanh Hóa | cần nỗ lực".
                if n == 1, allowance > 0, i > 0, t[i - 1].isMixedCase, !(i - 2 > start && t[i - 2].isCapitalized) {
                    allowance -= 1; i += 1; continue
                }
                // "Ban Quản lý các dự án xây dựng": a field noun that ends the text is no predicate.
                if !places, fieldNouns.contains(phrase(t, i, n) ?? ""), i + n == t.count || [";", ".", ")"].contains(t[i + n].lower) {
                    i += n; allowance = 0; continue
                }
                return trimmed(t, start, i)
            }
            if w.lower == "và" {
                guard i + 1 < t.count, !t[i + 1].isPunctuation else { return i }
                // "Giáo dục và Đào tạo"; "và các Ban …", "và Ủy ban …" begin the next body.
                if t[i + 1].isMixedCase, !beginsBodyAt(t, i + 1, in: text), !predicate(t, i + 1) { i += 1; allowance = 1; continue }
                // "Văn phòng HĐND và UBND huyện" is one office serving both councils.
                if servesBoth(t, from: start, and: i + 1) { i += 1; continue }
                if collective, Text.startsWithLowercaseLetter(t[i + 1].text), match(collectivePhrases, t, i + 1) > 0 { i += 1; continue }
                // "Trung tâm Xúc tiến đầu tư, thương mại và du lịch".
                if match(commaFieldPhrases, t, i + 1) > 0 { i += 1; continue }
                return i
            }
            if w.lower == "các" || w.lower == "những" {
                // "UBND các xã", "Ban Quản lý các dự án …".
                if i + 1 < t.count, match(innerPhrases, t, i + 1) > 0 || match(collectivePhrases, t, i + 1) > 0
                    || allowance > 0 && !predicate(t, i + 1) && !t[i + 1].isPunctuation {
                    places = places || match(placePhrases, t, i + 1) > 0
                    i += 1; allowance = max(allowance, 1); continue
                }
                return i
            }
            if w.isCapitalized {
                i += 1
                allowance = w.isMixedCase ? 1 : 0
                continue
            }
            var n = match(innerPhrases, t, i, upTo: 5)   // "khoa học và công nghệ"
            // "UBND tỉnh ủy quyền cho …": the "ủy" of "ủy quyền" is no party committee ("Tỉnh ủy").
            if n > 1, ["ủy", "uỷ"].contains(t[i + n - 1].lower), i + n < t.count, delegations.contains(t[i + n].lower) { n -= 1 }
            if n > 0 {
                let inner = phrase(t, i, n) ?? ""
                // "các sở, ban, ngành, địa phương liên quan | đầu tư xây dựng …": "liên quan" closes a name; only
                // where the bodies are ("trên địa bàn", "cấp tỉnh", "thuộc …") may follow it.
                if i > start, t[i - 1].lower == "quan", i > start + 1, t[i - 2].lower == "liên", !afterRelated.contains(inner) {
                    return trimmed(t, start, i)
                }
                if placeWords.contains(inner) { places = true }
                i += n
                allowance = 0
                continue
            }
            if allowance > 0 { allowance -= 1; i += 1; continue }
            // "Hội đồng xét tặng giải thưởng tỉnh tổ chức …": a longer field in lower case, closed by its place.
            let run = wordsToPlace(t, from: i, predicates: false)
            if run > 0 { i += run; places = true; continue }
            return trimmed(t, start, i)
        }
        return trimmed(t, start, i)
    }

    /// How many words from `from`, at most three and then a place word ("tỉnh", "huyện"), go on a name
    /// whose lower-case words ran past their allowance; 0 when no place closes them within reach, or
    /// when a lower-case word follows the place (the words were a predicate's object). `predicates`: whether
    /// the words may look like predicates ("khen thưởng" after a dash).
    private static func wordsToPlace(_ t: [Token], from: Int, predicates: Bool) -> Int {
        var j = from
        while j < t.count, j - from <= 3, !t[j].isPunctuation, Text.startsWithLowercaseLetter(t[j].text) {
            let place = match(placePhrases, t, j)
            if place > 0, j > from {
                let k = j + place
                let closes = k == t.count || t[k].isPunctuation || t[k].isCapitalized || t[k].lower == "và" || predicate(t, k)
                return closes ? k - from : 0
            }
            if !predicates, predicate(t, j) { return 0 }
            j += 1
        }
        return 0
    }

    /// What may follow "liên quan" in a name: where the bodies are, not what they do.
    private static let afterRelated: Set<String> = placeWords.union([
        "trên địa bàn", "thuộc", "trực thuộc", "cấp tỉnh", "cấp thành phố", "cấp huyện", "cấp quận", "cấp xã", "cấp phường",
        "cấp cơ sở", "các cấp", "cấp trung ương", "trung ương", "địa phương",
    ])

    /// Words that cannot end a name: "… thuộc", "… của", "… và".
    private static let dangling: Set<String> = ["thuộc", "trực thuộc", "của", "và", "các", "những", "với", ",", "-"]

    private static func trimmed(_ t: [Token], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start + 1, dangling.contains(t[e - 1].lower) || t[e - 1].lower == "-" {
            // "Các chi bộ trực thuộc": "trực thuộc" ends a name well; a bare "thuộc" or "của" does not.
            if t[e - 1].lower == "thuộc", e - 2 > start, t[e - 2].lower == "trực" { break }
            e -= 1
        }
        return e
    }

    private static func beginsBodyAt(_ t: [Token], _ i: Int, in text: Substring) -> Bool {
        guard i < t.count, !t[i].isPunctuation else { return false }
        if acronym(t, i) { return true }
        if title(t, i, in: text) > 0 { return true }
        return AgencyReader.beginsWithAgency(text[t[i].start...])
    }

    private static let councils: Set<String> = ["hđnd", "ubnd", "hội đồng nhân dân", "ủy ban nhân dân", "uỷ ban nhân dân",
                                                "đoàn đbqh", "đoàn đại biểu quốc hội"]

    /// "Văn phòng HĐND và UBND": the office named before "và" at `other`.
    private static func servesBoth(_ t: [Token], from start: Int, and other: Int) -> Bool {
        guard phrase(t, start, 2) == "văn phòng", other - 1 > start + 2 else { return false }
        let served = t[(start + 2)..<(other - 1)].map(\.lower).joined(separator: " ")
        return councils.contains(served) && (1...4).contains { councils.contains(phrase(t, other, $0) ?? "") }
    }

    /// Bodies named one after another from the start of `text`, and where their list ends:
    /// "Sở Y tế, Công an tỉnh và các cơ quan liên quan có trách nhiệm …" → three bodies, ending
    /// before "có". A colon after a collective introduces its members: "các Tập đoàn: Điện lực Việt
    /// Nam, Dầu khí Việt Nam" → Tập đoàn Điện lực Việt Nam, Tập đoàn Dầu khí Việt Nam.
    /// `semicolons`: whether ";" separates bodies (lists in cells and parentheses) or ends the list.
    static func list(_ text: Substring, semicolons: Bool = false) -> (agencies: [Agency], end: String.Index)? {
        let t = tokens(text)
        var agencies: [Agency] = []
        var i = 0
        var end = text.startIndex
        while i < t.count {
            let titled = title(t, i, in: text)
            let bodyStart = i + titled
            guard titled > 0 || beginsBody(t, i, in: text) else { break }
            let e = nameEnd(t, from: bodyStart, in: text)
            guard e > bodyStart else { break }
            let name = String(text[t[bodyStart].start..<t[e - 1].end])
            let written = String(text[t[i].start..<t[e - 1].end])
            var next = e
            if e + 1 < t.count, t[e].lower == ":", name.lowercased().contains("các "), let (members, after) = members(t, from: e + 1, in: text) {
                let singular = collectiveBase(name)
                for member in members {
                    let full = singular + " " + member
                    agencies.append(Agency(name: AgencyNames.canonical(full), text: full))
                }
                next = after
            } else {
                agencies.append(Agency(name: AgencyNames.canonical(name), text: written))
            }
            end = t[next - 1].end
            // A separator and another body, or the list is over.
            guard next < t.count else { break }
            var k = next
            if t[k].lower == "," || semicolons && t[k].lower == ";" { k += 1 }
            if k < t.count, t[k].lower == "và" || t[k].lower == "cùng" { k += 1 }
            guard k > next, k < t.count, beginsBody(t, k, in: text) else { break }
            i = k
        }
        return agencies.isEmpty ? nil : (agencies, end)
    }

    /// "Các Bộ, cơ quan" → "Bộ"; "Ủy ban nhân dân các xã" → "Ủy ban nhân dân xã".
    private static func collectiveBase(_ name: String) -> String {
        var base = name
        if let comma = base.firstIndex(of: ",") { base = String(base[..<comma]) }
        let words = base.split(separator: " ").filter { $0.lowercased() != "các" && $0.lowercased() != "những" }
        return Casing.capitalizedFirst(words.joined(separator: " "))
    }

    /// The glossary's names that hold a comma ("Sở Văn hóa, Thể thao và Du lịch").
    private static let commaNames = Set(AgencyGlossary.expansions.values.filter { $0.containsByte(0x2C) })

    /// Members after a colon: capitalised names split at ",", each at most one lower-case syllable
    /// per capitalised one; names that hold a comma themselves ("Văn hóa, Thể thao và Du lịch") are
    /// taken from the glossary. nil when what follows is a duty, not names ("Vận động đoàn viên").
    private static func members(_ t: [Token], from start: Int, in text: Substring) -> ([String], Int)? {
        var members: [String] = []
        var i = start
        while i < t.count {
            // "Căn cứ chức năng …" after the colon is a duty; "Xây dựng" among members is a ministry.
            guard t[i].isMixedCase || t[i].isCapitalized, members.count > 0 || !predicate(t, i) else { return nil }
            let first = i
            var allowance = 0
            while i < t.count {
                let w = t[i]
                if w.lower == "-" || w.lower == "–" { i += 1; continue }
                if w.isPunctuation { break }
                if w.lower == "và", i + 1 < t.count, t[i + 1].isMixedCase { i += 1; continue }
                if w.isCapitalized { allowance = w.isMixedCase ? 1 : 0; i += 1; continue }
                if predicate(t, i) { break }
                if allowance > 0 { allowance = 0; i += 1; continue }
                let n = match(innerPhrases, t, i)
                if n > 0 { i += n; continue }
                break
            }
            guard i > first else { return nil }
            members.append(String(text[t[first].start..<t[i - 1].end]))
            if i < t.count, t[i].lower == ",", i + 1 < t.count, t[i + 1].isCapitalized, !beginsBodyAt(t, i + 1, in: text) { i += 1; continue }
            // The list ends at punctuation, the end, or a predicate.
            if i < t.count, !t[i].isPunctuation, !predicate(t, i) { return nil }
            break
        }
        guard !members.isEmpty else { return nil }
        // Rejoin "Văn hóa", "Thể thao và Du lịch" when the glossary knows the name with its comma.
        var joined: [String] = []
        var k = 0
        while k < members.count {
            if k + 1 < members.count, commaNames.contains(members[k] + ", " + members[k + 1]) {
                joined.append(members[k] + ", " + members[k + 1]); k += 2
            } else {
                joined.append(members[k]); k += 1
            }
        }
        return (joined, i)
    }

    /// The name of the body a piece of a list names, without the predicate that follows it and with
    /// an official standing for their body: "Giám đốc Sở Xây dựng chủ trì" → ("Sở Xây dựng", "Giám
    /// đốc Sở Xây dựng"). nil when the piece does not begin with a body.
    static func trim(_ piece: String) -> (name: String, text: String)? {
        let s = piece[...]
        let t = tokens(s)
        guard !t.isEmpty else { return nil }
        let titled = title(t, 0, in: s)
        guard titled > 0 || beginsBody(t, 0, in: s) else { return nil }
        let e = nameEnd(t, from: titled, in: s)
        guard e > titled else { return nil }
        return (String(s[t[titled].start..<t[e - 1].end]), String(s[t[0].start..<t[e - 1].end]))
    }
}
