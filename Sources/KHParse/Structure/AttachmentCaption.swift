/// The caption over an appendix or a text that the document carries, which names the document it stands in:
///
///     (Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ)
///     (Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 của Ủy ban Thường vụ Quốc hội)
///
/// A web export that lost its header block keeps its number and date there. `KHParser.structure` reads the first
/// caption that names the document's own type, and only for the fields that the header left empty.
enum AttachmentCaption {
    struct Reading: Equatable {
        var number: String
        var issued: CivilDate?
    }

    /// The first caption among the blocks that names a document of this type, and of this number when the
    /// header gave one (its date is then all that is asked of the caption).
    static func read(in blocks: some Sequence<Block>, type: String, number: String?) -> Reading? {
        let typeKey = Fold.key(type)
        for block in blocks {
            guard case .paragraph = block.kind, let reading = read(block.text, typeKey: typeKey),
                  number == nil || reading.number == number else { continue }
            return reading
        }
        return nil
    }

    /// "(Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28 tháng 11 năm 2025 của …)" with `typeKey` "thong tu" →
    /// 37/2025/TT-BKHCN, 2025-11-28. The caption opens with its bracket; a number left blank in a form
    /// ("số /2025/NQ-CP ngày tháng năm 2025") gives nothing, a date left blank gives the number alone.
    static func read(_ text: String, typeKey: String) -> Reading? {
        // The bytes first: every paragraph is asked when the header left a field empty.
        guard text.firstByte == 0x28, text.utf8.count <= 600, text.containsBytes("èm theo ") else { return nil }
        let key = Fold.key(text)
        var rest = key.dropFirst()
        if rest.hasPrefix("ban hanh ") { rest = rest.dropFirst(9) }
        guard rest.hasPrefix("kem theo "), rest.dropFirst(9).hasPrefix(typeKey + " so ") else { return nil }
        // The number as written (the folded key lost its capitals): the word after the first "số".
        guard let so = text.byteRange(of: " số ") else { return nil }
        var number = ""
        for c in text[so.upperBound...] {
            if c == " " || c == "," || c == ")" || c == ";" { break }
            number.append(c)
        }
        while number.last == "*" || number.last == "." { number.removeLast() }
        // A ký hiệu: digits first, a "/" or "-", capitals ("37/2025/TT-BKHCN", "40-HD/BTGDVTW").
        guard number.first?.isASCIIDigit == true, number.containsBytes("/") || number.containsBytes("-"),
              number.contains(where: \.isUppercase), number.utf8.count <= 40 else { return nil }
        // "ngày …" after the number, before "của …".
        let after = Fold.key(text[text.index(so.upperBound, offsetBy: number.count)...])
        var issued: CivilDate?
        if let ngay = after.byteRange(of: "ngay "), after[..<ngay.lowerBound].allSatisfy({ $0 == " " || $0 == "," || $0 == "*" || $0 == "." }) {
            issued = CivilDate(writtenIn: after[ngay.upperBound...])
        }
        return Reading(number: number, issued: issued)
    }
}
