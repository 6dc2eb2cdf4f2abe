/// The folded words the deadline grammar knows. Folding merges some Vietnamese words
/// ("năm" year / "Nam" south, "định" / "Đinh", "quý" / "quy" of "quy định"): rules look at the
/// neighbours, never at one word alone.
enum Vocab: String, Sendable, CaseIterable {
    // units
    case ngay, thang, nam, quy, tuan, nua, dau, cuoi, giua
    // bounds
    case truoc, den, het, cham, nhat, khong, qua, han, chot, muon, hon, toi
    case tu, ke, bat, tinh, trong, vong, thoi, suot, vao, la, gian
    // ranges, open ends, conditions
    case giai, doan, tiep, theo, cac, nhung, va, hoac, sau, khi, `do`, tro, di, nay
    // recurrence
    case hang, moi, mot, dinh, lan, it, thieu, ky, ki
    // ongoing, plan events
    case thuong, xuyen, lien, tuc, thuc, hien, duy, tri, trien, khai, hoan, thien, thanh, xong, to, chuc, ban, hanh
    case lam, viec
    // lunar new year and the stems and branches of its year name
    case tet, nguyen, dan
    case giap, at, binh, mau, canh, tan, nham, ty, suu, mao, meo, thin, ngo, mui, than, tuat, hoi
    // documents, regulations, schedules
    case so, de, an, chuong, trinh, hoach, nghi, quyet, thong, huong, van, cong, luat, ket, luan, bao
    case chien, luoc, du, lich, chi, thi, dao, tien, lo, phap, lenh, phoi, hop, muc, tieu, phong, trao
    case diem, co, yeu, cau, duoc, phe, duyet, hieu, luc, nhan
    // names and money: words that make a recurrence word no deadline
    case toan, ngan, sach, kinh, phi, von, giao, duc, truc, vu
    case tam, nhin, phan
    // weekdays and number words ("thứ Sáu", "tháng bảy", "năm hai nghìn không trăm hai mươi sáu")
    case thu, chu, cn, hom, kia, ngoai, trung, ha, mai, am, q, ram, mung, mong, cung, cua, rang, qui, hai, ba, bon, bay, bau, chin, muoi, tram, nghin, le, linh, gieng, chap, nhi
    // lunar dates: "âm lịch", "ÂL", "nhuận", "Rằm", "Tết Trung thu / Đoan ngọ / Nguyên tiêu"
    case al, nhuan
    // events of a "khi" clause ("khi xảy ra sự cố", "khi phát sinh", "khi cần thiết", "khi đủ điều kiện")
    case xay, ra, phat, sinh, can, thiet, dieu, kien
    // "nhân dịp 30/4"
    case dip, sap
    // times of day
    case gio, phut, h, sang, trua, chieu, ruoi
    // Roman quarter numbers
    case i, ii, iii, iv, v

    static let table: [String: Vocab] = {
        var table: [String: Vocab] = [:]
        for word in Vocab.allCases { table[word.rawValue] = word }
        return table
    }()

    /// The words of one to eight bytes by their packed key (`PackedKey`): the scanner looks every word up,
    /// and a packed look-up hashes no string.
    static let byPacked = PackedKey.Table(Vocab.allCases.filter { $0.rawValue.utf8.count <= 8 }.map { (key: $0.rawValue, value: $0) })

    /// The word whose key is `key` (a word's folded letters).
    static func of(_ key: UnsafeBufferPointer<UInt8>) -> Vocab? {
        // A key of one to eight bytes without a last NUL is told by its packed key; others by the table.
        if let packed = PackedKey.exact(key) { return byPacked[packed: packed] }
        return table[String(decoding: key, as: UTF8.self)]
    }

    /// 1...4 for a Roman quarter or half number.
    var roman: Int? {
        switch self {
        case .i: return 1
        case .ii: return 2
        case .iii: return 3
        case .iv: return 4
        case .v: return 5
        default: return nil
        }
    }
}
