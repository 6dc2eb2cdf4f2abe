/// Web pages around a document (banners, metadata cells, summaries, related-document lists,
/// support and account lines) are no part of it. They are found by position — above the header
/// block, below the signature — and the shape of the line that opens the trailing part: the site's
/// title for the document, which names its own type and number ("Quyết định 1951/QĐ-UBND năm 2025
/// công bố …"). Their text goes to `dropped` as `site-chrome`, one entry a unit.
enum SiteChrome {
    /// The non-blank lines of `tokens[range]`, as dropped text (consecutive lines of one unit together),
    /// added to `dropped` (a page that is mostly chrome gives as many entries as it has lines).
    ///
    /// The tokens of `range` are blank afterwards: their text is in `dropped` now, and on a page that is
    /// nearly all chrome, keeping both (a table's cells beside its joined rows, a wrapped unit's lines
    /// beside the unit) was the peak of the whole parse.
    static func drop(_ tokens: inout [LineToken], _ range: Range<Int>, into dropped: inout [DroppedText]) {
        // Room for every entry at once (at most one per non-blank line and per table row): growing by
        // doubling held the old array beside the new one.
        var most = 0
        for token in tokens[range] {
            if case let .table(rows, _) = token.kind { most += rows.count + 1 } else if !token.line.isBlank { most += 1 }
        }
        dropped.reserveCapacity(dropped.count + most)
        BlockUnits.visit(tokens, range) { unit in
            dropped.append(DroppedText(text: unit.text, reason: .siteChrome, lines: unit.lines))
            return true
        }
        // A table found in the chrome (a page's contact or metadata grid): its cells, row by row.
        dropTables(&tokens, range, reason: .siteChrome, into: &dropped)
        for index in range {
            tokens[index].line.text = ""
            tokens[index].kind = .blank
        }
    }

    /// The tables among `tokens[range]` to `dropped`, caption and rows (cells joined by " | "), each made
    /// blank: for a stretch whose lines are read in units (`BlockUnits`), which pass over tables.
    static func dropTables(_ tokens: inout [LineToken], _ range: Range<Int>, reason: DroppedText.Reason,
                           into dropped: inout [DroppedText]) {
        for index in range {
            guard case let .table(rows, caption) = tokens[index].kind else { continue }
            tokens[index].kind = .blank
            if let caption, !caption.isEmpty {
                dropped.append(DroppedText(text: caption, reason: reason, lines: LineRange(line: tokens[index].line.number)))
            }
            for row in rows {
                let text = row.cells.filter { !$0.isEmpty }.joined(separator: " | ")
                if !text.isEmpty { dropped.append(DroppedText(text: text, reason: reason, lines: LineRange(row.line, row.lastLine))) }
            }
        }
    }

    /// Where the trailing chrome starts: the first line at or after `from` that is the site's title
    /// for this document — it opens with the document's own number, or its type and number, as a
    /// name ("Quyết định 1951/QĐ-UBND năm 2025 …", "Circular No. 109/2025/TT-BTC dated …") rather
    /// than as a citation ("theo Quyết định số …", "(Kèm theo …)"); after a signature, also the portal's
    /// download widget under the document (`widgetStart`).
    static func trailingStart(_ tokens: [LineToken], from: Int, number: String?, afterSignature: Bool = false) -> Int? {
        let byNumber = titleStart(tokens, from: from, number: number)
        guard afterSignature else { return byNumber }
        return [byNumber, widgetStart(tokens, from: from, to: byNumber ?? tokens.count)].compactMap { $0 }.min()
    }

    /// What a portal puts under a document it publishes, each on a short line of its own: "Tải về", "Lượt tải: 37",
    /// "Văn bản liên quan", the signed file's name ("318-KH-UBND.signed.pdf (512 KB)"). Only after the signature.
    private static let widgetLines: Set<String> = ["tai ve", "tai xuong", "tai van ban", "tai file", "tai tep", "file dinh kem",
                                                   "tep dinh kem", "van ban lien quan", "van ban goc", "luot xem", "luot tai",
                                                   "chia se", "in van ban", "in trang"]
    private static let fileExtensions = [".pdf", ".doc", ".docx", ".zip", ".rar"]

    private static func widgetStart(_ tokens: [LineToken], from: Int, to end: Int) -> Int? {
        guard from < end else { return nil }
        for index in from..<end {
            let text = tokens[index].line.text
            guard let lead = text.firstByte, text.utf8.count <= 80 else { continue }
            // A file's name alone: "318-KH-UBND.signed.pdf (512 KB)" (its bytes searched before anything is folded).
            if text.containsByte(0x2E), fileExtensions.contains(where: { text.containsBytes($0) }),
               let first = Fold.key(text).split(separator: " ").first, fileExtensions.contains(where: { first.hasSuffix($0) }) {
                return index
            }
            // Every widget line opens with T, L, V, C, F or I ("Tải về", "Lượt tải", "Văn bản liên quan", "Chia sẻ"): most
            // lines are passed over on their first byte.
            guard widgetInitials.contains(lead | 0x20) else { continue }
            var key = Fold.key(text)
            if let colon = key.utf8.firstIndex(of: 0x3A) { key = String(key[..<colon]) }
            if widgetLines.contains(key.trimmingCharacters()) { return index }
        }
        return nil
    }

    /// The first letters of `widgetLines`, in lower case ASCII.
    private static let widgetInitials: Set<UInt8> = Set(widgetLines.compactMap { $0.utf8.first })

    private static func titleStart(_ tokens: [LineToken], from: Int, number: String?) -> Int? {
        guard let number, number.count >= 4, from < tokens.count else { return nil }
        let folded = Fold.key(number)
        for index in from..<tokens.count {
            let text = tokens[index].line.text
            guard text.utf8.count > number.utf8.count, Text.startsUppercase(text) else { continue }
            // The first of the first five words whose key is the number must be the second to fourth, and
            // a citation names its number after "số", a name in a list of documents does not. The words
            // are read in place, one at a time.
            var at: Int?
            var citing = false
            var count = 0
            var start = text.utf8.startIndex
            let end = text.utf8.endIndex
            while count < 5, start < end {
                guard text.utf8[start] != 0x20 else { start = text.utf8.index(after: start); continue }
                let stop = text.utf8[start...].firstIndex(of: 0x20) ?? end
                let key = Fold.key(text[start..<stop])
                if key == folded { at = count; break }
                if key == "so" || key == "so:" { citing = true }
                count += 1
                start = stop
            }
            guard let at, at >= 1, at <= 3, !citing else { continue }
            if Text.isAllCaps(text) { continue }
            return index
        }
        return nil
    }
}
