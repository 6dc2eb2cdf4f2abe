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
                                             ["cuc", "truong"], ["tong", "giam", "doc"], ["chanh", "an"], ["chu", "nhiem"],
                                             ["thong", "doc"]]

    static func capitalizedFirst<S: StringProtocol>(_ word: S) -> String {
        guard let first = word.first else { return "" }
        return String(first).uppercased() + word.dropFirst()
    }

    /// Leaves mixed-case text alone; only all-caps text is recased.
    static func sentence(_ text: String) -> String {
        guard Text.isAllCaps(text) else { return text }
        let originals = Text.words(text)   // split once: at each word it cost the square of their number
        let words = originals.map { Casing.lowercased($0) }
        let keys = words.map { Fold.key($0) }
        var out = words
        var i = 0
        var capitalizeRest = false
        // The word after a title may open the body it heads: "PHÓ CHỦ TỊCH ỦY BAN …", "BỘ TRƯỞNG BỘ TÀI CHÍNH".
        var afterTitle = false
        while i < out.count {
            let bodyOpens = i == 0 || afterTitle
            afterTitle = false
            // Abbreviations such as "TM." and "KT." keep their capitals, and so do the glossary's ("UBND", "HĐND").
            let original = originals[i]
            let abbreviation = original.hasSuffix(".") && original.dropLast(1).count <= 4 && original.dropLast(1).allSatisfy(\.isLetter)
                || Self.isSlashed(original)
            if abbreviation || original.utf8.count <= 12 && AgencyGlossary.expansions[String(original)] != nil {
                out[i] = String(original)
                i += 1
                continue
            }
            if i == 0 || capitalizeRest || (i > 0 && (out[i - 1].hasSuffix(".") && out[i - 1].count <= 5 || Self.isSlashed(out[i - 1])))
                || bodyOpens && (namedHeads.contains(keys[i]) || keys[i] == "uy") {
                out[i] = capitalizedFirst(out[i])
            }
            let title = titles.first(where: { matches(keys, at: i, $0) })
            // "SỞ TƯ PHÁP" → "Sở Tư pháp", "BAN CHỈ ĐẠO" → "Ban Chỉ đạo": a body's name after its head
            // noun starts with a capital, unless a place follows ("CÔNG AN TỈNH" → "Công an tỉnh").
            // "BỘ TRƯỞNG", "CỤC TRƯỞNG" are titles, not a body's head noun and name.
            if bodyOpens, title == nil, namedHeads.contains(keys[i]), i + 1 < out.count,
               !placeUnits.contains(where: { matches(keys, at: i + 1, $0) }), !(keys[i] == "ban" && i > 0 && keys[i - 1] == "uy") {
                out[i + 1] = capitalizedFirst(out[i + 1])
            }
            // "TỈNH ỦY GIA LAI" → "Tỉnh ủy Gia Lai", "THÀNH ỦY", "HUYỆN ỦY": a party committee, then its place's name.
            if ["tinh", "thanh", "huyen", "quan"].contains(keys[i]), i + 1 < keys.count, keys[i + 1] == "uy" {
                i += 2
                capitalizeRest = true
                continue
            }
            if let unit = placeUnits.first(where: { matches(keys, at: i, $0) }) {
                i += unit.count
                capitalizeRest = true
                continue
            }
            if let title {
                out[i] = capitalizedFirst(out[i])
                i += title.count
                afterTitle = true
                continue
            }
            i += 1
        }
        properNames(keys, &out)
        return out.joined(separator: " ")
    }

    /// "T/M", "K/T": the party's spelling of "TM.", "KT.", kept in capitals like them.
    private static func isSlashed(_ word: some StringProtocol) -> Bool {
        word.count == 3 && word.utf8.dropFirst().first == 0x2F && word.allSatisfy { $0 == "/" || $0.isUppercase }
    }

    /// Names that keep capitals inside a sentence-cased body, as the state writes them: "VĂN PHÒNG CHÍNH PHỦ" →
    /// "Văn phòng Chính phủ", "BỘ CÔNG THƯƠNG" → "Bộ Công Thương", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Bộ Văn hóa,
    /// Thể thao và Du lịch", "HỘI ĐỒNG NHÂN DÂN" → "Hội đồng nhân dân" (not a head noun "Hội" and a name).
    static let properNameTable: [String] = [
        "Chính phủ", "Quốc hội", "Thường vụ Quốc hội", "Trung ương", "Việt Nam", "Hội đồng nhân dân", "Hội đồng",
        "Công Thương", "Nông nghiệp và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
        "Khoa học và Công nghệ", "Văn hóa, Thể thao và Du lịch", "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội",
        "Thông tin và Truyền thông", "Kế hoạch và Đầu tư", "Dân tộc và Tôn giáo", "Mặt trận Tổ quốc",
    ]

    /// `properNameTable` by its first word's key: each name's words and their keys.
    private static let properNames: [String: [(keys: [String], words: [String])]] = {
        var map: [String: [(keys: [String], words: [String])]] = [:]
        for name in properNameTable {
            let words = name.split(separator: " ").map(String.init)
            let keys = words.map { Fold.key($0) }
            map[keys[0], default: []].append((keys, words))
        }
        for key in map.keys { map[key]!.sort { $0.keys.count > $1.keys.count } }   // the longest name first
        return map
    }()

    /// Writes the names of `properNameTable` where their words stand in `out` (`keys`: the words folded).
    private static func properNames(_ keys: [String], _ out: inout [String]) {
        var i = 0
        while i < keys.count {
            guard let names = properNames[keys[i]], let name = names.first(where: { matches(keys, at: i, $0.keys) }) else { i += 1; continue }
            for k in name.words.indices { out[i + k] = name.words[k] }   // every name opens with a capital
            i += name.words.count
        }
    }

    private static func matches(_ keys: [String], at index: Int, _ words: [String]) -> Bool {
        guard index + words.count <= keys.count else { return false }
        // Word by word, the first one first (a zip of slices cost more than the comparisons).
        for k in words.indices where keys[index + k] != words[k] { return false }
        return true
    }
}

extension Casing {
    /// `String(text).lowercased()`, made on the bytes for the characters of Vietnamese text: ASCII, Latin-1,
    /// ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9 (each capital the scalar before its small letter) and general punctuation,
    /// whose small letters are as long as their capitals. Any other character hands the whole text to the
    /// standard library's full mapping.
    static func lowercased(_ text: some StringProtocol) -> String {
        let lower = withUTF8Bytes(text) { b in
            lowercasingASCII(b, capacity: b.count) { i, out, count in
                guard let small = smallLetter(b, at: i) else { return nil }
                let width = b[i] >= 0xE0 ? 3 : 2
                for k in 0..<width { out[count + k] = b[i + k] }
                out[count + small.at - i] = small.byte
                return (width, width)
            }
        }
        return lower ?? String(text).lowercased()
    }

    /// For the character at `i` (two or three bytes): the byte that differs in its small letter and where it
    /// stands (for a small letter or a sign, its own last byte); nil outside the characters above.
    @inline(__always)
    private static func smallLetter(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (at: Int, byte: UInt8)? {
        let lead = b[i], second = b[i + 1]
        switch lead {
        case 0xC2: return (i + 1, second)                                               // U+0080–U+00BF
        case 0xC3: return (i + 1, second <= 0x9E && second != 0x97 ? second + 0x20 : second)   // À–Þ but ×
        case 0xC4:
            switch second {
            case 0x82, 0x90, 0xA8: return (i + 1, second + 1)                           // Ă Đ Ĩ
            case 0x83, 0x91, 0xA9: return (i + 1, second)
            default: return nil
            }
        case 0xC5:
            switch second {
            case 0xA8: return (i + 1, 0xA9)                                             // Ũ
            case 0xA9: return (i + 1, second)
            default: return nil
            }
        case 0xC6:
            switch second {
            case 0xA0: return (i + 1, 0xA1)                                             // Ơ
            case 0xAF: return (i + 1, 0xB0)                                             // Ư
            case 0xA1, 0xB0: return (i + 1, second)
            default: return nil
            }
        case 0xE1:
            let third = b[i + 2]
            guard second == 0xBA && third >= 0xA0 || second == 0xBB && third <= 0xB9 else { return nil }
            return (i + 2, third & 1 == 0 ? third + 1 : third)                          // Ạ ạ … Ỹ ỹ
        case 0xE2:
            guard second == 0x80 || second == 0x81 && b[i + 2] <= 0xAF else { return nil }
            return (i + 2, b[i + 2])                                                    // U+2000–U+206F
        default: return nil
        }
    }
}
