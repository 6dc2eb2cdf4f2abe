/// The closing formula of a law or a resolution that an assembly passes:
///
///     Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8 thông qua ngày 30 tháng 11 năm 2024.
///     Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV thông qua ngày 16 tháng 6 năm 2025.
///
/// Such a document has no place-and-date line in its header: the day it was passed is its date, the one it is
/// cited by ("Luật … ngày 30 tháng 11 năm 2024"). `KHParser.structure` reads it only when the header gives no date.
enum AdoptionLine {
    /// The date of the last formula among the body's blocks, or nil. It stands last in the body, right above the
    /// signature, or above the appendices when the signature block is lost.
    static func date(in blocks: ArraySlice<Block>) -> CivilDate? {
        for block in blocks.reversed() {
            guard case .paragraph = block.kind, let date = date(block.text) else { continue }
            return date
        }
        return nil
    }

    /// "Luật này được Quốc hội … thông qua ngày 30 tháng 11 năm 2024." → 2024-11-30. The text opens with the
    /// document's own name and "này" ("Luật này", "Bộ luật này", "Nghị quyết này"), so that a sentence citing
    /// another document's passing ("Nghị quyết số 12 được … thông qua ngày …") is not read as one.
    static func date(_ text: String) -> CivilDate? {
        // The bytes first: every body block is asked when the header gives no date.
        guard text.utf8.count <= 600, text.containsBytes("thông qua ngày") else { return nil }
        let key = Fold.key(text)
        // "<the type, up to three words> này …"
        let opening = key.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true).prefix(4)
        guard let nay = opening.firstIndex(of: "nay"), nay >= 1 else { return nil }
        // "thông qua ngày" (a lost space before "thông" leaves it glued to the word before: "khóa XVthông qua").
        guard let passed = key.byteRange(of: "thong qua ngay") else { return nil }
        return CivilDate(writtenIn: key[passed.upperBound...])
    }
}
