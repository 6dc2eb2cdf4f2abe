import XCTest
@testable import KHParse

/// The one tokenizer of Extract (`WordScanner`), read through what it hands each reader.
final class WordScannerTests: XCTestCase {
    private func tokens(_ text: String, _ other: WordScanner.OtherLetters = .words) -> [String] {
        var out: [String] = []
        WordScanner.scan(text, otherLetters: other) { token, key in
            let k = String(decoding: key, as: UTF8.self)
            let written = String(decoding: Array(text.utf8)[token.start..<token.end], as: UTF8.self)
            switch token.kind {
            case .word: out.append("w:\(k)" + (token.allCaps ? "^" : token.capitalized ? "+" : "") + (written == k ? "" : "=\(written)"))
            case .number: out.append("n:\(token.value)/\(token.digits)")
            case .symbol: out.append("s:\(k)")
            }
            if !token.spaced { out[out.count - 1] += "·" }
        }
        return out
    }

    func testWordsNumbersAndSigns() {
        XCTAssertEqual(tokens("Chỉ thị 35/CT-TTg"),
                       ["w:chi+=Chỉ", "w:thi=thị", "n:35/2", "s:/·", "w:ct^=CT·", "s:-·", "w:ttg+=TTg·"])
        XCTAssertEqual(tokens("QUÝ II/2026"), ["w:quy^=QUÝ", "w:ii^=II", "s:/·", "n:2026/4·"])
        XCTAssertEqual(tokens("Đảng uỷ BGDĐT"), ["w:dang+=Đảng", "w:uy=uỷ", "w:bgddt^=BGDĐT"])
    }

    func testJunkDigitsNeverOverflow() {
        XCTAssertEqual(tokens("12345678901234567890"), ["n:123456789/20"])
    }

    /// A key longer than the scanner's first buffer (64 bytes on the stack) moves to the heap whole, and
    /// the tokens after it read as before.
    func testKeysLongerThanTheFirstBuffer() {
        for length in [63, 64, 65, 129, 300] {
            let long = String(repeating: "Ấ", count: length)
            XCTAssertEqual(tokens(long + " b 7"), ["w:" + String(repeating: "a", count: length) + "^=" + long, "w:b", "n:7/1"], "\(length)")
            let digits = String(repeating: "9", count: length)
            XCTAssertEqual(tokens("x" + digits), ["w:x", "n:999999999/\(length)·"], "\(length)")
        }
    }

    /// Marks and invisible characters stay inside the token; a control character is a sign that leaves the
    /// space before it to the next token.
    func testMarksInvisiblesAndControlCharacters() {
        XCTAssertEqual(tokens("x\u{0303}y 2\u{200B}6"), ["w:xy=x\u{0303}y", "n:26/2"])
        XCTAssertEqual(tokens("a \u{01}b"), ["w:a", "s:\u{01}", "w:b"])
        XCTAssertEqual(tokens("a\u{01}b"), ["w:a", "s:\u{01}·", "w:b·"])
        XCTAssertEqual(tokens("ngày\u{00A0}15\u{2003}tháng"), ["w:ngay=ngày", "n:15/2", "w:thang=tháng"])
    }

    /// Look-alike letters of another script: one symbol for the references, signs for the deadline grammar.
    func testLettersOfOtherScripts() {
        XCTAssertEqual(tokens("66/NQ-СР"), ["n:66/2", "s:/·", "w:nq^=NQ·", "s:-·", "w:ср^=СР·"])
        XCTAssertEqual(tokens("NQ-СР", .signs), ["w:nq^=NQ", "s:-·", "s:С·", "s:Р·"])
    }

    func testTheReadersSeeTheSameTokens() {
        let text = "Thông tư số 106/2021/TT-BTC – ngày 15/3/2026"
        let scan = ScanText(text)
        let scanned = DeadlineScanner.tokens(text), deadline = scanned.tokens
        XCTAssertEqual(scan.count, deadline.count)
        for i in 0..<scan.count {
            XCTAssertEqual(scan.range(i, i), deadline[i].lower..<deadline[i].upper)
            XCTAssertEqual(scan[i].kind, deadline[i].kind)
            if scan[i].kind == .word { XCTAssertEqual(scan.key(i), scanned.key(i)) }
        }
        XCTAssertEqual(deadline.first { $0.kind == .symbol && $0.lower == text.firstIndex(of: "–") }?.symbol, 0x2D, "a dash reads as -")
    }

    /// A deadline token keeps its wide fields first: 56 bytes, where the declaration order of before took 80 (a
    /// text of signs is a token a byte).
    func testADeadlineTokenIsPacked() {
        XCTAssertLessThanOrEqual(MemoryLayout<DeadlineToken>.stride, 56)
    }

    /// The keys a scan gives when asked (from the packed bytes, or kept when those do not tell them) are
    /// the keys the scanner made: long keys, a NUL sign beside a word, every length up to nine bytes.
    func testKeysMadeWhenAskedAreTheScannersKeys() {
        var texts = ["Chỉ thị 35/CT-TTg ngày 12/3/2025", "a\u{0}b a", "Thành uỷ, UBND, Sở Tư pháp; 70% số xã", "nghiêng nghiêngnghiêng"]
        texts += (0..<300).map { "từ \($0) đến x\($0 * 7) và y\($0)z 1234567\($0) abcdefgh ĐƯỜNG" }
        for text in texts {
            var made: [String] = []
            WordScanner.scan(text, otherLetters: .words) { _, key in made.append(String(decoding: key, as: UTF8.self)) }
            let scan = ScanText(text)
            XCTAssertEqual(scan.tokens.indices.map(scan.key), made, text)
            // The deadline grammar's words too (packed the same way; numbers and signs have no key there).
            var words: [String] = []
            WordScanner.scan(text, otherLetters: .signs) { token, key in
                if token.kind == .word { words.append(String(decoding: key, as: UTF8.self)) }
            }
            let deadline = DeadlineScanner.tokens(text)
            XCTAssertEqual(deadline.tokens.indices.filter { deadline.tokens[$0].kind == .word }.map(deadline.key), words, text)
            XCTAssertTrue(deadline.tokens.indices.filter { deadline.tokens[$0].kind != .word }.allSatisfy { deadline.key($0).isEmpty })
            // Comparing without making the key answers as comparing the made key.
            for i in -1...scan.count {
                for literal in ["chi", "thi", "/", "-", "nghieng", "nghiengnghieng", "a", "x0", "", "\u{0}", "abcdefgh", "abcdefghi"] {
                    let word = i >= 0 && i < scan.count && scan[i].kind == .word ? scan.key(i) : nil
                    let sign = i >= 0 && i < scan.count && scan[i].kind == .symbol ? scan.key(i) : nil
                    XCTAssertEqual(scan.isWord(i, literal), word == literal, "\(text) \(i) \(literal)")
                    XCTAssertEqual(scan.isSymbol(i, literal), sign == literal, "\(text) \(i) \(literal)")
                }
            }
        }
        let nul = ScanText("a\u{0}")
        XCTAssertEqual(nul.tokens.indices.map(nul.key), ["a", "\u{0}"])
    }

    /// A scanned token holds no reference (its long key is an index), so reading one retains nothing:
    /// 32 bytes, where a key string in it took 56.
    func testAScanTokenIsPlainData() {
        XCTAssertTrue(_isPOD(ScanToken.self))
        XCTAssertLessThanOrEqual(MemoryLayout<ScanToken>.stride, 32)
    }

    /// A word's vocabulary entry by its packed key is the table's entry for its key string.
    func testVocabularyByPackedKeyIsTheTables() {
        var keys = Vocab.allCases.map(\.rawValue)
        keys += keys.map { $0 + "x" } + keys.map { String($0.dropLast()) } + ["", "a\u{0}", "thuongxuyen", "abcdefghi", "z"]
        for key in keys {
            let bytes = Array(key.utf8)
            let found = bytes.withUnsafeBufferPointer { $0.isEmpty ? nil : Vocab.of($0) }
            XCTAssertEqual(found, key.isEmpty ? nil : Vocab.table[key], key.debugDescription)
        }
    }
    /// The scanner reads words, digits and signs in runs; this reads them a scalar at a time from the rules
    /// in `WordScanner`'s comment, and both must give the same tokens for random texts of letters (ASCII,
    /// Vietnamese precomposed, other scripts), digits, signs, spaces of every kind, combining marks,
    /// invisible and control characters, and words longer than the key's first buffer.
    func testRunsReadAsScalarsOneAtATime() {
        let pieces: [String] = ["a", "Z", "k", "Đ", "đ", "ế", "Ấ", "ư", "Ơ", "Æ", "ß", "СР", "ж", "Ω", "中", "7", "0", "42",
                                " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{0301}", "\u{0323}",
                                "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{01}", "\u{7F}", "/", "-", "–", ".", "(", "%", "😀",
                                String(repeating: "nghiêng", count: 12)]
        var generator = SeededGenerator(seed: 2026_12_02)
        for round in 0..<3_000 {
            let text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for other in [WordScanner.OtherLetters.words, .signs] {
                var scanned: [String] = []
                WordScanner.scan(text, otherLetters: other) { token, key in scanned.append(describe(token, key)) }
                XCTAssertEqual(scanned, referenceTokens(text, other), "round \(round): \(text.debugDescription)")
            }
        }
    }

    private func describe(_ token: WordToken, _ key: UnsafeBufferPointer<UInt8>) -> String {
        let extra = token.kind == .word ? "\(token.capitalized)\(token.allCaps)" : token.kind == .number ? "\(token.value)/\(token.digits)" : "\(token.scalar)"
        return "\(token.kind) \(token.start)..<\(token.end) \(token.spaced) \(String(decoding: key, as: UTF8.self)) \(extra)"
    }

    /// The tokens of `text` a scalar at a time.
    private func referenceTokens(_ text: String, _ other: WordScanner.OtherLetters) -> [String] {
        var out: [String] = []
        var offset = 0, spaced = true
        var current: (kind: WordToken.Kind, start: Int, key: [UInt8], upper: Int, lower: Int, capitalized: Bool, value: Int, digits: Int)?
        func close(_ end: Int) {
            guard let c = current else { return }
            var token = WordToken(kind: c.kind, start: c.start, end: end, spaced: spaced)
            token.capitalized = c.capitalized
            token.allCaps = c.kind == .word && c.upper > 0 && c.lower == 0
            token.value = c.value
            token.digits = c.digits
            out.append(c.key.withUnsafeBufferPointer { describe(token, $0) })
            current = nil
            spaced = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value, width = String(scalar).utf8.count
            defer { offset += width }
            var letter: (key: [UInt8], upper: Bool)?
            if v < 0x80, Character(scalar).isLetter { letter = ([UInt8(v) | 0x20], v < 0x61) }
            if let fold = LetterTable.shared.fold(v) {
                letter = ((0..<Int(fold.count)).map { UInt8(truncatingIfNeeded: fold.packed >> (8 * UInt32($0))) }, fold.upper)
            }
            if v >= 0x80, letter == nil, !WordScanner.isIgnorable(v), !WordScanner.isSpace(v), other == .words, scalar.properties.isAlphabetic {
                letter = (Array(String(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar).utf8), scalar.properties.isUppercase)
            }
            if let letter {
                if current?.kind != .word { close(offset); current = (.word, offset, [], 0, 0, letter.upper, 0, 0) }
                current!.key += letter.key
                if letter.upper { current!.upper += 1 } else { current!.lower += 1 }
            } else if v >= 0x30 && v <= 0x39 {
                if current?.kind != .number { close(offset); current = (.number, offset, [], 0, 0, false, 0, 0) }
                if current!.digits < 9 { current!.value = current!.value * 10 + Int(v - 0x30) }
                current!.digits += 1
                current!.key.append(UInt8(v))
            } else if v >= 0x80 && WordScanner.isIgnorable(v) {
                continue
            } else if v == 0x20 || (0x09...0x0D).contains(v) || WordScanner.isSpace(v) {
                close(offset)
                spaced = true
            } else {
                close(offset)
                var token = WordToken(kind: .symbol, start: offset, end: offset + width, spaced: spaced)
                token.scalar = v
                out.append(Array(String(scalar).utf8).withUnsafeBufferPointer { describe(token, $0) })
                if v >= 0x20 { spaced = false }
            }
        }
        close(offset)
        return out
    }
}
