#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes. Foundation's `contains(_:)` and `range(of:)` bridge through NSString
/// and compare grapheme clusters, which made them the hottest code of the pipeline; every needle here is
/// plain NFC text and every haystack normalized text, so a byte search finds the same places. Native
/// strings hand their bytes over without a copy, and `memchr` finds the candidates.
extension StringProtocol where UTF8View.Index == Index {
    /// The first range where `needle` occurs, searching from `start` (default: the beginning).
    func byteRange(of needle: String, from start: Index? = nil) -> Range<Index>? {
        let bytes = utf8
        let from = start.map { bytes.distance(from: bytes.startIndex, to: $0) } ?? 0
        guard let offset = Self.firstOffset(of: needle, in: bytes, from: from) else { return nil }
        let lower = bytes.index(bytes.startIndex, offsetBy: offset)
        return lower..<bytes.index(lower, offsetBy: needle.utf8.count)
    }

    /// `needle` occurs somewhere in the text (bytes compared, see above).
    func containsBytes(_ needle: String) -> Bool {
        Self.firstOffset(of: needle, in: utf8, from: 0) != nil
    }

    private static func firstOffset(of needle: String, in bytes: UTF8View, from: Int) -> Int? {
        var needle = needle
        let found: Int?? = bytes.withContiguousStorageIfAvailable { hay in
            needle.withUTF8 { n in Self.search(UnsafeBufferPointer(rebasing: hay[from...]), n).map { $0 + from } }
        }
        if let found { return found }
        // Bridged or foreign strings: copy once.
        let copy = Array(bytes)
        return copy.withUnsafeBufferPointer { hay in
            needle.withUTF8 { n in Self.search(UnsafeBufferPointer(rebasing: hay[from...]), n).map { $0 + from } }
        }
    }

    /// `memchr` to each place the needle's first byte stands, `memcmp` for the rest.
    private static func search(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, let h = hay.baseAddress, let n = needle.baseAddress else { return nil }
        let last = hay.count - needle.count
        var i = 0
        while i <= last {
            guard let hit = memchr(h + i, Int32(n[0]), last - i + 1) else { return nil }
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(h)
            if needle.count == 1 || memcmp(h + at + 1, n + 1, needle.count - 1) == 0 { return at }
            i = at + 1
        }
        return nil
    }
}

extension StringProtocol {
    /// A run of `length` (at least 1) ASCII spaces: read in the lanes of eight bytes at a time for runs of up
    /// to eight, then (the last bytes, longer runs) by jumps: the last byte of a candidate run is looked at
    /// first, and the search jumps `length` bytes when it is no space (`containsBytes("     ")` stopped at
    /// every space).
    func containsSpaces(_ length: Int) -> Bool {
        withUTF8Bytes(self) { b in
            let n = b.count
            // A run of three or more holds two spaces at an even offset: a text without such a pair (most
            // are) is told so in one pass, eight bytes at a time, with no branch on what they hold.
            if length >= 3, let base = b.baseAddress, !Self.holdsEvenSpacePair(base, count: n) { return false }
            var start = 0   // no run starts before this
            if length >= 1, length <= 8, let base = b.baseAddress {
                // Eight bytes at a time (Vietnamese words are short: the last byte of a candidate was a space
                // every other jump). A window's lanes where a run of `length` starts hold the first 9 - length
                // starts; the next window begins after them.
                while start + 8 <= n {
                    let spaces = ByteLanes.equal(UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian, 0x20)
                    var runs = spaces
                    for k in 1..<length { runs &= spaces >> UInt64(8 * k) }
                    if runs != 0 { return true }
                    start += 9 - length
                }
            }
            while start + length <= n {
                let end = start + length - 1
                // A run starting in start...end holds `end`.
                guard b[end] == 0x20 else { start = end + 1; continue }
                var first = end
                while first > start, b[first - 1] == 0x20 { first -= 1 }
                var p = end + 1
                while p < first + length, p < n, b[p] == 0x20 { p += 1 }
                if p == first + length { return true }
                start = p + 1   // a run starting in first...p holds `p`, no space (or the end)
            }
            return false
        }
    }

    /// Two spaces at offsets 2k and 2k + 1 for some k. Each word of eight bytes starts at an even offset, so
    /// such a pair never straddles two words.
    private static func holdsEvenSpacePair(_ base: UnsafePointer<UInt8>, count n: Int) -> Bool {
        var pairs: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            let spaces = ByteLanes.equal(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian, 0x20)
            pairs |= spaces & (spaces >> 8)   // lane k: bytes k and k + 1 are spaces
            i += 8
        }
        if pairs & 0x0080_0080_0080_0080 != 0 { return true }   // lanes 0, 2, 4, 6
        while i + 1 < n {
            if base[i] == 0x20 && base[i + 1] == 0x20 { return true }
            i += 2
        }
        return false
    }
}

extension StringProtocol {
    /// Every byte of the UTF-8 below 0x80 (`ByteSearch.isASCII`).
    var isASCII: Bool { withUTF8Bytes(self, ByteSearch.isASCII) }

    /// An ASCII digit in the text (`ByteSearch.containsDigit`).
    var containsDigit: Bool { withUTF8Bytes(self, ByteSearch.containsDigit) }

    /// A space right after a space or a tab (`ByteSearch.containsSpaceRun`).
    @inline(__always) func containsSpaceRun() -> Bool {
        withUTF8Bytes(self, ByteSearch.containsSpaceRun)
    }

    /// The byte occurs in the text's UTF-8 (`memchr`, not an index walk).
    @inline(__always) func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes(self) { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }

    /// The byte occurs twice in a row ("__"): `memchr` to each occurrence, the next byte looked at.
    func containsByteTwice(_ byte: UInt8) -> Bool {
        withUTF8Bytes(self) { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            while i + 1 < b.count, let hit = memchr(base + i, Int32(byte), b.count - 1 - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if b[at + 1] == byte { return true }
                i = at + 1
            }
            return false
        }
    }

    /// The offset in the UTF-8 of the first `byte` among the first `limit` bytes (`memchr`), or nil.
    func firstOffset(of byte: UInt8, within limit: Int = .max) -> Int? {
        withUTF8Bytes(self) { bytes in
            ByteSearch.firstOffset(of: byte, in: UnsafeBufferPointer(rebasing: bytes.prefix(Swift.min(limit, bytes.count))))
        }
    }
}

extension String {
    /// The pieces between the `separator` bytes, as `split(separator:omittingEmptySubsequences:)` on the
    /// Character gives them, where every `separator` byte is a character of its own: a control character
    /// (a tab: no mark joins it), or any ASCII byte of an ASCII text. Cut with `memchr`, not a walk of
    /// Characters (a table row of long cells took a hundred thousand instructions).
    func pieces(between separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        let utf8 = self.utf8
        return withUTF8Bytes(self) { b -> [Substring] in
            guard let base = b.baseAddress else { return omittingEmpty ? [] : [self[...]] }
            var pieces: [Substring] = []
            var start = 0
            func add(upTo end: Int) {
                guard !omittingEmpty || end > start else { return }
                let from = utf8.index(utf8.startIndex, offsetBy: start)
                pieces.append(self[from..<utf8.index(from, offsetBy: end - start)])
            }
            while start <= b.count {
                let rest = b.count - start
                guard rest > 0, let hit = memchr(base + start, Int32(separator), rest) else { add(upTo: b.count); break }
                let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                add(upTo: end)
                start = end + 1
            }
            return pieces
        }
    }

    /// The first byte of the UTF-8, inlined where it is asked: `utf8.first` stayed a call to a generic
    /// getter, and a dozen tests ask it of every line.
    @inline(__always) var firstByte: UInt8? {
        let utf8 = self.utf8
        let start = utf8.startIndex
        return start == utf8.endIndex ? nil : utf8[start]
    }

    /// The last UTF-8 byte, read in place (`utf8.last` is a generic walk back, not inlined).
    @inline(__always) var lastByte: UInt8? { withUTF8Bytes(self) { $0.last } }
}

/// Runs `body` on the text's UTF-8 bytes: in place for native strings, else on a copy.
func withUTF8Bytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
}

extension StringProtocol {
    /// `prefix` opens the text, compared on UTF-8 bytes, and ends where a character ends (the text's next
    /// scalar is no combining mark or joiner): what `hasPrefix` answers for NFC text and NFC literals,
    /// without `hasPrefix`'s character-by-character walk on non-ASCII strings.
    func startsWithBytes(_ prefix: String) -> Bool {
        let bytes = utf8
        var i = bytes.startIndex
        for b in prefix.utf8 {
            guard i < bytes.endIndex, bytes[i] == b else { return false }
            i = bytes.index(after: i)
        }
        // Lead bytes below 0xCC are ASCII or Latin letters (U+0000–U+02FF): always a character boundary.
        guard i < bytes.endIndex, bytes[i] >= 0xCC else { return true }
        return !extendsCharacter(unicodeScalars[i])
    }
}

/// A scalar that belongs to the character before it (a combining mark, a joiner): a byte prefix that
/// ends before it ends inside a character.
func extendsCharacter(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return s.value == 0x200C || s.value == 0x200D
    }
}

/// What a reading on the bytes found: a value, none, or nothing sure (a byte that decides is part of a
/// character of several scalars, "1" and a combining mark): the reading by characters decides then.
enum ByteReading<Value> {
    case found(Value)
    case none
    case undecided
}

/// Searches on a text's bytes that several readers share.
enum ByteSearch {
    /// An ASCII digit among the bytes, read eight at a time (a long task text without one was read a byte
    /// at a time to its end).
    static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var i = 0
        while i + 8 <= bytes.count {
            if ByteLanes.within(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), 0x30..<0x3A) != 0 { return true }
            i += 8
        }
        while i < bytes.count { if bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }; i += 1 }
        return false
    }

    /// The offset of the first `byte` (`memchr`), or nil: `firstIndex(of:)` went a byte at a time.
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, Int32(byte), bytes.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// The same bytes (`memcmp`: a generic comparison went a byte at a time through iterators).
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }   // both empty
        return memcmp(x, y, a.count) == 0
    }

    /// Every byte below 0x80 (the text is ASCII), read eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0, high: UInt64 = 0
        while i + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < bytes.count { high |= UInt64(bytes[i]); i += 1 }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// A space right after a space or a tab: one pass over the bytes, eight at a time (a search for "  "
    /// with `memchr` stops at every space of the text).
    @inline(__always) static func containsSpaceRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        // A tab before a space makes a run too; most lines hold none (`memchr`), and only spaces are tested then.
        let tabs = memchr(base, 0x09, n) != nil
        var i = 0
        var blankBefore: UInt64 = 0   // 0x80 when the byte before the word is a space or tab
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
            let spaces = ByteLanes.equal(word, 0x20)
            let blanks = tabs ? spaces | ByteLanes.equal(word, 0x09) : spaces
            // Each lane's flag moved one lane up: the byte before each byte is a blank.
            if spaces & (blanks << 8 | blankBefore) != 0 { return true }
            blankBefore = blanks >> 56
            i += 8
        }
        guard i < n else { return false }
        if n >= 8 {
            // The last eight bytes, those before `i` read again: no run stands among them, nor between the
            // first of them and the byte before it (a byte by byte tail took 8% of the line cleaner's samples).
            let word = UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self).littleEndian
            let spaces = ByteLanes.equal(word, 0x20)
            let blanks = tabs ? spaces | ByteLanes.equal(word, 0x09) : spaces
            return spaces & (blanks << 8) != 0
        }
        // Fewer than eight bytes: one at a time.
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x20, previous == 0x20 || previous == 0x09 { return true }
            previous = byte
        }
        return false
    }
}

/// Bytes tested eight at a time in a 64-bit word (byte k in bits 8k…8k+7).
enum ByteLanes {
    /// The high bit of each byte of `word` that equals `byte`, and no other bit (exact: no carry crosses a lane).
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` below `limit` (at most 0x80), and no other bit.
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x0101_0101_0101_0101 &* UInt64(0x80 - limit)) | word) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` in `range` (its bounds at most 0x80), and no other bit.
    @inline(__always)
    static func within(_ word: UInt64, _ range: Range<UInt8>) -> UInt64 {
        below(word, range.upperBound) & ~below(word, range.lowerBound)
    }
}

extension UInt8 {
    /// A–Z or a–z.
    @inline(__always)
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}

/// A new string made from `bytes` (valid UTF-8): ASCII is lower-cased in a tight loop, and each other
/// character is handed to `other`, which writes what stands for it from `out[count]` on and says how many
/// bytes it read and wrote, or nil to give the string up (then the result is nil). The folds and
/// lower-casings of Vietnamese text share this.
///
/// `capacity` is the most bytes the result can have. When that is the input's own length the string is
/// written straight into its storage; when it is more (a fold may be longer than its letter), into a
/// buffer on the stack first: a string's storage keeps the capacity it was made with, so a key of nine
/// bytes ("thoi gian") took a heap block of thirty where it fits in the string itself.
@inline(__always)
func lowercasingASCII(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int,
                      other: (_ at: Int, _ out: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> (read: Int, written: Int)?) -> String? {
    @inline(__always)
    func write(_ out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                out[count] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                count += 1
                i += 1
                continue
            }
            guard let (read, written) = other(i, out, count) else { return nil }
            i += read
            count += written
        }
        return count
    }
    if capacity > bytes.count && capacity > 15 {
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            write(out).map { String(decoding: UnsafeBufferPointer(rebasing: out[..<$0]), as: UTF8.self) }
        }
    }
    var complete = true
    let made = String(unsafeUninitializedCapacity: max(1, capacity)) { out -> Int in
        guard let count = write(out) else { complete = false; return 0 }
        return count
    }
    return complete ? made : nil
}

/// A set of bytes as 256 bits: a lookup is a shift and a mask, where `Set<UInt8>` hashed the byte. For the
/// first-byte gates the tokenizer and the table finder ask of every line.
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { insert(byte) }
    }

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word >> UInt64(byte & 63) & 1 == 1
    }

    func union(_ other: some Sequence<UInt8>) -> ByteSet {
        var set = self
        for byte in other { set.insert(byte) }
        return set
    }
}

/// Entries filed under the first two bytes of their word, in the order given: a text is compared only with the
/// entries whose words may begin as it does (the agency heads, the label heads, the heading roles). Filed by
/// first byte alone, a Vietnamese text met a dozen heads of its initial ("c": "cục", "chi cục", "công an", "cơ
/// quan" …) and compared its bytes with each.
struct ByOpening<Element> {
    /// Buckets by `slot(first, second)`: an entry stands in the bucket of its word's first two bytes, and an
    /// entry whose word is one byte long in every bucket of its first byte. Two pairs may share a bucket, so
    /// a bucket holds more than the words that match; it never lacks one.
    private let table: [[Element]]

    init(_ entries: [Element], word: (Element) -> String) {
        var table = [[Element]](repeating: [], count: Self.slots)
        for entry in entries {
            let bytes = Array(word(entry).utf8.prefix(2))
            guard let first = bytes.first else { continue }
            let slots = bytes.count == 2 ? [Self.slot(first, bytes[1])] : Array(Set((0...255).map { Self.slot(first, UInt8($0)) })).sorted()
            for slot in slots { table[slot].append(entry) }
        }
        self.table = table
    }

    private static var slots: Int { 1 << 11 }

    @inline(__always)
    private static func slot(_ first: UInt8, _ second: UInt8) -> Int { (Int(first) &* 67 &+ Int(second)) & (slots - 1) }

    /// The entries whose words may begin `text`: every entry whose word is a prefix of its bytes, in the order
    /// given, among a few others.
    subscript<S: StringProtocol>(opening text: S) -> [Element] {
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next() else { return [] }
        return table[Self.slot(first, utf8.next() ?? 0)]
    }
}

extension ByOpening: Sendable where Element: Sendable {}

/// Words filed under their first two bytes.
typealias WordsByOpening = ByOpening<String>

extension ByOpening where Element == String {
    init(_ words: [String]) { self.init(words, word: { $0 }) }
}
