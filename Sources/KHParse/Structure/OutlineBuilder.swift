/// Builds the section tree from blocks. Items nest by rank — Roman parts, then Arabic items, then
/// decimals by depth (1.1 inside 1., 1.1.1 inside 1.1), then letters, then bullets by the order
/// their symbols first appear — so "2." closes every "1.x" before it without any lookahead.
struct OutlineBuilder {
    struct Result {
        var sections: [Section] = []
        var tables: [Table] = []
        var dropped: [DroppedText] = []
        var diagnostics: [Diagnostic] = []
    }

    /// A section while it is being built.
    private final class Node {
        var marker: Marker?
        var style: Section.Style
        var rank: Int
        var title: String?
        /// Where the title's wrapped lines begin, while it is the text as written.
        var titleStarts: LineStarts?
        var label: String?
        var labelText: String?
        /// Bullets under a label item with nothing after its colon ("b) Cơ quan thực hiện:"): its
        /// text, or, when a bullet is a label itself ("- Cơ quan chủ trì: Sở Tư pháp."), a field of its own.
        var labelBullets: [String] = []
        var subFields: [Field] = []
        var paragraphs: [Paragraph] = []
        var captionCandidates: [Int] = []
        var fields: [Field] = []
        var children: [Node] = []
        var lines: LineRange
        var fixedID: String?
        var fixedRole: Section.Role?
        /// A plan the document carries after its signature ("attachment", "attachment2").
        var opensAttachment = false
        /// The document's closing formula ("Trên đây là Kế hoạch …"), which assigns nothing.
        var closesDocument = false

        init(marker: Marker?, style: Section.Style, rank: Int, title: String?, lines: LineRange) {
            self.marker = marker
            self.style = style
            self.rank = rank
            self.title = title
            self.lines = lines
        }

        func extend(_ range: LineRange) { lines = lines.union(range) }
    }

    /// `tailStart`: index of the first block after the signature, where appendices and attached
    /// plans ("KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)") stand.
    /// `attachments`: whether a plan attached to the document is looked for (decisions only).
    func build(_ blocks: [Block], tailStart: Int? = nil, attachments: Bool = true) -> Result {
        var result = Result()
        var roots: [Node] = []
        var stack: [Node] = []
        var bulletRanks: [String: Int] = [:]
        var appendixCount = 0

        func attachToCurrent(_ paragraph: Paragraph, captionCandidate: Bool = false) {
            let node: Node
            if let top = stack.last {
                node = top
            } else {
                // Ranked below everything: the first item closes the preamble.
                let preamble = Node(marker: nil, style: .none, rank: Int.max, title: nil, lines: paragraph.lines)
                preamble.fixedID = roots.contains { $0.fixedID == "preamble" } ? "preamble~\(roots.count + 1)" : "preamble"
                preamble.fixedRole = .basis
                roots.append(preamble)
                stack = [preamble]
                node = preamble
            }
            if captionCandidate { node.captionCandidates.append(node.paragraphs.count) }
            node.paragraphs.append(paragraph)
            for open in stack { open.extend(paragraph.lines) }
        }

        // A label with nothing after its colon ("Thời gian thực hiện:", "Nhiệm vụ:") gathers the
        // bullets right under it: they are its text, one per line, not items of their own.
        var openLabel: (node: Node, field: Int)?

        // The same for a label item ("b) Cơ quan thực hiện:"), which fills the item that holds it.
        var openItemLabel: Node?

        var attachmentCount = 0
        // Where the next item stands after each block: a closing formula opens the closing only after the last item.
        let nextItem = Self.nextItems(blocks)
        var closingOpen = false
        for (blockIndex, original) in blocks.enumerated() {
            var block = original
            // "PHẦN I. DANH MỤC THỦ TỤC …" inside a decision's article or an appendix divides that text, not the
            // document: it stays the text it was. A part opens a section only in a plan's own body, which may
            // begin right after the preamble ("Căn cứ …" / "Phần thứ nhất").
            if case let .item(marker) = block.kind, marker.style == .part,
               appendixCount > 0 || attachmentCount > 0
                || stack.contains(where: { $0.style == .article || $0.style == .none && $0.fixedRole != .basis }) {
                let text = Text.join(marker.text, block.text)
                block = Block(kind: .paragraph, text: text, lines: block.lines,
                              starts: block.starts.shifted(by: text.utf8.count - block.text.utf8.count))
            }
            if case let .item(marker) = block.kind, marker.style == .bullet, let (node, field) = openLabel {
                if let (label, rest) = LabelReader.read(block.text) {
                    // "- Cơ quan chủ trì: …" under "Cơ quan thực hiện:": a label of its own.
                    node.fields.append(Field(label: label, text: String(rest), deadlines: [], lines: block.lines, starts: block.starts(of: rest)))
                } else {
                    node.fields[field].items.append(block.text)
                    Text.append("- " + block.text, to: &node.fields[field].text)   // in place: a long list grows, never copied
                    node.fields[field].lines = node.fields[field].lines.union(block.lines)
                }
                for open in stack { open.extend(block.lines) }
                continue
            }
            if case let .item(marker) = block.kind, marker.style == .bullet, let holder = openItemLabel {
                if let (label, rest) = LabelReader.read(block.text) {
                    holder.subFields.append(Field(label: label, text: String(rest), deadlines: [], lines: block.lines, starts: block.starts(of: rest)))
                } else {
                    holder.labelBullets.append(block.text)
                }
                for open in stack { open.extend(block.lines) }
                continue
            }
            if openItemLabel != nil || openLabel != nil, case .paragraph = block.kind, Self.fillsLabel(block) {
                // "2. Thời gian trình khen thưởng:" / "Hồ sơ trình … trước ngày 31/3/2026 …", "Thời gian thực hiện:" /
                // "Quý I năm 2026.": a label's value on the line below, as plain text writes what a bold span joined.
                if let holder = openItemLabel, holder.labelBullets.isEmpty, holder.subFields.isEmpty {   // its value still empty
                    holder.labelText = block.text
                    let title = holder.title.map { Text.join($0, block.text) } ?? block.text
                    if let starts = block.knownStarts {
                        holder.titleStarts?.add(starts, at: title.utf8.count - block.text.utf8.count, firstLine: block.lines.first)
                    } else {
                        holder.titleStarts = nil
                    }
                    holder.title = title
                    for open in stack { open.extend(block.lines) }
                    openItemLabel = nil
                    continue
                }
                if let (node, field) = openLabel, node.fields[field].text.isEmpty {
                    node.fields[field].text = block.text
                    node.fields[field].starts = block.knownStarts.map { var s = LineStarts(); s.add($0, at: 0, firstLine: block.lines.first); return s }
                    node.fields[field].lines = node.fields[field].lines.union(block.lines)
                    for open in stack { open.extend(block.lines) }
                    openLabel = nil
                    continue
                }
            }
            openLabel = nil
            openItemLabel = nil
            switch block.kind {
            case let .item(marker):
                closingOpen = false
                let rank = Self.rank(marker, stack: stack, bulletRanks: &bulletRanks)
                while let top = stack.last, top.rank >= rank { stack.removeLast() }
                let node = Node(marker: marker, style: Self.style(marker), rank: rank, title: block.text, lines: block.lines)
                node.titleStarts = block.knownStarts
                if let (label, rest) = LabelReader.read(block.text) {
                    node.label = label
                    node.labelText = String(rest)
                    if rest.isEmpty, marker.style != .bullet { openItemLabel = node }
                }
                if let parent = stack.last { parent.children.append(node) } else { roots.append(node) }
                stack.append(node)
                for open in stack { open.extend(block.lines) }
            case let .label(label):
                // "Đơn vị chủ trì: Sở Y tế; Đơn vị phối hợp: Công an tỉnh": two labels on one line, two fields.
                let (value, more) = LabelReader.splitValue(block.text)
                // The first value is the text's start; a second label's is not said (its lines are the block's).
                let field = Field(label: label, text: value, deadlines: [], lines: block.lines,
                                  starts: block.text.utf8.starts(with: value.utf8) ? block.knownStarts : nil)
                if let top = stack.last {
                    top.fields.append(field)
                    for (other, rest) in more { top.fields.append(Field(label: other, text: rest, deadlines: [], lines: block.lines)) }
                    if block.text.isEmpty { openLabel = (top, top.fields.count - 1) }
                    for open in stack { open.extend(block.lines) }
                } else {
                    attachToCurrent(Paragraph(text: label + ": " + block.text, lines: block.lines,
                                              starts: block.knownStarts?.shifted(by: label.utf8.count + 2)))
                }
            case .paragraph:
                if attachments, Self.opensAttachment(blocks, at: blockIndex, tailStart: tailStart, appendixOpen: appendixCount > 0) {
                    // A plan attached to a decision, after its signature: a document of its own.
                    attachmentCount += 1
                    let node = Node(marker: nil, style: .none, rank: 0, title: block.text, lines: block.lines)
                    node.fixedID = attachmentCount == 1 ? "attachment" : "attachment\(attachmentCount)"
                    node.fixedRole = .other
                    node.opensAttachment = true
                    roots.append(node)
                    stack = [node]
                } else if block.isAllCaps, Reflow.opensAppendix(block.text) {
                    appendixCount += 1
                    let number = Self.appendixNumber(block.text)
                    let node = Node(marker: nil, style: .none, rank: 0, title: block.text, lines: block.lines)
                    node.fixedID = "PL" + (number ?? (appendixCount == 1 ? "" : String(appendixCount)))
                    node.fixedRole = .appendix
                    roots.append(node)
                    stack = [node]
                } else if !closingOpen, let top = stack.last, top.marker != nil,
                          nextItem[blockIndex] >= (tailStart.map { blockIndex < $0 ? $0 : blocks.count } ?? blocks.count),
                          ClosingFormula.opens(block.text) {
                    // "Trên đây là Kế hoạch …", "Văn phòng Chính phủ thông báo để … biết, thực hiện./.": the closing
                    // after the last item is the document's, not the last task's.
                    let node = Node(marker: nil, style: .none, rank: 0, title: nil, lines: block.lines)
                    node.fixedID = "closing"
                    node.fixedRole = .other
                    node.closesDocument = true
                    node.paragraphs.append(block.paragraph)
                    if let root = stack.first, root.opensAttachment {
                        node.rank = root.rank + 1
                        root.children.append(node)
                        root.extend(block.lines)
                        stack = [root, node]
                    } else {
                        roots.append(node)
                        stack = [node]
                    }
                    closingOpen = true
                } else {
                    attachToCurrent(block.paragraph, captionCandidate: block.isAllCaps)
                }
            case let .table(lines):
                var caption: String?
                if let top = stack.last, let candidate = top.captionCandidates.last {
                    // The caption is the last all-caps paragraph before the table, with at most
                    // the "(kèm theo …)" line between them.
                    let after = top.paragraphs[(candidate + 1)...]
                    if after.allSatisfy({ $0.text.hasPrefix("(") }) {
                        caption = top.paragraphs[candidate].text
                        top.paragraphs.remove(at: candidate)
                        top.captionCandidates.removeLast()
                    }
                }
                if caption == nil, !block.text.isEmpty { caption = block.text }   // an HTML <caption>
                let read = TableReader.read(lines, id: "T\(result.tables.count + 1)", caption: caption)
                result.tables.append(read.table)
                result.dropped.append(contentsOf: read.dropped)
                result.diagnostics.append(contentsOf: read.diagnostics)
                for open in stack { open.extend(block.lines) }
            }
        }

        var ids = UniqueIDs(capacity: blocks.count)   // a section per block at most
        result.sections = freeze(roots, parentPath: nil, parentRole: nil, ids: &ids, diagnostics: &result.diagnostics,
                                 dropped: &result.dropped, parentNumber: nil).sections
        return result
    }

    /// "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG …" in capitals opens a plan attached to a decision when it
    /// stands right after the signature, or after the articles when a "(Ban hành kèm theo Nghị quyết
    /// số …)" line follows it; never inside an appendix, where such a title heads a form template
    /// ("ĐỀ ÁN" over "(Họ và tên)", dotted blanks) or a procedure ("PHƯƠNG ÁN ĐƠN GIẢN HÓA TTHC").
    static func opensAttachment(_ blocks: [Block], at index: Int, tailStart: Int?, appendixOpen: Bool) -> Bool {
        let block = blocks[index]
        guard block.isAllCaps, block.text.count <= 240, !appendixOpen else { return false }
        let key = Fold.key(block.text)
        guard DocumentKinds.carriedPlanKeys.contains(where: { key == $0 || key.hasPrefix($0 + " ") }) else { return false }
        let next = blocks[(index + 1)..<min(blocks.count, index + 7)]
        let template = next.contains { b in
            let k = Fold.key(b.text)
            return b.text.containsBytes("……") || b.text.containsBytes(".....") || k.containsBytes("(ho va ten)") || k.hasPrefix("(neu co)")
                || k.containsBytes("ky, dong dau")
        }
        if template { return false }
        let declared = next.prefix(3).contains { b in
            let k = Fold.key(b.text.prefix(60))
            return k.hasPrefix("(") && k.containsBytes("kem theo")
        }
        if declared { return true }
        guard let tailStart, index >= tailStart else { return false }
        return key.count <= 40
    }

    /// For each block, the index of the first item after it (`blocks.count` if none).
    private static func nextItems(_ blocks: [Block]) -> [Int] {
        var next = [Int](repeating: blocks.count, count: blocks.count)
        var after = blocks.count
        for i in blocks.indices.reversed() {
            next[i] = after
            if case .item = blocks[i].kind { after = i }
        }
        return next
    }

    // MARK: Ranks

    private static func rank(_ marker: Marker, stack: [Node], bulletRanks: inout [String: Int]) -> Int {
        switch marker.style {
        // An article holds everything until the next one, Roman parts of an approved plan included.
        case .part: return -1
        case .article: return 0
        case .roman: return 1
        case .arabic: return 2
        case .decimal: return 1 + marker.values.count
        case .letter: return 10
        case .bullet:
            // "(1)", "(2)" … are one list, and so are "(i)", "(ii)" ….
            let symbol = marker.text == "–" || marker.text == "—" ? "-"
                : marker.text.utf8.first == 0x28 ? (marker.text.utf8.dropFirst().first.map { $0 >= 0x30 && $0 <= 0x39 } == true ? "(1)" : "(i)")
                : marker.text
            if let known = bulletRanks[symbol] { return known }
            let deepestBullet = stack.last { $0.style == .bullet }?.rank
            let rank = deepestBullet.map { $0 + 1 } ?? 20
            bulletRanks[symbol] = rank
            return rank
        }
    }

    private static func style(_ marker: Marker) -> Section.Style {
        switch marker.style {
        case .part: return .part
        case .article: return .article
        case .roman: return .roman
        case .arabic: return .arabic
        case .decimal: return .decimal
        case .letter: return .letter
        case .bullet: return .bullet
        }
    }

    /// "PHỤ LỤC II" → "II", "PHỤ LỤC 01" → "01", "PHỤ LỤC" → nil.
    private static func appendixNumber(_ title: String) -> String? {
        let words = title.split(separator: " ")
        guard words.count >= 3 else { return nil }
        let candidate = String(words[2].filter { $0 != "." && $0 != ":" })
        if RomanNumeral.value(Substring(candidate)) != nil || candidate.allSatisfy(\.isASCIIDigit) && !candidate.isEmpty { return candidate }
        return nil
    }

    // MARK: Freezing into immutable sections

    /// A label item's field ("Nội dung" and its text), the bullets it gathered as the text's lines and
    /// items, then the fields of the bullets that were labels themselves.
    private static func labelFields(_ node: Node, label: String) -> [Field] {
        // "- Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Tài chính": two labels on the line, two fields.
        let (value, more) = LabelReader.splitValue(node.labelText ?? "")
        var field = Field(label: label, text: value, deadlines: [], lines: node.lines)
        // The value is the end of the item's text as written ("b) Thời gian: …" and the line that filled it).
        if more.isEmpty, let title = node.title, let starts = node.titleStarts, let value = node.labelText, title.hasSuffix(value) {
            field.starts = starts.dropping(first: title.utf8.count - value.utf8.count)
        }
        if !node.labelBullets.isEmpty {
            field.items = node.labelBullets
            for bullet in node.labelBullets { Text.append("- " + bullet, to: &field.text) }
        }
        return [field] + more.map { Field(label: $0.label, text: $0.rest, deadlines: [], lines: node.lines) } + node.subFields
    }

    /// A paragraph that may be a label's value: not a closing formula, not a line in capitals (a caption, an appendix).
    private static func fillsLabel(_ block: Block) -> Bool {
        !block.isAllCaps && !ClosingFormula.opens(block.text)
    }

    private func freeze(_ nodes: [Node], parentPath: String?, parentRole: Section.Role?, inAttachment: Bool = false, ids: inout UniqueIDs,
                        diagnostics: inout [Diagnostic], dropped: inout [DroppedText], parentNumber: String?) -> (sections: [Section], hoisted: [Field]) {
        var sections: [Section] = []
        var bulletCount = 0
        // A leaf label item directly under a heading describes the heading: it becomes its field.
        var hoisted: [Field] = []
        diagnostics.append(contentsOf: NumberingCheck.check(nodes.compactMap { node in
            node.marker.flatMap { m in m.number.map { NumberingCheck.Item(style: Self.style(m), number: $0, line: node.lines.first) } }
        }, parentNumber: parentNumber))
        for node in nodes {
            if parentPath != nil, node.children.isEmpty, let label = node.label, node.paragraphs.isEmpty {
                if let marker = node.marker {
                    // "b) Nội dung: …" is a field now; its marker leaves the flow, and says so.
                    dropped.append(DroppedText(text: marker.text, reason: .markup, lines: LineRange(line: node.lines.first)))
                }
                hoisted += Self.labelFields(node, label: label)
                continue
            }
            let ownID: String
            if let fixed = node.fixedID {
                ownID = fixed
            } else if node.style == .bullet {
                bulletCount += 1
                ownID = "b\(bulletCount)"
            } else if node.style == .article {
                ownID = "D" + (node.marker?.number ?? "")
            } else if node.style == .part {
                ownID = "P" + (node.marker?.number ?? "")
            } else {
                ownID = node.marker?.number ?? "s"
            }
            let id = ids.claim(parentPath.map { "\($0)/\(ownID)" } ?? ownID)

            var title = node.title
            var titleStarts = node.titleStarts
            var fields = node.fields
            if let label = node.label, !node.children.isEmpty {
                // "6. Kinh phí thực hiện: Từ nguồn …" with items under it: the label names the
                // section and its text is the section's field.
                title = label
                titleStarts = nil
                fields.insert(contentsOf: Self.labelFields(node, label: label), at: 0)
            } else if let label = node.label, !node.labelBullets.isEmpty || !node.subFields.isEmpty {
                // A label item that stays a section (at the top, or with paragraphs of its own) keeps the
                // bullets it gathered in its field, as a hoisted one does: they are nowhere else.
                fields.insert(contentsOf: Self.labelFields(node, label: label), at: 0)
            }
            // A title names the section's role when it heads something, or stands unnumbered or as an article.
            let namesRole = node.style == .none || node.style == .article || node.style == .part
                || Section.isHeading(style: node.style, title: title, hasChildren: !node.children.isEmpty, hasParagraphs: !node.paragraphs.isEmpty)
            let ownRole = node.fixedRole ?? (namesRole ? title.flatMap(SectionRoles.role(forTitle:)) : nil)
            let role = ownRole ?? parentRole ?? .other

            let children = freeze(node.children, parentPath: id, parentRole: role, inAttachment: inAttachment || node.opensAttachment,
                                  ids: &ids, diagnostics: &diagnostics, dropped: &dropped, parentNumber: node.marker?.number)
            // Built in the array: a local section appended was copied (its strings retained) and then destroyed.
            sections.append(Section(id: id, number: node.marker?.number, marker: node.marker?.text, style: node.style,
                                    title: title, role: role, agency: nil, paragraphs: node.paragraphs,
                                    fields: fields + children.hoisted, children: children.sections, lines: node.lines))
            sections[sections.count - 1].inAttachment = inAttachment || node.opensAttachment
            sections[sections.count - 1].isClosing = node.closesDocument
            sections[sections.count - 1].titleStarts = titleStarts
        }
        return (sections, hoisted)
    }
}
