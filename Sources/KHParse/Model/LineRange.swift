/// `[first, last]`: 1-based line numbers of the input file as given (before any reflow).
public struct LineRange: Sendable, Hashable, JSONRepresentable {
    public internal(set) var first: Int
    public internal(set) var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public init(line: Int) { self.init(line, line) }

    /// The smallest range holding both.
    public func union(_ other: LineRange) -> LineRange { LineRange(min(first, other.first), max(last, other.last)) }

    public var json: JSONValue { .array([.int(first), .int(last)]) }
}

extension Optional where Wrapped == LineRange {
    func union(_ other: LineRange) -> LineRange { self?.union(other) ?? other }
}
