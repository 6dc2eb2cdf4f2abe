/// Finding a cited document's type in a scanned text (`ReferenceReader`).
extension DocumentType {
    struct Head: Sendable {
        let type: DocumentType
        /// The token after the type words.
        let end: Int
    }

    /// A cited type with its words' packed keys (all of them one to eight bytes).
    struct Cited: Sendable {
        let type: DocumentType
        let words: [UInt64]
    }

    /// First word → the types starting with it, longest first, by the word's packed key (`ReferenceReader` probes
    /// its keys for every word of a text that may cite, and `head` reads the types of the words it holds).
    static let citedFirstWords = PackedKey.Table(
        Dictionary(grouping: all.filter(\.cited), by: { $0.words[0] })
            .map { (key: $0.key, value: $0.value.map { Cited(type: $0, words: $0.words.map(PackedKey.of)) }) })

    /// The type whose words start at `i`, if any.
    static func head(_ s: ScanText, at i: Int) -> Head? {
        // The packed key is looked up first: most words open no type. Words are compared as packed keys, and
        // no key string is made.
        guard i >= 0, i < s.count, s[i].kind == .word, s[i].long < 0, let candidates = citedFirstWords[packed: s[i].packed] else { return nil }
        // "pháp luật", "kỷ luật": the second half of a word, not a law.
        let word = ReferenceReader.CitingWord.self
        if s[i].packed == word.luat, i > 0, s[i - 1].isWord(packed: word.phap) || s[i - 1].isWord(packed: ky) { return nil }
        for cited in candidates where matches(s, cited.words, at: i) {
            return Head(type: cited.type, end: i + cited.words.count)
        }
        return nil
    }

    private static func matches(_ s: ScanText, _ words: [UInt64], at i: Int) -> Bool {
        guard i + words.count <= s.count else { return false }
        for (offset, w) in words.enumerated() where !s[i + offset].isWord(packed: w) { return false }
        return true
    }

    /// "kỷ" of "kỷ luật" (the other words are `ReferenceReader.CitingWord`'s).
    private static let ky = PackedKey.of("ky")
}
