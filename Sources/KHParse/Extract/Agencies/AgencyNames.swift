/// One name per body: abbreviations expanded from the glossary, a capital first letter, and the
/// admin-unit words inside a name in lower case ("Công an Thành phố" → "Công an thành phố").
enum AgencyNames {
    private static let unitWords: Set<String> = ["thành phố", "tỉnh", "huyện", "quận", "phường", "xã", "thị xã"]

    private static let memo = Memo<String>()

    /// The first bytes of `unitWords`, in lower case.
    private static let unitInitials = ByteSet(unitWords.compactMap { $0.utf8.first })

    static func canonical(_ text: String) -> String { memo.value(for: text, canonicalUncached) }

    private static func canonicalUncached(_ text: String) -> String {
        var words: [String] = []
        let tokens = Text.words(text)
        var skip = false
        for (k, token) in tokens.enumerated() {
            if skip { skip = false; continue }
            let word = String(token)
            // Two-word abbreviations first: "VH TT&DL".
            if k + 1 < tokens.count, let expansion = AgencyGlossary.expansions[word + " " + tokens[k + 1]] {
                words.append(contentsOf: expansion.split(separator: " ").map(String.init))
                skip = true
            } else if let expansion = AgencyGlossary.expansions[word] {
                words.append(contentsOf: expansion.split(separator: " ").map(String.init))
            } else if word.count > 1, word.containsByte(0x2D), !word.split(separator: "-").isEmpty,
                      word.split(separator: "-").allSatisfy({ AgencyGlossary.expansions[String($0)] != nil }) {
                let expanded = word.split(separator: "-").map { AgencyGlossary.expansions[String($0)]! }
                words.append(contentsOf: expanded.joined(separator: " - ").split(separator: " ").map(String.init))
            } else {
                words.append(word)
            }
        }
        guard !words.isEmpty else { return text }
        // Lower-case "Thành phố"/"Tỉnh" … inside a name, where the layout capitalized them.
        var i = 1
        while i < words.count {
            // Every unit word opens with t, h, q, p or x: other words are let go before being lower-cased.
            guard let lead = words[i].utf8.first, unitInitials.contains(lead | 0x20) else { i += 1; continue }
            let pair = i + 1 < words.count ? (words[i] + " " + words[i + 1]).lowercased() : ""
            if unitWords.contains(pair), i + 2 == words.count || Text.startsWithLowercaseLetter(words[i + 2]) {
                words[i] = words[i].lowercased()
                words[i + 1] = words[i + 1].lowercased()
                i += 2
                continue
            }
            if unitWords.contains(words[i].lowercased()), i + 1 == words.count {
                words[i] = words[i].lowercased()
            }
            i += 1
        }
        words[0] = Casing.capitalizedFirst(words[0])
        return words.joined(separator: " ")
    }
}
