/// The time set by another document, in a deadline position: "Theo Kế hoạch số 579/KH-UBND ngày 30/12/2022 …",
/// "theo quy định tại Nghị định …", "theo tiến độ của Đề án". And the numbers and dates of cited documents,
/// which are never deadlines: "Nghị quyết số 12-NQ/TW ngày 16/3/2022", "Chỉ thị 35/CT-TTg ngày 17/9/2024".
extension DeadlineParser {
    mutating func reference(at i: Int) -> Int? {
        guard isWord(i, .theo) else { return nil }
        var j = i + 1
        if isWord(j, .cac) || isWord(j, .nhung) { j += 1 }
        guard documentHead(j) != nil || seq(j, .quy, .dinh) != nil || seq(j, .tien, .do) != nil
            || seq(j, .lo, .trinh) != nil || seq(j, .huong, .dan) != nil || seq(j, .chi, .dao) != nil
            || seq(j, .thoi, .gian) != nil || seq(j, .thoi, .han) != nil || isWord(j, .lich) else { return nil }
        var k = j
        while k < t.count && !sym(k, ";") { k += 1 }
        add(Deadline(text: slice(i, k - 1), kind: .reference))
        return k
    }

    /// A document type at `k` ("Kế hoạch", "Nghị định", "Đề án" …): the index after it.
    func documentHead(_ k: Int) -> Int? {
        switch w(k) {
        case .ke: return seq(k, .ke, .hoach)
        case .nghi: return seq(k, .nghi, .dinh) ?? seq(k, .nghi, .quyet)
        case .thong: return seq(k, .thong, .tu) ?? seq(k, .thong, .bao)
        case .quyet: return seq(k, .quyet, .dinh)
        case .chi: return seq(k, .chi, .thi)
        case .van: return seq(k, .van, .ban)
        case .de: return isWord(k + 1, .an) && !isWord(k + 2, .toan) ? k + 2 : nil
        case .chuong: return seq(k, .chuong, .trinh)
        case .cong: return seq(k, .cong, .van)
        case .luat: return k + 1
        case .ket: return seq(k, .ket, .luan)
        case .quy: return seq(k, .quy, .hoach)
        case .chien: return seq(k, .chien, .luoc)
        case .du: return isWord(k + 1, .an) && !isWord(k + 2, .toan) ? k + 2 : nil
        case .phap: return seq(k, .phap, .lenh)
        default: return nil
        }
    }

    /// "(số) 579/KH-UBND (,) (ngày 30/12/2022)": skipped without output.
    mutating func skipCitedDocument(at i: Int) -> Int? {
        guard let n = documentNumber(at: i) else { return nil }
        var k = n
        if sym(k, ",") { k += 1 }
        if let (_, next) = dateAfterNgay(at: k) { return next }
        return n
    }

    /// The end of a document number: a number joined by "/" or "-" to letters ("12-NQ/TW", "30/2020/NĐ-CP").
    func documentNumber(at i: Int) -> Int? {
        var j = i
        if isWord(j, .so), num(j + 1) != nil { j += 1 }
        guard num(j) != nil else { return nil }
        var k = j + 1
        var letters = false
        // A ký hiệu has a handful of parts ("123/2025/NĐ-CP": four joints); reading at most 12 keeps a run
        // like "1.1.1.1…" from being walked again from each of its numbers.
        var joints = 0
        while joints < 12, k + 1 < t.count, sym(k, "/") || sym(k, "-") || sym(k, "&") || sym(k, "."), !t[k + 1].spaced,
              t[k + 1].kind != .symbol {
            if t[k + 1].kind == .word {
                // Symbols of documents are written in capitals: NQ, KH-UBND, CT-TTg.
                guard let c = text.unicodeScalars[t[k + 1].lower...].first, c.properties.isUppercase else { break }
                letters = true
            }
            k += 2
            joints += 1
        }
        return letters ? k : nil
    }
}
