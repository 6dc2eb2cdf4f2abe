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
            var reader = Reader(bytes: bytes, otherLetters: otherLetters, first: first.baseAddress!, capacity: first.count)
            reader.read(body)
            reader.release()
        }
    }

    /// One scan's state: a struct whose methods take the caller's `body`, not nested functions that
    /// capture it (those the compiler may box, checking exclusive access at every byte).
    private struct Reader {
        typealias Body = (WordToken, UnsafeBufferPointer<UInt8>) -> Void
        let bytes: UnsafeBufferPointer<UInt8>
        let otherLetters: OtherLetters
        let table = LetterTable.shared
        /// The key of the token being read: `first` (the stack) until it outgrows it.
        let first: UnsafeMutablePointer<UInt8>
        var key: UnsafeMutablePointer<UInt8>
        var keyCount = 0
        var keyCapacity: Int
        var i = 0
        var spaced = true
        /// A word or number is being read (`run`): its fields, kept apart from an optional token so that a
        /// letter costs a compare or two.
        var open = false
        var run = WordToken(kind: .word, start: 0, end: 0, spaced: true)
        var upper = 0, lower = 0

        init(bytes: UnsafeBufferPointer<UInt8>, otherLetters: OtherLetters, first: UnsafeMutablePointer<UInt8>, capacity: Int) {
            self.bytes = bytes
            self.otherLetters = otherLetters
            self.first = first
            key = first
            keyCapacity = capacity
        }

        func release() { if key != first { key.deallocate() } }

        /// Room in the key for `more` bytes.
        mutating func reserve(_ more: Int) {
            guard keyCount + more > keyCapacity else { return }
            var capacity = 2 * keyCapacity
            while keyCount + more > capacity { capacity *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: key, count: keyCount)
            release()
            key = larger
            keyCapacity = capacity
        }

        mutating func flush(_ end: Int, _ body: Body) {
            guard open else { return }
            run.end = end
            if run.kind == .word { run.allCaps = upper > 0 && lower == 0 }
            body(run, UnsafeBufferPointer(start: key, count: keyCount))
            open = false
            keyCount = 0
            spaced = false
        }

        /// A `kind` token goes on at `start`, or opens there.
        mutating func goOn(_ kind: WordToken.Kind, at start: Int, _ body: Body) {
            guard !open || run.kind != kind else { return }
            flush(start, body)
            run = WordToken(kind: kind, start: start, end: start, spaced: spaced)
            open = true
            upper = 0
            lower = 0
        }

        mutating func sign(_ v: UInt32, from start: Int, to end: Int, _ body: Body) {
            flush(start, body)
            let token = WordToken(kind: .symbol, start: start, end: end, spaced: spaced, scalar: v)
            body(token, UnsafeBufferPointer(rebasing: bytes[start..<end]))
            // A control character is junk between tokens: it stands for no sign, so the next token keeps the
            // space before it (the deadline grammar drops these tokens).
            if v >= 0x20 { spaced = false }
        }

        /// The letters of a word from `i` on, the first at `i` (`isUpper`): ASCII letters, letters of the
        /// table and the marks and invisible characters among them, in one loop with the key's length and
        /// the case counts in locals (most of a text's bytes are words'). Stops at any other character.
        mutating func readWord(isUpper: Bool, _ body: Body) {
            goOn(.word, at: i, body)
            if upper + lower == 0 { run.capitalized = isUpper }
            var count = keyCount, up = upper, low = lower
            var j = i
            while j < bytes.count {
                let c = bytes[j]
                if c < 0x80 {
                    guard c | 0x20 &- 0x61 < 26 else { break }
                    if count == keyCapacity { keyCount = count; reserve(1) }
                    key[count] = c | 0x20
                    count += 1
                    if c < 0x61 { up += 1 } else { low += 1 }
                    j += 1
                    continue
                }
                let (v, width) = decode(bytes, at: j)
                if let fold = table.fold(v) {
                    if count + 4 > keyCapacity { keyCount = count; reserve(4) }
                    var folded = fold.packed
                    for _ in 0..<Int(fold.count) { key[count] = UInt8(truncatingIfNeeded: folded); count += 1; folded >>= 8 }
                    if fold.upper { up += 1 } else { low += 1 }
                } else if !isIgnorable(v) {
                    break
                }
                j += width
            }
            keyCount = count
            upper = up
            lower = low
            i = j
        }

        /// The digits from `i` on.
        mutating func readNumber(_ body: Body) {
            goOn(.number, at: i, body)
            var j = i
            var value = run.value, digits = run.digits
            while j < bytes.count, bytes[j] &- 0x30 < 10 {
                if digits < 9 { value = value * 10 + Int(bytes[j] &- 0x30) }
                digits += 1
                j += 1
            }
            run.value = value
            run.digits = digits
            reserve(j - i)
            (key + keyCount).update(from: bytes.baseAddress! + i, count: j - i)
            keyCount += j - i
            i = j
        }

        mutating func read(_ body: Body) {
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b | 0x20 &- 0x61 < 26 {
                        readWord(isUpper: b < 0x61, body)
                    } else if b &- 0x30 < 10 {
                        readNumber(body)
                    } else if b == 0x20 || b &- 0x09 < 5 {
                        flush(i, body)
                        spaced = true
                        i += 1
                    } else {
                        sign(UInt32(b), from: i, to: i + 1, body)   // signs, and control characters (junk ends a word)
                        i += 1
                    }
                    continue
                }
                let (v, width) = decode(bytes, at: i)
                if let fold = table.fold(v) {
                    readWord(isUpper: fold.upper, body)
                    continue
                }
                let start = i
                i += width
                if isIgnorable(v) { continue }
                if isSpace(v) { flush(start, body); spaced = true; continue }
                let scalar = Unicode.Scalar(v)!
                if otherLetters == .words, scalar.properties.isAlphabetic {
                    // A letter of another script, lower-cased: the word goes on or opens.
                    let isUpper = scalar.properties.isUppercase
                    goOn(.word, at: start, body)
                    if upper + lower == 0 { run.capitalized = isUpper }
                    if isUpper { upper += 1 } else { lower += 1 }
                    let lowered = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
                    let utf8 = String(lowered).utf8
                    reserve(utf8.count)
                    for byte in utf8 { key[keyCount] = byte; keyCount += 1 }
                    continue
                }
                sign(v, from: start, to: i, body)
            }
            flush(bytes.count, body)
        }
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
