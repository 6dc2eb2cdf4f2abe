/// A body named in the text. `text` as written ("CATP"); `name` expanded and cased so that the
/// same body always gets the same name ("Công an thành phố").
public struct Agency: Sendable, Hashable, JSONRepresentable {
    public internal(set) var name: String
    public internal(set) var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    public var json: JSONValue { .object([("name", .string(name)), ("text", .string(text))]) }
}

/// One row of the top-level `agencies` index: who must do what, by task id.
public struct AgencyEntry: Sendable, Hashable, JSONRepresentable {
    public internal(set) var name: String
    public internal(set) var aliases: [String]
    public internal(set) var lead: [String]
    public internal(set) var support: [String]
    public internal(set) var requested: [String]

    public var json: JSONValue {
        .object([("name", .string(name)), ("aliases", aliases.json), ("lead", lead.json),
                 ("support", support.json), ("requested", requested.json)])
    }
}
