import XCTest
@testable import KHParse

final class NormalizationStepTests: XCTestCase {
    private func check(_ input: String, _ expected: String, repairs: [String], file: StaticString = #filePath, line: UInt = #line) {
        let r = TextNormalizer.normalize(input)
        assertSameText(r.text, expected, file: file, line: line)
        XCTAssertEqual(r.repairs, repairs, file: file, line: line)
        checkLines(input, file: file, line: line)
    }

    /// The pipeline takes the normalized text as lines: they must be the lines of the normalized text.
    private func checkLines(_ input: String, file: StaticString = #filePath, line: UInt = #line) {
        let whole = TextNormalizer.normalize(input)
        let lines = TextNormalizer.normalizeLines(input)
        XCTAssertEqual(lines.lines, LineCleaner.rawLines(whole.text), file: file, line: line)
        XCTAssertEqual(lines.repairs, whole.repairs, file: file, line: line)
        XCTAssertEqual(lines.firstRepairedLine, whole.firstRepairedLine, file: file, line: line)
    }

    func testLinesAreThoseOfTheNormalizedText() {
        let long = String(repeating: "Tổ chức tuyên truyền, phổ biến pháp luật; ", count: 4_000)   // pieces of 64 KB
        for input in ["", "\n", "a", "a\n", "a\n\n", "\n\nb", "a\r\nb\rc", "Kế\u{00A0}hoạch\r\n\r\nsố 1\n",
                      "Dòng 1\n§iÒu 1. ViÖt Nam\nng\u{AD}êi d©n\n", long + "\n" + long, "x\n" + long] {
            checkLines(input)
        }
    }

    /// `TextNormalizer.isQuiet` lets a line skip steps 4–7: each of those steps must leave every quiet
    /// scalar as it is, alone and after a letter.
    func testQuietScalarsAreLeftAloneBySteps4To7() {
        var spare: [Unicode.Scalar] = []
        var quiet = 0
        for v in UInt32(0x80)...0x206F where TextNormalizer.isQuiet(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            quiet += 1
            for line in [[scalar], ["a", scalar], [scalar, "a"]] as [[Unicode.Scalar]] {
                var s = line
                XCTAssertFalse(ScalarSteps.removeInvisible(&s), "U+\(String(v, radix: 16))")
                XCTAssertFalse(ScalarSteps.mapSpaces(&s), "U+\(String(v, radix: 16))")
                XCTAssertFalse(ScalarSteps.compatibility(&s, into: &spare), "U+\(String(v, radix: 16))")
                XCTAssertFalse(MarkOrder.compose(&s).changed, "U+\(String(v, radix: 16))")
                XCTAssertFalse(ScalarSteps.lookAlikes(&s), "U+\(String(v, radix: 16))")
                XCTAssertFalse(ScalarSteps.privateUseBullets(&s), "U+\(String(v, radix: 16))")
                XCTAssertEqual(s, line)
            }
        }
        XCTAssertGreaterThan(quiet, 600)
        // What the steps do change is never quiet.
        for v: UInt32 in [0xA0, 0xAD, 0xD0, 0xF0, 0x300, 0x200B, 0x2000, 0x202F, 0xFB01, 0xFF21, 0xF0B7] {
            XCTAssertFalse(TextNormalizer.isQuiet(v), "U+\(String(v, radix: 16))")
        }
    }

    func testToneOnTheLastShapedVowelStaysAndElsewhereMoves() {
        for style in [ToneStyle.classic, .modern, .keep] {
            let options = NormalizationOptions(toneStyle: style)
            XCTAssertEqual(TextNormalizer.normalize("người được nước việc", options: options).text, "người được nước việc")
            // The tone on ư of "ươ" belongs on ơ in every style: the skip must not take it for placed.
            XCTAssertEqual(TextNormalizer.normalize("ngừơi", options: options).text, "người")
        }
        XCTAssertEqual(TextNormalizer.normalize("hoà thuỷ", options: NormalizationOptions(toneStyle: .classic)).text, "hòa thủy")
    }

    func testLineEndings() {
        check("a\r\nb\rc\n", "a\nb\nc\n", repairs: ["line-endings"])
    }

    func testInvisibleAndSpaces() {
        check("Kế\u{00AD}hoạch\u{200B} số\u{00A0}1\u{FEFF}", "Kếhoạch số 1", repairs: ["invisible-characters", "spaces"])
        check("a\tb", "a\tb", repairs: [])
    }

    func testCompatibility() {
        check("ﬁle Ｑ１ Quý Ⅱ ⅳ", "file Q1 Quý II iv", repairs: ["compatibility"])
    }

    func testMarkOrderAndNFC() {
        // Tone typed before the circumflex: NFC alone cannot compose it.
        check("a\u{301}\u{302}", "ấ", repairs: ["mark-order", "nfc"])
        check("Vie\u{302}\u{323}t Nam", "Việt Nam", repairs: ["nfc"])
        check("Vie\u{323}\u{302}t", "Việt", repairs: ["nfc"])
        check("o\u{301}\u{31B}", "ớ", repairs: ["nfc"])
        check("\u{1EA5}\u{302}", "\u{1EA5}\u{302}", repairs: [])   // ấ + stray circumflex: nothing to fix
        check("á\u{302}", "ấ", repairs: ["mark-order", "nfc"])
    }

    func testLookAlikesAndBullets() {
        check("ÐỒNG ðồng Ɖiều ɖi", "ĐỒNG đồng Điều đi", repairs: ["look-alikes"])
        check("Ðà Nẵng", "Đà Nẵng", repairs: ["look-alikes"])
        check("\u{F0B7} a \u{F0A7} b \u{F0D8} c", "• a ▪ b ➢ c", repairs: ["private-use-bullets"])
    }

    func testMojibakeTCVN3() {
        let r = TextNormalizer.normalize("Dòng 1\n§iÒu 1. ViÖt Nam\nng\u{AD}êi d©n")
        assertSameText(r.text, "Dòng 1\nĐiều 1. Việt Nam\nngười dân")
        XCTAssertEqual(r.repairs, ["mojibake-tcvn3"])
        XCTAssertEqual(r.firstRepairedLine, 2)
    }

    func testMojibakeVNI() {
        let r = TextNormalizer.normalize("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
        assertSameText(r.text, "Cộng hòa xã hội chủ nghĩa Việt Nam")
        XCTAssertEqual(r.repairs, ["mojibake-vni"])
        XCTAssertEqual(r.firstRepairedLine, 1)
    }

    /// The cache of word scores counts what scoring each word counts, for words it keeps (short, U+0001–U+00FF),
    /// words it cannot (long, other scalars, NUL) and words that meet again or take each other's slot.
    func testTallyCacheCountsAsTheScoring() {
        let words = ["và", "các", "là", "có", "Vieät", "§iÒu", "ViÖt", "d©n", "hoøa", "xaõ", "hoäi", "chuû", "nghóa",
                     "à", "\u{0}à", "a\u{0}", "ngườiViệt", "Trường", "áááááááá", "ááááááááá", "Đà", "ĐÀ", "½", "—à", "\u{1}é"]
        let texts = (0..<4000).map { k in words[(k * 7919) % words.count] + (k % 3 == 0 ? "" : String(UnicodeScalar(0xC0 + k % 64)!)) }
        var cache = Mojibake.TallyCache()
        for text in texts + words + words {
            let scalars = Array(text.unicodeScalars)
            var direct = VietnameseSyllable.Tally(), cached = VietnameseSyllable.Tally()
            scalars.withUnsafeBufferPointer { VietnameseSyllable.tally($0, into: &direct, checkCase: false) }
            scalars.withUnsafeBufferPointer { cache.tally($0, into: &cached) }
            XCTAssertEqual([cached.words, cached.valid, cached.nonASCIIWords, cached.nonASCIIValid, cached.junk],
                           [direct.words, direct.valid, direct.nonASCIIWords, direct.nonASCIIValid, direct.junk], text)
        }
    }

    func testTCVN3Capitals() {
        let r = TextNormalizer.normalize("KÕ HO¹CH\nI. MôC §ÝCH, Y£U CÇU")
        assertSameText(r.text, "KẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU")
        XCTAssertEqual(r.repairs, ["mojibake-tcvn3", "tcvn3-caps"])
        // From a TCVN3 file: the decoder gives lower-case toned letters in an all-caps heading.
        let decoded = TextNormalizer.normalize("KẾ HOạCH\nSố: 12", options: NormalizationOptions(sourceEncoding: .tcvn3))
        assertSameText(decoded.text, "KẾ HOẠCH\nSố: 12")
        XCTAssertEqual(decoded.repairs, ["tcvn3-caps"])
    }

    func testLegitimateLatin1TextUntouched() {
        check("các bà mẹ, Café, José, à la carte, São Paulo, Hà Nội", "các bà mẹ, Café, José, à la carte, São Paulo, Hà Nội", repairs: [])
        check("“Tỉnh an toàn giao thông” – 10 …", "“Tỉnh an toàn giao thông” – 10 …", repairs: [])
    }

    func testLineCountNeverChanges() throws {
        let odd = "a\u{2028}b\u{0085}c\u{000B}d\u{000C}e\n\n\u{00AD}\n\u{FEFF}"
        XCTAssertEqual(lineCount(TextNormalizer.normalize(odd).text), lineCount(odd))
        for (name, seed) in try seedTexts() {
            for style in ToneStyle.allCases {
                let out = TextNormalizer.normalize(seed, options: NormalizationOptions(toneStyle: style)).text
                XCTAssertEqual(lineCount(out), lineCount(seed), name)
            }
        }
    }

    func testSeedsAreStable() throws {
        for (name, seed) in try seedTexts() {
            let once = TextNormalizer.normalize(seed)
            XCTAssertFalse(once.repairs.contains { $0.hasPrefix("mojibake") }, "\(name): \(once.repairs)")
            XCTAssertNil(once.firstRepairedLine, name)
            XCTAssertEqual(TextNormalizer.normalize(once.text).text, once.text, name)
        }
    }

    func testFoldedKeyStillWorks() {
        XCTAssertEqual(Fold.key("QUÝ II"), Fold.key("quý II"))
    }

    /// `lineCount` (memchr for LF and CR) is the number of lines `normalizeLines` hands on, for texts of
    /// LF, CR, CRLF and CR CR LF breaks at the start, the end and everywhere between.
    func testLineCountIsTheNumberOfLines() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "ấ", "\n", "\r", "\r\n", "\r\r\n", "\n\r", " "]
        for length in 0..<60 {
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // An empty text is handed on as one empty line, but counts none.
            XCTAssertEqual(TextNormalizer.lineCount(text), text.isEmpty ? 0 : TextNormalizer.normalizeLines(text).lines.count, text.debugDescription)
        }
    }

    /// Lines are cut and told ASCII eight bytes at a time: a mark to compose at any offset of a line, before
    /// or after a break inside the same eight bytes, still gets the line normalized.
    func testLineBreaksAndNonASCIIAtEveryOffset() {
        for offset in 0..<24 {
            for tail in [0, 1, 7, 8, 9] {
                for breakMark in ["\n", "\r\n", "\r"] {
                    let raw = String(repeating: "x", count: offset) + "a\u{0301}" + String(repeating: "y", count: tail)
                    let plain = String(repeating: "z", count: offset + tail)
                    let text = [plain, raw, plain, raw].joined(separator: breakMark)
                    let expected = String(repeating: "x", count: offset) + "á" + String(repeating: "y", count: tail)
                    XCTAssertEqual(TextNormalizer.normalizeLines(text).lines, [plain, expected, plain, expected], "\(offset) \(tail)")
                }
            }
        }
    }
}
