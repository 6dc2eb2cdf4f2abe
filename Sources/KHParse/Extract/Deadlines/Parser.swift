/// Reads the statements of one phrase, left to right. Each family is an extension in its own file
/// that tries to match at a token index and, on success, appends its deadlines and returns the index after it.
struct DeadlineParser {
    let text: String
    let t: [DeadlineToken]
    /// The same tokens with the keys their `packed` does not hold (`key(_:)`).
    let scanned: DeadlineScanner.Tokens
    /// true for `find(inSentence:)`: stricter rules (deadlines.md, "Inside a task's sentence").
    let inSentence: Bool
    /// Only a deadline position (label, parenthesis, cell) reads "theo …" as a reference.
    let referencesAllowed: Bool
    let context: DeadlineContext
    /// The year of the last dated statement of this phrase: the fallback when there is no issue date.
    var lastYear: Int?
    var out: [Deadline] = []
    /// Tokens before this index belong to a label ("Thời gian hoàn thành:") or the sentence's bullet.
    var begin = 0

    init(text: String, inSentence: Bool, referencesAllowed: Bool, context: DeadlineContext) {
        self.text = text
        scanned = DeadlineScanner.tokens(text)
        t = scanned.tokens
        self.inSentence = inSentence
        self.referencesAllowed = referencesAllowed
        self.context = context
    }

    mutating func run() -> [Deadline] {
        begin = contentStart()
        var i = begin
        while i < t.count {
            i = statement(at: i) ?? (i + 1)
        }
        return out
    }

    /// The families in priority order: a longer reading wins over the units inside it.
    mutating func statement(at i: Int) -> Int? {
        // No family begins at a sign: skip it without asking each of them (a line of 100,000 "/" stays fast).
        if t[i].kind == .symbol { return nil }
        // Nor at a word outside the vocabulary: each family opens with a word of it or a number.
        if t[i].kind == .word && t[i].word == nil { return nil }
        if let n = skipCitedDocument(at: i) { return n }
        if let n = nameHorizon(at: i) { return n }
        if referencesAllowed, let n = reference(at: i) { return n }
        if let n = schoolYear(at: i) { return n }
        if let n = recurrence(at: i) { return n }
        if let n = relative(at: i) { return n }
        if let n = conditional(at: i) { return n }
        if let n = timeStatement(at: i) { return n }
        if let n = ongoing(at: i) { return n }
        return nil
    }

    // MARK: token tests

    /// The folded key of the word at `i` ("thang"); "" for a number or a sign.
    func key(_ i: Int) -> String { scanned.key(i) }
    // The token tests below are asked millions of times a batch of plans (each family tries its words at
    // every position): inlined, they are a load and a compare.
    @inline(__always) func w(_ i: Int) -> Vocab? { i >= 0 && i < t.count && t[i].kind == .word ? t[i].word : nil }
    @inline(__always) func isWord(_ i: Int, _ v: Vocab) -> Bool { w(i) == v }
    @inline(__always) func isAnyWord(_ i: Int) -> Bool { i < t.count && t[i].kind == .word }
    @inline(__always) func seq(_ i: Int, _ a: Vocab, _ b: Vocab) -> Int? { w(i) == a && w(i + 1) == b ? i + 2 : nil }
    @inline(__always) func seq(_ i: Int, _ a: Vocab, _ b: Vocab, _ c: Vocab) -> Int? {
        w(i) == a && w(i + 1) == b && w(i + 2) == c ? i + 3 : nil
    }
    @inline(__always) func num(_ i: Int) -> Int? { i >= 0 && i < t.count && t[i].kind == .number ? t[i].value : nil }
    /// An ASCII sign (a scalar, not a `Character`: its ASCII value is known without a call).
    @inline(__always) func sym(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        c.isASCII && i >= 0 && i < t.count && t[i].kind == .symbol && t[i].symbol == UInt8(truncatingIfNeeded: c.value)
    }
    @inline(__always) func isSymbol(_ i: Int) -> Bool { i < t.count && t[i].kind == .symbol }
    /// "/", "-", "." between the parts of a date or a unit and its year.
    func isSep(_ i: Int) -> Bool { sym(i, "/") || sym(i, "-") || sym(i, ".") }
    /// A four-digit year.
    func year(_ i: Int) -> Int? {
        guard let v = num(i), t[i].digits == 4, (1900...2199).contains(v) else { return nil }
        return v
    }
    /// Clause boundaries: an event or a reference runs up to one of these.
    func isClauseEnd(_ i: Int) -> Bool { i >= t.count || sym(i, ";") || sym(i, "(") || sym(i, ")") }
    func isStop(_ i: Int) -> Bool { isClauseEnd(i) || sym(i, ",") || (sym(i, ".") && !isDottedNumber(i)) }
    func isDottedNumber(_ i: Int) -> Bool { num(i - 1) != nil && num(i + 1) != nil && !t[i].spaced }

    // MARK: output

    /// The text as written from token `a` to token `b` (inclusive), cleaned of surrounding signs.
    func slice(_ a: Int, _ b: Int) -> String {
        guard a <= b, a < t.count else { return "" }
        return DeadlineText.clean(Substring(text.unicodeScalars[t[a].lower..<t[min(b, t.count - 1)].upper]))
    }

    mutating func add(_ d: Deadline) {
        if let y = d.end?.year ?? d.start?.year { lastYear = y }
        out.append(d)
    }

    /// A unit statement with dates, or `unparsed` when a stated day does not exist; year-less dates stay null.
    mutating func addSpan(_ kind: Deadline.Kind, _ expr: TimeExpr, from a: Int, to b: Int,
                          shape: (ResolvedSpan) -> (CivilDate?, CivilDate?)) {
        let text = slice(a, b)
        switch resolve(expr) {
        case .success(let span):
            let (s, e) = shape(span)
            // "trước ngày 1/1" of year 1: the day before has no date.
            if s == nil && e == nil && kind != .recurring {
                add(Deadline(text: text, kind: .unparsed, problem: .outOfRange))
                return
            }
            add(Deadline(text: text, kind: kind, start: s, end: e, grain: span.grain))
            lastYear = span.last.year   // the year as stated ("trước 1/1/2027" → 2027), for year-less units after it
        case .failure(.invalidDate):
            add(Deadline(text: text, kind: .unparsed))
        case .failure(.outOfRange):
            add(Deadline(text: text, kind: .unparsed, problem: .outOfRange))
        case .failure(.noYear):
            add(Deadline(text: text, kind: kind, grain: expr.last.reportedGrain))
        }
    }

    /// Skips a leading label ("Thời gian hoàn thành:") and, in a sentence, its bullet or number ("1.2.", "a)", "-").
    func contentStart() -> Int {
        var i = 0
        // A label ends at the first ":" within the first few words.
        if let colon = (0..<min(t.count, 6)).first(where: { sym($0, ":") }), colon > 0,
           w(0) == .thoi || w(0) == .tien {
            i = colon + 1
        }
        while i < t.count {
            if sym(i, "-") || sym(i, "+") || sym(i, "*") || (t[i].kind == .symbol && t[i].symbol == 0) {
                i += 1
            } else if let n = numbering(at: i) {
                i = n
            } else if isAnyWord(i), key(i).utf8.count == 1, sym(i + 1, ")") {
                i += 2
            } else { break }
        }
        return i
    }
}

extension DeadlineParser {
    /// "1.", "1.2.", "10)" followed by a space: an item's number, not a date ("10.4.2026").
    func numbering(at i: Int) -> Int? {
        var k = i
        while num(k) != nil, t[k].digits <= 2, sym(k + 1, ".") || sym(k + 1, ")") {
            k += 2
            if sym(k - 1, ")") { break }
        }
        guard k > i, k >= t.count || t[k].spaced else { return nil }
        return k
    }
}

enum DeadlineText {
    /// Trims spaces and the signs that surround a phrase ("(*hoàn thành trước 30/4/2026*)." → "hoàn thành trước 30/4/2026").
    static func clean(_ s: String) -> String { clean(Substring(s)) }

    /// The same over a slice of the text, by moving two indices: no copy until the result.
    static func clean(_ s: Substring) -> String {
        let u = s.unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi {
            let f = u[lo]
            guard strip(f) || f == "(" && !u[lo..<hi].contains(")") else { break }
            lo = u.index(after: lo)
        }
        while lo < hi {
            let l = u[u.index(before: hi)]
            guard strip(l) || l == ")" && !u[lo..<hi].contains("(") else { break }
            hi = u.index(before: hi)
        }
        // Unwrap one pair of parentheses around everything.
        if lo < hi, u[lo] == "(", u[u.index(before: hi)] == ")" {
            let inner = u[u.index(after: lo)..<u.index(before: hi)]
            if !inner.contains("(") { return clean(Substring(inner)) }
        }
        return String(Substring(u[lo..<hi]))
    }

    private static func strip(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "*", "_", "-", "\u{2013}", "\u{2014}", "\u{2022}", "+": return true
        default: return c.properties.isWhitespace
        }
    }
}
