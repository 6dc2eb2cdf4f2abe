
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
public enum KHParser {
    /// Parses the bytes of a file: `try KHParser.parse(bytes: Array(data), name: "kh-12.txt")`. `name` becomes `source.name`.
    public static func parse(bytes: [UInt8], name: String, options: ParseOptions = ParseOptions()) throws(RefusedInput) -> PlanOutput {
        let decoded = try TextDecoder.decode(bytes, from: options.from)
        var normalization = options.normalization
        normalization.sourceEncoding = TextEncoding(rawValue: decoded.encoding)
        let normalized = TextNormalizer.normalize(decoded.text, options: normalization)
        let rawLines = LineCleaner.rawLines(normalized.text)
        var cleaned = LineCleaner.clean(lines: rawLines)
        var tokens = Tokenizer.tokenize(cleaned.lines)
        // Pipe, grid, space-aligned and HTML tables are found in the raw lines (the cleaner
        // collapses the spaces that align columns); their cells keep what the cleaner would drop.
        let found = TableShapes.find(in: rawLines)
        if !found.isEmpty {
            Tokenizer.overlay(found, on: &tokens)
            let claimed = found.map { ($0.lines.lowerBound + 1)...($0.lines.upperBound + 1) }
            // A table cell holding "---" or "1" is the table's, not a rule or a page number; a page
            // number between two parts of a table stays dropped.
            let rows = found.flatMap { $0.rows.map { $0.line...$0.lastLine } }
            cleaned.dropped.removeAll { item in
                item.reason == .decoration && claimed.contains { $0.contains(item.lines.first) }
                    || item.reason == .pageNumber && rows.contains { $0.contains(item.lines.first) }
            }
        }

        var diagnostics = decoded.diagnostics
        if let line = normalized.firstRepairedLine {
            let kinds = normalized.repairs.filter { $0.hasPrefix("mojibake") || $0 == "tcvn3-caps" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(.warning, .encodingRepaired, "legacy-font text repaired (\(kinds)), first on line \(line)",
                                          lines: LineRange(line: line)))
        }
        var dropped = cleaned.dropped

        let header = HeaderReader().read(tokens)
        dropped += header.dropped
        // What stands above the header block is the web page around the document.
        dropped += SiteChrome.drop(tokens[0..<header.start])
        var document = header.document
        let empty = !tokens.contains { !$0.line.isBlank }
        if empty {
            diagnostics.append(Diagnostic(.warning, .emptyInput, "the input holds no text", lines: nil))
        } else if !header.found {
            diagnostics.append(Diagnostic(.warning, .missingHeader,
                                          "no header block (số/ký hiệu, địa danh and date, tên loại): document fields are null",
                                          lines: tokens.first.map { LineRange(line: $0.line.number) }))
        }
        let footer = FooterReader().read(tokens, from: header.bodyStart)
        dropped += footer.dropped
        document.recipients = footer.recipients
        document.signer = footer.signer
        if footer.signer == nil, !empty {
            diagnostics.append(Diagnostic(.note, .missingFooter, "no signature block (TM./KT. authority, position, signer name)", lines: nil))
        }

        // What follows the document on a web page: from the site's own title for it to the end.
        let chromeStart = SiteChrome.trailingStart(tokens, from: footer.range?.upperBound ?? header.bodyStart,
                                                   number: document.number) ?? tokens.count
        dropped += SiteChrome.drop(tokens[chromeStart...])

        // The body, and what follows the signature (appendices), reflowed separately.
        let bodyEnd = min(footer.range?.lowerBound ?? tokens.count, chromeStart)
        let bodyTokens = Array(tokens[header.bodyStart..<max(header.bodyStart, bodyEnd)])
        let tailTokens = footer.range.map { Array(tokens[min($0.upperBound, chromeStart)..<chromeStart]) } ?? []
        let reflow = Reflow(tokens: bodyTokens + tailTokens)
        let bodyBlocks = reflow.blocks(bodyTokens)
        let blocks = bodyBlocks + reflow.blocks(tailTokens)

        let carriesPlans = PlanLikeness.carriesPlans(document.type)
        let outline = OutlineBuilder().build(blocks, tailStart: bodyBlocks.count, attachments: carriesPlans)
        dropped += outline.dropped
        diagnostics += outline.diagnostics

        let context = DeadlineContext(issued: options.issued ?? document.issued)
        let planLike = PlanLikeness.judge(document, sections: outline.sections, tables: outline.tables)
        let extracted = TaskExtractor(context: context).extract(outline.sections, tables: outline.tables, planLike: planLike.isPlan,
                                                                carriesPlans: carriesPlans)
        var sections = extracted.sections
        var tasks = extracted.tasks
        diagnostics += extracted.diagnostics
        if !planLike.isPlan, tasks.isEmpty, !empty {
            diagnostics.append(Diagnostic(.note, .notAPlan, planLike.reason, lines: nil))
        }
        DocumentIndex.apply(to: &document, titleLines: header.titleLines, sections: sections, tables: outline.tables, tasks: &tasks)
        let agencies = AgencyIndex.unify(tasks: &tasks, sections: &sections, abbreviations: document.abbreviations)
        SameAssignment.link(&tasks)

        dropped.sort { ($0.lines.first, $0.lines.last) < ($1.lines.first, $1.lines.last) }
        diagnostics.sort { ($0.lines?.first ?? 0) < ($1.lines?.first ?? 0) }
        let source = SourceInfo(name: name, sha256: Digest.sha256Hex(bytes), bytes: bytes.count,
                                encoding: decoded.encoding, repairs: decoded.repairs + normalized.repairs + cleaned.repairs)
        return PlanOutput(source: source, document: document, sections: sections, tasks: tasks, agencies: agencies,
                          tables: outline.tables, dropped: dropped, diagnostics: diagnostics)
    }
}
