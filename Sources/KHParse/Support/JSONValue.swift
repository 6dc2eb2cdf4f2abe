/// A JSON value whose objects keep their keys in the order given: the contract fixes key order,
/// and output must be byte-for-byte deterministic.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

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

    /// Optional helpers so model code reads `.string(orNull: title)`.
    public static func string(orNull value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func int(orNull value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// The value at a key of an object (tests and the dump use it).
    public subscript(key: String) -> JSONValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    public var stringValue: String? { if case let .string(s) = self { return s } else { return nil } }
    public var arrayValue: [JSONValue]? { if case let .array(a) = self { return a } else { return nil } }
}

/// Anything of the output contract.
public protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension Array where Element: JSONRepresentable {
    var json: JSONValue { .array(map(\.json)) }
}

extension Array where Element == String {
    var json: JSONValue { .array(map(JSONValue.string)) }
}

/// Serializes JSONValue. Pretty output indents by two spaces and puts short arrays of scalars
/// (line ranges, cells) on one line so golden files stay readable.
public struct JSONWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool) { self.pretty = pretty }

    public func string(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, indent: 0, into: &out)
        if pretty { out += "\n" }
        return out
    }

    private func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .number(d):
            if d.isFinite, d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) } else if d.isFinite { out += String(d) } else { out += "null" }
        case let .string(s): JSONWriter.escape(s, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            if !pretty || items.allSatisfy(JSONWriter.isInlineScalar) && items.count <= 8 {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += pretty ? ", " : "," }
                    write(item, indent: indent, into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += pretty ? "{\n" : "{"
            for (i, (key, item)) in pairs.enumerated() {
                if pretty { out += String(repeating: " ", count: indent + 2) }
                JSONWriter.escape(key, into: &out)
                out += pretty ? ": " : ":"
                write(item, indent: indent + 2, into: &out)
                if i + 1 < pairs.count { out += pretty ? ",\n" : "," } else if pretty { out += "\n" }
            }
            if pretty { out += String(repeating: " ", count: indent) }
            out += "}"
        }
    }

    private static func isInlineScalar(_ v: JSONValue) -> Bool {
        switch v {
        case .null, .bool, .int, .number: return true
        case let .string(s): return s.utf8.count <= 24
        default: return false
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
