/// A JSON value whose objects keep their keys in the order given: the contract fixes key order,
/// and output must be byte-for-byte deterministic.
///
/// `.object([("id", .string("T1")), ("lines", .array([.int(3), .int(9)]))])` writes `{"id":"T1","lines":[3,9]}`.
public enum JSONValue: Sendable, Equatable {
    /// `null`
    case null
    /// `true`, `false`
    case bool(Bool)
    /// `84758`
    case int(Int)
    /// `12.5`; a whole number is written without a fraction.
    case number(Double)
    /// `"Kế hoạch"`
    case string(String)
    /// `[1, 2]`
    case array([JSONValue])
    /// `{"name": …}`, keys in the order given.
    case object([(String, JSONValue)])

    /// Equal values; objects are equal with the same keys in the same order.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// So model code reads `.string(orNull: title)`.
    public static func string(orNull value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}

/// Anything of the output contract.
///
/// `plan.json`, `task.json`, `LineRange(3, 9).json` (`[3, 9]`).
public protocol JSONRepresentable {
    /// The value as the output model writes it: keys in the contract's order, `null` for absent values.
    var json: JSONValue { get }
}

extension Array where Element: JSONRepresentable {
    var json: JSONValue { .array(map(\.json)) }
}

extension Array where Element == String {
    var json: JSONValue { .array(map(JSONValue.string)) }
}

/// Serializes JSONValue into UTF-8 bytes. Pretty output indents by two spaces and puts short
/// arrays of scalars (line ranges) on one line so golden files stay readable.
///
/// `JSONWriter(pretty: false).string(LineRange(3, 9).json)` is `"[3,9]"`.
public struct JSONWriter: Sendable {
    /// Indented by two spaces, ending with a newline; else one line.
    public var pretty: Bool

    /// A writer: `JSONWriter(pretty: true).string(plan.json)`.
    public init(pretty: Bool) { self.pretty = pretty }

    /// The JSON text of `value`.
    public func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The UTF-8 bytes of `value`'s JSON text.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var stream = JSONStream(pretty: pretty)
        stream.value(value)
        return stream.finish()
    }

    /// The bytes of a model value, written straight from its fields (`JSONWritable`): the same bytes as
    /// `bytes(value.json)`, without the tree.
    func bytes<T: JSONWritable>(_ value: T) -> [UInt8] {
        var stream = JSONStream(pretty: pretty)
        value.writeJSON(to: &stream)
        return stream.finish()
    }

    /// Writes `value` to `sink` in pieces of about `piece` bytes as it is made, the same bytes as
    /// `bytes(value)`: for a large plan, neither its tree nor its whole text is ever held (they were
    /// as big as the model, and a buffer's growth twice the text).
    func write<T: JSONWritable>(_ value: T, piece: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var stream = JSONStream(pretty: pretty, piece: piece, sink: sink)
            value.writeJSON(to: &stream)
            stream.flush(force: true)
        }
    }

    /// Escapes on bytes: runs of bytes that need no escape are copied whole. `spill` is handed the
    /// buffer after every 64 KB of a long string, between two characters.
    static func escape(_ s: String, into out: ByteBuffer, spill: (ByteBuffer) -> Void = { _ in }) {
        out.append(0x22)
        // Read in place (`withUTF8` needs a mutable copy of the string: a retain and a release for each of
        // the 200,000 strings an archive writes).
        withUTF8Bytes(s) { bytes in
            var runStart = 0
            var i = 0
            var nextSpill = 1 << 16
            while i < bytes.count {
                // Most bytes need nothing: skip them up to the next spill point in a tight loop.
                let limit = min(bytes.count, nextSpill)
                while i < limit {
                    // Eight bytes at a time while none of them is a control byte, '"', '\\' or 0xE2.
                    if i + 8 <= limit, let base = bytes.baseAddress {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if ByteLanes.below(word, 0x20) | ByteLanes.equal(word, 0x22) | ByteLanes.equal(word, 0x5C)
                            | ByteLanes.equal(word, 0xE2) == 0 {
                            i += 8
                            continue
                        }
                    }
                    let b = bytes[i]
                    guard b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 else { break }
                    i += 1
                }
                guard i < bytes.count else { break }
                if i >= nextSpill, bytes[i] & 0xC0 != 0x80 {   // between characters: each piece is UTF-8
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    runStart = i
                    spill(out)
                    nextSpill = i + (1 << 16)
                }
                let b = bytes[i]
                if b == 0xE2 {
                    // U+2028 and U+2029 are valid JSON but break JavaScript readers.
                    if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                        out.append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                        i += 3
                        runStart = i
                        continue
                    }
                } else if b < 0x20 || b == 0x22 || b == 0x5C {   // (the loop also stops at a spill point)
                    // The letter after the backslash: a short escape, or "u" for \u00XX.
                    let letter: UInt8
                    switch b {
                    case 0x22, 0x5C: letter = b
                    case 0x0A: letter = 0x6E
                    case 0x0D: letter = 0x72
                    case 0x09: letter = 0x74
                    case 0x08: letter = 0x62
                    case 0x0C: letter = 0x66
                    default: letter = 0x75
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    out.append(0x5C, letter)
                    if letter == 0x75 {
                        out.append(0x30, 0x30)
                        out.append(Digest.hexDigit(b >> 4), Digest.hexDigit(b & 0xF))
                    }
                    runStart = i + 1
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }
}
