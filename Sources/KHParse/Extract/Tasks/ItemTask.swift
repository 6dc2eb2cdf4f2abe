/// An item's task: its title and paragraphs as one text (a heading-like item's title stays the heading),
/// the deadlines its text, parentheses and time labels state, who does it (`AgencyPrecedence`), and its parts
/// (the bullets it introduces, the items of a "Nhiệm vụ:" label).
extension TaskExtractor {
    func task(from section: Section, parentID: String?, inherited: Inherited, parts: Bool, headingLike: Bool,
              state: inout TaskState) -> PlanTask {
        var segments: [Paragraph] = []
        if !headingLike, let title = section.title {
            let first = section.lines.first
            let last = section.titleStarts?.lastLine(first: first) ?? first
            segments.append(Paragraph(text: title, lines: LineRange(first, last), starts: section.titleStarts))
        }
        segments += section.paragraphs
        // Content labels ("Nội dung cam kết: …") belong to the statement; time labels become deadlines;
        // the bullets under "Nhiệm vụ:" are the task's parts.
        var labelParts: [Paragraph] = []
        var labelLead: [Agency] = [], labelSupport: [Agency] = []
        for field in section.fields where !LabelReader.isDeadlineLabel(field.label) {
            let key = Fold.key(field.label)
            if key == "nhiem vu", !field.items.isEmpty {
                labelParts += field.items.map { Paragraph(text: $0, lines: field.lines) }
                continue
            }
            // "Cơ quan chủ trì: Sở Tư pháp", "Đơn vị phối hợp: …", "Đơn vị thực hiện: …".
            if key.hasSuffix("chu tri") || key.hasSuffix("thuc hien") && (key.hasPrefix("co quan") || key.hasPrefix("don vi")) {
                // "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Y tế …": a sentence that names both.
                if field.items.isEmpty, let clause = ResponsibilityClause.read(sentence: field.text), !clause.lead.isEmpty, !clause.support.isEmpty {
                    labelLead += clause.lead
                    labelSupport += clause.support
                    continue
                }
                labelLead += AgencyReader.split(Self.listText(field), recoverJoined: true)
                continue
            }
            if key.hasSuffix("phoi hop") {
                labelSupport += AgencyReader.split(Self.listText(field), recoverJoined: true)
                continue
            }
            // "Thành phần: Sở Y tế (chủ trì), Công an tỉnh, Sở Công Thương": the body marked "(chủ trì)" leads, the others
            // support. Without the mark the participants are the activity's particulars.
            if key == "thanh phan", let (lead, support) = Self.participants(Self.listText(field)) {
                labelLead += lead
                labelSupport += support
                continue
            }
            segments.append(Paragraph(text: field.label + ": " + field.text, lines: field.lines))
        }
        if segments.isEmpty, let title = section.title { segments.append(Paragraph(text: title, lines: section.lines)) }

        var responsibility: ResponsibilityClause?
        var inline: [Deadline] = []
        var stated: [Deadline] = []      // from parentheses and label lines
        var texts: [String] = []
        for segment in segments {
            let peeled = TrailingClauses.peel(segment.text)
            if responsibility == nil { responsibility = peeled.responsibility }
            texts.append(peeled.text)
            inline += state.read(peeled.text, .inline, in: segment)
            for phrase in peeled.deadlinePhrases { stated += state.read(phrase, .parenthesis, in: segment) }
        }
        for field in section.fields where LabelReader.isDeadlineLabel(field.label) { stated += field.deadlines }
        // "Thường xuyên phối hợp … (thực hiện thường xuyên)" states one time, not two.
        var deadlines: [Deadline] = []
        for d in inline where !stated.contains(where: { Self.sameTime($0, d) }) && !deadlines.contains(where: { Self.sameTime($0, d) }) {
            deadlines.append(d)
        }
        deadlines += stated
        // Paragraphs of one task read as one text: output.md allows no line break in a value.
        // Grown in place (joining into a new text at each paragraph copied the text so far each time).
        var text = ""
        for tail in texts {
            // A paragraph that is only its closing punctuation ("." after "…") closes the text above.
            if tail.first.map({ ".,;:".contains($0) }) == true { text += tail } else { Text.append(tail, to: &text) }
        }

        var task = PlanTask(id: section.id, number: section.number, section: parentID, text: text, origin: .body, lines: section.lines)
        task.deadlines = deadlines
        let who = AgencyPrecedence(labels: (labelLead, labelSupport), clause: responsibility,
                                   sentence: ResponsibilityClause.read(sentence: text) ?? ResponsibilityClause.read(subjectless: text),
                                   heading: inherited)
        task.lead = who.lead
        task.support = who.support
        task.requested = who.requested
        if parts {
            task.parts = section.children.map { Paragraph(text: $0.title ?? "", lines: $0.lines) }
        }
        task.parts += labelParts
        if task.deadlines.isEmpty {
            state.diagnostics.append(Diagnostic(.note, .missingDeadline, "task \(task.id) states no deadline", lines: task.lines))
        }
        return task
    }

    /// A label's list of bodies, one per bullet or written on one line.
    /// The bodies of a participants' list whose lead is marked "(chủ trì)" ("Sở Y tế (chủ trì), Công an tỉnh"); nil
    /// when none is marked or the text around the mark names no body.
    static func participants(_ text: String) -> (lead: [Agency], support: [Agency])? {
        let lowered = Casing.lowercased(text)
        guard let mark = lowered.byteRange(of: "(chủ trì)") else { return nil }
        // Lower-casing keeps every character: the same offsets in the text as written.
        let offset = lowered.distance(from: lowered.startIndex, to: mark.lowerBound)
        let before = text.prefix(offset)
        let after = text.dropFirst(offset + "(chủ trì)".count).drop { $0 == "," || $0 == ";" || $0 == " " }
        var named = AgencyReader.split(String(before), recoverJoined: false)
        guard let lead = named.popLast() else { return nil }
        let rest = after.isEmpty ? [] : AgencyReader.split(String(after), recoverJoined: false)
        return ([lead], named + rest)
    }

    static func listText(_ field: Field) -> String {
        let pieces = field.items.isEmpty ? [field.text] : field.items
        return pieces.map { line in
            var l = line.trimmingSpaces()
            while let last = l.last, ";.,".contains(last) { l = l.dropLast(1) }
            return String(l)
        }.joined(separator: "; ")
    }

    /// Two statements that say the same time, whatever their wording.
    static func sameTime(_ a: Deadline, _ b: Deadline) -> Bool {
        a.kind == b.kind && a.start == b.start && a.end == b.end && a.rrule == b.rrule && a.offset == b.offset && a.event == b.event
    }
}
