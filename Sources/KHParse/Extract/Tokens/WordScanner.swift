/// One token of a text as the Extract readers see it: a word, a number or a sign, found by `WordScanner`.
struct WordToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }

    var kind: Kind
    /// Byte offsets of the token in the text's UTF-8 (combining marks and invisible characters inside it
    /// included).
    var start: Int
    var end: Int
    /// Whitespace (or the text's start) stands before it.
    var spaced: Bool
    /// Words: the first letter is upper case ("Kế", "UBND").
    var capitalized = false
    /// Words: every letter that has a case is upper case ("KH", "BGDĐT").
    var allCaps = false
    /// Numbers: the value of the first nine digits (junk digits never overflow), and how many digits.
    var value = 0
    var digits = 0
    /// Signs: the character.
    var scalar: UInt32 = 0
}

/// The one tokenizer of the Extract stage: deadlines (`DeadlineScanner`) and references, abbreviations and
/// targets (`ScanText`) read its tokens. One pass over the UTF-8 bytes; each token comes with its key, built
/// in one reused buffer:
///
/// - a word is a run of letters; its key is the folded letters ("Thành uỷ" → "thanh", "uy"; "QUÝ" → "quy"),
///   from one table of the Latin letters (ICU's own fold); a letter of another script is either a letter,
///   lower-cased, or a sign (`OtherLetters`);
/// - a number is a run of ASCII digits, its key the digits;
/// - any other character but a space is a sign, its key the character as written (a control character too:
///   junk between two words keeps them apart, but does not take the place of a space);
/// - combining marks and invisible characters (soft hyphen, zero-width joiners and spaces) belong to the
///   token they stand in, and add nothing to its key.
///
/// `WordScanner.scan("Chỉ thị 35/CT-TTg")` → words "chi", "thi", number "35", sign "/", word "ct", sign "-", word "ttg".
enum WordScanner {
    /// What a letter of another script than Latin is.
    enum OtherLetters {
        /// A letter of the word it stands in, lower-cased in the key: the look-alikes that copied document
        /// symbols hold ("66/NQ-СР" with a Cyrillic СР) stay one symbol.
        case words
        /// A sign: the deadline grammar's words are Vietnamese.
        case signs
    }

    static func scan(_ text: String, otherLetters: OtherLetters, _ body: (WordToken, _ key: UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable({ scan($0, otherLetters, body) }) != nil { return }
        var copy = text
        copy.makeContiguousUTF8()   // bridged or foreign text: one copy, same offsets
        _ = copy.utf8.withContiguousStorageIfAvailable { scan($0, otherLetters, body) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ otherLetters: OtherLetters,
                             _ body: (WordToken, UnsafeBufferPointer<UInt8>) -> Void) {
        // The key of the token being read, in one buffer for all of them (an array checked that it was
        // its own at every byte): on the stack, and on the heap only for a token of over 64 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { first in
            scan(bytes, otherLetters, key: first.baseAddress!, body)
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ otherLetters: OtherLetters, key first: UnsafeMutablePointer<UInt8>,
                             _ body: (WordToken, UnsafeBufferPointer<UInt8>) -> Void) {
        let table = LetterTable.shared
        var keyCapacity = 64
        var key = first
        var keyCount = 0
        defer { if key != first { key.deallocate() } }
        func append(_ byte: UInt8) {
            if keyCount == keyCapacity {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * keyCapacity)
                larger.update(from: key, count: keyCount)
                if key != first { key.deallocate() }
                key = larger
                keyCapacity *= 2
            }
            key[keyCount] = byte
            keyCount += 1
        }
        let n = bytes.count
        var i = 0
        var spaced = true
        var run: WordToken?          // the word or number being read
        var upper = 0, lower = 0

        func flush(_ end: Int) {
            guard var token = run else { return }
            token.end = end
            if token.kind == .word { token.allCaps = upper > 0 && lower == 0 }
            body(token, UnsafeBufferPointer(start: key, count: keyCount))
            run = nil
            keyCount = 0
            spaced = false
        }
        func open(_ kind: WordToken.Kind, at start: Int) {
            flush(start)
            run = WordToken(kind: kind, start: start, end: start, spaced: spaced)
            upper = 0; lower = 0
        }
        func sign(_ v: UInt32, from start: Int, to end: Int) {
            flush(start)
            let token = WordToken(kind: .symbol, start: start, end: end, spaced: spaced, scalar: v)
            body(token, UnsafeBufferPointer(rebasing: bytes[start..<end]))
            // A control character is junk between tokens: it stands for no sign, so the next token keeps the
            // space before it (the deadline grammar drops these tokens).
            if v >= 0x20 { spaced = false }
        }
        /// A letter at `start`: the word goes on or opens; its fold is for the caller to add to the key.
        func startLetter(isUpper: Bool, at start: Int) {
            if run?.kind != .word { open(.word, at: start) }
            if upper + lower == 0 { run!.capitalized = isUpper }
            if isUpper { upper += 1 } else { lower += 1 }
        }
        /// `folded`: the letter's fold, its first byte lowest (`LetterTable.Entry.packed`).
        func letter(_ folded: UInt32, count: Int, isUpper: Bool, at start: Int) {
            startLetter(isUpper: isUpper, at: start)
            var bytes = folded
            for _ in 0..<count { append(UInt8(truncatingIfNeeded: bytes)); bytes >>= 8 }
        }

        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x30...0x39:
                    if run?.kind != .number { open(.number, at: i) }
                    if run!.digits < 9 { run!.value = run!.value * 10 + Int(b - 0x30) }
                    run!.digits += 1
                    append(b)
                case 0x41...0x5A: letter(UInt32(b | 0x20), count: 1, isUpper: true, at: i)
                case 0x61...0x7A: letter(UInt32(b), count: 1, isUpper: false, at: i)
                case 0x20, 0x09...0x0D: flush(i); spaced = true
                default: sign(UInt32(b), from: i, to: i + 1)   // signs, and control characters (junk ends a word)
                }
                i += 1
                continue
            }
            let (v, width) = decode(bytes, at: i)
            defer { i += width }
            if isIgnorable(v) { continue }
            if isSpace(v) { flush(i); spaced = true; continue }
            if let fold = table.fold(v) {
                letter(fold.packed, count: Int(fold.count), isUpper: fold.upper, at: i)
                continue
            }
            let scalar = Unicode.Scalar(v)!
            if otherLetters == .words, scalar.properties.isAlphabetic {
                let lowered = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
                startLetter(isUpper: scalar.properties.isUppercase, at: i)
                for byte in String(lowered).utf8 { append(byte) }
                continue
            }
            sign(v, from: i, to: i + width)
        }
        flush(n)
    }

    /// The scalar whose UTF-8 starts at `i` and its width (the text is valid UTF-8: it is a `String`).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// Combining marks and the invisible characters normalization removes (`ScalarSteps.isInvisible`, for
    /// text that did not go through it): part of the token they stand in.
    @inline(__always)
    static func isIgnorable(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || Unicode.Scalar(v).map(ScalarSteps.isInvisible) == true
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0xA0 || v == 0x85 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    static func isDash(_ v: UInt32) -> Bool {
        (0x2010...0x2015).contains(v) || v == 0x2212 || v == 0xFE58 || v == 0xFE63 || v == 0xFF0D
    }
}

/// The Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF) → their fold, as ASCII letters
/// ("Ế" → "e", "đ" → "d", "Æ" → "ae"), and whether they are upper case. Filled once from `LatinFolds`
/// (ICU's answer for each letter); an array, not a dictionary: the scan asks once a letter.
struct LetterTable: Sendable {
    /// A fold of at most four ASCII letters (they are one or two: "e", "ae", "ss"), packed so that
    /// reading it retains nothing.
    struct Entry: Sendable {
        /// The letters, the first in the lowest byte.
        var packed: UInt32
        var count: UInt8
        var upper: Bool
    }

    static let shared = LetterTable()
    private static let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
    private let low: [Entry?]
    private let high: [Entry?]

    private init() {
        func fill(_ range: ClosedRange<UInt32>) -> [Entry?] {
            range.map { v in
                guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { return nil }
                let key = Array(Fold.key(String(Character(scalar))).utf8)
                guard !key.isEmpty, key.count <= 4, key.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
                let packed = key.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                return Entry(packed: packed, count: UInt8(key.count), upper: scalar.properties.isUppercase)
            }
        }
        low = fill(Self.ranges[0])
        high = fill(Self.ranges[1])
    }

    @inline(__always)
    func fold(_ v: UInt32) -> Entry? {
        if v >= 0xC0 && v <= 0x24F { return low[Int(v - 0xC0)] }
        if v >= 0x1E00 && v <= 0x1EFF { return high[Int(v - 0x1E00)] }
        return nil
    }
}
