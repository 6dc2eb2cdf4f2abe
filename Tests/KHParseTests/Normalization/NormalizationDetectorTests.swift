import XCTest
@testable import KHParse

final class NormalizationDetectorTests: XCTestCase {
    private let legacy: [TextEncoding] = [.windows1258, .tcvn3, .vni, .viscii]

    func testParagraphs() throws {
        for (name, seed) in try seedTexts() {
            // Paragraph-length pieces: 1,500 characters from several places.
            let scalars = Array(seed.unicodeScalars)
            for offset in stride(from: 0, to: scalars.count - 1500, by: 9000) {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[offset..<offset + 1500])
                for encoding in legacy {
                    let text = replacingUnencodable(String(piece), for: encoding)
                    let bytes = try XCTUnwrap(LegacyCodec.encode(text, as: encoding))
                    let guess = EncodingDetector.guess(bytes)
                    XCTAssertEqual(guess.encoding, encoding, "\(name)@\(offset)")
                    XCTAssertFalse(guess.unsure, "\(name)@\(offset) \(encoding)")
                    XCTAssertGreaterThan(guess.confidence, 0.8, "\(name)@\(offset) \(encoding)")
                    XCTAssertEqual(guess.text, LegacyCodec.decode(bytes, as: encoding).text)
                }
            }
        }
    }

    /// Every line of the seeds with at least `minWords` non-ASCII words, alone.
    private func lineAccuracy(minWords: Int, maxWords: Int) throws -> (right: Int, total: Int, sureWrong: Int) {
        var right = 0, total = 0, sureWrong = 0
        for (_, seed) in try seedTexts() {
            for line in seed.split(separator: "\n") {
                let words = line.split(separator: " ").filter { $0.unicodeScalars.contains { $0.value >= 0x80 } }.count
                guard words >= minWords, words <= maxWords else { continue }
                for encoding in legacy {
                    let text = replacingUnencodable(String(line), for: encoding)
                    guard let bytes = LegacyCodec.encode(text, as: encoding), bytes.contains(where: { $0 >= 0x80 }) else { continue }
                    let guess = EncodingDetector.guess(bytes)
                    total += 1
                    if guess.encoding == encoding { right += 1 } else if !guess.unsure { sureWrong += 1 }
                }
            }
        }
        return (right, total, sureWrong)
    }

    func testLongLines() throws {
        let r = try lineAccuracy(minWords: 6, maxWords: 1000)
        print("detection, lines with ≥6 non-ASCII words: \(r.right)/\(r.total), wrong but sure: \(r.sureWrong)")
        XCTAssertGreaterThanOrEqual(Double(r.right) / Double(r.total), 0.97)
        XCTAssertLessThanOrEqual(Double(r.sureWrong) / Double(r.total), 0.01)
    }

    func testShortLines() throws {
        let r = try lineAccuracy(minWords: 1, maxWords: 5)
        print("detection, lines with 1–5 non-ASCII words: \(r.right)/\(r.total), wrong but sure: \(r.sureWrong)")
        XCTAssertGreaterThanOrEqual(Double(r.right) / Double(r.total), 0.75)
        XCTAssertLessThanOrEqual(Double(r.sureWrong) / Double(r.total), 0.05)
    }

    func testShortPhrases() {
        XCTAssertEqual(EncodingDetector.guess(hex("56 69 D6 74 20 4E 61 6D")).encoding, .tcvn3)           // ViÖt Nam
        XCTAssertEqual(EncodingDetector.guess(hex("56 69 65 E4 74 20 4E 61 6D")).encoding, .vni)          // Vieät Nam
        XCTAssertEqual(EncodingDetector.guess(hex("56 69 AE 74 20 4E 61 6D")).encoding, .viscii)
        XCTAssertEqual(EncodingDetector.guess(hex("56 69 EA F2 74 20 4E 61 6D")).encoding, .windows1258)
        XCTAssertTrue(EncodingDetector.guess(hex("56 69 D6 74 20 4E 61 6D")).unsure)   // two words: too few to be sure
    }

    func testASCIIAndVIQR() {
        let viqr = EncodingDetector.guess(Array("Ca'c co+ quan, ddoa`n the^? ba'm sa't nhie^.m vu., gia?i pha'p va` no^.i dung ke^' hoa.ch.".utf8))
        XCTAssertEqual(viqr.encoding, .viqr)
        XCTAssertEqual(viqr.text, "Các cơ quan, đoàn thể bám sát nhiệm vụ, giải pháp và nội dung kế hoạch.")
        XCTAssertEqual(EncodingDetector.guess(Array("Plan 71/KH-UBND dated 24/3/2023, see annex.".utf8)).encoding, .utf8)
    }

    /// Input longer than the sample is scored on its head and decoded whole.
    func testLongInput() throws {
        let seeds = try seedTexts().map(\.1).joined(separator: "\n")
        let text = replacingUnencodable(String(repeating: seeds + "\n", count: 3), for: .vni)
        let bytes = try XCTUnwrap(LegacyCodec.encode(text, as: .vni))
        XCTAssertGreaterThan(bytes.count, EncodingDetector.sampleLimit)
        let guess = EncodingDetector.guess(bytes)
        XCTAssertEqual(guess.encoding, .vni)
        assertSameText(guess.text, text)
    }

    func testUTF16WithoutBOM() throws {
        let bytes = try XCTUnwrap(LegacyCodec.encode("Kế hoạch triển khai thực hiện", as: .utf16le))
        XCTAssertEqual(EncodingDetector.guess(bytes).encoding, .utf16le)
    }

    func testValidShare() {
        XCTAssertEqual(VietnameseSyllable.validShare("Việt Nam"), 1)
        XCTAssertEqual(VietnameseSyllable.validShare("ViÖt Nam"), 0.5)
        XCTAssertEqual(VietnameseSyllable.validShare("§iÒu"), 0)
        XCTAssertEqual(VietnameseSyllable.validShare("nghiêng ngoằn nghèo khuỷu tay quyết"), 1)
    }
}
