/// One word, number or symbol of a text, with its place. The three readers of this folder (references,
/// abbreviations, targets) share this scan, `WordScanner`'s tokens (the deadline grammar reads them too).
struct ScanToken: Sendable {
    typealias Kind = WordToken.Kind
    /// Byte offsets in the text's UTF-8 (`ScanText.range(_:_:)` makes them indices when a reader needs them).
    var start: Int
    var end: Int
    /// The key's bytes in one integer, first byte lowest, for keys of one to eight bytes (every word the
    /// readers look up by its key); 0 for longer keys (`PackedKey`).
    var packed: UInt64
    /// Where `ScanText.longKeys` holds the key when `packed` does not tell it (over eight bytes, or a last
    /// byte NUL: "a" and "a\0" pack alike); -1 for the others. An index, not a string: a token holds no
    /// reference, so reading one retains nothing and a text's tokens are freed in one block.
    var long: Int32
    var kind: Kind
    /// Whitespace (any, line breaks included) stands before it.
    var spaced: Bool
    /// The first letter is upper case ("Kế", "UBND", "TTg").
    var capitalized: Bool
    /// Every letter is upper case ("KH", "BGDĐT"): the letters of a document symbol or an abbreviation.
    var allCaps: Bool

    /// The word whose key is `packed` (`PackedKey.of`, a key of one to eight bytes without a last NUL).
    @inline(__always)
    func isWord(packed key: UInt64) -> Bool { kind == .word && long < 0 && packed == key }
}

/// `ScanText("Chỉ thị 35/CT-TTg")` → words "chi", "thi", number "35", symbol "/", words "ct", symbol "-", word "ttg".
struct ScanText: Sendable {
    let text: String
    let tokens: [ScanToken]
    /// The keys that `packed` does not tell (`ScanToken.long`).
    let longKeys: [String]
    /// A token that may start or mark a citation stands in the text (`ReferenceReader.mayCite`), told as
    /// the text is scanned.
    let mayCite: Bool

    init(_ text: String) {
        self.text = text
        (tokens, longKeys, mayCite) = ScanText.scan(text)
    }

    var count: Int { tokens.count }
    subscript(i: Int) -> ScanToken { tokens[i] }

    /// Words: folded lower case without diacritics ("Thành uỷ" → "thanh", "uy"); numbers: the digits; symbols:
    /// the character. Made when asked (from `packed`, a string that needs no heap): the readers ask for few
    /// of them, since most texts cite nothing and words are looked up by `packed`.
    func key(_ i: Int) -> String {
        let token = tokens[i]
        return token.long >= 0 ? longKeys[Int(token.long)] : PackedKey.string(token.packed)
    }

    /// The folded key of the word at `i`, or nil (outside the text, or not a word).
    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? key(i) : nil }
    /// A word stands at `i` (its key is not made).
    func isAnyWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isWord(_ i: Int, _ key: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word && hasKey(i, key) }
    /// The word at `i` as written, in lower case: for the few words whose folded keys collide ("tại"/"tai nạn",
    /// "có"/"cơ quan", "từ"/"tự").
    func written(_ i: Int) -> String? { isAnyWord(i) ? Casing.lowercased(source(i)) : nil }
    /// Token `i` as written.
    func source(_ i: Int) -> Substring { text[range(i, i)] }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    func isSymbol(_ i: Int, _ s: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && hasKey(i, s)
    }

    /// `key(i) == key`, without making the token's key: a packed key is compared with the other's packing
    /// (equal packings are equal keys of one to eight bytes; a longer key packs to 0, which no packed key is).
    private func hasKey(_ i: Int, _ key: String) -> Bool {
        let token = tokens[i]
        return token.long >= 0 ? longKeys[Int(token.long)] == key : PackedKey.of(key) == token.packed
    }
    /// Token `i` follows token `i - 1` with no space between ("KH" in "122/KH").
    func tight(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].spaced }
    func value(_ i: Int) -> Int? { isNumber(i) && key(i).utf8.count <= 9 ? Int(key(i)) : nil }

    /// The text of tokens `a...b` as written, whitespace runs (hard wraps) collapsed to one space.
    func slice(_ a: Int, _ b: Int) -> String {
        ScanText.collapse(text[range(a, b)])
    }
    /// From the start of token `a` to the end of token `b`.
    func range(_ a: Int, _ b: Int) -> Range<String.Index> {
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: tokens[a].start)..<utf8.index(utf8.startIndex, offsetBy: tokens[b].end)
    }

    static func collapse(_ s: Substring) -> String { CellText.collapse(s) }

    // MARK: scanning

    /// `WordScanner`'s tokens with their packed keys, the keys too long to pack, and whether one may cite.
    private static func scan(_ text: String) -> ([ScanToken], [String], Bool) {
        var tokens: [ScanToken] = []
        var longKeys: [String] = []
        // Room for a token every three bytes (words of Vietnamese text are two to seven bytes with their
        // space; numbers and signs are denser): growing the array cost one more allocation in three texts.
        tokens.reserveCapacity(text.utf8.count / 3 + 2)
        var mayCite = false
        var previous: UInt64 = 0
        WordScanner.scan(text, otherLetters: .words) { token, key in
            let exact = PackedKey.exact(key)
            let packed = exact ?? 0
            var long: Int32 = -1
            if exact == nil {
                long = Int32(truncatingIfNeeded: longKeys.count)
                longKeys.append(String(decoding: key, as: UTF8.self))
            }
            tokens.append(ScanToken(start: token.start, end: token.end, packed: packed, long: long, kind: token.kind,
                                    spaced: token.spaced, capitalized: token.capitalized, allCaps: token.allCaps))
            if !mayCite { mayCite = ReferenceReader.mayCite(token.kind, packed, after: previous) }
            previous = token.kind == .word ? packed : 0
        }
        return (tokens, longKeys, mayCite)
    }
}

/// A key of one to eight bytes as one integer, its first byte lowest: words are looked up and compared
/// as integers, without hashing or comparing strings. 0 stands for no key (empty or longer).
enum PackedKey {
    @inline(__always)
    static func of(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard key.count <= 8 else { return 0 }
        var value: UInt64 = 0
        for k in 0..<key.count { value |= UInt64(key[k]) << (8 * UInt64(k)) }
        return value
    }

    /// The packed key when it tells `key` whole (one to eight bytes, the last no NUL: "a" and "a\0" pack
    /// alike), else nil: such a key is kept as a string beside the tokens.
    @inline(__always)
    static func exact(_ key: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let packed = of(key)
        return packed != 0 && key[key.count - 1] != 0 ? packed : nil
    }

    static func of(_ key: String) -> UInt64 {
        withUTF8Bytes(key) { of($0) }   // in place: `withUTF8` would copy the string (a retain and a release)
    }

    /// The key that `packed` holds (not 0): a string of at most eight bytes, which Swift keeps without a heap block.
    static func string(_ packed: UInt64) -> String {
        let count = (64 - packed.leadingZeroBitCount + 7) / 8
        return withUnsafeBytes(of: packed.littleEndian) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
    }

    /// A small open-addressing table from packed keys to values, filled once: a lookup is a multiply and
    /// a compare or two.
    struct Table<Value: Sendable>: Sendable {
        private var keys: [UInt64]
        private var values: [Value?]
        private let shift: UInt64

        init(_ entries: [(key: String, value: Value)]) {
            var bits: UInt64 = 4
            while 1 << bits < 2 * max(1, entries.count) { bits += 1 }
            shift = 64 - bits
            keys = [UInt64](repeating: 0, count: 1 << bits)
            values = [Value?](repeating: nil, count: 1 << bits)
            for (key, value) in entries {
                let packed = PackedKey.of(key)
                precondition(packed != 0, "a table key of one to eight bytes: \(key)")
                var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while keys[slot] != 0 && keys[slot] != packed { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = packed
                values[slot] = value
            }
        }

        /// Whether `packed` is a key of the table (its value not read: nothing retained).
        @inline(__always)
        func contains(packed: UInt64) -> Bool {
            guard packed != 0 else { return false }
            return keys.withUnsafeBufferPointer { keys in
                var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while true {
                    let key = keys[slot]
                    if key == packed { return true }
                    if key == 0 { return false }
                    slot = (slot + 1) & (keys.count - 1)
                }
            }
        }

        @inline(__always)
        subscript(packed packed: UInt64) -> Value? {
            guard packed != 0 else { return nil }
            var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let key = keys[slot]
                if key == packed { return values[slot] }
                if key == 0 { return nil }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
    }
}
