import Foundation
import XCTest
@testable import KHParse

/// `CleanWords` hands a line on as it stands when each of its words is known to be clean. That is only
/// right if the steps would have left the line as it is: these tests hold the shortcut to the whole path.
final class NormalizationCleanWordsTests: XCTestCase {
    /// Lines with something for each step to do, next to lines with nothing.
    private let crafted = [
        "Ban Thường vụ Thành uỷ và Ủy ban nhân dân", "văn hóa, văn hoá; HÒA BÌNH, HOÀ BÌNH", "qúy IV năm 2026",
        "Vieät Nam ñeán naêm", "§iÒu 1. Ban hµnh kÕ ho¹ch", "Kế\u{00A0}hoạch số 12", "Ke\u{0302}\u{0301} hoa\u{0323}ch",
        "Tiê\u{0300}u chí ﬁnh", "các Sở, ban, ngành; UBND các huyện", "Bảo đảm â ê ô ơ ư ă Đ đ", "Ð ð ǅ ⁠x",
        "\u{F0B7} Nội dung", "Ủy  ban\ttỉnh", "(thực hiện thường xuyên)", "Café – résumé • “Hà Nội”",
    ]

    /// The lines of the seeds and of every golden input, and the crafted ones.
    private func lines() throws -> [String] {
        var lines = crafted
        for url in Paths.goldenInputs() {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { continue }
            lines += text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
        return lines
    }

    /// The whole path (steps 3–8) on one line, whatever the shortcut would say.
    private func wholePath(_ line: String, _ options: NormalizationOptions) -> String {
        var scratch = TextNormalizer.Scratch(words: CleanWords.take(for: options))
        defer { CleanWords.give(scratch.words) }
        var out: [UInt8] = []
        var copy = line
        copy.withUTF8 { TextNormalizer.normalizeLine($0, line: 1, options: options, scratch: &scratch, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line the shortcut calls clean is one the whole path leaves as it is, in every style; and the
    /// shortcut is taken for most lines of real plans (else it saves nothing).
    func testALineCalledCleanIsOneTheStepsLeaveAlone() throws {
        let lines = try lines().filter { $0.utf8.contains { $0 >= 0x80 } && !$0.contains("\r") }
        XCTAssertGreaterThan(lines.count, 1_000)
        for style in ToneStyle.allCases {
            for repairMojibake in [true, false] {
                let options = NormalizationOptions(toneStyle: style, repairMojibake: repairMojibake)
                var scratch = TextNormalizer.Scratch(words: CleanWords.take(for: options))
                defer { CleanWords.give(scratch.words) }
                var clean = 0
                // Twice: the second time every verdict comes from the table.
                for line in lines + lines {
                    var copy = line
                    let called = copy.withUTF8 { CleanWords.lineIsClean($0, options: options, scratch: &scratch) }
                    guard called else { continue }
                    clean += 1
                    XCTAssertEqual(wholePath(line, options), line, "\(style) called clean: \(line)")
                }
                XCTAssertGreaterThan(clean, lines.count, "\(style): the shortcut was taken for \(clean) of \(2 * lines.count) lines")
                for line in crafted where wholePath(line, options) != line {
                    var copy = line
                    XCTAssertFalse(copy.withUTF8 { CleanWords.lineIsClean($0, options: options, scratch: &scratch) }, line)
                }
            }
        }
    }

    /// Words are read sixteen bytes at a time where the line has them: a word to mend is found after words
    /// of every length (across those sixteen bytes, and past the fifteen that are remembered), and a line of
    /// clean words is still called clean.
    func testEveryWordIsReadWhereverItEnds() {
        let options = NormalizationOptions()
        var scratch = TextNormalizer.Scratch(words: CleanWords.take(for: options))
        defer { CleanWords.give(scratch.words) }
        // One to twenty-one bytes: "a", "ư", "ưa", "ưư", … (U+01B0 is two bytes), and ASCII words as long.
        let fillers = (1...21).flatMap { length in
            [String(repeating: "ư", count: length / 2) + (length % 2 == 1 ? "a" : ""), String(repeating: "b", count: length)]
        }
        func isClean(_ line: String) -> Bool {
            var copy = line
            return copy.withUTF8 { CleanWords.lineIsClean($0, options: options, scratch: &scratch) }
        }
        for first in fillers {
            for second in fillers {
                for gap in [" ", "\t", "  "] {
                    let clean = first + gap + second + gap + "Việt Nam"
                    XCTAssertEqual(wholePath(clean, options), clean)
                    XCTAssertTrue(isClean(clean), clean)
                    let mended = first + gap + second + gap + "qúy" + gap + "Việt"
                    XCTAssertNotEqual(wholePath(mended, options), mended)
                    XCTAssertFalse(isClean(mended), mended)
                }
            }
        }
    }

    /// The tables go back to a pool and are used again: a verdict made for one style is not kept for another.
    func testAVerdictIsForTheStyleItWasMadeFor() {
        for _ in 0..<3 {
            XCTAssertEqual(TextNormalizer.normalize("văn hóa, hòa bình", options: NormalizationOptions(toneStyle: .classic)).text,
                           "văn hóa, hòa bình")
            XCTAssertEqual(TextNormalizer.normalize("văn hóa, hòa bình", options: NormalizationOptions(toneStyle: .modern)).text,
                           "văn hoá, hoà bình")
            XCTAssertEqual(TextNormalizer.normalize("Vieät Nam", options: NormalizationOptions(repairMojibake: false)).text,
                           "Vieät Nam")
            XCTAssertEqual(TextNormalizer.normalize("Vieät Nam", options: NormalizationOptions()).text, "Việt Nam")
        }
    }
}
