import XCTest
@testable import KHParse

final class DecodeTests: XCTestCase {
    func testUTF8WithAndWithoutBOM() throws {
        XCTAssertEqual(try TextDecoder.decode(Array("Kế hoạch".utf8)).text, "Kế hoạch")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Kế hoạch".utf8))
        XCTAssertEqual(bom.text, "Kế hoạch")
        XCTAssertEqual(bom.encoding, "utf-8-bom")
    }

    func testUTF16BothEndiansWithBOM() throws {
        let le = try TextDecoder.decode([0xFF, 0xFE] + Array("Kế\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(le.text, "Kế\n")
        XCTAssertEqual(le.encoding, "utf-16le")
        let be = try TextDecoder.decode([0xFE, 0xFF] + Array("Kế\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        XCTAssertEqual(be.text, "Kế\n")
        XCTAssertEqual(be.encoding, "utf-16be")
    }

    func testOddTrailingUTF16ByteIsRepairedNotLost() throws {
        let decoded = try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        XCTAssertEqual(decoded.text, "A\u{FFFD}")
        XCTAssertEqual(decoded.diagnostics.map(\.code), [.encodingRepaired])
    }

    func testInvalidUTF8IsReplacedAndTheLineNamed() throws {
        let decoded = try TextDecoder.decode(Array("dòng một\ndòng ".utf8) + [0xFF] + Array(" hai\n".utf8))
        XCTAssertEqual(decoded.text, "dòng một\ndòng \u{FFFD} hai\n")
        XCTAssertEqual(decoded.diagnostics.first?.code, .encodingRepaired)
        XCTAssertEqual(decoded.diagnostics.first?.lines, LineRange(line: 2))
    }

    func testClearlyNotTextIsRefusedWithAName() {
        let cases: [([UInt8], String)] = [
            (Array("%PDF-1.7\n".utf8), "PDF"),
            ([0x50, 0x4B, 0x03, 0x04] + Array("....word/document.xml".utf8), "Word document"),
            ([0x50, 0x4B, 0x03, 0x04, 0, 0], "ZIP"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "PNG"),
            (Array("abc\u{0}def".utf8), "NUL"),
        ]
        for (bytes, name) in cases {
            XCTAssertThrowsError(try TextDecoder.decode(bytes)) { error in
                XCTAssertTrue("\(error)".contains(name), "\(error)")
            }
        }
    }

    func testNormalizerKeepsLineCountAndRecordsRepairs() {
        let input = "A\r\nB\rC\u{00A0}D\u{200B}E\ne\u{0301}"
        let normalized = TextNormalizer.normalize(input)
        XCTAssertEqual(normalized.text, "A\nB\nC DE\né")
        XCTAssertEqual(normalized.repairs, ["line-endings", "invisible-characters", "spaces", "nfc"])
    }

    func testLoneSymbolsAreNotMojibake() {
        let text = "Lê Anh Quân · Phó Chủ tịch · TM. Ủy ban nhân dân"
        let normalized = TextNormalizer.normalize(text)
        XCTAssertTrue(normalized.text.unicodeScalars.elementsEqual(text.unicodeScalars))
        XCTAssertEqual(normalized.repairs, [])
    }

    /// Words Windows-1252 encodes ("bàn", "và") in a line typed in Unicode are not read as a legacy font because
    /// one of them is no syllable: a soft hyphen inside it (TCVN3's "ư") or a typo ("tâi"). The soft hyphen goes
    /// as an invisible character; a line all in legacy bytes, or several broken words, is still decoded.
    func testUnicodeLineIsNotReadAsLegacyFontForOneOddWord() {
        let soft = TextNormalizer.normalize("Người biểu diễn nhạc cụ bàn ph\u{AD}ím.")
        XCTAssertEqual(soft.text, "Người biểu diễn nhạc cụ bàn phím.")
        XCTAssertEqual(soft.repairs, ["invisible-characters"])
        let typo = "Đề nghị các đơn vị tâi và thực hiện."
        XCTAssertEqual(TextNormalizer.normalize(typo).text, typo)
        XCTAssertEqual(TextNormalizer.normalize("\u{A7}iÒu 1. Ph\u{B9}m vi").text, "Điều 1. Phạm vi")
        let mixed = TextNormalizer.normalize("Thực hiện Quyết định ngµy 5/3/2020 cña UBND tØnh")
        XCTAssertEqual(mixed.text, "Thực hiện Quyết định ngày 5/3/2020 của UBND tỉnh")
    }

    func testFoldedKeys() {
        XCTAssertEqual(Fold.key("QUÝ II"), "quy ii")
        XCTAssertEqual(Fold.key("Quy II"), "quy ii")
        XCTAssertEqual(Fold.key("Đồng Nguyên"), "dong nguyen")
        XCTAssertEqual(Fold.key("Thời gian hoàn thành"), "thoi gian hoan thanh")
    }

    /// `LatinFolds.recorded` holds ICU's fold of each character alone, as the ICU the tests run with gives it.
    /// KH_RECORD=1 writes it again (Sources/KHParse/Support/LatinFoldTable.swift).
    func testRecordedLatinFoldsAreICUsOwn() throws {
        let codePoints = LatinFolds.codePoints
        let folds = codePoints.map { v in Unicode.Scalar(v).map { ICU.fold(String(Character($0))) } ?? "" }
        if ProcessInfo.processInfo.environment["KH_RECORD"] == "1" {
            func literal(_ text: String) -> String {
                "\"" + text.unicodeScalars.map { c in
                    c.value >= 0x20 && c.value < 0x7F && c != "\"" && c != "\\" ? String(c) : "\\u{\(String(c.value, radix: 16, uppercase: true))}"
                }.joined() + "\""
            }
            var lines = [
                "// Generated: ICU's fold (`ICU.fold`) of each character of `LatinFolds.ranges` alone, in code point order,",
                "// written by DecodeTests.testRecordedLatinFoldsAreICUsOwn with KH_RECORD=1 (ICU \(ICU.version)). The test checks",
                "// it against the ICU the tests run with. Do not edit by hand.",
                "extension LatinFolds {",
                "    static let recorded: [String] = [",
            ]
            for start in stride(from: 0, to: folds.count, by: 8) {
                let row = folds[start..<min(folds.count, start + 8)].map(literal).joined(separator: ", ")
                lines.append("        \(row),   // U+\(String(format: "%04X", codePoints[start]))")
            }
            lines += ["    ]", "}", ""]
            let url = Paths.root.appendingPathComponent("Sources/KHParse/Support/LatinFoldTable.swift")
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(LatinFolds.recorded.count, codePoints.count, "KH_RECORD=1 writes the table again")
        for (i, v) in codePoints.enumerated() where i < LatinFolds.recorded.count {
            XCTAssertEqual(LatinFolds.recorded[i], folds[i], String(format: "U+%04X", v))
        }
        XCTAssertEqual(Fold.key("Æ “Đ” ﬁ ǀ"), ICU.fold("Æ “Đ” ﬁ ǀ"))
    }

    /// `Fold.key` folds Latin text from a per-character table; the key must be ICU's own for every line of
    /// every fixture, for decomposed text (marks after their letter) and for punctuation and ligatures.
    func testTableFoldIsICUFold() {
        var lines: [String] = ["Đồng Nguyên", "Ho\u{0300}a Bi\u{0300}nh", "ﬁ ﬀ Æsir œuvre", "İstanbul – “Kế hoạch”…",
                               "Ǆ ǅ ǆ Ǳ ß ẞ ŉ ĳ", "soft\u{00AD}hyphen zero\u{200B}width", "Ð ð Ɖ ɖ Ø ø Ł ł"]
        for url in Paths.goldenInputs() {
            // Legacy-encoded fixtures are not UTF-8 text: their keys are checked once decoded, elsewhere.
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            lines += text.split(separator: "\n").map(String.init)
        }
        var checked = 0
        for line in lines where line.utf8.contains(where: { $0 >= 0x80 }) {
            XCTAssertEqual(Fold.key(line), ICU.fold(line), line)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 100)
    }

    /// The table's characters side by side fold as ICU folds the text whole: symbols, arrows, number forms and
    /// Cyrillic between Vietnamese words, marks and spaces, in seeded random order.
    func testTableFoldOfMixedTextIsICUFold() {
        var generator = SeededGenerator(seed: 12)
        let codePoints = LatinFolds.codePoints
        let common: [String] = ["Kế", " ", "hoạch", "Đ", "A", "\u{0301}", "\u{0306}", "-", "1", "ŉ", "Æ", "ß"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                if Bool.random(using: &generator), let scalar = Unicode.Scalar(codePoints.randomElement(using: &generator)!) {
                    text.unicodeScalars.append(scalar)
                } else {
                    text += common.randomElement(using: &generator)!
                }
            }
            guard let key = withUTF8Bytes(text, LatinFolds.fold) else { continue }
            XCTAssertEqual(key, ICU.fold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        XCTAssertEqual(Fold.key("MỤC ĐÍCH → YÊU CẦU ✓ □ ₫ Ⅳ № СР"), ICU.fold("MỤC ĐÍCH → YÊU CẦU ✓ □ ₫ Ⅳ № СР"))
    }
}
