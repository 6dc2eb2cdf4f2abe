/// The pieces after a type word: number ("số 08-CT/TU"), date (", ngày 04/3/2026"), issuer ("của Ban Bí thư"),
/// the name of a law ("Giao thông đường bộ"). Each takes a token index and returns the index after what it read.
enum ReferenceParts {
    /// Words (lower case, as written) that end an issuer: prepositions, links and the verbs that follow a citation.
    static let stopWords: Set<String> = [
        "về", "để", "nhằm", "đã", "được", "theo", "trong", "tại", "đến", "cho", "với", "thì", "là", "có", "khi", "sau",
        "trước", "ngày", "này", "do", "mà", "như", "từ", "gửi", "số", "của", "và", "năm", "đối", "hiện", "xây", "thực",
        "triển", "hướng", "phê", "tăng", "yêu", "phối", "tham", "quy", "sửa", "ký", "đang", "sẽ", "nay",
    ]
    /// Words that end a law's name ("Luật Ngân sách nhà nước và …", "Luật này").
    static let nameStops: Set<String> = [
        "và", "năm", "số", "ngày", "của", "về", "để", "đã", "được", "trong", "tại", "theo", "cho", "đối", "với", "khi",
        "này", "hiện", "như", "thì", "là", "có", "sửa", "sẽ", "đang", "mà", "do", "nhằm", "hoặc", "cùng", "nay",
        "một", "đến", "từ", "trước", "sau",
    ]

    /// "số 122 /KH-UBND" → "122/KH-UBND"; "08-CT/TU", "100/2019/NĐ-CP", "23/2008/QH12". Without "số" the number must
    /// carry letters (a symbol), so "Kế hoạch 2 năm" is no citation.
    static func number(_ s: ScanText, at start: Int) -> (text: String, end: Int)? {
        var k = start
        var said = false
        if s.isWord(k, "so") {
            said = true
            k += 1
            if s.isSymbol(k, ":") { k += 1 }
        }
        guard s.isNumber(k) else { return nil }
        var text = s.key(k)
        var end = k + 1
        var letters = false
        while end < s.count {
            let t = s[end]
            if t.kind == .symbol, isPart(s, end + 1) {
                // "/" may stand between spaces ("122 /KH-UBND"); "-", "&", "." only inside the symbol.
                let sign = s.key(end)
                let ok = sign == "/" || (["-", "&", "."].contains(sign) && s.tight(end) && s.tight(end + 1)
                                         && (sign == "-" || letters))
                guard ok else { break }
                text += sign + s.source(end + 1)
                letters = letters || s[end + 1].kind == .word
                end += 2
            } else if t.kind != .symbol, letters, s.tight(end), isPart(s, end) {
                text += s.source(end)          // "QH" + "12"
                end += 1
            } else {
                break
            }
        }
        guard said || letters else { return nil }
        return (text, end)
    }

    /// A number, or the capitalized letters of a document symbol ("KH", "CTrPH", "TTg", "NĐ").
    private static func isPart(_ s: ScanText, _ i: Int) -> Bool {
        s.isNumber(i) || (s.isAnyWord(i) && s[i].capitalized)
    }

    /// "(,) (ban hành|ký) ngày 24/3/2023", "ngày 10 / 4 /2026", "ngày 15 tháng 5 năm 2025".
    static func dated(_ s: ScanText, at start: Int) -> (date: CivilDate, end: Int)? {
        var j = start
        if s.isSymbol(j, ",") { j += 1 }
        if s.isWord(j, "ban"), s.isWord(j + 1, "hanh") { j += 2 } else if s.isWord(j, "ky") { j += 1 }
        guard s.isWord(j, "ngay") else { return nil }
        return date(s, at: j + 1)
    }

    static func date(_ s: ScanText, at j: Int) -> (date: CivilDate, end: Int)? {
        guard let d = s.value(j) else { return nil }
        if s.isWord(j + 1, "thang"), let m = s.value(j + 2), s.isWord(j + 3, "nam"), let y = s.value(j + 4),
           s.key(j + 4).count == 4, let date = CivilDate(year: y, month: m, day: d) {
            return (date, j + 5)
        }
        for sep in ["/", "-", "."] where s.isSymbol(j + 1, sep) && s.isSymbol(j + 3, sep) {
            // Spaces around "/" are common in typed documents ("10 / 4 /2026"); "-" and "." must be tight.
            if sep != "/" && !(s.tight(j + 1) && s.tight(j + 2) && s.tight(j + 3) && s.tight(j + 4)) { continue }
            guard let m = s.value(j + 2), let y = s.value(j + 4), s.key(j + 4).count == 4,
                  let date = CivilDate(year: y, month: m, day: d) else { return nil }
            return (date, j + 5)
        }
        return nil
    }

    /// The issuer after "của"/"giữa": "UBND tỉnh Bắc Ninh", "Bộ Công an và Bộ Giáo dục và Đào tạo", "Ban Thường vụ
    /// Thành uỷ". Ends at punctuation, at a stop word ("về", "để" …), at "và" + a lower-case word, and after a place
    /// name at the next lower-case word ("UBND tỉnh xây dựng …" → "UBND tỉnh"). Returns the index after the last word.
    static func issuer(_ s: ScanText, at start: Int) -> Int? {
        // A body's name starts with a capital ("UBND", "Ban", "Bộ"); "của mình", "của cơ quan" name none.
        guard s.isAnyWord(start), s[start].capitalized else { return nil }
        var j = start
        var last = -1
        var words = 0
        var place = 0          // 0: none yet, 1: just read a place unit ("tỉnh"), 2: inside its name ("Bắc Ninh")
        while j < s.count, words < 14 {
            let t = s[j]
            if t.kind == .symbol {
                // "HĐND-UBND", "KH&CN": joined names.
                if (s.key(j) == "-" || s.key(j) == "&"), last == j - 1, s.tight(j), s.tight(j + 1), s.isAnyWord(j + 1) {
                    j += 1
                    continue
                }
                break
            }
            guard t.kind == .word else { break }
            let w = s.key(j)
            if w == "va" {
                guard words > 0, s.isAnyWord(j + 1), s[j + 1].capitalized else { break }
                j += 1
                continue
            }
            if !t.capitalized {
                if place == 2 || stopWords.contains(s.written(j) ?? "") || (w == "ban" && s.isWord(j + 1, "hanh")) { break }
            }
            if let unit = placeUnit(s, at: j) {
                place = 1
                words += unit
                j += unit
                last = j - 1
                continue
            }
            if place >= 1 {
                guard t.capitalized else { break }
                place = 2
            }
            words += 1
            last = j
            j += 1
        }
        return last >= start ? last + 1 : nil
    }

    /// "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "đặc khu" (not "Tỉnh ủy"): its word count.
    private static func placeUnit(_ s: ScanText, at j: Int) -> Int? {
        guard let w = s.word(j) else { return nil }
        let n: Int
        switch w {
        case "tinh", "huyen", "xa", "phuong", "quan": n = 1
        case "thanh" where s.isWord(j + 1, "pho"): n = 2
        case "thi" where s.isWord(j + 1, "xa") || s.isWord(j + 1, "tran"): n = 2
        case "dac" where s.isWord(j + 1, "khu"): n = 2
        default: return nil
        }
        if s.isWord(j + n, "uy") { return nil }
        // The folded key joins "quận" with "quan" ("cơ quan", "Hải quan"): the written word decides.
        if w == "quan" || w == "xa" {
            let written = Casing.lowercased(s.source(j))
            if written != (w == "quan" ? "quận" : "xã") { return nil }
        }
        return n
    }

    /// The name of a law: "Giao thông đường bộ", "Ngân sách nhà nước" (up to 12 words, ending at a stop word or
    /// punctuation). Returns the index after the name; nil for "Luật này", "Luật hiện hành".
    /// Law names pair their words with a comma ("Phòng, chống thiên tai", "Phòng cháy, chữa cháy và cứu nạn,
    /// cứu hộ", "Trật tự, an toàn giao thông", "Quản lý, sử dụng tài sản công") and join fields with "và"
    /// ("Khoa học và Công nghệ"): a comma inside such a pair, and "và" before a capital or such a pair's word, do
    /// not end it. "và Điều 77", "và Luật Nhà ở", "và Sở Y tế", ", chống lấn chiếm" after "Đất đai" do.
    static func lawName(_ s: ScanText, at start: Int) -> Int? {
        // "Luật sư" (a lawyer), "Luật pháp" (the law), "Luật hóa" (to make law), "Luật gia", "Luật mới": no law's name.
        if let first = s.written(start), notNames.contains(first) { return nil }
        var j = start
        var words = 0
        while j < s.count, words < 12 {
            if let w = s.written(j), !nameStops.contains(w) || s[j].capitalized {
                j += 1
                words += 1
            } else if j > start, s.isSymbol(j, ","), pairs(s, j - 1, j + 1), !s[j + 1].capitalized {
                j += 1
            } else if j > start, s.isWord(j, "va"), s.isAnyWord(j + 1), s[j + 1].capitalized || pairs(s, nil, j + 1),
                      DocumentType.head(s, at: j + 1) == nil, !s.isNumber(j + 2),
                      !AgencyReader.beginsWithAgency(s.text[s.range(j + 1, j + 1).lowerBound...]) {
                j += 1
            } else {
                break
            }
        }
        return j > start ? j : nil
    }

    /// The name read by `lawName` ends where a name ends: at the text's end, a sign, or a word that follows
    /// a law's name ("ngày", "số", "năm", "của", "và Luật …"). Names that run into prose ("Luật Bảo hiểm xã
    /// hội nếu đăng ký tham gia") end elsewhere, and are not told apart by their words.
    static func lawNameCloses(_ s: ScanText, at end: Int) -> Bool {
        guard end < s.count, s.isAnyWord(end) else { return true }
        if s.isWord(end, "ngay") || s.isWord(end, "so") || s.isWord(end, "nam") || s.isWord(end, "cua") { return true }
        return (s.isWord(end, "va") || s.isWord(end, "hoac")) && DocumentType.head(s, at: end + 1) != nil
    }

    /// Words `before` and `j` pair inside a law's name ("Phòng, chống", "cháy, chữa cháy", "nạn, cứu hộ", "đổi, bổ
    /// sung", "tự, an toàn", "lý, sử dụng", "nại, tố cáo", "học, công nghệ"); `before` nil: after "và" ("Bảo vệ và
    /// kiểm dịch", "chữa cháy và cứu nạn", "Khoa học và công nghệ", "Phòng cháy và chữa cháy").
    private static func pairs(_ s: ScanText, _ before: Int?, _ j: Int) -> Bool {
        guard let w = s.written(j) else { return false }
        for (first, second, previous) in pairedWords where w == first {
            if let second, s.written(j + 1) != second { continue }
            guard let before else {
                if previous == nil { return true }
                continue
            }
            if let previous, s.written(before) == previous { return true }
        }
        return false
    }

    private static let notNames: Set<String> = ["sư", "pháp", "gia", "mới", "áp", "hóa", "hoá", "lệ"]

    /// A pair's second word, the word after it (nil: any) and the word before the comma.
    private static let pairedWords: [(String, String?, String?)] = [
        ("chống", nil, "phòng"), ("chữa", "cháy", "cháy"), ("chữa", "bệnh", "bệnh"), ("cứu", "hộ", "nạn"),
        ("bổ", "sung", "đổi"), ("an", "toàn", "tự"), ("sử", "dụng", "lý"), ("tố", "cáo", "nại"), ("công", "nghệ", "học"),
        ("kiểm", "dịch", nil), ("cứu", "nạn", nil), ("công", "nghệ", nil), ("chữa", "cháy", nil),
    ]
}
