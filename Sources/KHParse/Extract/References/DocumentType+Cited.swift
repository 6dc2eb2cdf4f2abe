/// Finding a cited document's type in a scanned text (`ReferenceReader`).
extension DocumentType {
    struct Head: Sendable {
        let type: DocumentType
        /// The token after the type words.
        let end: Int
    }

    /// First word → the types starting with it, longest first, by the word's packed key (asked of every word
    /// of a text that may cite).
    private static let byFirstWord = PackedKey.Table(
        Dictionary(grouping: all.filter(\.cited), by: { $0.words[0] }).map { (key: $0.key, value: $0.value) })

    /// The type whose words start at `i`, if any.
    static func head(_ s: ScanText, at i: Int) -> Head? {
        // The packed key is looked up first: most words open no type, and their key strings are not read.
        guard i >= 0, i < s.count, s[i].kind == .word, let candidates = byFirstWord[packed: s[i].packed], let first = s.word(i) else { return nil }
        // "pháp luật", "kỷ luật": the second half of a word, not a law.
        if first == "luat", let before = s.word(i - 1), before == "phap" || before == "ky" { return nil }
        for type in candidates where matches(s, type.words, at: i) {
            return Head(type: type, end: i + type.words.count)
        }
        return nil
    }

    private static func matches(_ s: ScanText, _ words: [String], at i: Int) -> Bool {
        for (offset, w) in words.enumerated() where s.word(i + offset) != w { return false }
        return true
    }
}
