/// The header block of an administrative document (Nghị định 30/2020/NĐ-CP): issuer, quốc hiệu
/// and tiêu ngữ, số/ký hiệu, địa danh and date, tên loại, trích yếu. Reads only what stands at the
/// top, in that order; the first line that is none of these starts the body.
struct HeaderReader {
    struct Result {
        var document = DocumentInfo()
        /// Index of the first token of the body.
        var bodyStart = 0
        var dropped: [DroppedText] = []
        var found = false
        /// Where the trích yếu stands, for references cited in it.
        var titleLines: LineRange?
    }

    /// Document types, folded, with their sentence-case form.
    static let types: [(String, String)] = [
        ("ke hoach", "Kế hoạch"), ("chuong trinh", "Chương trình"), ("chi thi", "Chỉ thị"), ("thong bao", "Thông báo"),
        ("de an", "Đề án"), ("phuong an", "Phương án"), ("quyet dinh", "Quyết định"), ("nghi quyet", "Nghị quyết"),
        ("bao cao", "Báo cáo"), ("to trinh", "Tờ trình"), ("huong dan", "Hướng dẫn"), ("cong van", "Công văn"),
        ("nghi dinh", "Nghị định"), ("thong tu", "Thông tư"), ("luat", "Luật"), ("quy che", "Quy chế"), ("quy dinh", "Quy định"),
    ]

    /// Openings of the first body paragraph, which end a wrapped trích yếu.
    static let bodyOpenings = ["can cu", "thuc hien", "de ", "nham ", "theo ", "trien khai", "tiep tuc", "qua "]

    func read(_ tokens: [LineToken]) -> Result {
        var result = Result()
        var issuerLines: [String] = []
        var index = 0
        var sawType = false
        scan: while index < tokens.count, index < 80 {
            let token = tokens[index]
            let text = token.line.text
            if text.isEmpty { index += 1; continue }
            let key = Fold.key(text)
            let lines = LineRange(line: token.line.number)
            if key.hasPrefix("cong hoa xa hoi chu nghia viet nam") || key.hasPrefix("doc lap - tu do - hanh phuc")
                || key.hasPrefix("doc lap-tu do-hanh phuc") || key.hasPrefix("doc lap – tu do – hanh phuc") {
                result.dropped.append(DroppedText(text: text, reason: .boilerplate, lines: lines))
            } else if let number = Self.number(text, key: key) {
                result.document.number = number
            } else if let (place, date) = Self.placeAndDate(text, key: key) {
                result.document.place = place
                result.document.issued = date
            } else if let type = Self.types.first(where: { key == $0.0 || key.hasPrefix($0.0 + " ") && Text.isAllCaps(text) }), Text.isAllCaps(text) {
                result.document.type = type.1
                sawType = true
                index += 1
                break scan
            } else if Text.isAllCaps(text), result.document.number == nil, result.document.place == nil, issuerLines.count < 4,
                      !text.contains(".") || text.count > 6 {
                issuerLines.append(text)
            } else {
                break scan
            }
            index += 1
        }
        guard sawType || result.document.number != nil || result.document.issued != nil else {
            return Result()   // no header: the body starts at the top
        }
        result.found = true
        if !issuerLines.isEmpty { result.document.issuer = Casing.issuer(issuerLines.joined(separator: " ")) }
        if sawType {
            // The trích yếu: the lines after the type, up to the first body paragraph.
            var title: [String] = []
            var blanks = 0
            while index < tokens.count {
                let token = tokens[index]
                if token.line.isBlank {
                    blanks += 1
                    if blanks > 2 && !title.isEmpty { break }
                    index += 1
                    continue
                }
                guard case .text = token.kind else { break }
                let text = token.line.text
                if let last = title.last {
                    // "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" above a decision's preamble is no part of it.
                    if Text.isAllCaps(text) && !Text.isAllCaps(last) { break }
                    let key = Fold.key(text)
                    if Self.bodyOpenings.contains(where: { key.hasPrefix($0) }) || Text.endsClause(last) && !Text.startsLowercase(text) { break }
                    if !Text.startsLowercase(text) && last.count > 120 { break }
                }
                title.append(text)
                result.titleLines = result.titleLines.union(LineRange(line: token.line.number))
                blanks = 0
                index += 1
            }
            if !title.isEmpty { result.document.title = title.reduce("") { Text.join($0, $1) } }
        }
        result.bodyStart = index
        return result
    }

    /// "Số: 122 /KH-UBND" → "122/KH-UBND".
    static func number(_ text: String, key: String) -> String? {
        guard key.hasPrefix("so:") || key.hasPrefix("so :") else { return nil }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = text[text.index(after: colon)...].filter { $0 != " " && $0 != "\t" }
        return value.isEmpty ? nil : String(value)
    }

    /// "Hải Phòng, ngày 10 tháng 4 năm 2026" → ("Hải Phòng", 2026-04-10). The date may be blank
    /// in a draft ("ngày … tháng … năm 2026"): the place is still read.
    static func placeAndDate(_ text: String, key: String) -> (String, CivilDate?)? {
        guard let comma = text.firstIndex(of: ","), key.contains(", ngay") else { return nil }
        let place = String(text[..<comma]).trimmingCharacters()
        guard !place.isEmpty, place.split(separator: " ").count <= 6 else { return nil }
        let rest = Fold.key(text[text.index(after: comma)...])
        var numbers: [Int] = []
        var words: [String] = []
        for piece in rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }) {
            if let n = Int(piece) { numbers.append(n) } else { words.append(String(piece)) }
        }
        guard words.first == "ngay" else { return nil }
        var date: CivilDate?
        if numbers.count == 3 { date = CivilDate(year: numbers[2], month: numbers[1], day: numbers[0]) }
        return (place, date)
    }
}

extension Casing {
    /// "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" → "Ủy ban nhân dân thành phố Hải Phòng".
    static func issuer(_ text: String) -> String { sentence(text) }
}

extension String {
    func trimmingCharacters() -> String { String(trimmingSpaces()) }
}
