/// The numbering or bullet that opens an item: "II." "1." "1.1." "a)" "-".
struct Marker: Sendable, Hashable {
    enum Style: String, Sendable { case part, article, roman, arabic, decimal, letter, bullet }

    var style: Style
    /// The marker as written, trimmed: "1.1.", "a)", "-".
    var text: String
    /// The number without punctuation: "II", "1", "1.1", "a"; nil for bullets.
    var number: String?
    /// Numeric reading: [2] for II, [1, 1] for 1.1, [1] for a (its place in the alphabet).
    var values: [Int]
}

/// Vietnamese point letters run a b c d đ e g h i k …, with no f, j, w, z in the official sequence.
enum PointLetters {
    static let sequence: [Character] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
    static func index(of c: Character) -> Int? { sequence.firstIndex(of: c).map { $0 + 1 } }
    static func letter(at index: Int) -> String? { (1...sequence.count).contains(index) ? String(sequence[index - 1]) : nil }
}

enum RomanNumeral {
    /// "IV" → 4; nil unless well-formed (I, V, X, L, C up to 399).
    static func value(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 8 else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for ch in text.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return format(total) == String(text) ? total : nil
    }

    static func format(_ value: Int) -> String {
        guard value > 0 else { return "" }
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var v = value, out = ""
        for (n, s) in table { while v >= n { out += s; v -= n } }
        return out
    }
}

enum MarkerReader {
    static let bulletSymbols: Set<Character> = ["-", "+", "•", "▪", "▫", "◦", "○", "●", "■", "□", "◆", "◇", "➢", "➤", "►", "▶", "❖", "✓", "✔", "*", "–", "—", "·"]
    /// The first bytes of the bullet symbols: a line that opens with none of them is no bullet, told
    /// without hashing its first Character.
    private static let bulletLeads = ByteSet(bulletSymbols.compactMap { $0.utf8.first })

    /// Reads the marker at the start of a cleaned line; returns it with the text after it, a slice of
    /// the line (a copy of it beside the line's token was a large input's biggest cost after the lines).
    /// `previousLetter` decides the "i." ambiguity: "i)" right after "h)" is a letter, not Roman 1.
    /// `previousNumber`, the last arabic marker's number, lets a list go on past 200 ("201." after "200.").
    static func read(_ line: String, previousLetter: Int? = nil, previousNumber: Int? = nil) -> (Marker, Substring)? {
        // The first byte says which reading can apply; the first Character (a grapheme walk) is made
        // only for a bullet.
        guard let lead = line.firstByte else { return nil }
        if bulletLeads.contains(lead), let first = bullet(line) {
            let rest = line.dropFirst()
            // "-" alone: web exports put a bullet's text on the next line (`Reflow` joins it).
            if rest.isEmpty, first == "-" || first == "+" || first == "•" {
                return (Marker(style: .bullet, text: String(first), number: nil, values: []), "")
            }
            guard let next = rest.first, next == " " || next == "\t" else { return nil }
            let text = rest.drop { $0 == " " || $0 == "\t" }
            guard !text.isEmpty else { return nil }
            // "- 2 -" page furniture is gone by now; "-1.5%" never reaches here (no space).
            return (Marker(style: .bullet, text: String(first), number: nil, values: []), text)
        }
        if lead >= 0x30 && lead <= 0x39 { return mayBeNumeric(line) ? numeric(line, previousNumber: previousNumber) : nil }
        if lead == 0x28 { return enumerator(line) }   // "("
        if lead == 0xC4, let article = article(line) { return article }   // "Đ"
        if lead | 0x20 == 0x70, let part = part(line) { return part }   // "P"
        if let letter = letterMarker(line, previousLetter: previousLetter) { return letter }
        if romanLetters.contains(lead) { return mayBeRoman(line) ? roman(line) : nil }
        return nil
    }

    /// "(1) Giao Bộ Y tế …", "(ii) Các tổ chức tín dụng …": an enumeration inside an item's text, read as a bullet
    /// whose symbol is its number in parentheses (one or two digits, or a small Roman numeral up to "(x)"), with text
    /// after a space. `OutlineBuilder` ranks every "(n)" alike, and every "(i)" alike.
    static func enumerator(_ line: String) -> (Marker, Substring)? {
        withUTF8Bytes(line) { b -> Int? in
            var i = 1
            while i < b.count, i <= 4, b[i] >= 0x30 && b[i] <= 0x39 || b[i] == 0x69 || b[i] == 0x76 || b[i] == 0x78 { i += 1 }
            guard i > 1, i + 1 < b.count, b[i] == 0x29, b[i + 1] == 0x20 else { return nil }
            let inner = b[1..<i]
            let digits = inner.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            guard digits && inner.count <= 2 || inner.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }) && RomanNumeral.value(Substring(String(decoding: inner, as: UTF8.self).uppercased())) != nil
            else { return nil }
            return i + 1
        }.flatMap { end in
            let text = line.utf8.dropFirst(end + 1)
            let rest = Substring(line)[text.startIndex...].drop { $0 == " " }
            guard !rest.isEmpty else { return nil }
            let symbol = String(Substring(line)[..<line.utf8.index(line.utf8.startIndex, offsetBy: end)])
            return (Marker(style: .bullet, text: symbol, number: nil, values: []), rest)
        }
    }

    /// The line's first character when it is a bullet symbol. An ASCII one ("-", "+", "*") followed by
    /// an ASCII byte (or nothing) is that byte alone, told without making and hashing a `Character`.
    private static func bullet(_ line: String) -> Character? {
        let utf8 = line.utf8
        if let lead = utf8.first, lead < 0x80 {
            let second = utf8.dropFirst().first ?? 0
            if second < 0x80 && lead != 0x0D { return asciiBullets.contains(lead) ? Character(Unicode.Scalar(lead)) : nil }
        }
        guard let first = line.first, bulletSymbols.contains(first) else { return nil }
        return first
    }

    /// The bullet symbols that are one ASCII byte.
    private static let asciiBullets = ByteSet(bulletSymbols.compactMap { $0.asciiValue })

    /// The bytes of the Roman numerals' letters.
    private static let romanLetters = ByteSet("IVXLC".utf8)

    /// A numeric marker opens with one to three digits and ".", ")" or "-" ("1.", "2)", "1.2.", "1- "): most lines
    /// that open with a digit (years, dates, amounts) fail this on their bytes.
    private static func mayBeNumeric(_ line: String) -> Bool {
        var digits = 0
        for byte in line.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digits += 1; if digits > 3 { return false }; continue }
            return byte == 0x2E || byte == 0x29 || byte == 0x2D
        }
        return false
    }

    /// A Roman marker's letters are followed by ".", ")", "-" or "–": "Các", "Việc", "Xây" fail on their
    /// second byte.
    private static func mayBeRoman(_ line: String) -> Bool {
        for byte in line.utf8 where !romanLetters.contains(byte) {
            return byte == 0x2E || byte == 0x29 || byte == 0x2D || byte == 0xE2
        }
        return false
    }

    /// Ordinals after "Phần thứ": "nhất" 1 … "mười" 10.
    private static let ordinals: [String: Int] = ["nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                                                  "tám": 8, "chín": 9, "mười": 10]

    /// "Phần thứ nhất", "PHẦN THỨ HAI: NHIỆM VỤ", "Phần I. MỤC ĐÍCH", "PHẦN 2 -": a part of a long plan, above its Roman
    /// headings. Only at the start of a line and followed by nothing, a stop (".", ":", "-", "–") or capitals, so a
    /// sentence that opens "Phần thứ hai của …" stays text.
    private static func part(_ line: String) -> (Marker, Substring)? {
        // "Phần " or "PHẦN " on its bytes first: most lines that open with "P" are "Phối hợp", "Phòng", "Phát triển".
        let b = Array(line.utf8.prefix(7))
        guard b.count == 7, b[1] | 0x20 == 0x68, b[2] == 0xE1, b[3] == 0xBA, b[4] == 0xA6 || b[4] == 0xA7, b[5] | 0x20 == 0x6E,
              b[6] == 0x20 else { return nil }
        let words = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        var value: Int?
        var used = 2
        var second = Casing.lowercased(words[1])
        if second == "thứ", words.count >= 3 {
            second = Casing.lowercased(words[2])
            used = 3
            var word = second
            while let last = word.last, ".:-–".contains(last) { word.removeLast() }
            value = ordinals[word]
        } else {
            var token = Substring(words[1])
            while let last = token.last, ".:-–)".contains(last) { token = token.dropLast() }
            value = RomanNumeral.value(token) ?? (token.count <= 2 && token.allSatisfy(\.isASCIIDigit) ? Int(token) : nil)
        }
        guard let value, value >= 1 else { return nil }
        // The marker's words as written, and what follows them.
        let markerEnd = words[used - 1].endIndex
        var rest = line[markerEnd...].drop { $0 == " " }
        var markerText = String(line[..<markerEnd])
        if let stop = rest.first, ".:-–".contains(stop) { markerText.append(stop); rest = rest.dropFirst().drop { $0 == " " } }
        let punctuated = markerText.last.map { ".:-–".contains($0) } ?? false
        guard rest.isEmpty || punctuated || Text.isAllCaps(Text.prefix(rest, characters: 30)) else { return nil }
        return (Marker(style: .part, text: markerText, number: String(value), values: [value]), rest)
    }

    /// "Điều 1. Phê duyệt Kế hoạch …": an article of a decision.
    private static func article(_ line: String) -> (Marker, Substring)? {
        guard line.startsWithBytes("Điều ") else { return nil }
        let rest = line.dropFirst(5)
        let digits = rest.prefix { $0.isASCIIDigit }
        guard (1...3).contains(digits.count), let value = Int(digits) else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let punct = after.first, punct == "." || punct == ":" else { return nil }
        let text = after.dropFirst().drop { $0 == " " }
        return (Marker(style: .article, text: "Điều \(digits)\(punct)", number: String(digits), values: [value]), text)
    }

    private static func roman(_ line: String) -> (Marker, Substring)? {
        let letters = line.prefix { "IVXLC".contains($0) }
        let after = line.dropFirst(letters.count)
        guard let punct = after.first, punct == "." || punct == ")" || punct == "-" || punct == "–" else { return nil }
        let rest = after.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        guard let value = RomanNumeral.value(letters) else { return nil }
        let text = rest.drop { $0 == " " || $0 == "\t" }
        return (Marker(style: .roman, text: String(letters) + String(punct), number: String(letters), values: [value]), text)
    }

    private static func numeric(_ line: String, previousNumber: Int?) -> (Marker, Substring)? {
        switch numericOnBytes(line, previousNumber: previousNumber) {
        case let .found((marker, text)): return (marker, text)
        case .none: return nil
        case .undecided: return numericByCharacters(line, previousNumber: previousNumber)
        }
    }

    /// `numericByCharacters` on the bytes, where each byte it reads is a character alone: an ASCII byte
    /// (not CR) whose next scalar opens a character of its own (`Text.opensCharacter`). Where one is not,
    /// `.undecided`.
    static func numericOnBytes(_ line: String, previousNumber: Int?) -> ByteReading<(Marker, Substring)> {
        withUTF8Bytes(line) { b -> ByteReading<(Marker, Substring)> in
            let n = b.count
            /// The byte at `i` as a character, 0 when undecided (no byte read here is NUL or CR).
            func character(_ i: Int) -> UInt8 { b[i] != 0 && Text.isASCIIAlone(b, at: i) ? b[i] : 0 }
            func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
            var components: [Int] = []
            var index = 0
            var markerEnd = 0
            while index < n {
                var j = index
                var value = 0
                while j < n, isDigit(b[j]) {
                    guard character(j) != 0 else { return .undecided }
                    if j - index < 4 { value = value * 10 + Int(b[j] - 0x30) }
                    j += 1
                }
                guard j > index, j - index <= 3 else { break }
                // "1.050 hộ": a part after the first in three digits is a thousands group (`numbersAnItem`).
                guard components.isEmpty || j - index < 3 else { return .none }
                components.append(value)
                index = j
                guard index < n else { return .none }
                let punct = b[index]
                guard punct == 0x2E || punct == 0x29 || punct == 0x20 || punct == 0x2D else { return .none }
                guard character(index) != 0 else { return .undecided }
                if punct == 0x2D {
                    // "1- Các cấp ủy …": a party document's arabic items (Hướng dẫn 36-HD/VPTW), the dash then a space.
                    guard components.count == 1, index + 1 < n, b[index + 1] == 0x20 else { return .none }
                    markerEnd = index + 1
                    index = markerEnd
                    break
                }
                if punct == 0x2E || punct == 0x29 {
                    markerEnd = index + 1
                    if punct == 0x29 { index = markerEnd; break }
                    if markerEnd < n, isDigit(b[markerEnd]) {
                        guard character(markerEnd) != 0 else { return .undecided }
                        index = markerEnd
                        continue
                    }
                    index = markerEnd
                    break
                } else if components.count >= 2 {
                    markerEnd = index   // "2.13 Xây dựng …"
                    break
                } else {
                    return .none
                }
            }
            guard !components.isEmpty, components.count <= 5, markerEnd > 0 else { return .none }
            var t = markerEnd
            if t < n {
                guard b[t] == 0x20 || b[t] == 0x09 else { return .none }   // no other character opens with these bytes
                while t < n, b[t] == 0x20 || b[t] == 0x09 {
                    guard character(t) != 0 else { return .undecided }
                    t += 1
                }
            }
            // Without text the line ends at the marker: its last character is the marker's "." or ")".
            guard numbersAnItem(components, previousNumber: previousNumber), t < n || markerEnd == n && (b[n - 1] == 0x2E || b[n - 1] == 0x29) else { return .none }
            if t < n, isDigit(b[t]) {
                guard character(t) != 0 else { return .undecided }
                // "2. 100% cơ quan …": an objective opens with its share; "15. 000 người" is a number cut in two.
                var d = t
                while d < n, isDigit(b[d]) || b[d] == 0x2C || b[d] == 0x2E { d += 1 }
                guard d < n, b[d] == 0x25, d + 1 == n || b[d + 1] == 0x20 else { return .none }
            }
            let utf8 = line.utf8
            let markerText = String(line[..<utf8.index(utf8.startIndex, offsetBy: markerEnd)])
            return .found((numericMarker(markerText, components), line[utf8.index(utf8.startIndex, offsetBy: t)...]))
        }
    }

    static func numericByCharacters(_ line: String, previousNumber: Int?) -> (Marker, Substring)? {
        var components: [Int] = []
        var index = line.startIndex
        var markerEnd = index
        while index < line.endIndex {
            let digits = line[index...].prefix { $0.isASCIIDigit }
            guard !digits.isEmpty, digits.count <= 3, let v = Int(digits) else { break }
            guard components.isEmpty || digits.count < 3 else { return nil }   // "1.050 hộ", as on the bytes
            components.append(v)
            index = line.index(index, offsetBy: digits.count)
            guard index < line.endIndex else { return nil }
            let punct = line[index]
            if punct == "-", components.count == 1, line[line.index(after: index)...].first == " " {
                markerEnd = line.index(after: index)   // "1- Các cấp ủy …"
                break
            }
            if punct == "." || punct == ")" {
                markerEnd = line.index(after: index)
                if punct == ")" { index = markerEnd; break }
                if markerEnd < line.endIndex, line[markerEnd].isASCIIDigit { index = markerEnd; continue }
                index = markerEnd
                break
            } else if punct == " " && components.count >= 2 {
                // "2.13 Xây dựng …": a decimal number without its final dot.
                markerEnd = index
                break
            } else {
                return nil
            }
        }
        guard !components.isEmpty, components.count <= 5, markerEnd > line.startIndex else { return nil }
        let rest = line[markerEnd...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let text = rest.drop { $0 == " " || $0 == "\t" }
        // A marker alone on its line ("1." over its text, as web exports break it) is an item whose text follows.
        guard numbersAnItem(components, previousNumber: previousNumber), !text.isEmpty || line.last == "." || line.last == ")" else { return nil }
        if let f = text.first, f.isASCIIDigit {
            // "2. 100% cơ quan …", as on the bytes.
            let share = text.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." }
            let after = text.dropFirst(share.count)
            guard after.first == "%", after.dropFirst().first.map({ $0 == " " }) ?? true else { return nil }
        }
        let markerText = String(line[..<markerEnd])
        return (numericMarker(markerText, components), text)
    }

    /// "2026. Các …" or "15. 000 people" are not items: numbers stay small, but for the next number of a list
    /// that got there ("201." after "200."). Nor is a number written with thousands groups that a hard wrap put
    /// first on its line ("hơn" / "200.000 nhà bị hư hỏng", "1.500 hộ"): no part after the first is 0 or above 99,
    /// nor written in three digits ("1.050 hộ", told where the digits are read).
    private static func numbersAnItem(_ components: [Int], previousNumber: Int?) -> Bool {
        guard components.dropFirst().allSatisfy({ $0 > 0 && $0 < 100 }) else { return false }
        return components[0] <= 200 || components.count == 1 && previousNumber.map { $0 + 1 == components[0] } == true
    }

    /// The marker of `components` as written in `text`: arabic for one number, decimal for more; its number
    /// "1.2" (leading zeros gone: "01." is 1), built without an array of parts.
    private static func numericMarker(_ text: String, _ components: [Int]) -> Marker {
        var number = ""
        for (k, value) in components.enumerated() {
            if k > 0 { number += "." }
            number += String(value)
        }
        return Marker(style: components.count == 1 ? .arabic : .decimal, text: text, number: number, values: components)
    }

    /// "f)" after "e)": a plan lettered in the Latin alphabet, which Vietnamese points skip.
    private static let latin: [Character: Character] = ["f": "e", "j": "i", "w": "v", "z": "y"]

    private static func letterMarker(_ line: String, previousLetter: Int?) -> (Marker, Substring)? {
        // The yes-or-no pre-test first: most lines fail it, and it costs less than the reading's answer.
        guard mayBeLetterMarker(line) else { return nil }
        switch letterOnBytes(line, previousLetter: previousLetter) {
        case .found(let marker): return marker
        case .none: return nil
        case .undecided: return letterMarkerByCharacters(line, previousLetter: previousLetter)
        }
    }

    /// `letterMarkerByCharacters` on the bytes, where each byte it reads is a character alone (an ASCII byte
    /// the next byte does not join, or "đ"); `.undecided` where one is not.
    static func letterOnBytes(_ line: String, previousLetter: Int?) -> ByteReading<(Marker, Substring)> {
        withUTF8Bytes(line) { b -> ByteReading<(Marker, Substring)> in
            let n = b.count
            let letter: Character, width: Int
            if n >= 3, b[0] >= 0x61 && b[0] <= 0x7A {
                letter = Character(Unicode.Scalar(b[0])); width = 1
            } else if n >= 4, b[0] == 0xC4, b[1] == 0x91 {
                letter = "đ"; width = 2
            } else {
                return .none
            }
            // The letter, its mark and a space, each a character alone (the mark after the letter opens one).
            let punct = b[width]
            guard punct == 0x29 || punct == 0x2E, b[width + 1] == 0x20 else { return .none }
            guard Text.isASCIIAlone(b, at: width + 1) else { return .undecided }
            var found = PointLetters.index(of: letter)
            if found == nil, let before = latin[letter], let previousLetter, PointLetters.index(of: before) == previousLetter {
                found = previousLetter + 1
            }
            guard let index = found else { return .none }
            var t = width + 2
            while t < n, b[t] == 0x20 {
                guard Text.isASCIIAlone(b, at: t) else { return .undecided }
                t += 1
            }
            guard t < n else { return .none }
            let text = line[line.utf8.index(line.startIndex, offsetBy: t)...]
            let mark = Character(Unicode.Scalar(punct))
            if mark == "." && !Text.startsUppercase(text) { return .none }
            if "ivx".contains(letter) && mark == "." && previousLetter.map({ $0 + 1 != index }) ?? true { return .none }
            return .found((Marker(style: .letter, text: String(letter) + String(mark), number: String(letter), values: [index]), text))
        }
    }

    /// A small ASCII letter or "đ", then ")" or ".", then a space: most lines fail this on their first bytes
    /// ("(1)", "TP.", "KT." among them).
    static func mayBeLetterMarker(_ line: String) -> Bool {
        withUTF8Bytes(line) { b in
            let at = b.count >= 3 && b[0] >= 0x61 && b[0] <= 0x7A ? 1 : b.count >= 4 && b[0] == 0xC4 && b[1] == 0x91 ? 2 : 0
            return at > 0 && (b[at] == 0x29 || b[at] == 0x2E) && b[at + 1] == 0x20
        }
    }

    static func letterMarkerByCharacters(_ line: String, previousLetter: Int?) -> (Marker, Substring)? {
        let chars = Array(line.prefix(3))
        guard chars.count >= 3 else { return nil }
        var found = PointLetters.index(of: chars[0])
        if found == nil, let before = latin[chars[0]], let previousLetter, PointLetters.index(of: before) == previousLetter {
            found = previousLetter + 1
        }
        guard let index = found else { return nil }
        let punct = chars[1]
        guard punct == ")" || punct == ".", chars[2] == " " else { return nil }
        let text = line.dropFirst(3).drop { $0 == " " }
        guard !text.isEmpty else { return nil }
        // "a. Mục tiêu" reads as a letter item only when a capital follows (else it is prose).
        if punct == "." && !Text.startsUppercase(text) { return nil }
        // "i." / "v." / "x." may be Roman numerals in lower case; treat them as letters only in sequence.
        if "ivx".contains(chars[0]) && punct == "." && previousLetter.map({ $0 + 1 != index }) ?? true { return nil }
        return (Marker(style: .letter, text: String(chars[0]) + String(punct), number: String(chars[0]), values: [index]), text)
    }
}
