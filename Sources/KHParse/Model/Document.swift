/// The header and footer blocks of an administrative document (layout per Nghị định 30/2020/NĐ-CP).
///
/// `type` "Kế hoạch", `number` "122/KH-UBND", `place` "Hải Phòng", `issued` 2026-04-10.
public struct DocumentInfo: Sendable, Hashable, JSONWritable {
    /// Tên loại in sentence case: "Kế hoạch".
    public internal(set) var type: String?
    /// Số và ký hiệu with inner spaces removed: "122/KH-UBND".
    public internal(set) var number: String?
    /// The issuing body: "Ủy ban nhân dân thành phố Hải Phòng".
    public internal(set) var issuer: String?
    /// Địa danh of the date line: "Hải Phòng".
    public internal(set) var place: String?
    /// The date of the date line.
    public internal(set) var issued: CivilDate?
    /// Trích yếu.
    public internal(set) var title: String?
    /// The signature block, or nil when there is none.
    public internal(set) var signer: Signer?
    /// "Nơi nhận:": `["TTTU", "CT, các PCT UBND TP", …]`.
    public internal(set) var recipients: [String] = []
    /// Every other document the text cites, once each.
    public internal(set) var references: [Reference] = []
    /// Abbreviations the text defines: "trật tự, an toàn giao thông (TTATGT)".
    public internal(set) var abbreviations: [Abbreviation] = []

    /// A document with every field absent.
    public init() {}

    /// The `document` object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("type", type); out.member("number", number)
        out.member("issuer", issuer); out.member("place", place)
        out.member("issued", issued?.iso); out.member("title", title)
        out.member("signer", signer); out.member("recipients", recipients)
        out.member("references", references); out.member("abbreviations", abbreviations)
        out.endObject()
    }
}

/// "TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ tịch / Lê Anh Quân".
public struct Signer: Sendable, Hashable, JSONWritable {
    /// The signer's name: "Lê Anh Quân".
    public internal(set) var name: String?
    /// The position: "Phó Chủ tịch".
    public internal(set) var position: String?
    /// The authority signed for: "TM. Ủy ban nhân dân".
    public internal(set) var authority: String?
    /// The delegation: "KT. Chủ tịch".
    public internal(set) var delegation: String?

    /// The `signer` object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("name", name); out.member("position", position)
        out.member("authority", authority); out.member("delegation", delegation)
        out.endObject()
    }
}

/// Another document the text cites: "Kế hoạch số 71/KH-UBND ngày 24/3/2023 của UBND tỉnh Bắc Ninh".
public struct Reference: Sendable, Hashable, JSONWritable {
    /// The citation as written.
    public internal(set) var text: String
    /// Its tên loại: "Kế hoạch".
    public internal(set) var type: String?
    /// Its số và ký hiệu: "71/KH-UBND".
    public internal(set) var number: String?
    /// Its date: 2023-03-24.
    public internal(set) var issued: CivilDate?
    /// Who issued it: "UBND tỉnh Bắc Ninh".
    public internal(set) var issuer: String?
    /// The lines of the paragraph, title or cell that cites it.
    public internal(set) var lines: LineRange

    /// The reference object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("text", text); out.member("type", type); out.member("number", number)
        out.member("issued", issued?.iso); out.member("issuer", issuer); out.member("lines", lines)
        out.endObject()
    }
}

/// "trật tự, an toàn giao thông (TTATGT)" → short TTATGT, long "trật tự, an toàn giao thông".
public struct Abbreviation: Sendable, Hashable, JSONWritable {
    /// The short form: "TTATGT".
    public internal(set) var short: String
    /// What it stands for: "trật tự, an toàn giao thông".
    public internal(set) var long: String
    /// The lines of the text that defines it.
    public internal(set) var lines: LineRange

    /// The abbreviation object.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("short", short); out.member("long", long); out.member("lines", lines)
        out.endObject()
    }
}
