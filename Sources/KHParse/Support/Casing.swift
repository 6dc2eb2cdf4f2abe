/// Sentence case for text set in capitals by the layout: "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" →
/// "Ủy ban nhân dân thành phố Hải Phòng", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
enum Casing {
    /// Words after which a place name follows (title-cased).
    private static let placeUnits: [[String]] = [["thanh", "pho"], ["tinh"], ["huyen"], ["quan"], ["thi", "xa"], ["thi", "tran"], ["xa"], ["phuong"], ["dac", "khu"]]
    /// Head nouns whose next word begins the body's proper name.
    private static let namedHeads: Set<String> = ["so", "bo", "cuc", "phong", "ban", "vu", "vien", "truong", "dai", "hoi", "tong cuc"]
    /// Titles capitalized inside a position ("Phó Chủ tịch", "Phó Giám đốc").
    private static let titles: [[String]] = [["chu", "tich"], ["giam", "doc"], ["bi", "thu"], ["truong", "ban"], ["chanh", "van", "phong"],
                                             ["thu", "tuong"], ["bo", "truong"], ["truong", "phong"], ["hieu", "truong"], ["vien", "truong"],
                                             ["cuc", "truong"], ["tong", "giam", "doc"], ["chanh", "an"]]

    static func capitalizedFirst<S: StringProtocol>(_ word: S) -> String {
        guard let first = word.first else { return "" }
        return String(first).uppercased() + word.dropFirst()
    }

    /// Leaves mixed-case text alone; only all-caps text is recased.
    static func sentence(_ text: String) -> String {
        guard Text.isAllCaps(text) else { return text }
        let words = text.split(separator: " ").map { $0.lowercased() }
        let keys = words.map { Fold.key($0) }
        var out = words
        var i = 0
        var capitalizeRest = false
        while i < out.count {
            // Abbreviations such as "TM." and "KT." keep their capitals.
            let original = text.split(separator: " ")[i]
            if original.hasSuffix("."), original.dropLast().count <= 4, original.dropLast().allSatisfy(\.isLetter) {
                out[i] = String(original)
                i += 1
                continue
            }
            if i == 0 || capitalizeRest || (i > 0 && out[i - 1].hasSuffix(".") && out[i - 1].count <= 5) {
                out[i] = capitalizedFirst(out[i])
            }
            // "SỞ TƯ PHÁP" → "Sở Tư pháp", "BAN CHỈ ĐẠO" → "Ban Chỉ đạo": a body's name after its head
            // noun starts with a capital, unless a place follows ("CÔNG AN TỈNH" → "Công an tỉnh").
            if i == 0, namedHeads.contains(keys[i]), i + 1 < out.count, !placeUnits.contains(where: { matches(keys, at: i + 1, $0) }),
               !(keys[i] == "ban" && i > 0 && keys[i - 1] == "uy") {
                out[i + 1] = capitalizedFirst(out[i + 1])
            }
            if let unit = placeUnits.first(where: { matches(keys, at: i, $0) }) {
                i += unit.count
                capitalizeRest = true
                continue
            }
            if let title = titles.first(where: { matches(keys, at: i, $0) }) {
                out[i] = capitalizedFirst(out[i])
                i += title.count
                continue
            }
            i += 1
        }
        return out.joined(separator: " ")
    }

    private static func matches(_ keys: [String], at index: Int, _ words: [String]) -> Bool {
        guard index + words.count <= keys.count else { return false }
        return zip(keys[index..<(index + words.count)], words).allSatisfy { $0 == $1 }
    }
}
