import Foundation
import XCTest
@testable import KHParse

/// `--from ENC` that does not fit the bytes: the text is decoded as asked, and an `encoding-mismatch` warning
/// names the encoding the detector's plausibility check prefers — instead of the note "decoded as … (as requested)".
final class EncodingMismatchTests: XCTestCase {
    private let seed = Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt")

    private func seedText(representableIn encoding: TextEncoding) throws -> String {
        let text = try String(contentsOf: seed, encoding: .utf8)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if LegacyCodec.encode(String(scalar), as: encoding) == nil { out.append(" ") } else { out.append(scalar) }
        }
        return String(out)
    }

    private func mismatch(_ plan: PlanOutput) -> [Diagnostic] { plan.diagnostics.filter { $0.code == .encodingMismatch } }

    func testWrongLegacyEncodingIsAWarningNamingTheRightOne() throws {
        for (actual, declared) in [(TextEncoding.vni, TextEncoding.tcvn3), (.tcvn3, .vni), (.viscii, .windows1258),
                                   (.windows1258, .tcvn3)] {
            let bytes = try XCTUnwrap(LegacyCodec.encode(try seedText(representableIn: actual), as: actual))
            let plan = try KHParser.parse(bytes: bytes, name: "seed", options: ParseOptions(from: declared))
            XCTAssertEqual(plan.source.encoding, declared.rawValue, "decoded as asked")
            let found = mismatch(plan)
            XCTAssertEqual(found.count, 1, "\(actual) read as \(declared): \(plan.diagnostics)")
            XCTAssertEqual(found.first?.severity, .warning)
            XCTAssertNil(found.first?.lines ?? nil)
            XCTAssertTrue(found.first?.message.contains("looks like \(actual.rawValue) ") == true, found.first?.message ?? "")
            XCTAssertTrue(found.first?.message.contains("try --from \(actual.rawValue)") == true, found.first?.message ?? "")
            XCTAssertFalse(plan.diagnostics.contains { $0.code == .encodingRepaired && $0.message.contains("as requested") },
                           "the note is replaced: \(plan.diagnostics)")
        }
    }

    func testUTF8DeclaredAsLegacyNamesUTF8() throws {
        let plan = try KHParser.parse(bytes: bytes(of: seed), name: "seed", options: ParseOptions(from: .windows1258))
        XCTAssertEqual(mismatch(plan).count, 1)
        XCTAssertTrue(mismatch(plan).first?.message.contains("looks like utf-8 ") == true, "\(plan.diagnostics)")
    }

    func testLegacyDeclaredAsUTF8NamesTheLegacyEncoding() throws {
        let bytes = try XCTUnwrap(LegacyCodec.encode(try seedText(representableIn: .tcvn3), as: .tcvn3))
        let plan = try KHParser.parse(bytes: bytes, name: "seed", options: ParseOptions(from: .utf8))
        XCTAssertTrue(mismatch(plan).first?.message.contains("looks like tcvn3 ") == true, "\(plan.diagnostics)")
        // The U+FFFD repair is still reported.
        XCTAssertTrue(plan.diagnostics.contains { $0.code == .encodingRepaired && $0.severity == .warning })
    }

    func testRightDeclarationAndShortTextGiveNoWarning() throws {
        for encoding in [TextEncoding.tcvn3, .vni, .viscii, .windows1258] {
            let bytes = try XCTUnwrap(LegacyCodec.encode(try seedText(representableIn: encoding), as: encoding))
            let plan = try KHParser.parse(bytes: bytes, name: "seed", options: ParseOptions(from: encoding))
            XCTAssertEqual(mismatch(plan), [], "\(encoding)")
            XCTAssertTrue(plan.diagnostics.contains { $0.code == .encodingRepaired && $0.severity == .note }, "\(encoding)")
        }
        XCTAssertEqual(mismatch(try KHParser.parse(bytes: bytes(of: seed), name: "seed", options: ParseOptions(from: .utf8))), [])
        // Two words are too few to doubt anything.
        let short = try XCTUnwrap(LegacyCodec.encode("Việt Nam", as: .vni))
        XCTAssertEqual(mismatch(try KHParser.parse(bytes: short, name: "short", options: ParseOptions(from: .tcvn3))), [])
    }

    func testCommandLineAndCheckReportItAsAWarning() throws {
        let bytes = try XCTUnwrap(LegacyCodec.encode(try seedText(representableIn: .vni), as: .vni))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kh-vni-\(UUID().uuidString).txt")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try runProgram(Paths.binary, ["--from", "tcvn3", "--compact", file.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains(#""severity":"warning","code":"encoding-mismatch""#), String(result.out.suffix(600)))
        XCTAssertEqual(RuleCatalog.all.first { $0.id == "encoding-mismatch" }?.level, .warning)
        let check = try runProgram(Paths.binary, ["check", "--from", "tcvn3", "--fail-on", "never", file.path])
        XCTAssertTrue(check.out.contains("warning: decoded as tcvn3 as requested"), check.out)
        XCTAssertTrue(check.out.contains("[encoding-mismatch]"), check.out)
    }
}
