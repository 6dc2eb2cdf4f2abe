/// `[first, last]`: 1-based line numbers of the input file as given (before any reflow).
public struct LineRange: Sendable, Hashable, JSONWritable {
    /// The first line, 1-based.
    public internal(set) var first: Int
    /// The last line, inclusive.
    public internal(set) var last: Int

    /// The lines from `first` to `last` (in either order): `LineRange(141, 143)`.
    public init(_ first: Int, _ last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// One line: `LineRange(line: 12)` is `[12, 12]`.
    public init(line: Int) { self.init(line, line) }

    /// The smallest range holding both.
    public func union(_ other: LineRange) -> LineRange { LineRange(min(first, other.first), max(last, other.last)) }

    /// `[first, last]`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginArray()
        out.int(first); out.int(last)
        out.endArray()
    }
}

extension Optional where Wrapped == LineRange {
    func union(_ other: LineRange) -> LineRange { self?.union(other) ?? other }
}
