/// Numbers spelled out, as plans and everyday text write them: months ("tháng Giêng", "tháng Chạp", "tháng bảy",
/// "tháng mười hai", "tháng tư"), quarters ("quý hai", "quý IV" stays Roman), days ("ngày mười lăm") and years
/// ("năm hai nghìn không trăm hai mươi sáu", "năm hai nghìn hai mươi lăm"). Words that fold alike ("năm" five / year,
/// "tư" / "từ", "sáu" / "sau", "tám" / "tầm", "lăm" / "làm", "mốt" / "một") are told apart as written.
extension DeadlineParser {
    /// A digit word 0…9 at `k`. `afterTens`: after "mười / mươi", where "lăm", "mốt" and "tư" are 5, 1 and 4.
    func digitWord(_ k: Int, afterTens: Bool = false) -> Int? {
        guard let v = w(k) else { return nil }
        switch v {
        case .khong: return 0
        case .mot:
            if isExactly(k, "một") { return 1 }
            return afterTens && isExactly(k, "mốt") ? 1 : nil
        case .hai: return 2
        case .ba: return 3
        case .bon: return isExactly(k, "bốn") ? 4 : nil
        case .tu: return isExactly(k, "tư") ? 4 : nil
        case .nam: return isExactly(k, "năm") ? 5 : nil
        case .lam: return afterTens && isExactly(k, "lăm") ? 5 : nil
        case .sau: return isExactly(k, "sáu") ? 6 : nil
        case .bay, .bau: return isExactly(k, "bảy") || isExactly(k, "bẩy") ? 7 : nil
        case .tam: return isExactly(k, "tám") ? 8 : nil
        case .chin: return isExactly(k, "chín") ? 9 : nil
        default: return nil
        }
    }

    /// A number spelled out from `k` (up to 9999) and the index after it.
    func spelledNumber(at k0: Int) -> (Int, Int)? {
        var k = k0
        var total = 0
        if let d = digitWord(k), isWord(k + 1, .nghin) || (isWord(k + 1, .ngan) && isExactly(k + 1, "ngàn")) {
            total += 1000 * d
            k += 2
        }
        if let d = digitWord(k), isWord(k + 1, .tram) {
            total += 100 * d
            k += 2
        }
        // "hai nghìn lẻ năm", "một trăm linh một"
        if k > k0, isWord(k, .linh) || isWord(k, .le), let u = digitWord(k + 1), u > 0 { return (total + u, k + 2) }
        if isWord(k, .muoi), isExactly(k, "mười") {
            total += 10
            k += 1
            if let u = digitWord(k, afterTens: true), u > 0, !(isWord(k, .mot) && isExactly(k, "mốt")) { total += u; k += 1 }
        } else if let d = digitWord(k), d > 1, isWord(k + 1, .muoi), isExactly(k + 1, "mươi") {
            total += 10 * d
            k += 2
            if let u = digitWord(k, afterTens: true), u > 0 { total += u; k += 1 }
        } else if let d = digitWord(k), d > 0 {
            total += d
            k += 1
        }
        return k > k0 && (total > 0) ? (total, k) : nil
    }

    /// The month after "tháng" written as a word: "Giêng", "Chạp", "bảy", "mười hai", "tư", "năm" (May, unless a year
    /// or "nay" follows: "tháng năm 2026" is no month).
    func monthWord(_ k: Int) -> (Int, Int)? {
        if isWord(k, .gieng) { return (1, k + 1) }
        if isWord(k, .chap) { return (12, k + 1) }
        guard let (m, n) = spelledNumber(at: k), (1...12).contains(m) else { return nil }
        if m == 5, n == k + 1, year(n) != nil || isWord(n, .nay) || isWord(n, .sau) || isWord(n, .toi) { return nil }
        return (m, n)
    }

    /// "quý một / hai / ba / bốn / tư".
    func quarterWord(_ k: Int) -> (Int, Int)? {
        guard let d = digitWord(k), (1...4).contains(d) else { return nil }
        return (d, k + 1)
    }

    /// A year spelled out: "hai nghìn không trăm hai mươi sáu" → 2026.
    func spelledYear(_ k: Int) -> (Int, Int)? {
        guard let (y, n) = spelledNumber(at: k), (1900...2199).contains(y) else { return nil }
        return (y, n)
    }

    /// A day of the month as a number or a word ("15", "mười lăm", "mồng 8": see DayWords.swift).
    func dayWord(_ k: Int) -> (Int, Int)? {
        if let d = dayNumber(k) { return (d, k + 1) }
        guard let (d, n) = spelledNumber(at: k), (1...31).contains(d) else { return nil }
        return (d, n)
    }
}
