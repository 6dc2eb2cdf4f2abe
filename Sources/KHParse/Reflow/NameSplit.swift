/// Names of several words that a hard wrap cuts after one of their words, however long the line:
/// "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh …", "- Chỉ đạo Tổng Liên đoàn" / "Lao động Việt Nam …",
/// "… người lao động nước ngoài tại Việt" / "Nam". The names are the expansions of `AgencyGlossary`, the one
/// list of administrative names, compared folded.
enum NameSplit {
    /// Each name of two words or more, as its folded words.
    private static let names: [[Substring]] = Set(AgencyGlossary.expansions.values.map { Fold.key($0) })
        .sorted().map { $0.split(separator: " ") }.filter { $0.count >= 2 }
    /// The folded words after which one of the names goes on.
    private static let cutWords: Set<Substring> = Set(names.flatMap { $0.dropLast() })

    /// `line` ends with the first words of a name and `next` opens with the rest of it.
    static func cuts(_ line: String, before next: String) -> Bool {
        // The last word alone first: most lines end on no word a name goes on from.
        let utf8 = line.utf8
        let start = utf8.lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard start < utf8.endIndex, cutWords.contains(Fold.key(line[start...])[...]) else { return false }
        let tail = Fold.key(line.split(separator: " ").suffix(6).joined(separator: " ")).split(separator: " ")
        let head = Fold.key(Text.prefix(next, characters: 60)).split(separator: " ")
        for name in names {
            for k in 1..<name.count where tail.count >= k && head.count >= name.count - k {
                if tail.suffix(k).elementsEqual(name.prefix(k)),
                   zip(head, name.dropFirst(k)).allSatisfy({ sameWord($0, $1) }) { return true }
            }
        }
        return false
    }

    /// The word as the name spells it, a closing sign after it aside: "nam)," is "nam".
    private static func sameWord(_ written: Substring, _ word: Substring) -> Bool {
        written.hasPrefix(word) && written.dropFirst(word.count).allSatisfy { !$0.isLetter && !$0.isNumber }
    }
}
