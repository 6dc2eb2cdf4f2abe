
/// Options of one run, as the CLI passes them.
///
/// `ParseOptions(issued: CivilDate(iso: "2026-04-10"), from: .tcvn3)`.
public struct ParseOptions: Sendable {
    /// `--issued`: overrides the document's own date for year inference and checks.
    public var issued: CivilDate?
    /// Tone placement and the other normalization options.
    public var normalization: NormalizationOptions
    /// `--from`: the input's encoding, when detection should not guess.
    public var from: TextEncoding?

    /// Options: `ParseOptions(issued: CivilDate(iso: "2026-04-10"), from: .tcvn3)`.
    public init(issued: CivilDate? = nil, normalization: NormalizationOptions = NormalizationOptions(), from: TextEncoding? = nil) {
        self.issued = issued
        self.normalization = normalization
        self.from = from
    }
}

/// The whole pipeline: decode → normalize → lines → tokenize → reflow → structure → extract.
/// Bad text never throws; only bytes that are clearly not text do (`RefusedInput`).
///
/// Three steps (lines, structure, extract) hand each other what the next one reads, and each form of
/// the text is let go as soon as the next form is made (the decoded text, the normalized lines, the
/// cleaned lines, the tokens, the blocks): one scope for the whole pipeline held all of them at once, about
/// nine times the input's size.
public enum KHParser {
    /// Parses the bytes of a file: `try KHParser.parse(bytes: Array(data), name: "kh-12.txt")`. `name` becomes `source.name`.
    ///
    /// The bytes are let go once decoded when the caller hands them over (`parse(bytes: consume bytes, …)`):
    /// for a large file they are as big as the tokens made from them.
    public static func parse(bytes: consuming [UInt8], name: String, options: ParseOptions = ParseOptions()) throws(RefusedInput) -> PlanOutput {
        let digest = Digest.sha256Hex(bytes)
        return try parse(bytes: consume bytes, name: name, digest: digest, options: options)
    }

    /// `parse(bytes:name:options:)` with the bytes' SHA-256 (hex) already made: a batch makes it first, for the
    /// error line of an input refused as not text, whose bytes the parse has taken.
    static func parse(bytes: consuming [UInt8], name: String, digest: String, options: ParseOptions) throws(RefusedInput) -> PlanOutput {
        let count = bytes.count
        let lines = try readLines(consume bytes, options: options)
        let source = SourceInfo(name: name, sha256: digest, bytes: count, encoding: lines.encoding, repairs: lines.repairs)
        let structure = structure(consume lines)
        return extract(consume structure, source: source, options: options)
    }

    /// What the line stages hand on: the tokens, and what they dropped, said and repaired.
    struct Lines {
        var tokens: [LineToken]
        var dropped: [DroppedText]
        var diagnostics: [Diagnostic]
        var encoding: String
        var repairs: [String]
    }

    /// decode → normalize → raw lines; then tables, cleaned lines and tokens.
    static func readLines(_ bytes: consuming [UInt8], options: ParseOptions) throws(RefusedInput) -> Lines {
        var text = try decodeAndNormalize(consume bytes, options: options)
        var rawLines = text.lines
        text.lines = []
        // Pipe, grid, space-aligned, cell-per-line and HTML tables are found in the raw lines (the
        // cleaner collapses the spaces that align columns), and the cleaner is told which lines they
        // claim: their cells keep what it would drop.
        let found = TableShapes.find(inPlace: &rawLines)
        let claims = LineCleaner.TableClaims(found, lineCount: rawLines.count)
        // Each cleaned line is tokenized as the cleaner hands it on, and each raw line let go as it is read.
        var stream = Tokenizer.Stream(capacity: rawLines.count)
        let cleaned = LineCleaner.clean(lines: consume rawLines, tables: claims) { stream.add($0) }
        var tokens = stream.take()
        if !found.isEmpty { Tokenizer.overlay(found, on: &tokens) }
        return Lines(tokens: tokens, dropped: cleaned.dropped, diagnostics: text.diagnostics, encoding: text.encoding,
                     repairs: text.repairs + cleaned.repairs)
    }

    /// The text decoded and normalized, as its lines; the bytes are let go once decoded, the decoded
    /// form on return.
    private static func decodeAndNormalize(_ bytes: consuming [UInt8], options: ParseOptions) throws(RefusedInput)
        -> (lines: [String], diagnostics: [Diagnostic], encoding: String, repairs: [String]) {
        let decoded = try TextDecoder.decode(bytes, from: options.from)
        _ = consume bytes
        var normalization = options.normalization
        normalization.sourceEncoding = TextEncoding(rawValue: decoded.encoding)
        let normalized = TextNormalizer.normalizeLines(decoded.text, options: normalization)
        var diagnostics = decoded.diagnostics
        if let line = normalized.firstRepairedLine {
            let kinds = normalized.repairs.filter { $0.hasPrefix("mojibake") || $0 == "tcvn3-caps" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(.warning, .encodingRepaired, "legacy-font text repaired (\(kinds)), first on line \(line)",
                                          lines: LineRange(line: line)))
        }
        return (normalized.lines, diagnostics, decoded.encoding, decoded.repairs + normalized.repairs)
    }

    /// What the structure stages hand on: the header and footer's document fields, and the blocks of
    /// the body (then of what follows the signature, from `tailStart` on).
    struct Structure {
        var document: DocumentInfo
        var titleLines: LineRange?
        var blocks: [Block]
        var tailStart: Int
        var empty: Bool
        var dropped: [DroppedText]
        var diagnostics: [Diagnostic]
    }

    /// Header, footer and site chrome around the body; the body and the tail reflowed into blocks.
    static func structure(_ lines: consuming Lines) -> Structure {
        var tokens = lines.tokens
        lines.tokens = []
        var diagnostics = lines.diagnostics
        var dropped = lines.dropped
        let empty = !tokens.contains { !$0.line.isBlank }

        let header = HeaderReader().read(tokens)
        dropped += header.dropped
        // A header set as a table was read cell by cell: its text is in the header's fields and dropped text already.
        for index in header.tablesRead { tokens[index].kind = .blank }
        // What stands above the header block is the web page around the document (its tokens blank after).
        SiteChrome.drop(&tokens, 0..<header.start, into: &dropped)
        var document = header.document
        if empty {
            diagnostics.append(Diagnostic(.warning, .emptyInput, "the input holds no text", lines: nil))
        } else if !header.found {
            diagnostics.append(Diagnostic(.warning, .missingHeader,
                                          "no header block (số/ký hiệu, địa danh and date, tên loại): document fields are null",
                                          lines: tokens.first.map { LineRange(line: $0.line.number) }))
        }
        // A footer set as a table (Word → Markdown) is read as the cells of web exports are.
        FooterTable.unroll(&tokens, from: header.bodyStart)
        let footer = FooterReader().read(tokens, from: header.bodyStart)
        dropped += footer.dropped
        document.recipients = footer.recipients
        document.signer = footer.signer
        if footer.signer == nil, !empty {
            diagnostics.append(Diagnostic(.note, .missingFooter, "no signature block (TM./KT. authority, position, signer name)", lines: nil))
        }

        // What follows the document on a web page: from the site's own title for it to the end.
        let chromeStart = SiteChrome.trailingStart(tokens, from: footer.range?.upperBound ?? header.bodyStart,
                                                   number: document.number, afterSignature: footer.range != nil) ?? tokens.count
        SiteChrome.drop(&tokens, chromeStart..<tokens.count, into: &dropped)
        // A table inside the header or the signature block is read by neither (their units pass over
        // tables) nor by the body: its cells are kept with the block's other fixed text.
        SiteChrome.dropTables(&tokens, header.start..<max(header.start, header.bodyStart), reason: .boilerplate, into: &dropped)
        if let range = footer.range { SiteChrome.dropTables(&tokens, range.clamped(to: 0..<chromeStart), reason: .boilerplate, into: &dropped) }

        // The body, and what follows the signature (appendices), reflowed separately.
        let bodyEnd = min(footer.range?.lowerBound ?? tokens.count, chromeStart)
        let bodyTokens = tokens[header.bodyStart..<max(header.bodyStart, bodyEnd)]
        let tailTokens = footer.range.map { tokens[min($0.upperBound, chromeStart)..<chromeStart] } ?? []
        let reflow = Reflow(parts: [bodyTokens, tailTokens])
        let bodyBlocks = reflow.blocks(bodyTokens)
        let tailBlocks = reflow.blocks(tailTokens)
        // A law or a resolution that an assembly passed is dated by its closing formula, not by a date line.
        if document.issued == nil { document.issued = AdoptionLine.date(in: bodyBlocks[...]) }
        // A web export that lost its header still names itself over its appendices: "(Kèm theo Thông tư số …)".
        if document.number == nil || document.issued == nil, let type = document.type,
           let caption = AttachmentCaption.read(in: [bodyBlocks, tailBlocks].joined(), type: type, number: document.number) {
            if document.number == nil { document.number = caption.number }
            if document.issued == nil { document.issued = caption.issued }
        }
        return Structure(document: document, titleLines: header.titleLines, blocks: bodyBlocks + tailBlocks,
                         tailStart: bodyBlocks.count, empty: empty, dropped: dropped, diagnostics: diagnostics)
    }

    /// Sections and tables from the blocks; tasks, deadlines and agencies from them; the model.
    static func extract(_ structure: consuming Structure, source: SourceInfo, options: ParseOptions) -> PlanOutput {
        var document = structure.document
        var dropped = structure.dropped
        var diagnostics = structure.diagnostics
        let carriesPlans = PlanLikeness.carriesPlans(document.type)
        var outline = OutlineBuilder().build(structure.blocks, tailStart: structure.tailStart, attachments: carriesPlans)
        structure.blocks = []
        dropped += outline.dropped
        diagnostics += outline.diagnostics

        let context = DeadlineContext(issued: options.issued ?? document.issued)
        let planLike = PlanLikeness.judge(document, sections: outline.sections, tables: outline.tables)
        // The sections as built are handed over: the extractor gives back the tree with what it read into it.
        let built = outline.sections
        outline.sections = []
        var extracted = TaskExtractor(context: context).extract(built, tables: outline.tables, planLike: planLike.isPlan,
                                                                carriesPlans: carriesPlans)
        // Handed over: the arrays the next steps change in place have no second owner, which would make
        // the first change copy every task and section.
        var sections = extracted.sections
        var tasks = extracted.tasks
        extracted.sections = []
        extracted.tasks = []
        diagnostics += extracted.diagnostics
        if !planLike.isPlan, tasks.isEmpty, !structure.empty {
            diagnostics.append(Diagnostic(.note, .notAPlan, planLike.reason, lines: nil))
        }
        DocumentIndex.apply(to: &document, titleLines: structure.titleLines, sections: sections, tables: outline.tables, tasks: &tasks)
        let agencies = AgencyIndex.unify(tasks: &tasks, sections: &sections, abbreviations: document.abbreviations,
                                           issuer: document.issuer)
        SameAssignment.link(&tasks)

        dropped.sort { ($0.lines.first, $0.lines.last) < ($1.lines.first, $1.lines.last) }
        diagnostics.sort { ($0.lines?.first ?? 0) < ($1.lines?.first ?? 0) }
        return PlanOutput(source: source, document: document, sections: sections, tasks: tasks, agencies: agencies,
                          tables: outline.tables, dropped: dropped, diagnostics: diagnostics)
    }
}
