/// One word, number or symbol of a text, with its place. The three readers of this folder (references,
/// abbreviations, targets) share this scan: one linear pass, no regular expressions.
struct ScanToken: Sendable {
    enum Kind: Sendable { case word, number, symbol }
    var kind: Kind
    var range: Range<String.Index>
    /// Words: folded lower case without diacritics ("Thành uỷ" → "thanh", "uy"); numbers: the digits; symbols: the character.
    var key: String
    /// Whitespace (any, line breaks included) stands before it.
    var spaced: Bool
    /// The first letter is upper case ("Kế", "UBND", "TTg").
    var capitalized: Bool
    /// Every letter is upper case ("KH", "BGDĐT"): the letters of a document symbol or an abbreviation.
    var allCaps: Bool
}

/// `ScanText("Chỉ thị 35/CT-TTg")` → words "chi", "thi", number "35", symbol "/", words "ct", symbol "-", word "ttg".
struct ScanText: Sendable {
    let text: String
    let tokens: [ScanToken]

    init(_ text: String) {
        self.text = text
        tokens = ScanText.scan(text)
    }

    var count: Int { tokens.count }
    subscript(i: Int) -> ScanToken { tokens[i] }

    /// The folded key of the word at `i`, or nil (outside the text, or not a word).
    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].key : nil }
    func isWord(_ i: Int, _ key: String) -> Bool { word(i) == key }
    /// The word at `i` as written, in lower case: for the few words whose folded keys collide ("tại"/"tai nạn",
    /// "có"/"cơ quan", "từ"/"tự").
    func written(_ i: Int) -> String? { word(i) != nil ? text[tokens[i].range].lowercased() : nil }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    func isSymbol(_ i: Int, _ s: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].key == s
    }
    /// Token `i` follows token `i - 1` with no space between ("KH" in "122/KH").
    func tight(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].spaced }
    func value(_ i: Int) -> Int? { isNumber(i) && tokens[i].key.utf8.count <= 9 ? Int(tokens[i].key) : nil }

    /// The text of tokens `a...b` as written, whitespace runs (hard wraps) collapsed to one space.
    func slice(_ a: Int, _ b: Int) -> String {
        ScanText.collapse(text[tokens[a].range.lowerBound..<tokens[b].range.upperBound])
    }
    func range(_ a: Int, _ b: Int) -> Range<String.Index> { tokens[a].range.lowerBound..<tokens[b].range.upperBound }

    static func collapse(_ s: Substring) -> String { CellText.collapse(s) }

    // MARK: scanning

    /// One pass over the UTF-8 bytes: scalars decoded in place, keys folded into one reused buffer, each token's
    /// place kept as byte offsets and turned into `String.Index` (constant time on native strings).
    private static func scan(_ text: String) -> [ScanToken] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ scan($0, in: text) }) { return tokens }
        var copy = text
        copy.makeContiguousUTF8()   // bridged or foreign text: one copy, same offsets
        return copy.utf8.withContiguousStorageIfAvailable { scan($0, in: text) } ?? []
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in text: String) -> [ScanToken] {
        var tokens: [ScanToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var key: [UInt8] = []
        key.reserveCapacity(32)
        let n = bytes.count
        var i = 0
        var spaced = true
        while i < n {
            let (s, width) = scalar(bytes, at: i)
            if isSpace(s) { spaced = true; i += width; continue }
            let start = i
            if s.value >= 0x30 && s.value <= 0x39 {
                while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                tokens.append(ScanToken(kind: .number, range: index(start)..<index(i),
                                        key: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self),
                                        spaced: spaced, capitalized: false, allCaps: false))
            } else if isLetter(s) {
                key.removeAll(keepingCapacity: true)
                var upper = 0, lower = 0, first: Bool?
                var c = s, w = width
                while true {
                    if let (folded, isUpper) = fold(c) {
                        if folded.value < 0x80 { key.append(UInt8(folded.value)) } else { key.append(contentsOf: String(folded).utf8) }
                        if isUpper { upper += 1 } else { lower += 1 }
                        if first == nil { first = isUpper }
                    }
                    i += w
                    guard i < n else { break }
                    (c, w) = scalar(bytes, at: i)
                    guard isLetter(c) else { break }
                }
                tokens.append(ScanToken(kind: .word, range: index(start)..<index(i), key: String(decoding: key, as: UTF8.self),
                                        spaced: spaced, capitalized: first ?? false, allCaps: upper > 0 && lower == 0))
            } else {
                i += width
                tokens.append(ScanToken(kind: .symbol, range: index(start)..<index(i),
                                        key: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self),
                                        spaced: spaced, capitalized: false, allCaps: false))
            }
            spaced = false
        }
        return tokens
    }

    /// The scalar whose UTF-8 starts at `i` and its width in bytes (the text is valid UTF-8: it is a `String`).
    @inline(__always)
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        if lead < 0xE0 { return (Unicode.Scalar((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))!, 2) }
        if lead < 0xF0 {
            return (Unicode.Scalar((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))!, 3)
        }
        return (Unicode.Scalar((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                               | UInt32(b[i + 3] & 0x3F))!, 4)
    }

    @inline(__always)
    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if letter(v) != nil || (0x300...0x36F).contains(v) { return true }
        return s.properties.isAlphabetic
    }

    /// The folded letter and whether it was upper case; nil for a combining mark (it adds nothing to the key).
    @inline(__always)
    private static func fold(_ s: Unicode.Scalar) -> (Unicode.Scalar, Bool)? {
        let v = s.value
        if v < 0x80 {
            let upper = v >= 0x41 && v <= 0x5A
            return (Unicode.Scalar(upper ? v + 0x20 : v)!, upper)
        }
        if (0x300...0x36F).contains(v) { return nil }
        if let f = letter(v) { return f }
        let lowered = s.properties.lowercaseMapping.unicodeScalars.first ?? s
        return (lowered, s.properties.isUppercase)
    }

    /// Vietnamese letters with diacritics → base letter, upper case flag ("Ế" → ("e", true), "đ" → ("d", false)).
    @inline(__always)
    private static func letter(_ v: UInt32) -> (Unicode.Scalar, Bool)? {
        guard v >= letterBase, v < letterBase + UInt32(letters.count) else { return nil }
        let entry = letters[Int(v - letterBase)]
        return entry == 0 ? nil : (Unicode.Scalar(UInt8(entry >> 1)), entry & 1 == 1)
    }

    /// Indexed by scalar − `letterBase`: the base letter's ASCII code shifted left once, plus 1 for upper
    /// case; 0 where there is no Vietnamese letter. An array, not a dictionary: the scan asks once a letter.
    private static let letterBase: UInt32 = 0xC0
    private static let letters: [UInt16] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáảãạăằắẳẵặâầấẩẫậ", "a"), ("èéẻẽẹêềếểễệ", "e"), ("ìíỉĩị", "i"),
            ("òóỏõọôồốổỗộơờớởỡợ", "o"), ("ùúủũụưừứửữự", "u"), ("ỳýỷỹỵ", "y"), ("đ", "d"),
        ]
        var table = [UInt16](repeating: 0, count: 0x1F00 - Int(letterBase))
        for (chars, base) in groups {
            for c in chars.unicodeScalars {
                table[Int(c.value - letterBase)] = UInt16(base.value) << 1
                for u in c.properties.uppercaseMapping.unicodeScalars { table[Int(u.value - letterBase)] = UInt16(base.value) << 1 | 1 }
            }
        }
        return table
    }()
}
