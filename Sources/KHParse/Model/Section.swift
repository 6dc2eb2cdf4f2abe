/// A node of the document's outline: a numbered heading, an item, or a bullet.
/// "II/1 · 1. · Công tác quán triệt, triển khai".
public struct Section: Sendable, Hashable, JSONWritable {
    /// The marker's style: `.roman` for "II.", `.letter` for "a)", `.bullet` for "-".
    public enum Style: String, Sendable, CaseIterable {
        /// "Phần thứ nhất", "PHẦN I." of a long plan, above its Roman headings.
        case part
        /// "Điều 1." of a decision.
        case article
        /// "II."
        case roman
        /// "1."
        case arabic
        /// "1.1."
        case decimal
        /// "a)"
        case letter
        /// "-", "+", "•"
        case bullet
        /// Text with no marker of its own: the preamble before the first heading, an appendix.
        case none
    }

    /// What a heading is about, read from its first words: "II. NHIỆM VỤ …" → `.tasks`.
    public enum Role: String, Sendable, CaseIterable {
        /// MỤC ĐÍCH
        case purpose
        /// YÊU CẦU
        case requirements
        /// CĂN CỨ, SỰ CẦN THIẾT; the preamble
        case basis
        /// MỤC TIÊU, CHỈ TIÊU
        case objectives
        /// QUAN ĐIỂM
        case viewpoints
        /// PHẠM VI, ĐỐI TƯỢNG
        case scope
        /// TÌNH HÌNH, KẾT QUẢ, ĐÁNH GIÁ …
        case review
        /// NHIỆM VỤ, GIẢI PHÁP, NỘI DUNG …
        case tasks
        /// PHÂN CÔNG, TRÁCH NHIỆM
        case assignment
        /// KINH PHÍ, NGUỒN LỰC
        case funding
        /// TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ BÁO CÁO …
        case organization
        /// PHỤ LỤC
        case appendix
        /// a topic heading: "III. PHÁT TRIỂN HẠ TẦNG SỐ"
        case other

        /// Roles whose leaf items are tasks.
        public var bearsTasks: Bool {
            switch self {
            case .tasks, .assignment, .funding, .organization, .other: return true
            default: return false
            }
        }
    }

    /// The path of numbers: "II/1", "III/1/b3"; "preamble", "PL", "attachment", "D1".
    public internal(set) var id: String
    /// The number: "1", or nil.
    public internal(set) var number: String?
    /// The marker as written: "1.", or nil.
    public internal(set) var marker: String?
    /// The marker's style.
    public internal(set) var style: Style
    /// The heading: "Công tác quán triệt, triển khai", or nil for an item with text only.
    public internal(set) var title: String?
    /// What the heading is about.
    public internal(set) var role: Role
    /// The agency the heading names as responsible, or nil.
    public internal(set) var agency: Agency?
    /// The text under the heading, paragraph by paragraph.
    public internal(set) var paragraphs: [Paragraph] = []
    /// Label lines that describe the section: "Thời gian thực hiện: Từ năm 2025 đến hết năm 2030".
    public internal(set) var fields: [Field] = []
    /// The sections below it.
    public internal(set) var children: [Section] = []
    /// From the marker to the last line of its last child.
    public internal(set) var lines: LineRange
    /// Structure's fact for Extract, not emitted: the section belongs to a plan the document carries
    /// after its signature (the "attachment" sections and what they hold).
    var inAttachment = false
    /// Structure's fact for Extract, not emitted: the section is the document's closing formula ("closing"), whose
    /// text and whatever stands under it (recipients a footer could not take) assign nothing.
    var isClosing = false
    /// Structure's fact for Extract, not emitted: where the title's wrapped lines begin (nil when the title
    /// is not the item's text as written, e.g. a label that names the section).
    var titleStarts: LineStarts?

    /// Whether the section heads what stands under it (`isHeading(style:title:hasChildren:hasParagraphs:)`).
    var isHeading: Bool {
        Self.isHeading(style: style, title: title, hasChildren: !children.isEmpty, hasParagraphs: !paragraphs.isEmpty)
    }

    /// A section heads what stands under it (its title names a role, an agency heading hands its body
    /// down) when it has children, is a roman part, or has paragraphs under a title that does not end
    /// its sentence or ends with a colon ("Sở Y tế:").
    static func isHeading(style: Style, title: String?, hasChildren: Bool, hasParagraphs: Bool) -> Bool {
        hasChildren || style == .roman || (hasParagraphs && (title.map { !Text.endsClause($0) || $0.hasSuffix(":") } ?? true))
    }

    /// The section object with its children.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("id", id); out.member("number", number); out.member("marker", marker)
        out.member("style", style.rawValue); out.member("title", title); out.member("role", role.rawValue)
        out.member("agency", agency); out.member("paragraphs", paragraphs); out.member("fields", fields)
        out.member("children", children); out.member("lines", lines)
        out.endObject()
    }
}

/// A paragraph of text with its lines: `{"text": "Tháo gỡ khó khăn …", "lines": [52, 53]}`.
public struct Paragraph: Sendable, Hashable, JSONWritable {
    /// The text, hard wraps joined.
    public internal(set) var text: String
    /// Its input lines.
    public internal(set) var lines: LineRange
    /// Where its wrapped lines begin in `text`, when known (not emitted): a phrase found in it names its own lines.
    var starts: LineStarts? = nil

    /// `{"text", "lines"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("text", text); out.member("lines", lines)
        out.endObject()
    }
}

/// A label line that describes its item: "Thời gian hoàn thành: Tháng 3/2023."
public struct Field: Sendable, Hashable, JSONWritable {
    /// The label without its colon: "Thời gian hoàn thành".
    public internal(set) var label: String
    /// The label's value; bullets under an empty label ("Nhiệm vụ:" / "- …" / "- …") follow one
    /// another as "- … - …" (output.md allows no line break in a value).
    public internal(set) var text: String
    /// The deadlines of a deadline label.
    public internal(set) var deadlines: [Deadline]
    /// The label line and what it holds.
    public internal(set) var lines: LineRange
    /// The bullets under the label, one each, for the task they fill (parts, agency lists).
    var items: [String] = []
    /// Where the value's wrapped lines begin in `text`, when known (not emitted).
    var starts: LineStarts? = nil

    /// `{"label", "text", "deadlines", "lines"}`.
    public var json: JSONValue { jsonTree }

    func writeJSON<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.member("label", label); out.member("text", text); out.member("deadlines", deadlines); out.member("lines", lines)
        out.endObject()
    }
}
