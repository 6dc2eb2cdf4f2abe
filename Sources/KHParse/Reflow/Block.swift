/// A logical unit of text after hard wraps are joined: an item, a label line, a paragraph or a table.
struct Block: Sendable {
    enum Kind: Sendable {
        case item(Marker)
        case label(String)
        case paragraph
        case table([TableLine])
    }

    var kind: Kind
    /// Joined text without the marker or label ("Phối hợp Tổ chức Hội nghị …"); empty for tables.
    private(set) var text: String
    var lines: LineRange
    /// Where each wrapped line begins in `text`.
    private(set) var starts = LineStarts()
    /// The case of the text's letters, kept as lines join (read whole at each line, a block of capitals
    /// wrapped over n lines took time with the square of n).
    private var letters: Text.Letters

    init(kind: Kind, text: String, lines: LineRange, starts: LineStarts = LineStarts()) {
        self.kind = kind
        self.text = text
        self.lines = lines
        self.starts = starts
        letters = Text.Letters(text)
    }

    /// Every letter upper case ("II. NHIỆM VỤ", "PHỤ LỤC"): a heading, never joined into prose.
    var isAllCaps: Bool { letters.allCaps }

    /// Joins a wrapped line (`Text.append`), input line `number`.
    mutating func append(_ line: String, number: Int) {
        starts.add(offset: text.utf8.count, line: number)
        Text.append(line, to: &text)
        letters.add(Text.Letters(line))
        lines = lines.union(LineRange(line: number))
    }

    /// The text as a paragraph that knows its lines.
    var paragraph: Paragraph { Paragraph(text: text, lines: lines, starts: knownStarts) }

    /// `starts`, unless the block spans lines it does not say the start of.
    var knownStarts: LineStarts? { starts.isEmpty && lines.first != lines.last ? nil : starts }

    /// Where the lines of `rest`, a slice of the text, begin in it.
    func starts(of rest: Substring) -> LineStarts? {
        knownStarts?.dropping(first: text.utf8.distance(from: text.utf8.startIndex, to: rest.startIndex))
    }

    var isTable: Bool { if case .table = kind { return true } else { return false } }
}

/// One row of a table: a physical tab-separated line, or a logical row of another shape whose
/// cells were wrapped over several physical lines (a grid cell, a PDF-aligned row).
struct TableLine: Sendable {
    var cells: [String]
    /// First input line of the row (1-based).
    var line: Int
    /// Last input line of the row (1-based); `line` for a row on one physical line.
    var lastLine: Int

    init(cells: [String], line: Int, lastLine: Int? = nil) {
        self.cells = cells
        self.line = line
        self.lastLine = lastLine ?? line
    }
}

enum Text {
    static func isAllCaps<S: StringProtocol>(_ text: S) -> Bool { Letters(text).allCaps }

    /// The case of a text's letters as far as `isAllCaps` asks: whether one is lower case (reading stops
    /// there), else how many are upper case. Two texts joined have the sum (`add`).
    struct Letters: Sendable {
        var lowercase = false
        var upper = 0

        init<S: StringProtocol>(_ text: S) {
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    if scalar.value >= 0x61 && scalar.value <= 0x7A { lowercase = true; return }
                    if scalar.value >= 0x41 && scalar.value <= 0x5A { upper += 1 }
                    continue
                }
                // Vietnamese letters know their case from their table, without a Unicode property lookup.
                if let letter = VietnameseLetters.letter(scalar) {
                    if !letter.upper { lowercase = true; return }
                    upper += 1
                    continue
                }
                let p = scalar.properties
                if p.isLowercase { lowercase = true; return }
                if p.isUppercase { upper += 1 }
            }
        }

        /// Every letter upper case, and at least two of them.
        var allCaps: Bool { !lowercase && upper >= 2 }

        mutating func add(_ other: Letters) {
            lowercase = lowercase || other.lowercase
            upper += other.upper
        }
    }

    /// Ends a sentence or a clause: ". ; : ! ? …", also behind closing quotes and brackets.
    /// Read on scalars, backwards from the end: no grapheme breaking, no string of candidates searched per call.
    static func endsClause<S: StringProtocol>(_ text: S) -> Bool {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            end = scalars.index(before: end)
            switch scalars[end] {
            case "\"", "”", "’", "»", ")", "]", "*": continue
            case ".", ";", ":", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }

    /// Words that only join what follows and end no phrase, as UTF-8 bytes. In the archive's 286 documents each
    /// of them, last on a line, was followed by the rest of its phrase ("ban hành kèm theo" / "Nghị quyết số …",
    /// "báo cáo kịp thời về" / "Bộ Nông nghiệp …", "lễ tang do" / "Ban lễ tang …").
    private static let joiningWords: [[UInt8]] = ["và", "của", "với", "các", "những", "cho", "tại", "để", "trong",
                                                  "hoặc", "thuộc", "từ", "là", "nhằm", "giữa", "theo", "về", "đến",
                                                  "do", "bởi", "vào", "mà", "khi", "như", "số"].map { Array($0.utf8) }

    /// The line's last word is a joining word ("3. Sở Văn hóa, Thể thao và", "Phối hợp Sở Nông nghiệp và"):
    /// the line was cut in the middle of a phrase, whose next word (a name) starts in capitals. A joining word
    /// alone on its line is not asked about. Two of them also end a phrase, and `next` tells which:
    /// "số" means "digital" above a sentence of its own ("1. Phát triển hạ tầng số" / "Giao Phòng Kinh tế …") and
    /// numbers a text above the rest of its name ("Trung tâm Chuyển đổi số" / "Thành phố …"), and "trực thuộc" goes on
    /// only into a body ("cơ sở trực thuộc" / "Thành ủy", not "các chi bộ trực thuộc" / "Xây dựng chương trình …").
    static func endsOnJoiningWord(_ line: String, before next: String) -> Bool {
        let ending: [UInt8]? = withUTF8Bytes(line) { b in
            let word = lastWord(b)
            guard word.lowerBound > 0, word.count <= 7, let found = joiningWords.first(where: { $0.elementsEqual(b[word]) }) else { return nil }
            let before = lastWord(UnsafeBufferPointer(rebasing: b[..<word.lowerBound]))
            return found == thuoc && b[before].elementsEqual(truc) ? truc : found
        }
        switch ending {
        case nil: return false
        case so?: return !opensSentence(next)
        case truc?: return AgencyReader.beginsWithAgency(next)
        default: return true
        }
    }

    private static let thuoc = Array("thuộc".utf8), truc = Array("trực".utf8), so = Array("số".utf8)

    /// The line opens a sentence: a verb handing the task to a body ("Giao Phòng Kinh tế …"), a predicate ("Tập
    /// trung …", "Triển khai …"), or a body and its predicate ("Sở Khoa học và Công nghệ chủ trì …").
    static func opensSentence(_ text: String) -> Bool {
        if let (_, rest) = AssigningVerb.opening(text), AgencyReader.beginsWithAgency(rest) { return true }
        guard Text.startsUppercase(text) else { return false }
        if startsPredicate(text[...]) { return true }
        guard AgencyReader.beginsWithAgency(text[...]), let (_, end) = AgencyExtent.list(text[...]) else { return false }
        return startsPredicate(text[end...].drop { $0 == " " })
    }

    /// The text opens with a predicate of two words ("Tập trung", "chủ trì").
    private static func startsPredicate(_ text: Substring) -> Bool {
        let words = Casing.lowercased(Text.prefix(text, characters: 24)).split(separator: " ", maxSplits: 2)
        guard let first = words.first else { return false }
        return words.count > 1 && AgencyExtent.predicates.contains("\(first) \(words[1])")
    }

    /// Words that take a number after them: dates and periods ("trước ngày" / "30/6/2025", "giai đoạn" / "2021 - 2025",
    /// "Quý" / "III"), and parts of a text ("tại Điều" / "5"), as UTF-8 bytes, in lower case.
    private static let numberTakingWords: [[UInt8]] = ["ngày", "tháng", "năm", "quý", "đoạn", "kỳ", "tuần", "đợt", "lần",
                                                       "khóa", "khoá", "điều", "khoản", "điểm", "mục", "lục"].map { Array($0.utf8) }

    /// The line's last word takes a number, and the next line opens with one ("… báo cáo trước ngày" /
    /// "30/6/2025."): a date or a period cut in two, which no list marker opens.
    static func cutBeforeNumber(_ line: String, before next: String) -> Bool {
        guard let first = next.utf8.first, first >= 0x30 && first <= 0x39 else { return false }
        return withUTF8Bytes(line) { b in
            let word = lastWord(b)
            guard word.lowerBound > 0, word.count <= 7 else { return false }
            // "Quý", "Điều", "Mục": a capital only on the first letter, ASCII or "Đ" (C4 90 → C4 91).
            var bytes = Array(b[word])
            if bytes[0] >= 0x41 && bytes[0] <= 0x5A { bytes[0] |= 0x20 } else if bytes.count > 1, bytes[0] == 0xC4, bytes[1] == 0x90 { bytes[1] = 0x91 }
            return numberTakingWords.contains(bytes)
        }
    }

    /// Where the words after the last ". " or "; " of `text` start, when they stop within `limit` bytes of its end: the
    /// last statement of a line or a sentence ("… ban hành. Cơ quan chủ trì" → "Cơ quan chủ trì"). Nil when no stop
    /// stands that close.
    static func lastStatementStart(_ text: Substring, within limit: Int) -> String.Index? {
        let bytes = text.utf8
        var index = bytes.endIndex
        var seen = 0
        var after: UInt8 = 0
        while index > bytes.startIndex, seen < limit {
            index = bytes.index(before: index)
            let b = bytes[index]
            if after == 0x20, b == 0x2E || b == 0x3B { return bytes.index(index, offsetBy: 2) }
            after = b
            seen += 1
        }
        return nil
    }

    /// Where the last word of a line's bytes stands, spaces after it left out (empty when there is none).
    static func lastWord(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = b.count
        while end > 0, b[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, b[start - 1] != 0x20 { start -= 1 }
        return start..<end
    }

    /// The line's last word (a comma after it aside) opens with a capital, and a word stands before it:
    /// "tỉnh Quảng", "Sở Công", "Bộ Công Thương,".
    static func endsOnCapitalizedWord(_ line: String) -> Bool {
        let trimmed = line.utf8.last == 0x2C ? line.dropLast(1) : line[...]
        guard let space = trimmed.utf8.lastIndex(of: 0x20) else { return false }
        let word = trimmed[trimmed.index(after: space)...]
        return word.utf8.first != 0x20 && Text.startsUppercase(word)
    }

    /// `text.split(separator: " ", maxSplits: maxSplits)` (empty words left out), split on the bytes when every
    /// scalar opens a character of its own (`opensCharacter`: no combining mark or joiner, so that each space
    /// byte is a space character and nothing else is), by characters else. Splitting by characters walked the
    /// grapheme breaks of every letter of a place-and-date line or a name in capitals.
    static func words(_ text: String, maxSplits: Int = .max) -> [Substring] {
        let simple = withUTF8Bytes(text) { b in
            var i = 0
            while i < b.count {
                if b[i] & 0xC0 != 0x80, !opensCharacter(b, at: i) { return false }
                i += 1
            }
            return true
        }
        guard simple else { return text.split(separator: " ", maxSplits: maxSplits, omittingEmptySubsequences: true) }
        return text.utf8.split(separator: 0x20, maxSplits: maxSplits, omittingEmptySubsequences: true).map { Substring($0) }
    }

    /// `text.count < n`, walking at most n characters, and none when the answer shows in the first n
    /// scalars: fewer than n scalars are fewer than n characters, and n scalars below U+0300 (but CR) or
    /// among the Vietnamese letters U+1E00–U+1EFF each open a character of their own (no combining mark,
    /// joiner or CR LF among them), so they are n characters. Counting characters walks grapheme breaks.
    static func isShorter<S: StringProtocol>(_ text: S, than n: Int) -> Bool {
        if text.utf8.count < n { return true }
        let (scalars, simple) = withUTF8Bytes(text) { b -> (Int, Bool) in
            var scalars = 0, simple = true
            var i = 0
            while i < b.count, scalars < n {
                if b[i] & 0xC0 != 0x80 {
                    scalars += 1
                    if !opensCharacter(b, at: i) { simple = false }
                }
                i += 1
            }
            return (scalars, simple)
        }
        if scalars < n { return true }
        if simple { return false }
        var characters = 0
        var i = text.startIndex
        while i < text.endIndex {
            characters += 1
            if characters >= n { return false }
            i = text.index(after: i)
        }
        return characters < n
    }

    /// The scalar whose UTF-8 starts at `i` is below U+0300 (but CR), a Vietnamese letter (U+1E00–U+1EFF) or
    /// a dash, quote or other punctuation of U+2010–U+203F (“ ” – … •, and the line and bidi controls there):
    /// it opens a character of its own, and no such scalar extends the one before it. (Only a joiner before
    /// "‼" would join it to an emoji, and a joiner is none of these: a text that holds one is walked.)
    @inline(__always)
    static func opensCharacter(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = b[i]
        if lead < 0xCC { return lead != 0x0D }
        guard i + 1 < b.count else { return false }
        let next = b[i + 1]
        return lead == 0xE1 && next >= 0xB8 && next <= 0xBB
            || lead == 0xE2 && next == 0x80 && i + 2 < b.count && b[i + 2] >= 0x90
    }

    /// Whether the byte at `i` is an ASCII character alone: no CR (which an LF after it joins), and the scalar
    /// after it opens a character of its own. The scalar before it is the caller's to know (a Prepend one
    /// would join it): the byte readings ask it only after ASCII bytes.
    @inline(__always)
    static func isASCIIAlone(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        b[i] < 0x80 && b[i] != 0x0D && (i + 1 == b.count || opensCharacter(b, at: i + 1))
    }

    /// Whether the scalar before byte `i` may be a Prepend one, the only kind of scalar that joins what follows
    /// it into one character (U+0600 and on: its lead byte is D8–DC, E0 or F0). False at the start.
    @inline(__always)
    static func mayFollowPrepend(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i > 0 else { return false }
        var lead = i - 1
        while lead > 0, b[lead] & 0xC0 == 0x80 { lead -= 1 }
        let l = b[lead]
        return l >= 0xD8 && l <= 0xDC || l == 0xE0 || l >= 0xF0
    }

    /// `text.firstIndex { targets.contains($0) }` for ASCII targets, found on the bytes: a target byte is that
    /// character when the scalar after it opens a character and the one before it is no Prepend scalar
    /// (`mayFollowPrepend`). Other texts are walked.
    static func firstIndex(ofASCII targets: [UInt8], in text: Substring) -> Substring.Index? {
        let offset: Int? = withUTF8Bytes(text) { b in
            for i in 0..<b.count where targets.contains(b[i]) {
                let alone = (i + 1 == b.count || opensCharacter(b, at: i + 1)) && !mayFollowPrepend(b, at: i)
                return alone ? i : -1
            }
            return nil
        }
        guard let offset else { return nil }
        guard offset >= 0 else {
            return text.firstIndex { $0.utf8.count == 1 && targets.contains($0.utf8.first!) }
        }
        return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// `text.prefix(n)`, its first n characters, cut on the bytes when each of the first n + 1 scalars opens
    /// a character of its own (or the text has no more than n scalars); the grapheme walk only for other text.
    static func prefix<S: StringProtocol>(_ text: S, characters n: Int) -> S.SubSequence {
        // No more bytes than n: no more characters either, the whole text.
        if text.utf8.count <= n { return text[...] }
        let cut: Int? = withUTF8Bytes(text) { b in
            var scalars = 0
            var i = 0
            while i < b.count {
                if b[i] & 0xC0 != 0x80 {
                    guard opensCharacter(b, at: i) else { return nil }
                    if scalars == n { return i }
                    scalars += 1
                }
                i += 1
            }
            return b.count
        }
        guard let cut else { return text.prefix(n) }
        return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)]
    }

    static func startsLowercase<S: StringProtocol>(_ text: S) -> Bool {
        if let v = firstScalarAlone(text) {
            return CaseTable.isLowercase(v) || v == 0x2C || v == 0x3B || v == 0x29 || v == 0x5D || v == 0x7D   // , ; ) ] }
                || v == 0x2026   // …
        }
        guard let first = text.first else { return false }
        return first.isLowercase || ",;)]}…".contains(first)
    }

    /// `text.first?.isUppercase == true`, from a table for most texts (`firstScalarAlone`).
    static func startsUppercase<S: StringProtocol>(_ text: S) -> Bool {
        if let v = firstScalarAlone(text) { return CaseTable.isUppercase(v) }
        return text.first?.isUppercase == true
    }

    /// `text.first?.isLowercase == true`, from a table for most texts (`firstScalarAlone`).
    static func startsWithLowercaseLetter<S: StringProtocol>(_ text: S) -> Bool {
        if let v = firstScalarAlone(text) { return CaseTable.isLowercase(v) }
        return text.first?.isLowercase == true
    }

    /// The text's first scalar when it is the first character alone: it and the scalar after it (if any)
    /// each open a character (`opensCharacter`). Nil for other texts, and for an empty one.
    @inline(__always)
    static func firstScalarAlone<S: StringProtocol>(_ text: S) -> UInt32? {
        withUTF8Bytes(text) { b in
            guard !b.isEmpty, opensCharacter(b, at: 0) else { return nil }
            let (v, width) = WordScanner.decode(b, at: 0)
            return width == b.count || opensCharacter(b, at: width) ? v : nil
        }
    }

    /// `Character.isUppercase` and `isLowercase` of each scalar that `firstScalarAlone` gives (below U+0300,
    /// U+1E00–U+1EFF and U+2010–U+203F), asked of `Character` itself once.
    enum CaseTable {
        private static let bits: [UInt8] = (0..<0x440).map { k in
            let v = k < 0x300 ? k : k < 0x400 ? 0x1E00 + k - 0x300 : 0x2000 + k - 0x400
            let character = Character(Unicode.Scalar(UInt32(v))!)
            return (character.isUppercase ? 1 : 0) | (character.isLowercase ? 2 : 0)
        }

        @inline(__always)
        private static func index(_ v: UInt32) -> Int {
            v < 0x300 ? Int(v) : v < 0x2000 ? Int(v) - 0x1E00 + 0x300 : Int(v) - 0x2000 + 0x400
        }
        static func isUppercase(_ v: UInt32) -> Bool { bits[index(v)] & 1 != 0 }
        static func isLowercase(_ v: UInt32) -> Bool { bits[index(v)] & 2 != 0 }
    }

    /// Appends a wrapped line in place (no copy of the growing paragraph).
    static func append(_ tail: String, to head: inout String) {
        if head.isEmpty { head = tail; return }
        if tail.isEmpty { return }
        // "-" as the last byte first: most heads end otherwise, told without a Character. (`dropLast(1)`, not
        // `dropLast()`: the default argument picks Collection's, which counts the whole text each time.)
        if !(head.lastByte == 0x2D && head.hasSuffix("-") && head.dropLast(1).last?.isASCIIDigit == true && tail.first?.isASCIIDigit == true) {
            head.append(" ")
        }
        head.append(tail)
    }

    /// Joins a wrapped line to the text before it; "2022-" + "2025" stays one word.
    static func join(_ head: String, _ tail: String) -> String {
        var joined = head
        append(tail, to: &joined)
        return joined
    }
}
