import Foundation
import XCTest
@testable import KHParse

/// kh-parse as a library: the output model reads the tool's own JSON back, the conveniences of `KHParser`, and
/// a package that embeds it (Examples/embed) builds and runs.
final class LibraryTests: XCTestCase {
    /// Every golden document decodes into the model, and the model writes it again byte for byte; through
    /// JSONEncoder and JSONDecoder it comes back equal.
    func testEveryGoldenDocumentDecodesAndEncodesBackUnchanged() throws {
        var count = 0
        let enumerator = FileManager.default.enumerator(at: Paths.fixtures, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where url.pathExtension == "json" {
            let data = try Data(contentsOf: url)
            guard String(decoding: data.prefix(40), as: UTF8.self).contains("\"schemaVersion\"") else { continue }
            let plan: PlanOutput
            do { plan = try JSONDecoder().decode(PlanOutput.self, from: data) } catch {
                XCTFail("\(url.lastPathComponent): \(error)")
                continue
            }
            XCTAssertEqual(plan.jsonText(pretty: true), String(decoding: data, as: UTF8.self), url.lastPathComponent)
            // Written from the model's fields, whole or in pieces (as the CLI writes), pretty and compact, the
            // bytes are those of the `json` tree; pieces of 100 bytes cut inside every kind of value.
            for pretty in [true, false] {
                let tree = JSONWriter(pretty: pretty).string(plan.json)
                XCTAssertEqual(plan.jsonText(pretty: pretty), tree, url.lastPathComponent)
                var streamed: [UInt8] = []
                var pieces = 0
                JSONWriter(pretty: pretty).write(plan, piece: 100) { streamed += $0; pieces += 1 }
                XCTAssertEqual(String(decoding: streamed, as: UTF8.self), tree, url.lastPathComponent)
                XCTAssertGreaterThan(pieces, 1)
                streamed = []
                plan.writeJSON(pretty: pretty) { streamed += $0 }
                XCTAssertEqual(String(decoding: streamed, as: UTF8.self), plan.jsonText(pretty: pretty), url.lastPathComponent)
            }
            let again = try JSONDecoder().decode(PlanOutput.self, from: JSONEncoder().encode(plan))
            XCTAssertEqual(again, plan, url.lastPathComponent)
            count += 1
        }
        XCTAssertGreaterThanOrEqual(count, 30, "golden documents decoded")
    }

    /// Every control character, quote and backslash is escaped as JSON asks, U+2028 and U+2029 too, and
    /// JSON readers get the text back; the escapes are the short ones where JSON has them, else \u00XX.
    func testEscapesReadBackAsTheText() throws {
        let specials = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "/", "\u{2028}", "\u{2029}", "\u{201C}", "ộ", "a"]
        var random = SeededRandom(seed: 0x0E5C_A9E0)
        for _ in 0..<2_000 {
            let text = random.text(of: specials, fewerThan: 20)
            let json = JSONWriter(pretty: false).string(.array([.string(text)]))
            let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            XCTAssertEqual(back, [text], json)
            XCTAssertFalse(json.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" }, json)
        }
        XCTAssertEqual(JSONWriter(pretty: false).string(.string("\u{1}\u{1F}\n\t\r\u{8}\u{C}\"\\\u{2028}")),
                       #""\u0001\u001f\n\t\r\b\f\"\\\u2028""#)
    }

    /// A paragraph of megabytes (a document on one line) leaves the writer while it is escaped, in pieces
    /// that each hold whole characters, and the pieces are the document's JSON text.
    func testALongStringIsWrittenInPiecesOfWholeCharacters() throws {
        let line = String(repeating: "Tổ chức tuyên truyền \"pháp luật\" về giao thông \\ đường bộ; ", count: 5_000)
        let plan = try KHParser.parse(text: line)
        var pieces: [[UInt8]] = []
        plan.writeJSON(pretty: false) { pieces.append(Array($0)) }
        XCTAssertGreaterThan(pieces.count, 4)
        XCTAssertEqual(String(decoding: Array(pieces.joined()), as: UTF8.self), plan.jsonText(pretty: false))
        for piece in pieces { XCTAssertNotNil(String(validating: piece, as: UTF8.self), "a piece cut inside a character") }
        XCTAssertLessThan(pieces.map(\.count).max() ?? 0, 1 << 18)
    }

    /// Pretty output keeps an array on one line while it holds at most eight scalars, strings of at most 24
    /// bytes; an item that breaks the rule sets the items before it out one a line, nested or not.
    func testPrettyArraysStayOnOneLineOnlyWhileShortAndScalar() {
        let short = String(repeating: "a", count: 24), long = String(repeating: "b", count: 25)
        let value: JSONValue = .object([
            ("eight", .array((1...8).map { .int($0) })),
            ("nine", .array((1...9).map { .int($0) })),
            ("strings", .array([.string(short), .null, .bool(true), .number(2.5)])),
            ("long", .array([.int(1), .string(long)])),
            ("nested", .array([.int(1), .array([.int(2), .int(3)]), .object([])])),
            ("empty", .array([])), ("none", .object([])),
            ("objects", .array([.object([("k", .string("\"\u{2028}"))])])),
        ])
        let expected = """
        {
          "eight": [1, 2, 3, 4, 5, 6, 7, 8],
          "nine": [
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9
          ],
          "strings": ["\(short)", null, true, 2.5],
          "long": [
            1,
            "\(long)"
          ],
          "nested": [
            1,
            [2, 3],
            {}
          ],
          "empty": [],
          "none": {},
          "objects": [
            {
              "k": "\\"\\u2028"
            }
          ]
        }

        """
        XCTAssertEqual(JSONWriter(pretty: true).string(value), expected)
        XCTAssertEqual(JSONWriter(pretty: false).string(.array([.int(1), .array([]), .object([("a\"", .null)])])), "[1,[],{\"a\\\"\":null}]")
        let numbers: [Int] = [0, 7, 10, 99, 100, 1_234_567_890_123, -12, Int.max, Int.min]
        XCTAssertEqual(JSONWriter(pretty: false).string(.array(numbers.map(JSONValue.int))), "[" + numbers.map(String.init).joined(separator: ",") + "]")
        // A model value's tree and its streamed bytes agree.
        let task = try? KHParser.parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát hồ sơ (Sở Tư pháp), hoàn thành trước 30/6/2026.\n").tasks.first
        XCTAssertNotNil(task)
        if let task {
            for pretty in [true, false] {
                XCTAssertEqual(String(decoding: JSONWriter(pretty: pretty).bytes(task), as: UTF8.self), JSONWriter(pretty: pretty).string(task.json))
            }
        }
    }

    func testParsedPlanSurvivesJSONRoundTrip() throws {
        let plan = try KHParser.parse(contentsOf: Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt"))
        XCTAssertEqual(plan.source.name, "002_35f6f42cd9739a20.txt")
        let decoded = try JSONDecoder().decode(PlanOutput.self, from: Data(plan.jsonText(pretty: false).utf8))
        XCTAssertEqual(decoded.jsonText(), plan.jsonText())
        XCTAssertEqual(decoded.tasks.count, plan.tasks.count)
        XCTAssertEqual(decoded.document.issued, CivilDate(iso: "2026-04-10"))
    }

    func testDecodingRefusesAnotherSchemaVersionAndBadDates() {
        let plan = try! KHParser.parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát hồ sơ (Sở Tư pháp), trước ngày 30/6/2026.\n")
        let text = plan.jsonText(pretty: false)
        XCTAssertNoThrow(try JSONDecoder().decode(PlanOutput.self, from: Data(text.utf8)))
        let v2 = text.replacingOccurrences(of: "\"schemaVersion\":\"1\"", with: "\"schemaVersion\":\"2\"")
        XCTAssertThrowsError(try JSONDecoder().decode(PlanOutput.self, from: Data(v2.utf8)))
        let badDate = text.replacingOccurrences(of: "\"2026-06-29\"", with: "\"2026-02-30\"")
        XCTAssertNotEqual(badDate, text)
        XCTAssertThrowsError(try JSONDecoder().decode(PlanOutput.self, from: Data(badDate.utf8)))
    }

    /// The examples of the doc comments, as written there.
    func testDocumentedExamples() throws {
        let plan = try KHParser.parse(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát hồ sơ (Sở Tư pháp), trước ngày 30/6/2026.\n")
        XCTAssertEqual(plan.tasks.first?.deadlines.first?.end, CivilDate(iso: "2026-06-29"))
        XCTAssertEqual(plan.source.encoding, "utf-8")
        XCTAssertEqual(try KHParser.normalize(bytes: Array("Thành uỷ\r\n".utf8)), "Thành ủy\n")
        let found = KHParser.deadlines(in: "hoàn thành trước ngày 15/4/2026", issued: CivilDate(iso: "2026-04-10"))
        XCTAssertEqual(found.map(\.text), ["trước ngày 15/4/2026"])
        XCTAssertEqual(found.first?.kind, .due)
        XCTAssertEqual(found.first?.end, CivilDate(iso: "2026-04-14"))
        XCTAssertEqual(found.first?.grain, .day)
        XCTAssertEqual(KHParser.deadlines(in: "Xây dựng lộ trình cụ thể", cell: true).map(\.kind), [.unparsed])
        XCTAssertEqual(KHParser.deadlines(in: "Xây dựng lộ trình cụ thể"), [])
        // Deadlines read on their own have no lines and decode back equal.
        let data = try JSONEncoder().encode(found)
        XCTAssertEqual(try JSONDecoder().decode([Deadline].self, from: data), found)
        XCTAssertThrowsError(try KHParser.parse(text: "\u{0}\u{0}\u{0}\u{0}binary\u{0}\u{0}"))
    }

    /// Examples/embed depends on kh-parse by path, parses the Hải Phòng seed and prints one line per task. It is
    /// built in its own folder (Examples/embed/.build), so this test builds kh-parse once more: it is slow.
    func testEmbeddingPackageBuildsAndPrintsTheTasks() throws {
        guard let swift = findExecutable("swift") else { throw XCTSkip("swift is not on PATH: Examples/embed not built") }
        let package = Paths.root.appendingPathComponent("Examples/embed")
        // Without the cached build plan: a plan left by an earlier run once missed a source file added to
        // KHParse since, and the build failed until its folder was removed.
        let build = try runProgram(swift, ["build", "--package-path", package.path, "--disable-build-manifest-caching"])
        XCTAssertEqual(build.status, 0, build.out + build.err)
        guard build.status == 0 else { return }
        let path = try runProgram(swift, ["build", "--package-path", package.path, "--show-bin-path"]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let seed = Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt")
        let run = try runProgram(URL(fileURLWithPath: path).appendingPathComponent("embed"), [seed.path])
        XCTAssertEqual(run.status, 0, run.err)
        let plan = try parse(seed)
        let lines = run.out.split(separator: "\n")
        XCTAssertEqual(lines.first.map(String.init), "122/KH-UBND: \(plan.tasks.count) tasks")
        XCTAssertEqual(lines.count, plan.tasks.count + 1)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
        XCTAssertEqual(lines.dropFirst().first.map { String($0.prefix { $0 != "\t" }) }, plan.tasks.first?.id)
    }
}

/// The first executable of that name on PATH.
func findExecutable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
}
