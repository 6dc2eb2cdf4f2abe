/// Where a value of the output model writes its JSON, one token at a time: the bytes (`JSONStream`),
/// or a `JSONValue` (`JSONTree`). Each model type names its members once, in `writeJSON(to:)`, for both.
protocol JSONOutput {
    mutating func null()
    mutating func bool(_ value: Bool)
    mutating func int(_ value: Int)
    mutating func number(_ value: Double)
    mutating func string(_ value: String)
    mutating func beginArray()
    mutating func endArray()
    mutating func beginObject()
    /// The next member's key; the member's value follows.
    mutating func key(_ key: String)
    /// A key of the model's own: a plain ASCII name, no character of which needs escaping.
    mutating func key(_ name: StaticString)
    mutating func endObject()
}

/// A value of the output model that writes its JSON itself: its `json` tree and its bytes come from the
/// one `writeJSON(to:)`, and the bytes are written without the tree.
protocol JSONWritable: JSONRepresentable {
    func writeJSON<Output: JSONOutput>(to out: inout Output)
}

extension JSONWritable {
    /// The value as a `JSONValue`, built from `writeJSON(to:)`: what each type's `json` returns.
    var jsonTree: JSONValue {
        var tree = JSONTree()
        writeJSON(to: &tree)
        return tree.value
    }
}

extension JSONOutput {
    /// A tree's tokens.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(b): bool(b)
        case let .int(i): int(i)
        case let .number(d): number(d)
        case let .string(s): string(s)
        case let .array(items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case let .object(pairs):
            beginObject()
            for (k, item) in pairs { key(k); self.value(item) }
            endObject()
        }
    }

    mutating func string(orNull value: String?) { if let value { string(value) } else { null() } }

    mutating func member(_ name: StaticString, _ value: String) { key(name); string(value) }
    mutating func member(_ name: StaticString, _ value: String?) { key(name); string(orNull: value) }
    mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }
    mutating func member(_ name: StaticString, _ value: Double?) { key(name); if let value { number(value) } else { null() } }
    mutating func member<T: JSONWritable>(_ name: StaticString, _ value: T) { key(name); value.writeJSON(to: &self) }
    mutating func member<T: JSONWritable>(_ name: StaticString, _ value: T?) {
        key(name)
        if let value { value.writeJSON(to: &self) } else { null() }
    }
    mutating func member<T: JSONWritable>(_ name: StaticString, _ list: [T]) {
        key(name)
        beginArray()
        for item in list { item.writeJSON(to: &self) }
        endArray()
    }
    mutating func member(_ name: StaticString, _ list: [String]) {
        key(name)
        beginArray()
        for item in list { string(item) }
        endArray()
    }
}

/// JSON text written as its tokens come. Pretty output indents by two spaces and puts an array of at
/// most eight short scalars on one line ("[3, 9]", `["nfc", "page-numbers"]`): such an array is written on
/// one line while it may stay one, and set out line by line once an item says otherwise.
struct JSONStream: JSONOutput {
    let pretty: Bool
    /// The bytes written and not yet handed to the sink.
    private let out: ByteBuffer
    /// Open arrays and objects around the innermost one, innermost last, with how many items or members each
    /// has so far; the innermost one is `top` (a member or item written counts without touching the stack).
    private var open: [(isObject: Bool, count: Int)] = []
    private var top: (isObject: Bool, count: Int) = (false, 0)
    /// How many arrays and objects are open: `open`'s and `top`.
    private var depth = 0
    /// Pretty output: where the items of the innermost array begin, while it is still written on one
    /// line (only the innermost can be: an array or object inside it sets it out first).
    private var inlineItems: [Int] = []
    private var inlineOpen = false
    /// Where the bytes go once a piece is full; nil: all of them are kept in `out`.
    private let piece: Int
    private let sink: ((UnsafeRawBufferPointer) -> Void)?

    init(pretty: Bool, piece: Int = .max, sink: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.pretty = pretty
        self.piece = piece
        self.sink = sink
        out = ByteBuffer(capacity: sink == nil ? 1 << 16 : piece + (piece >> 2))
    }

    /// The text, with pretty output's final newline.
    mutating func finish() -> [UInt8] {
        if pretty { out.append(0x0A) }
        return out.array
    }

    /// Hands the buffer to the sink once it holds a piece (or anything, with `force`), keeping what a
    /// one-line array may still set out.
    mutating func flush(force: Bool = false) {
        guard let sink else { return }
        if force, pretty { out.append(0x0A) }
        guard !inlineOpen else { return }
        Self.hand(out, to: sink, atLeast: force ? 1 : piece)
    }

    /// Gives `buffer` to `sink` and empties it, once it holds `atLeast` bytes.
    private static func hand(_ buffer: ByteBuffer, to sink: (UnsafeRawBufferPointer) -> Void, atLeast: Int) {
        guard buffer.count >= atLeast else { return }
        sink(UnsafeRawBufferPointer(buffer.bytes))
        buffer.removeSuffix(from: 0)
    }

    mutating func null() { beforeValue(inline: true); out.append("null") }
    mutating func bool(_ value: Bool) { beforeValue(inline: true); out.append(value ? "true" : "false") }
    mutating func int(_ value: Int) {
        beforeValue(inline: true)
        guard value >= 0 else { out.append(contentsOf: String(value).utf8); return }
        // Digits made on the stack, last first, and appended once: line numbers are most of the output's numbers.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { b in
            var at = 20, rest = value
            repeat {
                at -= 1
                b[at] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[at...]))
        }
    }

    /// A whole number is written without a fraction; a value that is not finite as `null`.
    mutating func number(_ d: Double) {
        beforeValue(inline: true)
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { out.append(contentsOf: String(Int(d)).utf8) }
        else if d.isFinite { out.append(contentsOf: String(d).utf8) } else { out.append("null") }
    }

    mutating func string(_ value: String) {
        beforeValue(inline: value.utf8.count <= 24)
        if let sink {
            // A string of megabytes (a whole document on one line) goes out while it is escaped. It is
            // never an item of a one-line array, which holds short strings only.
            let piece = piece
            JSONWriter.escape(value, into: out) { Self.hand($0, to: sink, atLeast: piece) }
        } else {
            JSONWriter.escape(value, into: out)
        }
        if depth == 0 { flush() }
    }

    mutating func beginArray() {
        beforeValue(inline: false)
        out.append(0x5B)
        push(isObject: false)
        if pretty {
            inlineOpen = true
            inlineItems.removeAll(keepingCapacity: true)
        }
    }

    mutating func endArray() {
        let count = pop()
        if inlineOpen {
            inlineOpen = false
        } else if pretty && count > 0 {
            newline()
        }
        out.append(0x5D)
        if depth <= 2 { flush() }
    }

    mutating func beginObject() {
        beforeValue(inline: false)
        out.append(0x7B)
        push(isObject: true)
    }

    mutating func key(_ key: String) {
        beforeKey()
        JSONWriter.escape(key, into: out)
        afterKey()
    }

    mutating func key(_ name: StaticString) {
        let comma = top.count > 0
        top.count += 1
        if pretty {
            if comma { out.append(0x2C) }
            newline()
        }
        // `,"name":`: the name's bytes in one append straight from the literal, the marks around it one by one.
        if comma && !pretty { out.append(0x2C) }
        out.append(0x22)
        out.append(name)
        out.append(0x22, 0x3A)
        if pretty { out.append(0x20) }
    }

    private mutating func push(isObject: Bool) {
        if depth > 0 { open.append(top) }
        top = (isObject, 0)
        depth += 1
    }

    /// Closes the innermost array or object; how many items or members it had.
    private mutating func pop() -> Int {
        let count = top.count
        depth -= 1
        if depth > 0 { top = open.removeLast() }
        return count
    }

    private mutating func beforeKey() {
        if top.count > 0 { out.append(0x2C) }
        top.count += 1
        if pretty { newline() }
    }

    private mutating func afterKey() {
        out.append(0x3A)
        if pretty { out.append(0x20) }
    }

    mutating func endObject() {
        let count = pop()
        if pretty && count > 0 { newline() }
        out.append(0x7D)
        if depth <= 2 { flush() }
    }

    /// A new line indented for the innermost open array or object's items.
    private mutating func newline() {
        out.append(0x0A)
        out.append(repeating: 0x20, count: 2 * depth)
    }

    /// What stands before an item of an array: a comma, and in pretty output a new line, unless the
    /// array is still on one line and `inline` (a short scalar) lets it stay so.
    private mutating func beforeValue(inline: Bool) {
        guard depth > 0, !top.isObject else { return }
        let count = top.count
        top.count += 1
        if inlineOpen {
            if inline && count < 8 {
                if count > 0 { out.append(0x2C, 0x20) }
                inlineItems.append(out.count)
                return
            }
            setOut()
        }
        if count > 0 { out.append(0x2C) }
        if pretty { newline() }
    }

    /// The innermost array, written on one line so far, set out one item a line.
    private mutating func setOut() {
        inlineOpen = false
        guard let first = inlineItems.first else { return }
        let written = out.suffix(from: first)
        out.removeSuffix(from: first)
        for (k, start) in inlineItems.enumerated() {
            let from = start - first
            let to = k + 1 < inlineItems.count ? inlineItems[k + 1] - first - 2 : written.count   // less ", "
            if k > 0 { out.append(0x2C) }
            newline()
            out.append(contentsOf: written[from..<to])
        }
    }
}

/// The `JSONValue` of a model value's tokens. The items of the open arrays and objects wait on one stack
/// and become their container's array, of its exact size, when it closes.
struct JSONTree: JSONOutput {
    private var values: [JSONValue] = []
    private var keys: [String] = []
    /// Open containers, innermost last: where their items (and keys) start on the stacks.
    private var open: [(isObject: Bool, values: Int, keys: Int)] = []
    private(set) var value: JSONValue = .null

    private mutating func put(_ item: JSONValue) {
        if open.isEmpty { value = item } else { values.append(item) }
    }

    mutating func null() { put(.null) }
    mutating func bool(_ value: Bool) { put(.bool(value)) }
    mutating func int(_ value: Int) { put(.int(value)) }
    mutating func number(_ value: Double) { put(.number(value)) }
    mutating func string(_ value: String) { put(.string(value)) }
    mutating func beginArray() { open.append((false, values.count, keys.count)) }
    mutating func endArray() {
        let frame = open.removeLast()
        precondition(!frame.isObject, "endArray outside an array")
        let items = Array(values[frame.values...])
        values.removeSubrange(frame.values...)
        put(.array(items))
    }
    mutating func beginObject() { open.append((true, values.count, keys.count)) }
    mutating func key(_ key: String) {
        precondition(open.last?.isObject == true, "key outside an object")
        keys.append(key)
    }
    mutating func key(_ name: StaticString) { key(name.description) }
    mutating func endObject() {
        let frame = open.removeLast()
        precondition(frame.isObject && keys.count - frame.keys == values.count - frame.values, "endObject outside an object")
        let pairs = zip(keys[frame.keys...], values[frame.values...]).map { ($0, $1) }
        keys.removeSubrange(frame.keys...)
        values.removeSubrange(frame.values...)
        put(.object(pairs))
    }
}
