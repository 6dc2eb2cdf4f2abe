/// Fills `document.references`, `document.abbreviations`, each task's `targets`, and a missing
/// `document.issuer` from the plan's citation of itself, from the text where they stand. Each cited document is listed once, at its first citation, with what later
/// citations add (a date one of them gives); the plan itself ("Kế hoạch này", its own number,
/// "Kế hoạch của UBND thành phố" in a plan of that UBND) is no reference.
enum DocumentIndex {
    static func apply(to document: inout DocumentInfo, titleLines: LineRange?, sections: [Section], tables: [Table], tasks: inout [PlanTask]) {
        var references: [Reference] = []
        var abbreviations: [Abbreviation] = []
        // Every citation first: the plan's citation of its own number may stand last (an appendix
        // line) yet name the issuer that tells its earlier self-citations apart.
        var citations: [(FoundReference, LineRange)] = []
        func read(_ text: String, _ lines: LineRange) {
            // Most texts hold no number, "(" or capitalized type word that may cite or define, and are not
            // scanned (`CitationFilter`); the others are scanned once for both readers.
            guard CitationFilter.mayIndex(text) else { return }
            let scanned = ScanText(text)
            citations += ReferenceReader.find(in: scanned).map { ($0, lines) }
            guard AbbreviationReader.mayDefine(text) else { return }
            for found in AbbreviationReader.find(in: scanned) where !abbreviations.contains(where: { $0.short == found.short }) {
                abbreviations.append(Abbreviation(short: found.short, long: found.long, lines: lines))
            }
        }
        // The texts in the order of the output (title, then each section's title, paragraphs and fields, its
        // children, then the tables' cells), each read where it stands: the first citation and definition win.
        func readPieces(_ text: String, _ lines: LineRange) { TextPieces.each(text) { read($0, lines) } }
        func walk(_ section: Section) {
            if let title = section.title { readPieces(title, LineRange(line: section.lines.first)) }
            for paragraph in section.paragraphs { readPieces(paragraph.text, paragraph.lines) }
            for field in section.fields { readPieces(field.label + ": " + field.text, field.lines) }
            section.children.forEach(walk)
        }
        if let title = document.title, let lines = titleLines { readPieces(title, lines) }
        sections.forEach(walk)
        for table in tables {
            for row in table.rows { for cell in row.cells where !cell.isEmpty { readPieces(cell, row.lines) } }
        }
        // "(kèm theo Kế hoạch số 122/KH-UBND … của Ủy ban nhân dân thành phố Hải Phòng)": a plan whose
        // header lost its issuer still names it here.
        if document.issuer == nil, let own = document.number,
           let issuer = citations.first(where: { $0.0.number == own && $0.0.issuer.map(AgencyReader.beginsWithAgency) == true })?.0.issuer {
            document.issuer = issuer
        }
        // One reference per cited document, found by its key (a search of the list for each citation took
        // time with the square of their number); laws without numbers then by their names (`sameLaw`).
        var seen: [DocumentKey: [Int]] = [:]
        var names: [(name: String?, closes: Bool)] = []   // each reference's law name (`FoundReference.name`)
        for (found, lines) in citations where !isSelf(found, document) {
            let reference = Reference(text: found.text, type: found.type, number: found.number, issued: found.issued,
                                      issuer: found.issuer, lines: lines)
            let key = DocumentKey(found)
            if let i = seen[key]?.first(where: { sameLaw(names[$0], (found.name, found.nameCloses)) }) {
                if references[i].issued == nil { references[i].issued = reference.issued }
                if references[i].issuer == nil { references[i].issuer = reference.issuer }
                if !names[i].closes, found.nameCloses { names[i] = (found.name, true) }
            } else {
                seen[key, default: []].append(references.count)
                references.append(reference)
                names.append((found.name, found.nameCloses))
            }
        }
        document.references = references
        document.abbreviations = abbreviations
        // A long task's text (a document of lines that are no items, read as one task) in pieces, as above:
        // a scan holds a token every byte or two of a text of numbers and signs.
        for i in tasks.indices { tasks[i].targets = TextPieces.flatMap(tasks[i].text, TargetReader.find) }
    }

    /// What makes two citations one document: the same number; or, both without a number, the same type,
    /// issuer ("của BTV Tỉnh ủy" and "của Ban Thường vụ Tỉnh ủy" name one issuer) and first word of a law's
    /// name, and then the same name (`sameLaw`).
    struct DocumentKey: Hashable {
        var number: String?
        var type: String?
        var issuer: String?
        var nameStart: Substring?

        init(_ found: FoundReference) {
            number = found.number
            if number == nil {
                type = found.type
                issuer = found.issuer.map { Fold.key(AgencyNames.canonical($0)) }
                nameStart = found.name.map { $0.prefix { $0 != " " && $0 != "," } }
            }
        }
    }

    /// Two laws' names (folded) name one law: the same name, or — where one may run on into its sentence
    /// (`FoundReference.nameCloses`) — one name and more words ("Luật Đất đai" and "Luật Đất đai nếu đủ điều
    /// kiện", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ" and "Luật Phòng cháy"), or two that run on and
    /// start alike. Citations without names (numbers, issuers) are told apart by their key alone.
    static func sameLaw(_ a: (name: String?, closes: Bool), _ b: (name: String?, closes: Bool)) -> Bool {
        guard let x = a.name, let y = b.name else { return a.name == nil && b.name == nil }
        if x == y { return true }
        if a.closes && b.closes { return false }
        let (short, long) = x.utf8.count < y.utf8.count ? (x, y) : (y, x)
        if long.hasPrefix(short + " ") || long.hasPrefix(short + ",") { return true }
        // Both run on ("Luật Bảo hiểm xã hội nếu …", "Luật Bảo hiểm xã hội thuộc …"): their first three words.
        return !a.closes && !b.closes && x.split(separator: " ").prefix(3) == y.split(separator: " ").prefix(3)
    }

    private static func isSelf(_ found: FoundReference, _ document: DocumentInfo) -> Bool {
        if let number = found.number, let own = document.number { return number == own }
        guard found.number == nil, let type = found.type, type == document.type,
              let issuer = found.issuer, let own = document.issuer else { return false }
        let cited = Fold.key(AgencyNames.canonical(issuer)), mine = Fold.key(own)
        return mine.hasPrefix(cited)
    }
}
