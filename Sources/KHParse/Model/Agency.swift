/// A body named in the text. `text` as written ("CATP"); `name` expanded and cased so that the
/// same body always gets the same name ("Công an thành phố").
public struct Agency: Sendable, Hashable, JSONWritable {
    /// The expanded, cased name: "Công an thành phố".
    public internal(set) var name: String
    /// The text as written: "CATP".
    public internal(set) var text: String

    /// An agency named `name`, written `text`.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// `{"name": …, "text": …}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("name", name); out.member("text", text)
        out.endObject()
    }
}

/// One row of the top-level `agencies` index: who must do what, by task id.
public struct AgencyEntry: Sendable, Hashable, JSONWritable {
    /// The agency's name, as in the tasks.
    public internal(set) var name: String
    /// Other ways the text writes it: `["CATP", "Công an TP"]`.
    public internal(set) var aliases: [String]
    /// Ids of the tasks it leads.
    public internal(set) var lead: [String]
    /// Ids of the tasks it supports.
    public internal(set) var support: [String]
    /// Ids of the tasks it is asked ("đề nghị") to do.
    public internal(set) var requested: [String]

    /// `{"name", "aliases", "lead", "support", "requested"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("name", name); out.member("aliases", aliases); out.member("lead", lead)
        out.member("support", support); out.member("requested", requested)
        out.endObject()
    }
}
