import XCTest
@testable import KHParse

/// The byte and scalar shortcuts that stand in for `String`'s character-by-character answers on hot paths:
/// each must answer as the character-level question does, on NFC text and on text with marks left over.
final class TextHelperTests: XCTestCase {
    private let samples = [
        "", "Sở Y tế", "sở y tế", "Sở", "Sở\u{0301} Y", "các sở, ngành", "ủy ban nhân dân", "uỷ ban", "x\u{0303}y",
        " \u{0301}", "Báo cáo.", "Xong.”", "Xong”)", "(thực hiện thường xuyên)", "…", "a*", "Đề nghị:", "a\u{200D}b",
    ]

    /// `firstByte` and `lastByte` answer as `utf8.first` and `utf8.last`, on strings small and large.
    func testFirstAndLastByteAnswerAsTheUTF8View() {
        let long = String(repeating: "Kế hoạch số 12 ", count: 8) + "ộ"
        let texts: [String] = ["", "a", "ộ", "Sở Y tế 7", "x\u{301}", long]
        for text in texts {
            XCTAssertEqual(text.firstByte, text.utf8.first, text)
            XCTAssertEqual(text.lastByte, text.utf8.last, text)
            let inner = String(text.dropFirst().dropLast())
            XCTAssertEqual(inner.firstByte, inner.utf8.first, text)
            XCTAssertEqual(inner.lastByte, inner.utf8.last, text)
        }
    }

    /// `Text.words` answers as `split(separator: " ")` with the same bound, on random texts of Vietnamese letters,
    /// spaces, no-break spaces, combining marks, joiners, Prepend scalars, CR LF and dashes.
    func testWordsAnswerAsSplittingOnSpaceCharacters() {
        let pieces = [" ", " ", "  ", "Hà", "Nội", "ngày", "ỦY", "BAN", "a", "1", ",", "\u{301}", "\u{200D}", "\u{600}", "\r\n",
                      "\u{A0}", "–", "Đ", "x\u{323}", "\t", "ﬁ"]
        var random = SeededRandom(seed: 0x3A0D_5017)
        var texts = ["", " ", "Hà Nội, ngày 5 tháng 3 năm 2026", " \u{301}a b", "a \u{600} b", "a\u{600} b", "  a  b  "]
        for _ in 0..<20_000 { texts.append(random.text(of: pieces, fewerThan: 12)) }
        for text in texts {
            for bound in [0, 1, 3, 8, Int.max] {
                let expected = text.split(separator: " ", maxSplits: bound, omittingEmptySubsequences: true).map(String.init)
                XCTAssertEqual(Text.words(text, maxSplits: bound).map(String.init), expected, "\(text.debugDescription) \(bound)")
            }
        }
    }

    func testStartsWithBytesAnswersAsHasPrefix() {
        let prefixes = ["", "s", "sở", "sở ", "Sở", "S", "x", " ", "các ", "ủy ban", "uỷ", "a", "Đề nghị"]
        for text in samples {
            for prefix in prefixes {
                XCTAssertEqual(text.startsWithBytes(prefix), text.hasPrefix(prefix), "\"\(text)\" starts with \"\(prefix)\"")
                XCTAssertEqual(text[...].startsWithBytes(prefix), text.hasPrefix(prefix), "substring \"\(text)\" / \"\(prefix)\"")
            }
        }
    }

    /// The jumping search for a run of spaces finds what a search for the run's bytes finds.
    func testContainsSpacesAnswersAsTheBytesOfTheRun() {
        var generator = SeededGenerator(seed: 5)
        let pieces = [" ", " ", " ", "\t", "a", "ế", "\u{00A0}"]
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for length in 1...7 {
                XCTAssertEqual(text.containsSpaces(length), text.containsBytes(String(repeating: " ", count: length)),
                               "\(length) in \(Array(text.utf8))")
            }
        }
        XCTAssertTrue("Số: 12/KH-UBND       Hải Phòng".containsSpaces(5))
        XCTAssertFalse("Số:    12 \t Hải".containsSpaces(5))
    }

    func testEndsClauseReadsTheLastMark() {
        XCTAssertTrue(Text.endsClause("Báo cáo."))
        XCTAssertTrue(Text.endsClause("Xong.”"))
        XCTAssertTrue(Text.endsClause("các nội dung sau:"))
        XCTAssertTrue(Text.endsClause("thực hiện…)*"))
        XCTAssertFalse(Text.endsClause("Xong”)"))
        XCTAssertFalse(Text.endsClause("Sở Y tế"))
        XCTAssertFalse(Text.endsClause("\")"))
        XCTAssertFalse(Text.endsClause(""))
        XCTAssertFalse(Text.endsClause(".\u{0301}"), "a mark on the full stop makes another character")
    }

    func testIsShorterAndPrefixAnswerAsCharacters() {
        let long = String(repeating: "Sở Y tế ", count: 20)
        // Texts of few scalars per character: CR LF, combining marks and joiners just before or after the
        // n-th scalar, Hangul jamo, emoji sequences; and of one scalar each (Latin, Vietnamese letters).
        let clusters = [String(repeating: "a\r\n", count: 40), String(repeating: "b", count: 59) + "\u{0301}",
                        String(repeating: "b", count: 60) + "\u{0301}x", String(repeating: "ế", count: 30) + "\u{200D}" + String(repeating: "ế", count: 40),
                        String(repeating: "\u{1100}\u{1161}", count: 45), String(repeating: "👩\u{200D}💻", count: 30),
                        String(repeating: "Ƀǿ", count: 45), String(repeating: "\u{1E9E}ỹ", count: 40),
                        // Quotes and dashes (each a character of its own), and what may join them: a mark
                        // after one, a joiner before "‼" (an emoji joins it), a joiner between two.
                        String(repeating: "“Sở” – ", count: 20), String(repeating: "—", count: 59) + "\u{0301}",
                        String(repeating: "•", count: 58) + "👩\u{200D}‼x", String(repeating: "‘", count: 60) + "\u{200D}’",
                        String(repeating: "\u{2028}\u{202E}…", count: 30)]
        for text in samples + clusters + [long, String(repeating: "x\u{0303}", count: 70), String(repeating: "ạ", count: 59)] {
            for n in [0, 1, 3, 8, 59, 60, 61, 80] {
                XCTAssertEqual(Text.isShorter(text, than: n), text.count < n, "\"\(text.prefix(20))…\" shorter than \(n)")
                XCTAssertEqual(String(Text.prefix(text, characters: n)), String(text.prefix(n)), "\"\(text.prefix(20))…\" prefix \(n)")
                let inner = text.dropFirst()
                XCTAssertEqual(String(Text.prefix(inner, characters: n)), String(inner.prefix(n)), "\"\(inner.prefix(20))…\" prefix \(n)")
            }
        }
    }

    /// The first ASCII mark found on the bytes is the first such character: on random texts of marks, letters,
    /// combining marks after a mark, joiners and Prepend scalars before one.
    func testFirstIndexOfASCIIAnswersAsCharacters() {
        let pieces = [":", ";", ".", ",", " ", "a", "Sở", "ộ", "“", "\u{301}", "\u{200D}", "\u{600}", "\u{110BD}", "👩", "\r\n"]
        var random = SeededRandom(seed: 0x1234_5678_9ABC_DEF1)
        func next(_ n: Int) -> Int { random.next(n) }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + next(8)) { text += pieces[next(pieces.count)] }
            let whole = "xy" + text
            let inner = whole.dropFirst(2)
            for targets in [[UInt8(0x3A)], [0x3B, 0x2E]] {
                let expected = inner.firstIndex { $0.utf8.count == 1 && targets.contains($0.utf8.first!) }
                let found = Text.firstIndex(ofASCII: targets, in: inner)
                XCTAssertEqual(found.map { inner.utf8.distance(from: inner.startIndex, to: $0) },
                               expected.map { inner.utf8.distance(from: inner.startIndex, to: $0) }, inner.debugDescription)
            }
        }
        XCTAssertEqual(Text.firstIndex(ofASCII: [0x3A], in: "Cơ quan: Sở"[...]).map { "Cơ quan: Sở"[..<$0] }, "Cơ quan")
    }

    /// The byte lower-casing answers as the standard library's, for every character it knows and for those
    /// it hands on (combining marks, other scripts, İ whose small letter is two scalars), whole or in slices.
    func testLowercasedAnswersAsTheStandardLibrary() {
        let ranges: [ClosedRange<UInt32>] = [0x01...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF, 0x2000...0x20CF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let text = "A" + String(scalar) + "Ư"
                XCTAssertEqual(Casing.lowercased(text), text.lowercased(), "U+\(String(v, radix: 16))")
            }
        }
        let texts = ["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Sở Văn hóa, Thể thao và Du lịch – “Đề án”", "ĐỒNG CHÍ BÍ THƯ", "İSTANBUL",
                     "Quý IV/2026…", "Hoa\u{0300} Bình", "ПРАВИТЕЛЬСТВО", "", "ẞ ẞ", "×÷ ÀÞ ß", "\u{1EF9}\u{1EF8}"]
        for text in texts {
            XCTAssertEqual(Casing.lowercased(text), text.lowercased(), text)
            XCTAssertEqual(Casing.lowercased(text.dropFirst()), text.dropFirst().lowercased(), text)
        }
    }

    /// Eight bytes at a time, a space run is found where a byte-by-byte reading finds one: at every offset,
    /// across word edges, after tabs, in texts of any length.
    func testSpaceRunAnswersAsAByteReading() {
        func naive(_ text: String) -> Bool {
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if byte == 0x20, previous == 0x20 || previous == 0x09 { return true }
                previous = byte
            }
            return false
        }
        let pieces = ["a", " ", "\t", "ế", "  ", "\t ", " \t", "!", "!!", "\u{A0}", "Sở"]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            for _ in 0..<60 {
                let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
                XCTAssertEqual(text.containsSpaceRun(), naive(text), text.debugDescription)
                XCTAssertEqual(text.dropFirst().containsSpaceRun(), naive(String(text.dropFirst())), text.debugDescription)
            }
        }
        for offset in 0..<20 {
            let text = String(repeating: "x", count: offset) + "  " + String(repeating: "y", count: 9)
            XCTAssertTrue(text.containsSpaceRun(), "\(offset)")
            XCTAssertFalse((String(repeating: "x ", count: offset) + "y").containsSpaceRun(), "\(offset)")
        }
        XCTAssertEqual(ByteLanes.equal(0x2020_0020_2000_0120, 0x20), 0x8080_0080_8000_0080)
    }

    /// Lanes below a limit are every byte below it, for every byte value and limit; the sniffer's count of
    /// control bytes, eight at a time, is a byte reading's.
    func testByteLanesBelowAndControlCounts() {
        for limit in [UInt8(1), 0x09, 0x20, 0x41, 0x80] {
            for value in 0...255 {
                let word = UInt64(value) << 24 | 0x4141_4141_0041_4141
                let expected: UInt64 = (value < Int(limit) ? 0x80 << 24 : 0) | (0x41 < limit ? 0x8080_8080_0080_8080 : 0)
                XCTAssertEqual(ByteLanes.below(word, limit), expected, "\(value) < \(limit)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
            let bytes = (0..<length).map { _ in [UInt8(0), 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0xC3, 0xFF].randomElement(using: &generator)! }
            var nul = 0, control = 0
            for b in bytes {
                if b == 0 { nul += 1 } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
            }
            let counted = FileSniffer.controlBytes(bytes[...])
            XCTAssertEqual([counted.nul, counted.control], [nul, control], "\(length)")
        }
    }

    /// A `ByteSet` holds what a `Set<UInt8>` of the same bytes holds, for every byte value.
    func testByteSetMatchesASetOfBytes() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 5, 64, 200, 256] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let set = Set(bytes), bits = ByteSet(bytes), more = bits.union([0, 63, 64, 127, 128, 191, 192, 255])
            for value in 0...255 {
                XCTAssertEqual(bits.contains(UInt8(value)), set.contains(UInt8(value)), "\(value) of \(size)")
                XCTAssertEqual(more.contains(UInt8(value)), set.contains(UInt8(value)) || [0, 63, 64, 127, 128, 191, 192, 255].contains(value))
            }
        }
    }

    /// `isASCIIDigit` is `isASCII && isNumber` for every character of the first planes, CR LF and a digit
    /// with a mark.
    func testASCIIDigitsAreAsciiAndNumbers() {
        var characters: [Character] = ["\r\n", "1\u{0300}", "٣", "５", "²"]
        characters += (0..<0x3000).compactMap { Unicode.Scalar($0).map(Character.init) }
        for c in characters { XCTAssertEqual(c.isASCIIDigit, c.isASCII && c.isNumber, "\(c.unicodeScalars.map(\.value))") }
    }

    /// A memo's keys are bytes: the NFC and NFD spellings of one text are two keys, each with the value
    /// computed from it; the same bytes are one key, computed once.
    func testMemoKeysAreBytes() {
        let memo = Memo<Int>()
        var computed = 0
        let nfc = "Sở Tư pháp", nfd = "S\u{006F}\u{031B}\u{0309} T\u{0075}\u{031B} pha\u{0301}p"
        XCTAssertEqual(nfc, nfd)   // equal as Strings, not as bytes
        XCTAssertEqual(memo.value(for: nfc) { computed += 1; return $0.utf8.count }, nfc.utf8.count)
        XCTAssertEqual(memo.value(for: nfd) { computed += 1; return $0.utf8.count }, nfd.utf8.count)
        XCTAssertEqual(memo.value(for: String(nfc.reversed().reversed())) { _ in computed += 1; return -1 }, nfc.utf8.count)
        XCTAssertEqual(computed, 2)
        XCTAssertNotEqual(Memo<Int>.Key(text: nfc), Memo<Int>.Key(text: nfd))
        XCTAssertEqual(Set([Memo<Int>.Key(text: "a"), Memo<Int>.Key(text: "a"), Memo<Int>.Key(text: "ab")]).count, 2)
    }

    /// `Text.startsLowercase` tells an ASCII first character on its byte; the answer is the characters' own.
    func testStartsLowercaseAsTheFirstCharacterSays() {
        func reference(_ text: String) -> Bool {
            guard let first = text.first else { return false }
            return first.isLowercase || ",;)]}…".contains(first)
        }
        var texts = ["", "a", "abc", "Abc", "1. x", ",", ";", ")", "]", "}", "…", "-", " x", "\r\nx", "\r", "zz", "{",
                     "e\u{301}t", "E\u{301}", "a\u{301}", "đồng", "Đồng", "ủy", "Ủy", "ǅx", "ß", "µ", "ª"]
        for b in UInt8(0x20)...UInt8(0x7E) { texts.append(String(Unicode.Scalar(b)) + "x") }
        for text in texts { XCTAssertEqual(Text.startsLowercase(text), reference(text), text.debugDescription) }
    }

    /// The first character's case from the table (`firstScalarAlone`, `CaseTable`) is the character's own: every
    /// scalar of the table alone, before a letter, a Vietnamese letter, a combining mark, a joiner, CR LF.
    func testStartsUppercaseAndLowercaseAsTheFirstCharacterSays() {
        var scalars = Array(0x00..<0x300) + Array(0x1E00..<0x1F00) + Array(0x2000..<0x2070) + [0x300, 0x301, 0x3000, 0x1F600]
        scalars.removeAll { Unicode.Scalar(UInt32($0)) == nil }
        let afters = ["", "x", "ộ", "\u{301}", "\u{200D}", "\r\n", "\n", "\u{1E00}", "Ư", "“", "‼"]
        var texts: [String] = []
        for v in scalars {
            for after in afters { texts.append(String(Unicode.Scalar(UInt32(v))!) + after) }
        }
        texts += ["\r\nx", "\r", "ǅx", "Ủy", "ủy", "e\u{301}t", "E\u{301}"]
        for text in texts {
            XCTAssertEqual(Text.startsUppercase(text), text.first?.isUppercase == true, text.debugDescription)
            XCTAssertEqual(Text.startsWithLowercaseLetter(text), text.first?.isLowercase == true, text.debugDescription)
            XCTAssertEqual(Text.startsUppercase(text[...]), text.first?.isUppercase == true, text.debugDescription)
            let lower = text.first.map { $0.isLowercase || ",;)]}…".contains($0) } ?? false
            XCTAssertEqual(Text.startsLowercase(text), lower, text.debugDescription)
        }
        XCTAssertGreaterThan(texts.count, 9_000)
    }

    /// A byte twice in a row, found by `memchr`, as the two-byte search finds it: at the start, the end, and
    /// beside other bytes and characters.
    func testContainsByteTwiceAnswersAsTheSearch() {
        let pieces = ["_", "__", "a", "ế", " ", "*", "_a_", "Sở_"]
        var random = SeededRandom(seed: 0x0DD_BA11)
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 7)
            XCTAssertEqual(text.containsByteTwice(0x5F), text.containsBytes("__"), text.debugDescription)
            XCTAssertEqual(text.dropFirst().containsByteTwice(0x5F), text.dropFirst().containsBytes("__"), text.debugDescription)
        }
    }

    /// `isASCII` and `containsDigit`, eight bytes at a time, and `ByteSearch.equal` and `firstOffset` say what
    /// a walk of the bytes says, at every length and place of the first byte beyond ASCII or the first digit.
    func testIsASCIIAsTheBytesSay() {
        let pieces = ["a", "Sở", "1 2", "", "\u{7F}", "\u{80}", "ộ", "abcdefgh", "\t", "/", ":", "9"]
        var random = SeededRandom(seed: 0xA5C1_1001)
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 12)
            XCTAssertEqual(text.isASCII, text.utf8.allSatisfy { $0 < 0x80 }, text.debugDescription)
            XCTAssertEqual(text.dropFirst().isASCII, text.dropFirst().utf8.allSatisfy { $0 < 0x80 }, text.debugDescription)
            XCTAssertEqual(text.containsDigit, text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, text.debugDescription)
            let other = random.next(2) == 0 ? text : String(text.dropLast())
            XCTAssertEqual(withUTF8Bytes(text) { a in withUTF8Bytes(other) { b in ByteSearch.equal(a, b) } },
                           Array(text.utf8) == Array(other.utf8), text.debugDescription)
            for byte: UInt8 in [0x39, 0x09, 0x80] {
                XCTAssertEqual(withUTF8Bytes(text) { ByteSearch.firstOffset(of: byte, in: $0) },
                               Array(text.utf8).firstIndex(of: byte), text.debugDescription)
            }
        }
    }

    /// Pieces cut at a byte are the pieces `split` cuts at the Character: at a tab in any text (a mark after
    /// it is a character of its own), at a space in an ASCII text; empty pieces kept or left out alike.
    func testPiecesBetweenABytePartAsSplitDoes() {
        let pieces = ["\t", "\t\t", "Sở", " ", "a", "\u{301}", "\t\u{301}", "ộ", "\r\n", "1 2", "", "x\u{200D}"]
        var random = SeededRandom(seed: 0x7AB5_0001)
        for _ in 0..<5_000 {
            let text = random.text(of: pieces, fewerThan: 8)
            for omitting in [false, true] {
                XCTAssertEqual(text.pieces(between: 0x09, omittingEmpty: omitting),
                               text.split(separator: "\t", omittingEmptySubsequences: omitting), text.debugDescription)
            }
            let ascii = String(text.unicodeScalars.filter(\.isASCII).map(Character.init)).replacingOccurrences(of: "\r\n", with: "\n")
            XCTAssertEqual(ascii.pieces(between: 0x20, omittingEmpty: true), ascii.split(separator: " "), ascii.debugDescription)
        }
    }

    /// A cleaned cell's text is cleaned again only where cleaning has something to take (`mayClean`): a
    /// collapsed text without "*", "__", "\\", "<" or "&" comes out of `cleanMarkdown` as it went in.
    func testCleanCellTextStaysAsItIsWithoutMarks() {
        let pieces = ["Sở", "Y tế", "ộ", "1", "_", "*", "\\", "<b>", "&amp;", "&", "<", " ", "“x”", "\u{A0}", "a_b"]
        var random = SeededRandom(seed: 0x5EED_CE11)
        var unchanged = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + random.next(6)) { text += pieces[random.next(pieces.count)] }
            let cell = CellText.cleanMarkdown(text)
            if !CellText.mayClean(cell) {
                unchanged += 1
                XCTAssertEqual(CellText.cleanMarkdown(cell), cell, cell.debugDescription)
            }
        }
        XCTAssertGreaterThan(unchanged, 2_000)
    }

    /// A cell text is collapsed, eight bytes at a time, exactly when its scalars say so: no White_Space at
    /// either end, each one a single ASCII space.
    func testCollapsedCellTextAsItsScalarsSay() {
        func reference(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            if let first = scalars.first, first.properties.isWhitespace { return false }
            if let last = scalars.last, last.properties.isWhitespace { return false }
            for (k, scalar) in scalars.enumerated() where scalar.properties.isWhitespace {
                if scalar != " " || (k > 0 && scalars[k - 1].properties.isWhitespace) { return false }
            }
            return true
        }
        let pieces = ["a", "bc", "ạ", "ỹ", "ᚠ", "\u{1680}", " ", " ", "  ", "\t", "\n", "\u{1}", "\u{A0}", "\u{85}", "\u{2003}",
                      "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}", "“", "…", "Nghị quyết", "\u{C2}"]
        var random = SeededRandom(seed: 12345)
        func next(_ n: Int) -> Int { random.next(n) }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<next(14) { text += pieces[next(pieces.count)] }
            var copy = text
            let collapsed = copy.withUTF8 { CellText.isCollapsed($0) }
            XCTAssertEqual(collapsed, reference(text), text.debugDescription)
        }
    }
    /// The entries `ByOpening` hands a text are every entry whose word opens the text, in the order given
    /// (others may come with them): random words of one to four bytes, Vietnamese letters among them, against
    /// random texts and their own prefixes.
    func testByOpeningHandsEveryEntryThatOpensTheText() {
        let pieces = ["c", "h", "s", "ở", "ơ", "ủ", "y", " ", "b", "an", "ô", "đ", "o", "Đ", "\u{0301}"]
        var generator = SeededGenerator(seed: 1202)
        for round in 0..<300 {
            let words = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let table = WordsByOpening(words)
            for _ in 0..<40 {
                var text = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                if Bool.random(using: &generator), let word = words.randomElement(using: &generator) { text = word + text }
                let expected = words.filter { text.utf8.starts(with: $0.utf8) }
                let handed = table[opening: text].filter { text.utf8.starts(with: $0.utf8) }
                XCTAssertEqual(handed, expected, "round \(round): \(text.debugDescription) among \(words)")
                XCTAssertEqual(table[opening: text[...]].filter { text.utf8.starts(with: $0.utf8) }, expected)
            }
        }
        XCTAssertTrue(WordsByOpening(["a"])[opening: ""].isEmpty)
    }
}
