import Foundation

// Codable for the output model: encoding writes exactly the keys, order and nulls of the contract
// (through `json`), decoding reads the tool's own JSON back into the same values. Values the JSON does
// not carry (what a deadline's reading found wrong, the bullets a field holds for its task) decode empty.

/// A coding key for any string, so that an object of `JSONValue` keeps its own keys.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension JSONValue: Codable {
    /// Writes the value as plain JSON (objects with their keys in order, as the encoder keeps them).
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case let .bool(b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case let .int(i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case let .number(d):
            var c = encoder.singleValueContainer()
            if d.isFinite, d == d.rounded(), abs(d) < 1e15 { try c.encode(Int(d)) } else { try c.encode(d) }
        case let .string(s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case let .array(items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case let .object(pairs):
            var c = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in pairs { try c.encode(value, forKey: AnyKey(key)) }
        }
    }

    /// Object keys come back in the decoder's order, which JSON does not fix; the model's decoders
    /// read keys by name.
    public init(from decoder: Decoder) throws {
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else { self = .string(try c.decode(String.self)) }
    }
}

extension JSONRepresentable {
    /// Writes `json`: every key of the contract, in its order, `null` for absent values.
    public func encode(to encoder: Encoder) throws { try json.encode(to: encoder) }
}

extension CivilDate: Codable {
    /// Reads "YYYY-MM-DD"; any other text, or a day that does not exist, is a data error.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date YYYY-MM-DD: \"\(text)\"")
        }
        self = date
    }

    /// Writes "YYYY-MM-DD".
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

extension LineRange: Codable {
    /// Reads `[first, last]`.
    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let first = try c.decode(Int.self)
        let last = try c.decode(Int.self)
        guard c.isAtEnd else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "a line range is [first, last]")
        }
        self.init(first, last)
    }
}

extension PlanOutput: Codable {
    private enum Keys: String, CodingKey {
        case schemaVersion, source, document, sections, tasks, agencies, tables, dropped, diagnostics
    }

    /// Reads a document of schema version "1", as `kh-parse` prints it.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let version = try c.decode(String.self, forKey: .schemaVersion)
        guard version == PlanOutput.schemaVersion else {
            throw DecodingError.dataCorruptedError(forKey: .schemaVersion, in: c,
                                                   debugDescription: "schema version \(version), this library reads \(PlanOutput.schemaVersion)")
        }
        self.init(source: try c.decode(SourceInfo.self, forKey: .source),
                  document: try c.decode(DocumentInfo.self, forKey: .document),
                  sections: try c.decode([Section].self, forKey: .sections),
                  tasks: try c.decode([PlanTask].self, forKey: .tasks),
                  agencies: try c.decode([AgencyEntry].self, forKey: .agencies),
                  tables: try c.decode([Table].self, forKey: .tables),
                  dropped: try c.decode([DroppedText].self, forKey: .dropped),
                  diagnostics: try c.decode([Diagnostic].self, forKey: .diagnostics))
    }
}

extension SourceInfo: Codable {
    private enum Keys: String, CodingKey { case name, sha256, bytes, encoding, repairs }

    /// Reads the `source` object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(name: try c.decode(String.self, forKey: .name), sha256: try c.decode(String.self, forKey: .sha256),
                  bytes: try c.decode(Int.self, forKey: .bytes), encoding: try c.decode(String.self, forKey: .encoding),
                  repairs: try c.decode([String].self, forKey: .repairs))
    }
}

extension DocumentInfo: Codable {
    private enum Keys: String, CodingKey {
        case type, number, issuer, place, issued, title, signer, recipients, references, abbreviations
    }

    /// Reads the `document` object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init()
        type = try c.decodeIfPresent(String.self, forKey: .type)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        issued = try c.decodeIfPresent(CivilDate.self, forKey: .issued)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        signer = try c.decodeIfPresent(Signer.self, forKey: .signer)
        recipients = try c.decode([String].self, forKey: .recipients)
        references = try c.decode([Reference].self, forKey: .references)
        abbreviations = try c.decode([Abbreviation].self, forKey: .abbreviations)
    }
}

extension Signer: Codable {
    private enum Keys: String, CodingKey { case name, position, authority, delegation }

    /// Reads a `signer` object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(name: try c.decodeIfPresent(String.self, forKey: .name),
                  position: try c.decodeIfPresent(String.self, forKey: .position),
                  authority: try c.decodeIfPresent(String.self, forKey: .authority),
                  delegation: try c.decodeIfPresent(String.self, forKey: .delegation))
    }
}

extension Reference: Codable {
    private enum Keys: String, CodingKey { case text, type, number, issued, issuer, lines }

    /// Reads a reference object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(text: try c.decode(String.self, forKey: .text), type: try c.decodeIfPresent(String.self, forKey: .type),
                  number: try c.decodeIfPresent(String.self, forKey: .number),
                  issued: try c.decodeIfPresent(CivilDate.self, forKey: .issued),
                  issuer: try c.decodeIfPresent(String.self, forKey: .issuer), lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Abbreviation: Codable {
    private enum Keys: String, CodingKey { case short, long, lines }

    /// Reads an abbreviation object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(short: try c.decode(String.self, forKey: .short), long: try c.decode(String.self, forKey: .long),
                  lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Section.Style: Codable {}
extension Section.Role: Codable {}

extension Section: Codable {
    private enum Keys: String, CodingKey {
        case id, number, marker, style, title, role, agency, paragraphs, fields, children, lines
    }

    /// Reads a section object and its children.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(id: try c.decode(String.self, forKey: .id), number: try c.decodeIfPresent(String.self, forKey: .number),
                  marker: try c.decodeIfPresent(String.self, forKey: .marker), style: try c.decode(Style.self, forKey: .style),
                  title: try c.decodeIfPresent(String.self, forKey: .title), role: try c.decode(Role.self, forKey: .role),
                  agency: try c.decodeIfPresent(Agency.self, forKey: .agency),
                  paragraphs: try c.decode([Paragraph].self, forKey: .paragraphs),
                  fields: try c.decode([Field].self, forKey: .fields), children: try c.decode([Section].self, forKey: .children),
                  lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Paragraph: Codable {
    private enum Keys: String, CodingKey { case text, lines }

    /// Reads a paragraph object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(text: try c.decode(String.self, forKey: .text), lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Field: Codable {
    private enum Keys: String, CodingKey { case label, text, deadlines, lines }

    /// Reads a field object (its bullets for the task are not in the JSON: `items` stays empty).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(label: try c.decode(String.self, forKey: .label), text: try c.decode(String.self, forKey: .text),
                  deadlines: try c.decode([Deadline].self, forKey: .deadlines), lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Agency: Codable {
    private enum Keys: String, CodingKey { case name, text }

    /// Reads an agency object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(name: try c.decode(String.self, forKey: .name), text: try c.decode(String.self, forKey: .text))
    }
}

extension AgencyEntry: Codable {
    private enum Keys: String, CodingKey { case name, aliases, lead, support, requested }

    /// Reads an entry of the `agencies` index.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(name: try c.decode(String.self, forKey: .name), aliases: try c.decode([String].self, forKey: .aliases),
                  lead: try c.decode([String].self, forKey: .lead), support: try c.decode([String].self, forKey: .support),
                  requested: try c.decode([String].self, forKey: .requested))
    }
}

extension PlanTask.Origin: Codable {}

extension PlanTask: Codable {
    private enum Keys: String, CodingKey {
        case id, number, section, text, lead, support, requested, deadlines, targets, parts, origin, sameAs, lines
    }

    /// Reads a task object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(id: try c.decode(String.self, forKey: .id), number: try c.decodeIfPresent(String.self, forKey: .number),
                  section: try c.decodeIfPresent(String.self, forKey: .section), text: try c.decode(String.self, forKey: .text),
                  lead: try c.decode([Agency].self, forKey: .lead), support: try c.decode([Agency].self, forKey: .support),
                  requested: try c.decode([Agency].self, forKey: .requested),
                  deadlines: try c.decode([Deadline].self, forKey: .deadlines),
                  targets: try c.decode([Target].self, forKey: .targets), parts: try c.decode([Paragraph].self, forKey: .parts),
                  origin: try c.decode(Origin.self, forKey: .origin), sameAs: try c.decodeIfPresent(String.self, forKey: .sameAs),
                  lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Target: Codable {
    private enum Keys: String, CodingKey { case text, percent }

    /// Reads a target object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(text: try c.decode(String.self, forKey: .text), percent: try c.decodeIfPresent(Double.self, forKey: .percent))
    }
}

extension Deadline.Kind: Codable {}
extension Deadline.Grain: Codable {}

extension Deadline: Codable {
    private enum Keys: String, CodingKey { case text, kind, start, end, time, grain, rrule, offset, event, lines }

    /// `lines` may be absent (a phrase read on its own by `kh-parse deadlines`).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(text: try c.decode(String.self, forKey: .text), kind: try c.decode(Kind.self, forKey: .kind),
                  start: try c.decodeIfPresent(CivilDate.self, forKey: .start), end: try c.decodeIfPresent(CivilDate.self, forKey: .end),
                  grain: try c.decodeIfPresent(Grain.self, forKey: .grain), rrule: try c.decodeIfPresent(String.self, forKey: .rrule),
                  offset: try c.decodeIfPresent(String.self, forKey: .offset), event: try c.decodeIfPresent(String.self, forKey: .event),
                  lines: try c.decodeIfPresent(LineRange.self, forKey: .lines), time: try c.decodeIfPresent(String.self, forKey: .time))
    }
}

extension Table.ColumnRole: Codable {}

extension Table: Codable {
    private enum Keys: String, CodingKey { case id, caption, columns, roles, rows, lines }

    /// Reads a table object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(id: try c.decode(String.self, forKey: .id), caption: try c.decodeIfPresent(String.self, forKey: .caption),
                  columns: try c.decode([String].self, forKey: .columns), roles: try c.decode([ColumnRole].self, forKey: .roles),
                  rows: try c.decode([TableRow].self, forKey: .rows), lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension TableRow: Codable {
    private enum Keys: String, CodingKey { case cells, lines }

    /// Reads a table row object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(cells: try c.decode([String].self, forKey: .cells), lines: try c.decode(LineRange.self, forKey: .lines))
    }
}

extension Diagnostic.Severity: Codable {}
extension Diagnostic.Code: Codable {}

extension Diagnostic: Codable {
    private enum Keys: String, CodingKey { case severity, code, message, lines }

    /// Reads a diagnostic object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(try c.decode(Severity.self, forKey: .severity), try c.decode(Code.self, forKey: .code),
                  try c.decode(String.self, forKey: .message), lines: try c.decodeIfPresent(LineRange.self, forKey: .lines))
    }
}

extension DroppedText.Reason: Codable {}

extension DroppedText: Codable {
    private enum Keys: String, CodingKey { case text, reason, lines }

    /// Reads a dropped-text object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(text: try c.decode(String.self, forKey: .text), reason: try c.decode(Reason.self, forKey: .reason),
                  lines: try c.decode(LineRange.self, forKey: .lines))
    }
}
