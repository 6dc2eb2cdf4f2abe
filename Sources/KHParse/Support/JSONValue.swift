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
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out, spill: { _ in })
        if pretty { out.append(0x0A) }
        return out
    }

    /// A member of an object written in pieces: a value, or a list whose elements are made one at a time.
    enum Member {
        case value(JSONValue)
        case list(count: Int, element: (Int) -> JSONValue)
    }

    /// Writes an object of `members` to `sink` in pieces of about `piece` bytes, the same bytes as
    /// `bytes(.object(…))` gives: each list element becomes a `JSONValue` only while it is written, so
    /// neither the whole tree nor the whole text is ever held (for a large plan they were as big as the
    /// model, and their buffer's growth twice the text).
    func write(object members: [(String, Member)], piece: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(piece + (piece >> 2))
        // Also handed to `write`: a string of megabytes (a whole document on one line) goes out while it
        // is escaped, so the buffer never holds more than a piece of it.
        func spill(_ buffer: inout [UInt8]) { spill(&buffer, force: false) }
        func spill(_ buffer: inout [UInt8], force: Bool) {
            guard force || buffer.count >= piece else { return }
            buffer.withUnsafeBytes(sink)
            buffer.removeAll(keepingCapacity: true)
        }
        func flush(force: Bool = false) { spill(&out, force: force) }
        guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); if pretty { out.append(0x0A) }; flush(force: true); return }
        out.append(0x7B)
        if pretty { out.append(0x0A) }
        for (i, (key, member)) in members.enumerated() {
            if pretty { indent(2, &out) }
            JSONWriter.escape(key, into: &out)
            out.append(0x3A)
            if pretty { out.append(0x20) }
            switch member {
            case let .value(value):
                write(value, indent: 2, into: &out, spill: spill)
            case let .list(count, _) where count == 0:
                out.append(contentsOf: "[]".utf8)
            case let .list(count, element):
                // Elements are objects, never the short scalar lists that pretty output puts on one line.
                out.append(0x5B)
                if pretty { out.append(0x0A) }
                for j in 0..<count {
                    if pretty { indent(4, &out) } else if j > 0 { out.append(0x2C) }
                    let item = element(j)
                    assert(!JSONWriter.isInlineScalar(item))
                    write(item, indent: 4, into: &out, spill: spill)
                    if pretty { if j + 1 < count { out.append(0x2C) }; out.append(0x0A) }
                    flush()
                }
                if pretty { indent(2, &out) }
                out.append(0x5D)
            }
            if i + 1 < members.count { out.append(0x2C) }
            if pretty { out.append(0x0A) }
            flush()
        }
        out.append(0x7D)
        if pretty { out.append(0x0A) }
        flush(force: true)
    }

    private func indent(_ n: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }

    /// `spill` is handed the buffer while a long string is escaped, to write out what it holds.
    private func write(_ value: JSONValue, indent level: Int, into out: inout [UInt8], spill: (inout [UInt8]) -> Void) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .int(i): out.append(contentsOf: String(i).utf8)
        case let .number(d):
            if d.isFinite, d == d.rounded(), abs(d) < 1e15 { out.append(contentsOf: String(Int(d)).utf8) }
            else if d.isFinite { out.append(contentsOf: String(d).utf8) } else { out.append(contentsOf: "null".utf8) }
        case let .string(s): JSONWriter.escape(s, into: &out, spill: spill)
        case let .array(items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if !pretty || items.count <= 8 && items.allSatisfy(JSONWriter.isInlineScalar) {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(0x2C); if pretty { out.append(0x20) } }
                    write(item, indent: level, into: &out, spill: spill)
                }
                out.append(0x5D)
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                indent(level + 2, &out)
                write(item, indent: level + 2, into: &out, spill: spill)
                if i + 1 < items.count { out.append(0x2C) }
                out.append(0x0A)
            }
            indent(level, &out)
            out.append(0x5D)
        case let .object(pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            if pretty { out.append(0x0A) }
            for (i, (key, item)) in pairs.enumerated() {
                if pretty { indent(level + 2, &out) }
                JSONWriter.escape(key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                write(item, indent: level + 2, into: &out, spill: spill)
                if i + 1 < pairs.count { out.append(0x2C) }
                if pretty { out.append(0x0A) }
            }
            if pretty { indent(level, &out) }
            out.append(0x7D)
        }
    }

    private static func isInlineScalar(_ v: JSONValue) -> Bool {
        switch v {
        case .null, .bool, .int, .number: return true
        case let .string(s): return s.utf8.count <= 24
        default: return false
        }
    }

    /// Escapes on bytes: runs of bytes that need no escape are copied whole. `spill` is handed the
    /// buffer after every 64 KB of a long string, between two characters.
    static func escape(_ s: String, into out: inout [UInt8], spill: (inout [UInt8]) -> Void = { _ in }) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
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
                    out.append(contentsOf: bytes[runStart..<i])
                    runStart = i
                    spill(&out)
                    nextSpill = i + (1 << 16)
                }
                let b = bytes[i]
                var escape: [UInt8]?
                if b == 0x22 { escape = [0x5C, 0x22] }
                else if b == 0x5C { escape = [0x5C, 0x5C] }
                else if b < 0x20 {
                    switch b {
                    case 0x0A: escape = [0x5C, 0x6E]
                    case 0x0D: escape = [0x5C, 0x72]
                    case 0x09: escape = [0x5C, 0x74]
                    case 0x08: escape = [0x5C, 0x62]
                    case 0x0C: escape = [0x5C, 0x66]
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        escape = [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                    }
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    // U+2028 and U+2029 are valid JSON but break JavaScript readers.
                    out.append(contentsOf: bytes[runStart..<i])
                    out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 3
                    runStart = i
                    continue
                }
                if let escape {
                    out.append(contentsOf: bytes[runStart..<i])
                    out.append(contentsOf: escape)
                    runStart = i + 1
                }
                i += 1
            }
            out.append(contentsOf: bytes[runStart..<bytes.count])
        }
        out.append(0x22)
    }
}
