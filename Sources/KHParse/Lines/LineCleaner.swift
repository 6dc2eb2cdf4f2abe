#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits normalized text into lines and removes what is not content: Markdown emphasis and
/// escapes, decorative symbols (✦ ↴ ✓), page numbers standing alone or glued to a line's end.
/// Removed words go to `dropped`; marks that carry no words (`**`) only to `repairs`.
enum LineCleaner {
    /// The input's lines (a final newline ends the last line; it does not start another).
    static func rawLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end + 1
            }
            return bytes.isEmpty ? [""] : lines   // an empty text is one empty line
        }
    }

    static func clean(_ text: String) -> CleanedLines { clean(lines: rawLines(text)) }

    /// The lines that tables found in the raw text claim (`TableShapes`), which the table's tokens replace:
    /// what they hold is a cell's, so the cleaner keeps it out of `dropped` ("---" or "1" in a cell is no rule
    /// and no page number). A page number between two parts of one table is still dropped: only the rows' own
    /// lines keep theirs.
    struct TableClaims {
        private var table: [Bool]
        private var row: [Bool]

        init(_ tables: [FoundTable] = [], lineCount: Int) {
            table = [Bool](repeating: false, count: tables.isEmpty ? 0 : lineCount + 2)
            row = table
            for found in tables {
                for index in found.lines where index + 1 < table.count { table[index + 1] = true }
                for r in found.rows { for number in r.line...max(r.line, r.lastLine) where number < row.count { row[number] = true } }
            }
        }

        /// Whether the cleaner keeps what it removed from line `number` (1-based) out of `dropped`.
        func keeps(_ reason: DroppedText.Reason, line number: Int) -> Bool {
            switch reason {
            case .decoration: number < table.count && table[number]
            case .pageNumber: number < row.count && row[number]
            default: false
            }
        }
    }

    /// The cleaned lines collected in an array (tests, fuzzing; the pipeline hands them on one at a time).
    static func clean(lines raw: [String], tables: TableClaims? = nil) -> CleanedLines {
        var lines: [SourceLine] = []
        lines.reserveCapacity(raw.count)   // one line each
        let (dropped, repairs) = clean(lines: raw, tables: tables) { lines.append($0) }
        return CleanedLines(lines: lines, dropped: dropped, repairs: repairs)
    }

    /// Hands each cleaned line to `body`, in reading order: one for each raw line (or each line of the
    /// column layout's reading order), blank for a line with nothing left. Each raw line is taken out of
    /// the array as it is read, so that a line the cleaner rewrites lets its original go at once and no
    /// array of cleaned lines stands beside the raw one (a large input's peak memory).
    static func clean(lines raw: consuming [String], tables: TableClaims? = nil,
                      _ body: (consuming SourceLine) -> Void) -> (dropped: [DroppedText], repairs: [String]) {
        var dropped: [DroppedText] = []
        let claims = tables ?? TableClaims(lineCount: raw.count)
        /// What the cleaner removes from a line goes to `dropped` unless a table claims the line.
        func drop(_ text: String, _ reason: DroppedText.Reason, _ number: Int) {
            if !claims.keeps(reason, line: number) { dropped.append(DroppedText(text: text, reason: reason, lines: LineRange(line: number))) }
        }
        var emphasis = false, escapes = false, decorations = false, pages = false, headings = false, cells = false
        var lastPage: Int?
        var open = EmphasisState()

        // The lines in reading order; without columns, the lines themselves (no copy of them all).
        let order = ColumnLayout.mayHaveColumns(raw) ? ColumnLayout.readingOrder(raw) : nil
        for k in 0..<(order?.count ?? raw.count) {
            let number = order?[k].number ?? k + 1
            var line = ""
            if let order { line = order[k].text } else { swap(&line, &raw[k]) }
            if isCellBreak(line) {
                // The cell-per-line layout of web exports: a lone "|" opens each cell. It holds no
                // words, so it leaves only a hard break behind (and a repair note).
                cells = true
                open = EmphasisState()
                body(SourceLine(number: number, text: "", cellBreak: true))
                continue
            }
            let continuesAbove = open.isOpen
            if isRule(line) {
                // A rule line ("-------", "______") under the header block or a footnote: decoration,
                // before emphasis stripping takes its underscores for "__" marks.
                let text = trimmed(line.filter { $0 != "*" })
                drop(text, .decoration, number)
                if line.containsBytes("*") { emphasis = true }
                decorations = true
                open = EmphasisState()
                body(SourceLine(number: number, text: ""))
                continue
            }
            // The star under a party committee's name, alone on its line (in a PDF's two columns, cut from the date beside it).
            // (Not while an emphasis is open: then it closes the emphasis.)
            if !open.isOpen, line.firstByte.map({ $0 == 0x2A || $0 == 0x20 }) == true, line.trimmingSpaces() == "*" {
                drop("*", .decoration, number)
                decorations = true
                body(SourceLine(number: number, text: ""))
                continue
            }
            // Each of these three only takes bytes out: it changed the line when the line got shorter (a
            // string comparison of Vietnamese text normalizes both sides).
            if line.containsByte(0x2A) || line.containsByteTwice(0x5F) {
                open.read(line)
                let stripped = stripEmphasis(line)
                if stripped.utf8.count != line.utf8.count { emphasis = true; line = stripped }
            }
            if line.containsByte(0x5C) {
                let unescaped = unescapeMarkdown(line)
                if unescaped.utf8.count != line.utf8.count { escapes = true; line = unescaped }
            }
            if line.firstByte == 0x23, line.hasPrefix("#") {
                let unmarked = stripHeadingHashes(line)
                if unmarked.utf8.count != line.utf8.count { headings = true; line = unmarked }
            }
            if let (kept, removed) = removeDecorations(line) {
                decorations = true
                line = kept
                drop(removed, .decoration, number)
            }
            if !isTrimmed(line) { line = trimmed(line) }   // tested inline: most lines are, and keep their string
            if let page = standalonePageNumber(line) {
                pages = true
                lastPage = page.value
                drop(page.text, .pageNumber, number)
                line = ""
            } else if let (kept, page) = trailingPageNumber(line) {
                pages = true
                lastPage = Int(page)
                drop(page, .pageNumber, number)
                line = kept
            } else if let (kept, page) = leadingPageNumber(line, after: lastPage) {
                pages = true
                lastPage = Int(page)
                drop(page, .pageNumber, number)
                line = kept
            }
            if let lead = line.firstByte, lead == 0x2D || lead == 0x5F || lead == 0x3D || lead == 0x20,
               line.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "=" || $0 == " " }) && line.count >= 3 {
                // A rule line ("-------") under the header block: decoration.
                drop(line, .decoration, number)
                decorations = true
                line = ""
            }
            if line.isEmpty || isMarkupOnly(line) {
                // "** **", "* *", a stray "#": emphasis around nothing, which ends any open span.
                if !line.isEmpty { emphasis = true }
                open = EmphasisState()
                body(SourceLine(number: number, text: ""))
                continue
            }
            // The line's string handed on, not copied (a retain here, a release at the loop's end).
            body(SourceLine(number: number, text: consume line, continuesAbove: continuesAbove))
            open.advance()
        }

        var repairs: [String] = []
        if emphasis { repairs.append("markdown-emphasis") }
        if escapes { repairs.append("markdown-escapes") }
        if headings { repairs.append("markdown-headings") }
        if decorations { repairs.append("decorations") }
        if pages { repairs.append("page-numbers") }
        if cells { repairs.append("pipe-cells") }
        return (dropped, repairs)
    }

    /// Three or more "-", "_" or "=" and nothing else but spaces (and emphasis around them:
    /// "**_______**").
    static func isRule(_ line: String) -> Bool {
        // Most lines open with a letter: told by their first byte.
        guard let first = line.firstByte, first <= 0x2D || first == 0x3D || first == 0x5F else { return false }
        var marks = 0
        for byte in line.utf8 {
            switch byte {
            case 0x2D, 0x5F, 0x3D: marks += 1
            case 0x20, 0x09, 0x0D, 0x2A: continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// A lone "|" (spaces around it allowed).
    @inline(__always) static func isCellBreak(_ line: String) -> Bool {
        guard let first = line.firstByte, first == 0x7C || first <= 0x20 else { return false }
        var bar = false
        for byte in line.utf8 {
            switch byte {
            case 0x7C where !bar: bar = true
            case 0x20, 0x09, 0x0D: continue
            default: return false
            }
        }
        return bar
    }

    /// What is left of a line of emphasis marks around nothing: "*", "#", "|".
    static func isMarkupOnly(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 0x2A || $0 == 0x23 || $0 == 0x7C || $0 == 0x20 || $0 == 0x09 }
    }

    /// Whether Markdown emphasis opened on a line is still open at the end of it, so that the next
    /// line continues it. Only believed for a few lines: a stray "*" must not glue a whole page.
    struct EmphasisState {
        var bold = false, italic = false
        /// Lines read since the span opened.
        var age = 0
        var isOpen: Bool { (bold || italic) && age <= 3 }

        mutating func read(_ line: String) {
            withUTF8Bytes(line) { read($0) }
        }

        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            let wasOpen = bold || italic
            let firstContent = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 }
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                guard b == 0x2A || b == 0x5F else { i += 1; continue }
                var j = i
                while j < bytes.count, bytes[j] == b { j += 1 }
                let run = j - i
                if b == 0x2A {
                    // "* text" at the line's start is a bullet, not emphasis.
                    if !(i == firstContent && run == 1 && j < bytes.count && bytes[j] == 0x20) {
                        if (run / 2) % 2 == 1 { bold.toggle() }
                        if run % 2 == 1 { italic.toggle() }
                    }
                } else if (run == 2 || run == 3) && !LineCleaner.isIntraword(bytes, i, j) {
                    bold.toggle()   // "__bold__"; longer runs of "_" are rule lines
                }
                i = j
            }
            if !wasOpen && (bold || italic) { age = 0 }
        }

        mutating func advance() { if bold || italic { age += 1 } }
    }

    /// No edge spaces, no double spaces: what most lines are, and `trimmed` gives back as it is. A form feed or a
    /// vertical tab at an edge is a space too: pdftotext opens each page's first line with a form feed ("\u{0C}2. Sở …").
    @inline(__always)
    static func isTrimmed(_ line: String) -> Bool {
        withUTF8Bytes(line) { b in
            guard let first = b.first, let last = b.last else { return true }
            return first != 0x20 && last != 0x20 && first != 0x0C && last != 0x0C && first != 0x0B && last != 0x0B
                && !ByteSearch.containsSpaceRun(b)
        }
    }

    /// Collapses runs of spaces (form feeds and vertical tabs among them) and trims; tabs are kept (they separate
    /// table cells).
    static func trimmed(_ line: String) -> String {
        if isTrimmed(line) { return line }
        // Spaces and tabs are ASCII, so this works on bytes without splitting any character; the bytes kept
        // are written straight into the new string's storage (never more than the line's).
        return withUTF8Bytes(line) { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if byte == 0x20 || byte == 0x0C || byte == 0x0B {
                        pendingSpace = count > 0 && out[count - 1] != 0x09
                    } else if byte == 0x09 {
                        pendingSpace = false
                        out[count] = 0x09
                        count += 1
                    } else {
                        if pendingSpace { out[count] = 0x20; count += 1 }
                        pendingSpace = false
                        out[count] = byte
                        count += 1
                    }
                }
                // Trailing tabs are empty cells and stay; trailing spaces never got written.
                return count
            }
        }
    }

    /// `**bold**`, `*italic*`, `__bold__` lose their marks; a leading "* " bullet stays. Read on the
    /// line's own bytes and written straight into the new string's storage (one allocation, not three).
    static func stripEmphasis(_ line: String) -> String {
        withUTF8Bytes(line) { bytes in
            // Taking ASCII marks out of valid UTF-8 leaves valid UTF-8.
            String(unsafeUninitializedCapacity: max(1, bytes.count)) { out -> Int in
                let firstContent = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 }
                var count = 0
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == 0x2A {
                        // "* text" at the line's start is a bullet: keep that star.
                        if i == firstContent, i + 1 < bytes.count, bytes[i + 1] == 0x20 { out[count] = b; count += 1 }
                        i += 1
                        continue
                    }
                    if b == 0x5F, i + 1 < bytes.count, bytes[i + 1] == 0x5F, !isIntraword(bytes, i, i + 2) { i += 2; continue }
                    out[count] = b
                    count += 1
                    i += 1
                }
                return count
            }
        }
    }

    /// Whether `bytes[start..<end]` (a run of "_") stands inside a word, as in "ma__so" or "G__ấ": then it
    /// is text, not emphasis (as in CommonMark), and taking it out would glue two words into one. Any
    /// non-ASCII byte counts as part of a word: keeping an underscore never loses text.
    static func isIntraword(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        func isWord(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        return start > 0 && end < bytes.count && isWord(bytes[start - 1]) && isWord(bytes[end])
    }

    /// Pandoc escapes punctuation that would start Markdown syntax: `1\.` `\-` `\[`.
    static func unescapeMarkdown(_ line: String) -> String {
        var out = ""
        var iterator = line.makeIterator()
        while let c = iterator.next() {
            if c == "\\" {
                if let next = iterator.next() {
                    if next.isASCII && next.isPunctuation || next == "-" || next == "+" || next == "*" || next == "." {
                        out.append(next)
                    } else {
                        out.append(c)
                        out.append(next)
                    }
                } else {
                    out.append(c)
                }
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func stripHeadingHashes(_ line: String) -> String {
        let hashes = line.prefix { $0 == "#" }
        guard hashes.count <= 6 else { return line }
        let rest = line.dropFirst(hashes.count)
        guard rest.first == " " else { return line }
        return String(rest.drop { $0 == " " })
    }

    /// Symbols that decorate but say nothing. A few of them also serve as bullets at a line's start:
    /// those stay there (the tokenizer reads them as bullet markers).
    static func isDecoration(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2726, 0x2727, 0x2713, 0x2714, 0x2717, 0x2718, 0x21B4, 0x21B5, 0x2936, 0x2937, 0x2605, 0x2606,
             0x272A...0x2730, 0x2740...0x274B, 0x2756, 0x2042, 0x203B, 0x2E3B:
            return true
        default:
            return false
        }
    }

    /// Every decoration is U+2000–U+2FFF, three bytes from 0xE2: only those are decoded.
    private static func hasDecoration(_ line: String) -> Bool {
        withUTF8Bytes(line) { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            // `memchr` from one 0xE2 to the next: most lines hold none.
            while i + 2 < b.count, let hit = memchr(base + i, 0xE2, b.count - 2 - i) {
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                let v = 0x2000 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                if isDecoration(Unicode.Scalar(v)!) { return true }
                i += 3
            }
            return false
        }
    }

    static let bulletDecorations: Set<Character> = ["✓", "✔", "❖"]

    static func removeDecorations(_ line: String) -> (kept: String, removed: String)? {
        guard hasDecoration(line) else { return nil }
        var kept = ""
        var removed = ""
        var seenContent = false
        // A symbol between two words ("việc✦Sở", "ਭ⁂懹") still parts them: it becomes a space.
        var gap = false
        var chars = line.makeIterator()
        while let ch = chars.next() {
            let scalar = ch.unicodeScalars.first!
            if isDecoration(scalar) && !(!seenContent && bulletDecorations.contains(ch)) {
                removed.append(ch)
                if seenContent, let last = kept.last, last != " ", last != "\t" { gap = true }
                continue
            }
            let blank = ch == " " || ch == "\t"
            if gap && !blank { kept.append(" ") }
            gap = false
            if !blank { seenContent = true }
            kept.append(ch)
        }
        return removed.isEmpty ? nil : (kept, removed)
    }

    /// "2", "- 2 -", "Trang 2", "2/10" alone on a line.
    static func standalonePageNumber(_ line: String) -> (text: String, value: Int)? {
        guard let lead = line.firstByte, line.utf8.count <= 12, !line.containsByte(0x09),
              line.containsDigit else { return nil }
        // What follows reads Characters; a page number opens with a digit, "-" or "Trang" (any letter beyond
        // ASCII may fold to "t"): an ASCII byte other than those is told here.
        if lead < 0x80, !(lead >= 0x30 && lead <= 0x39), lead != 0x2D, lead | 0x20 != 0x74 { return nil }
        // An ASCII line (no CR) is read on its bytes: each byte is a character, and its fold is its lower case.
        switch withUTF8Bytes(line, asciiPageNumber) {
        case .found(let value): return (line, value)
        case .none: return nil
        case .undecided: return standaloneByCharacters(line)
        }
    }

    /// `standalonePageNumber` past its first tests, read by characters.
    static func standaloneByCharacters(_ line: String) -> (text: String, value: Int)? {
        var core = Substring(line)
        if Fold.key(core).hasPrefix("trang ") { core = core.dropFirst(6) }
        if core.hasPrefix("- ") && core.hasSuffix(" -") { core = core.dropFirst(2).dropLast(2) }
        if let slash = core.firstIndex(of: "/") {
            // "2/10" is page 2 of 10; "57/VBHN-BCT" is a số/ký hiệu.
            guard core[core.index(after: slash)...].allSatisfy(\.isASCIIDigit) else { return nil }
            core = core[..<slash]
        }
        guard (1...3).contains(core.count), core.allSatisfy(\.isASCIIDigit), let v = Int(core), v > 0 else { return nil }
        return (line, v)
    }

    /// `standalonePageNumber` of an ASCII line without CR, where bytes are characters.
    static func asciiPageNumber(_ b: UnsafeBufferPointer<UInt8>) -> ByteReading<Int> {
        guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return .undecided }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        var start = 0, end = b.count
        if end >= 6, b[0] | 0x20 == 0x74, b[1] | 0x20 == 0x72, b[2] | 0x20 == 0x61, b[3] | 0x20 == 0x6E,
           b[4] | 0x20 == 0x67, b[5] == 0x20 { start = 6 }                                   // "Trang "
        if end - start >= 2, b[start] == 0x2D, b[start + 1] == 0x20, b[end - 2] == 0x20, b[end - 1] == 0x2D {
            start += 2                                                                    // "- 2 -"
            end = max(start, end - 2)
        }
        if let slash = (start..<end).first(where: { b[$0] == 0x2F }) {
            guard (slash + 1..<end).allSatisfy({ isDigit(b[$0]) }) else { return .none }   // "2/10", not "57/VBHN"
            end = slash
        }
        guard (1...3).contains(end - start), (start..<end).allSatisfy({ isDigit(b[$0]) }) else { return .none }
        let value = (start..<end).reduce(0) { $0 * 10 + Int(b[$1] - 0x30) }
        return value > 0 ? .found(value) : .none
    }

    /// `trailingPageNumber` on the bytes of a line that ends in a digit. The characters it reads (the
    /// digits, the space, the mark before it) are single scalars that nothing after them joins; one
    /// joins the scalar before it only when that is a Prepend one (`Text.mayFollowPrepend`), which is
    /// asked of the scalar before the mark (the others have ASCII before them).
    static func trailingOnBytes(_ b: UnsafeBufferPointer<UInt8>) -> ByteReading<(kept: String, page: String)> {
        let n = b.count
        var k = n
        while k > 0, b[k - 1] >= 0x30 && b[k - 1] <= 0x39 { k -= 1 }
        guard n - k <= 3, k >= 2, b[k - 1] == 0x20 else { return .none }
        let markEnd = k - 1                       // the body is b[0..<markEnd]
        let c = b[markEnd - 1]
        let markStart: Int
        switch c {
        case 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x22: markStart = markEnd - 1   // . ; : ! ? ) "
        case 0x9D where markEnd >= 3 && b[markEnd - 3] == 0xE2 && b[markEnd - 2] == 0x80: markStart = markEnd - 3   // ”
        case 0xBB where markEnd >= 2 && b[markEnd - 2] == 0xC2: markStart = markEnd - 2                           // »
        default:
            // Not one of the marks, or a mark a combining mark or joiner follows: no mark character.
            return .none
        }
        if Text.mayFollowPrepend(b, at: markStart) { return .undecided }
        guard !b.contains(0x09) else { return .none }
        return .found((kept: String(decoding: UnsafeBufferPointer(rebasing: b[..<markEnd]), as: UTF8.self),
                       page: String(decoding: UnsafeBufferPointer(rebasing: b[k...]), as: UTF8.self)))
    }

    /// "… (thực hiện thường xuyên). 7": a number after a sentence's end is a page number.
    static func trailingPageNumber(_ line: String) -> (kept: String, page: String)? {
        // Bytes first: most lines do not end in a digit, and `last` walks back a whole character.
        guard let lastByte = line.lastByte, lastByte >= 0x30 && lastByte <= 0x39 else { return nil }
        switch withUTF8Bytes(line, trailingOnBytes) {
        case let .found((kept, page)): return (kept, page)
        case .none: return nil
        case .undecided: return trailingByCharacters(line)
        }
    }

    /// `trailingPageNumber` read by characters.
    static func trailingByCharacters(_ line: String) -> (kept: String, page: String)? {
        guard let last = line.last, last.isASCIIDigit else { return nil }
        let digits = line.reversed().prefix { $0.isASCIIDigit }
        guard digits.count <= 3 else { return nil }
        let beforeDigits = line.dropLast(digits.count)
        guard beforeDigits.hasSuffix(" ") else { return nil }
        let body = beforeDigits.dropLast(1)
        guard let end = body.last, ".;:!?)”\"»".contains(end), !line.containsByte(0x09) else { return nil }
        return (String(body), String(digits.reversed()))
    }

    /// "3 tuyên truyền …": the next page's number glued to the start of a wrapped line. Only
    /// believed when it is the page after the last one seen and a lower-case word follows.
    static func leadingPageNumber(_ line: String, after lastPage: Int?) -> (kept: String, page: String)? {
        guard let lastPage, mayLeadWithPage(line, after: lastPage) else { return nil }
        return leadingByCharacters(line, after: lastPage)
    }

    /// The next page's number and a space, told on the bytes: most lines that open with a digit ("1. …",
    /// "2025 …") are not it, and are let go before any `Character` is made.
    static func mayLeadWithPage(_ line: String, after lastPage: Int) -> Bool {
        withUTF8Bytes(line) { b in
            var value = 0, i = 0
            while i < b.count, i < 4, b[i] >= 0x30 && b[i] <= 0x39 { value = value * 10 + Int(b[i] - 0x30); i += 1 }
            return i >= 1 && i <= 3 && value == lastPage + 1 && i < b.count && b[i] == 0x20
        }
    }

    static func leadingByCharacters(_ line: String, after lastPage: Int) -> (kept: String, page: String)? {
        guard let first = line.first, first.isASCIIDigit else { return nil }
        let digits = line.prefix { $0.isASCIIDigit }
        guard digits.count <= 3, Int(digits) == lastPage + 1 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.first == " ", let next = rest.dropFirst().first, next.isLowercase else { return nil }
        return (String(rest.dropFirst()), String(digits))
    }
}

extension Character {
    /// "0"…"9" (as `isASCII && isNumber`, without reading the scalar's numeric properties).
    var isASCIIDigit: Bool {
        guard let value = asciiValue else { return false }
        return value >= 0x30 && value <= 0x39
    }
}
