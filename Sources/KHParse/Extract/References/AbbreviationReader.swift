/// An abbreviation the text defines, before line numbers are attached (see `Abbreviation`).
struct FoundAbbreviation: Sendable, Hashable {
    var short: String
    /// As written: "trật tự, an toàn giao thông".
    var long: String
    /// From the first word of the long form through the closing parenthesis.
    var range: Range<String.Index>
}

/// Finds abbreviations defined as "long form (SHORT)".
///
/// `AbbreviationReader.find(in: "bảo đảm trật tự, an toàn giao thông (TTATGT); trật tự đô thị (TTĐT)")`
/// → TTATGT = "trật tự, an toàn giao thông", TTĐT = "trật tự đô thị".
///
/// SHORT is 2–10 capitals, digits or "&"; the long form is the shortest run of preceding words whose initials (folded,
/// "và" and punctuation skipped) spell it. Up to three words may stand between the long form and the parenthesis:
/// "Ủy ban nhân dân thành phố (UBND)" → "Ủy ban nhân dân". "(sau đây gọi tắt là TTATGT)" works the same way.
enum AbbreviationReader {
    static func find(in text: String) -> [FoundAbbreviation] {
        mayDefine(text) ? find(in: ScanText(text)) : []
    }

    /// Every definition has its parenthesis, and a short form or its lead-in after it: a text without such a
    /// "(" is not scanned.
    static func mayDefine(_ text: String) -> Bool {
        withUTF8Bytes(text) { b in
            var at = 0
            while let offset = ByteSearch.firstOffset(of: 0x28, in: UnsafeBufferPointer(rebasing: b[at...])) {   // "("
                if opensShortForm(b, at: at + offset) { return true }
                at += offset + 1
            }
            return false
        }
    }

    /// Whether the "(" at `open` may start a definition (`shortForm`): the token after it is a word in capitals
    /// (the short form starts with a letter), or one of the words before one ("sau đây", "được", "gọi tắt",
    /// "viết tắt", matched folded, so also without marks). So, past ASCII whitespace: a word whose letters are
    /// capitals, or one that opens with an "s", "d", "đ", "g" or "v" in either case; bytes this filter does not
    /// read (a Unicode space, a combining or invisible character, a letter of another script) are left to the
    /// scan. "(có danh sách kèm theo)", "(Chi tiết tại Phụ lục)", "(1)", "(ký)" are not.
    static func opensShortForm(_ b: UnsafeBufferPointer<UInt8>, at open: Int) -> Bool {
        var j = open + 1
        while j < b.count, b[j] == 0x20 || (b[j] >= 0x09 && b[j] <= 0x0D) { j += 1 }
        var letters = 0
        while j < b.count {
            let c = b[j]
            var upper = c < 0x61, initial = c | 0x20, width = 1
            if c < 0x80 {
                guard initial &- 0x61 < 26 else { break }
            } else {
                let (v, w) = WordScanner.decode(b, at: j)
                guard let fold = LetterTable.shared.fold(v) else { return true }
                (upper, initial, width) = (fold.upper, UInt8(truncatingIfNeeded: fold.packed), w)
            }
            if letters == 0, initial == 0x73 || initial == 0x64 || initial == 0x67 || initial == 0x76 { return true }
            guard upper else { return false }   // a lower-case letter: no word in capitals
            letters += 1
            j += width
        }
        return letters > 0
    }

    /// The abbreviations a scanned text defines (`DocumentIndex` scans each text once for every reader).
    static func find(in s: ScanText) -> [FoundAbbreviation] {
        var found: [FoundAbbreviation] = []
        for open in 0..<s.count where s.isSymbol(open, "(") {
            guard let (short, close) = shortForm(s, after: open),
                  let (first, last) = longForm(s, before: open, spelling: letters(of: short)) else { continue }
            found.append(FoundAbbreviation(short: short, long: s.slice(first, last),
                                           range: s.range(first, close)))
        }
        return found
    }

    /// "(TTATGT)", "(KH&CN)", "(sau đây gọi tắt là TTATGT)", "(viết tắt là UBND)": the short form and the ")" index.
    private static func shortForm(_ s: ScanText, after open: Int) -> (String, Int)? {
        var j = open + 1
        // "sau đây (được) gọi tắt là", "viết tắt là", "gọi tắt là".
        if s.isWord(j, "sau"), s.isWord(j + 1, "day") { j += 2 }
        if s.isWord(j, "duoc") { j += 1 }
        if (s.isWord(j, "goi") || s.isWord(j, "viet")), s.isWord(j + 1, "tat") {
            j += 2
            if s.isWord(j, "la") { j += 1 }
            if s.isSymbol(j, ":") { j += 1 }
        }
        var short = ""
        var k = j
        while k < s.count, !s.isSymbol(k, ")") {
            let t = s[k]
            if k > j && !s.tight(k) { return nil }                // one piece: "TTATGT", not "Ban ATGT"
            switch t.kind {
            case .word: guard t.allCaps else { return nil }
            case .number: guard k > j else { return nil }         // starts with a letter
            case .symbol: guard s.key(k) == "&", k > j else { return nil }
            }
            short += s.source(k)
            k += 1
        }
        guard k < s.count, (2...10).contains(short.count) else { return nil }
        return (short, k)
    }

    /// The folded letters to spell: "TTĐT" → "ttdt", "KH&CN" → "khcn".
    private static func letters(of short: String) -> String {
        let s = ScanText(short)
        return s.tokens.indices.filter { s[$0].kind != .symbol }.map(s.key).joined()
    }

    /// The words before `open` that spell `target`: the shortest run ending at the word before "(", else one ending
    /// up to three words earlier. Stops at sentence punctuation, so a long form never crosses a clause.
    private static func longForm(_ s: ScanText, before open: Int, spelling target: String) -> (Int, Int)? {
        var words: [Int] = []       // token indices of usable words, nearest first
        var j = open - 1
        let limit = target.count + 4
        while j >= 0, words.count < limit {
            let t = s[j]
            if t.kind == .symbol {
                guard [",", "-", "–", "&"].contains(s.key(j)) else { break }
            } else {
                words.append(j)
            }
            j -= 1
        }
        let target = Array(target.utf8)
        for skip in 0...3 where skip < words.count {
            // Walk back from words[skip], growing the run one word at a time; the first exact spelling wins.
            for startIndex in skip..<words.count {
                let run = words[skip...startIndex].reversed().map { (kind: s[$0].kind, key: s.key($0)) }
                if s.isWord(words[startIndex], "va") { continue }
                if spells(run, target) {
                    return (words[startIndex], words[skip])
                }
            }
        }
        return nil
    }

    private static let digraphs: Set<Substring> = ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"]

    /// Do the initials of `run` spell `target`? A word gives its first letter or, for a Vietnamese digraph start
    /// ("Tr", "Ch", "Ng" …), possibly two letters; a number gives its digits; "và" gives nothing or "&".
    private static func spells(_ run: [(kind: ScanToken.Kind, key: String)], _ target: [UInt8]) -> Bool {
        func match(_ w: Int, _ c: Int) -> Bool {
            if w == run.count { return c == target.count }
            let t = run[w]
            let key = Array(t.key.utf8)
            if t.kind == .number {
                return c + key.count <= target.count && Array(target[c..<(c + key.count)]) == key && match(w + 1, c + key.count)
            }
            if t.key == "va" && w > 0 && match(w + 1, c) { return true }
            guard c < target.count, key.first == target[c] else { return false }
            if match(w + 1, c + 1) { return true }
            return key.count > 2 && c + 1 < target.count && key[1] == target[c + 1] && digraphs.contains(t.key.prefix(2))
                && match(w + 1, c + 2)
        }
        return match(0, 0)
    }
}
