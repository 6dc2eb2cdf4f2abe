/// The closing formula of an administrative document, written after its last item and before the signature:
/// "Trên đây là Kế hoạch …", "Văn phòng Chính phủ (xin) (trân trọng) thông báo để … biết, thực hiện./.",
/// "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …", "Yêu cầu Thủ trưởng các sở … thực hiện./.".
/// Told from the paragraph's own words; `OutlineBuilder` asks only after the last item, where the formula
/// would otherwise read as the last task's own text. Examples: Corpus/closing.tsv.
enum ClosingFormula {
    static func opens(_ text: String) -> Bool {
        // Every formula opens with one of these letters ("Trên", "Trong", "Văn phòng", "Yêu cầu", "Ủy ban",
        // "Chủ tịch", "Bộ", "[1]"): most paragraphs are told so before they are folded.
        guard let first = text.firstByte, first == 0x54 || first == 0x56 || first == 0x59 || first == 0x43 || first == 0x42
                || first == 0x5B || first >= 0xC3 else { return false }
        // The formulas that a body opens ("Văn phòng Chính phủ thông báo", "Yêu cầu …") end the document: "./.".
        // Without that mark only "Trên đây", "Trong quá trình" and a footnote remain, told by "T" or "[".
        let ends = withUTF8Bytes(text) { b in b.count >= 2 && b[b.count - 2] == 0x2F && b[b.count - 1] == 0x2E }
        guard ends || first == 0x54 || first == 0x5B else { return false }
        let key = Fold.key(Text.prefix(text, characters: 96))
        if key.hasPrefix("tren day la ") { return true }
        // "Trong quá trình (tổ chức) (triển khai) thực hiện, nếu có (phát sinh) khó khăn, vướng mắc …".
        if key.hasPrefix("trong qua trinh "), key.containsBytes(" vuong mac") || key.containsBytes(" kho khan") { return true }
        // "[1] Xã Phú Mỡ, …": a footnote's text.
        if isFootnote(key) { return true }
        // "Văn phòng Chính phủ thông báo để … biết, thực hiện./.", "… xin trân trọng thông báo./.".
        if ends, let at = key.firstRange(of: " thong bao"), key.distance(from: key.startIndex, to: at.lowerBound) <= 40 {
            let after = key[at.upperBound...]
            if after.hasPrefix(" de ") || after.hasPrefix("./.") || after.hasPrefix(" den ") { return true }
        }
        // "Yêu cầu …, Chủ tịch … nghiêm túc thực hiện./.", "Chủ tịch UBND tỉnh yêu cầu …./.": a demand of all, the last words.
        if ends, key.hasPrefix("yeu cau ") || key.prefix(48).containsBytes(" yeu cau ") { return true }
        return false
    }

    /// "[1] …", "[12] …": a footnote's number in brackets, then its text.
    private static func isFootnote(_ key: String) -> Bool {
        let bytes = Array(key.utf8.prefix(6))
        guard bytes.first == 0x5B, bytes.count >= 4 else { return false }
        var i = 1
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        return i > 1 && i < bytes.count && bytes[i] == 0x5D && i + 1 < bytes.count && bytes[i + 1] == 0x20
    }
}
