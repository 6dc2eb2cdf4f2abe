/// Matching keys. Every matcher in kh-parse (heading roles, labels, deadline and agency words)
/// compares folded text, so "QUÝ II", "Quy II" and "quý II" read alike; the text itself is never
/// replaced by its key.
enum Fold {
    private static let memo = Memo<String>()

    /// "Thời gian hoàn thành" → "thoi gian hoan thanh". ASCII text skips ICU entirely.
    static func key(_ text: some StringProtocol) -> String {
        var ascii = true
        for unit in text.utf8 where unit >= 0x80 { ascii = false; break }
        if ascii { return text.lowercased() }
        // Keys of short texts (headings, labels, names) repeat: fold each once.
        let string = String(text)
        return string.utf8.count <= 64 ? memo.value(for: string, ICU.fold) : ICU.fold(string)
    }
}
