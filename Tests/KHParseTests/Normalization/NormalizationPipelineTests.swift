import Foundation
import XCTest
@testable import KHParse

/// Issue 6's promise end to end: both seeds, converted to every legacy encoding and to NFD, give
/// the same JSON as the UTF-8 originals (apart from `source` and the encoding diagnostic), with
/// and without `--from`.
final class NormalizationPipelineTests: XCTestCase {
    private func comparable(_ output: PlanOutput) -> String {
        var output = output
        output.source = SourceInfo(name: "", sha256: "", bytes: 0, encoding: "", repairs: [])
        output.diagnostics.removeAll { $0.code == .encodingRepaired }
        return JSONWriter(pretty: true).string(output.json)
    }

    /// Characters an encoding cannot hold (✦, “ ”) become a space in both texts before comparing.
    private func representable(_ text: String, in encoding: TextEncoding) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if LegacyCodec.encode(String(scalar), as: encoding) == nil { out.append(" ") } else { out.append(scalar) }
        }
        return String(out)
    }

    func testSeedsParseAlikeInEveryEncoding() throws {
        for seed in ["000_ceccd0ef4be28823.txt", "002_35f6f42cd9739a20.txt"] {
            let original = try String(contentsOf: Paths.fixtures.appendingPathComponent("seeds/\(seed)"), encoding: .utf8)
            for encoding in [TextEncoding.tcvn3, .vni, .viscii, .windows1258] {
                let text = representable(original, in: encoding)
                let expected = comparable(try KHParser.parse(bytes: Array(text.utf8), name: seed))
                let bytes = try XCTUnwrap(LegacyCodec.encode(text, as: encoding), "\(seed) as \(encoding)")
                let detected = try KHParser.parse(bytes: bytes, name: seed)
                XCTAssertEqual(detected.source.encoding, encoding.rawValue, "\(seed): detection picked \(detected.source.encoding)")
                let a = comparable(detected)
                XCTAssertTrue(a.utf8.elementsEqual(expected.utf8), "\(seed) as \(encoding), detected: " + firstDifference(expected, a))
                let forced = comparable(try KHParser.parse(bytes: bytes, name: seed, options: ParseOptions(from: encoding)))
                XCTAssertTrue(forced.utf8.elementsEqual(expected.utf8), "\(seed) as \(encoding) with --from: " + firstDifference(expected, forced))
            }
            // Decomposed Unicode (PDF and macOS exports).
            let nfd = ICU.normalize(original, .nfd)
            let fromNFD = comparable(try KHParser.parse(bytes: Array(nfd.utf8), name: seed))
            let expected = comparable(try KHParser.parse(bytes: Array(original.utf8), name: seed))
            XCTAssertTrue(fromNFD.utf8.elementsEqual(expected.utf8), "\(seed) from NFD: " + firstDifference(expected, fromNFD))
        }
    }

    func testMixedTonePlacementComesOutInOneForm() throws {
        let seed = try parse(Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt"))
        let all = strings(in: seed.json).joined(separator: " ")
        XCTAssertFalse(all.contains("Thành uỷ"))
        XCTAssertFalse(all.contains("Văn hoá"))
        XCTAssertTrue(all.contains("Thành ủy"))
    }

    /// A line far longer than `TextNormalizer.pieceBytes` (a whole document without line breaks) is
    /// normalized in pieces cut between words, to the same text as its sentences one per line.
    func testVeryLongLineNormalizesAsItsParts() {
        let sentence = "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan; hoàn thành trong Quý II/2026: tốt. "
        let decomposed = sentence.decomposedStringWithCanonicalMapping
        let count = 3 * TextNormalizer.pieceBytes / decomposed.utf8.count
        let long = TextNormalizer.normalize(String(repeating: decomposed, count: count)).text
        let short = TextNormalizer.normalize(decomposed).text
        XCTAssertEqual(long, String(repeating: short, count: count))
        XCTAssertEqual(short, sentence)
        // No space, only commas, then neither: still one text, nothing lost.
        let dense = String(repeating: "Đề,án", count: TextNormalizer.pieceBytes)
        XCTAssertEqual(TextNormalizer.normalize(dense.decomposedStringWithCanonicalMapping).text, dense)
        let solid = String(repeating: "ĐềÁn", count: TextNormalizer.pieceBytes / 2)
        XCTAssertEqual(TextNormalizer.normalize(solid.decomposedStringWithCanonicalMapping).text, solid)
    }
}
