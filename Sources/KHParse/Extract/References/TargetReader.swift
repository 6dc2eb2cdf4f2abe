/// Finds the measurable commitments of a task: percentages with what they measure and counts of things.
///
/// `TargetReader.find(in: "Quý III/2023 hoàn thành 70% số đơn vị cấp xã; thực hiện kiểm tra ít nhất 02 lần/tháng")`
/// → `Target(text: "70% số đơn vị cấp xã", percent: 70)`, `Target(text: "ít nhất 02 lần/tháng", percent: nil)`.
///
/// A percentage is a number + "%" and the noun phrase after it (up to 8 words, ending at punctuation or a verb or
/// preposition). A count is a number + a countable unit from `units` ("03 mô hình điểm", "01 đơn vị"), so dates,
/// years, durations ("06 tháng"), road numbers ("Quốc lộ 5") and numbering ("1.1") are never targets.
/// "ít nhất", "tối thiểu", "tối đa", "không dưới/quá" and "đạt" before the number belong to the target.
enum TargetReader {
    static func find(in text: String) -> [Target] {
        guard text.containsDigit else { return [] }   // no digit, no target
        let s = ScanText(text)
        var found: [Target] = []
        var i = 0
        while i < s.count {
            guard s.isNumber(i), !insideCompound(s, i), let (target, next) = percent(s, at: i) ?? count(s, at: i) else {
                i += 1
                continue
            }
            found.append(target)
            i = next
        }
        return found
    }

    /// "12" in "30/12/2022", "1.1", "12-NQ": the later pieces of a date, a numbering or a symbol.
    private static func insideCompound(_ s: ScanText, _ i: Int) -> Bool {
        guard s.tight(i), i >= 2, s[i - 1].kind == .symbol, ["/", ".", "-", ",", "–"].contains(s.key(i - 1)) else { return false }
        return s.tight(i - 1) && (s.isNumber(i - 2) || (s.isAnyWord(i - 2) && s[i - 2].allCaps))
    }

    // MARK: percentages

    private static func percent(_ s: ScanText, at i: Int) -> (Target, Int)? {
        var j = i + 1
        var digits = s.key(i)
        // "99,5%", "12.5%": a decimal fraction.
        if (s.isSymbol(j, ",") || s.isSymbol(j, ".")), s.tight(j), s.isNumber(j + 1), s.tight(j + 1), s.isSymbol(j + 2, "%") {
            digits += "." + s.key(j + 1)
            j += 2
        }
        guard s.isSymbol(j, "%"), let value = Double(digits) else { return nil }
        let end = phraseEnd(s, from: j + 1) ?? j
        return (Target(text: s.slice(prefixStart(s, i), end), percent: value), end + 1)
    }

    // MARK: counts

    /// Countable units, folded: "lần", "mô hình", "đơn vị" … (time units are durations, not counts).
    static let units: [[String]] = [
        "lan", "luot", "mo hinh", "don vi", "cuoc", "buoi", "lop", "dot", "tuyen", "diem", "xa", "phuong", "truong",
        "hoi nghi", "camera", "km", "nguoi", "can bo", "hoc vien", "hoc sinh", "doanh nghiep", "phuong tien", "xe",
        "chuong trinh", "bai", "tin", "phong su", "co so", "ho", "khu", "cum", "cong trinh", "du an", "san pham",
        "de tai", "tap the", "ca nhan", "tram", "chuyen de", "chuyen muc", "video", "pano", "bang ron", "tieu chi",
        "nhiem vu", "van ban", "vu", "doi tuong", "hoi vien", "doan vien", "to cong tac", "to tu quan", "doi hinh",
        "nut giao", "diem den", "cau", "ky", "phien", "hoi thi", "hoi thao", "to roi", "an pham", "cuon",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Words right before a number that make it a name or a date, not a count: "Quốc lộ 5", "Quý 2", "Điều 3".
    private static let namingWords: Set<String> = ["lo", "quy", "thang", "ngay", "nam", "so", "dieu", "khoan", "muc", "luc", "thu",
                                                   "ql", "dt", "tl", "duong", "gio", "tuan", "phu", "chuong", "phan"]

    private static func count(_ s: ScanText, at i: Int) -> (Target, Int)? {
        if let before = s.word(i - 1), namingWords.contains(before) { return nil }
        var j = i + 1
        // "1.000 người": thousands groups.
        while s.isSymbol(j, "."), s.tight(j), s.isNumber(j + 1), s.tight(j + 1), s.key(j + 1).count == 3 { j += 2 }
        if s.tight(j), s[j].kind == .symbol, ["/", ".", "-", ","].contains(s.key(j)), s.isNumber(j + 1) { return nil }
        guard let unit = unit(s, at: j) else { return nil }
        var last = unit - 1
        // "lần/tháng", "lần / năm": a frequency closes the count.
        if s.isSymbol(unit, "/"), let w = s.word(unit + 1), ["thang", "nam", "tuan", "quy", "ngay", "ky"].contains(w) {
            last = unit + 1
        } else if let end = phraseEnd(s, from: unit, maxWords: 4) {
            last = end
        }
        return (Target(text: s.slice(prefixStart(s, i), last), percent: nil), last + 1)
    }

    /// The index after a unit starting at `j`, written in lower case ("Tổ chức" opening a table cell is no count).
    private static func unit(_ s: ScanText, at j: Int) -> Int? {
        guard s.isAnyWord(j), !s[j].capitalized || s[j].allCaps else { return nil }
        var best: Int?
        for u in units where u.enumerated().allSatisfy({ s.isWord(j + $0.offset, $0.element) }) {
            best = max(best ?? 0, j + u.count)
        }
        // "xã hội" is society, not communes: "2 xã hội" is a page number before the next line.
        if best == j + 1, s.isWord(j, "xa"), s.isWord(j + 1, "hoi") { return nil }
        return best
    }

    // MARK: shared

    /// "ít nhất 02", "tối thiểu 30%", "đạt 50%", "đạt trên 90%": where the target text starts.
    private static func prefixStart(_ s: ScanText, _ i: Int) -> Int {
        var start = i
        switch (s.word(i - 2), s.word(i - 1)) {
        case ("it", "nhat"), ("toi", "thieu"), ("toi", "da"), ("khong", "duoi"), ("khong", "qua"): start = i - 2
        case (_, "tren"), (_, "duoi"), (_, "hon"): if isDat(s, i - 2) { start = i - 2 }
        default: break
        }
        if isDat(s, start - 1) { start -= 1 }
        return start
    }

    /// "đạt" (not "đất", which folds alike).
    private static func isDat(_ s: ScanText, _ i: Int) -> Bool {
        s.isWord(i, "dat") && s.source(i).lowercased() == "đạt"
    }

    /// Words (lower case, as written) that end the noun phrase after a number: verbs, prepositions, links.
    private static let phraseStops: Set<String> = [
        "được", "trong", "tại", "theo", "để", "nhằm", "vào", "từ", "khi", "đã", "sẽ", "phải", "với", "và", "đáp",
        "thực", "ký", "chấp", "hoàn", "có", "là", "trở", "đến", "cho", "về", "trên", "ở", "hoặc", "nhưng", "mà", "thì",
        "sau", "trước", "qua", "bằng", "kịp", "đạt", "giảm", "tăng", "gồm", "bao",
    ]

    /// The last token of the noun phrase starting at `j` (nil when it has no word): at most `maxWords` words,
    /// ending before punctuation, a stop word, "hàng năm/tháng", "so với", a number or a capitalized word after the first.
    private static func phraseEnd(_ s: ScanText, from j: Int, maxWords: Int = 8) -> Int? {
        var k = j
        var last: Int?
        while k < s.count, k - j < maxWords, let w = s.word(k) {
            if phraseStops.contains(s.written(k) ?? "") { break }
            // "lao động học và thi …": "học" is the verb here, unlike "học sinh", "học viên".
            if s.written(k) == "học", !s.isWord(k + 1, "sinh"), !s.isWord(k + 1, "vien") { break }
            if w == "hang", let next = s.word(k + 1), ["nam", "thang", "quy", "tuan", "ngay"].contains(next) { break }
            if w == "so", s.isWord(k + 1, "voi") { break }
            if k > j, s[k].capitalized, !s[k].allCaps { break }
            last = k
            k += 1
        }
        return last
    }
}
