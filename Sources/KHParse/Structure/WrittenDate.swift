extension CivilDate {
    /// The day, month and year written first in a folded text: "16 thang 6 nam 2025", "16/6/2025",
    /// "16 thang 06, nam 2025". Only the words and signs of a date may stand between the three numbers, and
    /// the year has four digits; nil else ("ngay thang nam 2025" of a form left blank).
    init?(writtenIn folded: Substring) {
        var numbers: [Int] = []
        var value = 0, digits = 0
        for byte in folded.utf8.prefix(40) {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 4 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                continue
            }
            if digits > 0 {
                numbers.append(value)
                value = 0
                digits = 0
                if numbers.count == 3 { break }
            }
            guard byte == 0x20 || byte == 0x2F || byte == 0x2D || byte == 0x2E || byte == 0x2C || (byte >= 0x61 && byte <= 0x7A) else { break }
        }
        if digits > 0, numbers.count < 3 { numbers.append(value) }
        guard numbers.count == 3, numbers[2] >= 1000 else { return nil }
        self.init(year: numbers[2], month: numbers[1], day: numbers[0])
    }
}
