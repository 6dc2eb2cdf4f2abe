import Foundation
import XCTest
@testable import KHParse

/// Byte vectors for every encoding, written from the public charmaps (glibc TCVN5712-1, VISCII,
/// CP1258) and the VNI / VIQR conventions.
final class NormalizationCodecTests: XCTestCase {
    private let vectors: [(TextEncoding, String, String)] = [
        (.tcvn3, "56 69 D6 74 20 4E 61 6D", "Việt Nam"),
        (.tcvn3, "AE 69 D2 75 20 31", "điều 1"),
        (.tcvn3, "A7 69 D2 75", "Điều"),
        (.tcvn3, "6E 67 AD EA 69 20 64 A9 6E", "người dân"),
        (.tcvn3, "9E 79 20 62 61 6E", "Ủy ban"),
        (.tcvn3, "4B D5 20 68 6F B9 63 68", "Kế hoạch"),
        (.vni, "56 69 65 E4 74 20 4E 61 6D", "Việt Nam"),
        (.vni, "54 72 F6 F4 F8 6E 67", "Trường"),
        (.vni, "D1 61 F8 20 4E 61 FC 6E 67", "Đà Nẵng"),
        (.vni, "55 DB 59 20 42 41 4E", "ỦY BAN"),
        (.vni, "68 6F 61 F8 6E 20 74 68 61 F8 6E 68", "hoàn thành"),
        (.vni, "6B F3 20 74 68 75 61 E4 74 20 6B EE", "kĩ thuật kỵ"),
        (.vni, "54 D6 D4 D8 4E 47", "TƯỜNG"),
        (.viscii, "56 69 AE 74 20 4E 61 6D", "Việt Nam"),
        (.viscii, "9C 79 20 62 61 6E", "Ủy ban"),
        (.viscii, "F0 DF B6 6E 67", "đường"),
        (.windows1258, "56 69 EA F2 74 20 4E 61 6D", "Việt Nam"),
        (.windows1258, "D0 E0 20 4E E3 DE 6E 67", "Đà Nẵng"),
        (.windows1258, "D0 61 CC", "Đà"),
        (.windows1258, "FD F5 EC 63", "ước"),
        (.viqr, "56 69 65 5E 2E 74 20 4E 61 6D", "Việt Nam"),                       // Vie^.t Nam
        (.viqr, "64 64 75 2B 6F 2B 60 6E 67", "đường"),                              // ddu+o+`ng
        (.viqr, "48 61 60 20 4E 6F 5E 2E 69 2E", "Hà Nội."),                         // Ha` No^.i.
        (.viqr, "54 61 5C 2E 20 68 6F 2E 20 74 65 5E 6E", "Ta. họ tên"),             // Ta\. ho. te^n
        (.viqr, "54 61 69 20 73 61 6F 5C 3F", "Tai sao?"),                           // sao\? escaped
        (.viqr, "72 61 2E 20 76 75 2E 2E", "rạ vụ."),                                // tone, then full stop
        (.utf16le, "56 00 69 00 C7 1E 74 00", "Việt"),
        (.utf16be, "00 56 00 69 1E C7 00 74", "Việt"),
        (.utf8, "56 69 E1 BB 87 74", "Việt"),
    ]

    func testDecodeVectors() {
        for (encoding, bytes, text) in vectors {
            let (decoded, unmapped) = LegacyCodec.decode(hex(bytes), as: encoding)
            assertSameText(decoded, text, "\(encoding) \(bytes)")
            XCTAssertEqual(unmapped, 0, "\(encoding) \(bytes)")
        }
    }

    func testEncodeVectors() {
        // Encoders give the canonical bytes; the VIQR vectors with free punctuation are skipped.
        for (encoding, bytes, text) in vectors where !["D0 61 CC", "72 61 2E 20 76 75 2E 2E", "48 61 60 20 4E 6F 5E 2E 69 2E"].contains(bytes) {
            XCTAssertEqual(LegacyCodec.encode(text, as: encoding).map(hexString), bytes, "\(encoding) \(text)")
        }
        XCTAssertEqual(LegacyCodec.encode("ra? dd BGDĐT", as: .viqr).map { String(decoding: $0, as: UTF8.self) }, "ra\\? \\dd BG\\DDDT")
    }

    func testUnencodable() {
        XCTAssertNil(LegacyCodec.encode("✦", as: .tcvn3))
        XCTAssertNil(LegacyCodec.encode("✦", as: .vni))
        XCTAssertNil(LegacyCodec.encode("ö", as: .vni))     // 0xF6 is ư in VNI
        XCTAssertNil(LegacyCodec.encode("Ž", as: .viscii))
        XCTAssertNil(LegacyCodec.encode("ж", as: .windows1258))
        XCTAssertEqual(LegacyCodec.encode("“x”", as: .vni), [0x93, 0x78, 0x94])
    }

    func testUnmappedCounts() {
        // VNI: a mark byte after a consonant has no meaning.
        XCTAssertEqual(LegacyCodec.decode(hex("6E F9"), as: .vni).unmapped, 1)
        // VIQR is 7-bit.
        XCTAssertEqual(LegacyCodec.decode(hex("61 E9"), as: .viqr).unmapped, 1)
        // Lone high byte in UTF-8.
        XCTAssertEqual(LegacyCodec.decode(hex("61 E9 62"), as: .utf8).unmapped, 1)
    }

    /// Every Vietnamese letter, both cases, survives encode → decode in each legacy encoding.
    func testAllLettersRoundTrip() {
        var letters = ""
        for base in "aăâeêioôơuưy" {
            for tone in ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"] {
                letters += String(base) + tone + " " + String(base).uppercased() + tone + " "
            }
        }
        letters += "đ Đ"
        letters = ICU.normalize(letters, .nfc)
        for encoding in TextEncoding.allCases {
            guard let bytes = LegacyCodec.encode(letters, as: encoding) else { return XCTFail("\(encoding) cannot encode") }
            assertSameText(ICU.normalize(LegacyCodec.decode(bytes, as: encoding).text, .nfc), letters, "\(encoding)")
        }
    }

    /// Our tables agree with glibc's converters byte for byte (when iconv is installed).
    func testAgreesWithGlibcIconv() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv") else { throw XCTSkip("no iconv") }
        for (_, seed) in try seedTexts() {
            for (encoding, charset) in [(TextEncoding.tcvn3, "TCVN5712-1"), (.viscii, "VISCII")] {
                let text = replacingUnencodable(seed, for: encoding)
                let ours = try XCTUnwrap(LegacyCodec.encode(text, as: encoding))
                let theirs = try iconv(Array(text.utf8), to: charset)
                XCTAssertEqual(ours.count, theirs.count, charset)
                XCTAssertTrue(ours == theirs, charset)
                XCTAssertEqual(LegacyCodec.decode(theirs, as: encoding).text, text, charset)
            }
        }
    }

    private func iconv(_ input: [UInt8], to charset: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", charset]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let writer = Thread { stdin.fileHandleForWriting.write(Data(input)); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
