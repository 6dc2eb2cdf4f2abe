/// Names of several words that a hard wrap cuts after one of their words, however long the line:
/// "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh …", "- Chỉ đạo Tổng Liên đoàn" / "Lao động Việt Nam …",
/// "… người lao động nước ngoài tại Việt" / "Nam". The names are the expansions of `AgencyGlossary`, the one
/// list of administrative names, compared folded.
enum NameSplit {
    /// Each name of two words or more, as its folded words.
    private static let names: [[Substring]] = Set(AgencyGlossary.expansions.values.map { Fold.key($0) })
        .sorted().map { $0.split(separator: " ") }.filter { $0.count >= 2 }
    /// The words after which one of the names goes on, as the glossary writes them, in small letters and with
    /// a capital first, by a hash of their bytes: what a line's last word is asked first, without folding it.
    /// (Two words of one hash only send a line on to the whole test.)
    private static let cutWords: Set<UInt64> = {
        var hashes: Set<UInt64> = []
        for name in AgencyGlossary.expansions.values {
            for word in name.split(separator: " ").dropLast() {
                for spelling in [String(word), Casing.lowercased(word), Casing.capitalizedFirst(Casing.lowercased(word))] {
                    hashes.insert(withUTF8Bytes(spelling) { hash($0[...]) })
                }
            }
        }
        return hashes
    }()

    /// FNV-1a of the bytes.
    private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// `line` ends with the first words of a name and `next` opens with the rest of it.
    static func cuts(_ line: String, before next: String) -> Bool {
        // The last word alone first, on its bytes: most lines end on no word a name goes on from.
        let mayCut = withUTF8Bytes(line) { b -> Bool in
            let word = Text.lastWord(b)
            return !word.isEmpty && cutWords.contains(hash(b[word]))
        }
        guard mayCut else { return false }
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

    /// Words after which a place's name follows ("tỉnh", "thành phố", "xã" …), as written in small letters.
    private static let placeUnits: [[UInt8]] = ["tỉnh", "phố", "huyện", "quận", "xã", "trấn", "phường"].map { Array($0.utf8) }
    /// Places named in one word, after which a line may well end.
    private static let oneWordPlaces: Set<Substring> = ["Huế", "Vinh"]

    /// `line` ends with a place unit and the first word of the place's name, `next` opens with the rest:
    /// "Ủy ban nhân dân tỉnh Điện" / "Biên báo cáo …", "thành phố Cần" / "Thơ và các tổ chức …". A place's
    /// name has two words or more but for a few ("thành phố Huế"). The two words are read on the bytes.
    static func cutsPlace(_ line: String, before next: String) -> Bool {
        let name: Range<Int>? = withUTF8Bytes(line) { b in
            let name = Text.lastWord(b)
            guard name.lowerBound > 1 else { return nil }
            let unit = Text.lastWord(UnsafeBufferPointer(rebasing: b[..<(name.lowerBound - 1)]))
            return placeUnits.contains { $0.elementsEqual(b[unit]) } ? name : nil
        }
        guard let name, Text.startsUppercase(next) else { return false }
        let utf8 = line.utf8
        let first = line[utf8.index(utf8.startIndex, offsetBy: name.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: name.upperBound)]
        return Text.startsUppercase(first) && !oneWordPlaces.contains(first)
    }

    /// The word as the name spells it, a closing sign after it aside: "nam)," is "nam".
    private static func sameWord(_ written: Substring, _ word: Substring) -> Bool {
        written.hasPrefix(word) && written.dropFirst(word.count).allSatisfy { !$0.isLetter && !$0.isNumber }
    }
}
