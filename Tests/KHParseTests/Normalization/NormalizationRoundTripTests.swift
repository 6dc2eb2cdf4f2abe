import XCTest
@testable import KHParse

/// Both seeds through every legacy encoding: decoding gives back the normalized UTF-8 text.
final class NormalizationRoundTripTests: XCTestCase {
    private func roundTrip(_ encoding: TextEncoding) throws {
        for (name, seed) in try seedTexts() {
            let text = replacingUnencodable(seed, for: encoding)
            let bytes = try XCTUnwrap(LegacyCodec.encode(text, as: encoding), "\(name) \(encoding)")
            let (decoded, unmapped) = LegacyCodec.decode(bytes, as: encoding)
            XCTAssertEqual(unmapped, 0, "\(name) \(encoding)")
            let expected = TextNormalizer.normalize(text).text
            let actual = TextNormalizer.normalize(decoded, options: NormalizationOptions(sourceEncoding: encoding)).text
            XCTAssertEqual(lineCount(actual), lineCount(seed))
            if !actual.unicodeScalars.elementsEqual(expected.unicodeScalars) {
                let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
                let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }
                XCTFail("\(name) \(encoding) differs at line \((first?.offset ?? -1) + 1):\n\(first?.element.0 ?? "")\n\(first?.element.1 ?? "")")
            }
        }
    }

    func testTCVN3() throws { try roundTrip(.tcvn3) }
    func testVNI() throws { try roundTrip(.vni) }
    func testVISCII() throws { try roundTrip(.viscii) }
    func testWindows1258() throws { try roundTrip(.windows1258) }
    func testVIQR() throws { try roundTrip(.viqr) }
    func testUTF16() throws { try roundTrip(.utf16le); try roundTrip(.utf16be) }

    /// The seeds only lose the symbols that the encoding cannot hold.
    func testReplacedSymbols() throws {
        let (_, seed) = try seedTexts()[1]
        let tcvn = replacingUnencodable(seed, for: .tcvn3)
        XCTAssertFalse(tcvn.contains("✦"))
        XCTAssertTrue(tcvn.contains("Thường vụ Thành uỷ"))
    }
}
