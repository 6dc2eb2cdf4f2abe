/// The header and footer blocks of an administrative document (layout per Nghị định 30/2020/NĐ-CP).
public struct DocumentInfo: Sendable, Hashable, JSONRepresentable {
    /// Tên loại in sentence case: "Kế hoạch".
    public internal(set) var type: String?
    /// Số và ký hiệu with inner spaces removed: "122/KH-UBND".
    public internal(set) var number: String?
    public internal(set) var issuer: String?
    public internal(set) var place: String?
    public internal(set) var issued: CivilDate?
    /// Trích yếu.
    public internal(set) var title: String?
    public internal(set) var signer: Signer?
    public internal(set) var recipients: [String] = []
    public internal(set) var references: [Reference] = []
    public internal(set) var abbreviations: [Abbreviation] = []

    public init() {}

    public var json: JSONValue {
        .object([
            ("type", .string(orNull: type)), ("number", .string(orNull: number)),
            ("issuer", .string(orNull: issuer)), ("place", .string(orNull: place)),
            ("issued", .string(orNull: issued?.iso)), ("title", .string(orNull: title)),
            ("signer", signer?.json ?? .null), ("recipients", recipients.json),
            ("references", references.json), ("abbreviations", abbreviations.json),
        ])
    }
}

/// "TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ tịch / Lê Anh Quân".
public struct Signer: Sendable, Hashable, JSONRepresentable {
    public internal(set) var name: String?
    public internal(set) var position: String?
    public internal(set) var authority: String?
    public internal(set) var delegation: String?

    public var json: JSONValue {
        .object([("name", .string(orNull: name)), ("position", .string(orNull: position)),
                 ("authority", .string(orNull: authority)), ("delegation", .string(orNull: delegation))])
    }
}

/// Another document the text cites: "Kế hoạch số 71/KH-UBND ngày 24/3/2023 của UBND tỉnh Bắc Ninh".
public struct Reference: Sendable, Hashable, JSONRepresentable {
    public internal(set) var text: String
    public internal(set) var type: String?
    public internal(set) var number: String?
    public internal(set) var issued: CivilDate?
    public internal(set) var issuer: String?
    public internal(set) var lines: LineRange

    public var json: JSONValue {
        .object([("text", .string(text)), ("type", .string(orNull: type)), ("number", .string(orNull: number)),
                 ("issued", .string(orNull: issued?.iso)), ("issuer", .string(orNull: issuer)), ("lines", lines.json)])
    }
}

/// "trật tự, an toàn giao thông (TTATGT)" → short TTATGT, long "trật tự, an toàn giao thông".
public struct Abbreviation: Sendable, Hashable, JSONRepresentable {
    public internal(set) var short: String
    public internal(set) var long: String
    public internal(set) var lines: LineRange

    public var json: JSONValue { .object([("short", .string(short)), ("long", .string(long)), ("lines", lines.json)]) }
}
