import Foundation
import XCTest
@testable import KHParse

/// Issue 13: adversarial input. Every case is seeded and the same on every run; every output must validate
/// against the schema and keep every word of the input (`lostWords`), whatever was done to the text.
final class AdversarialTests: XCTestCase {
    static let seed = Paths.fixtures.appendingPathComponent("seeds/000_ceccd0ef4be28823.txt")

    /// Parses each input; fails on a refusal, on a lost word; then validates all outputs in one schema run.
    func assertParsesWhole(_ inputs: [(name: String, bytes: [UInt8])], options: ParseOptions = ParseOptions(),
                           file: StaticString = #filePath, line: UInt = #line) throws {
        var documents: [String] = []
        for input in inputs {
            let output: PlanOutput
            do {
                output = try KHParser.parse(bytes: input.bytes, name: input.name, options: options)
            } catch {
                XCTFail("\(input.name): refused: \(error)", file: file, line: line)
                continue
            }
            let lost = lostWords(input: input.bytes, output: output, options: options)
            XCTAssertEqual(lost, [], "\(input.name) lost words: \(lost)", file: file, line: line)
            documents.append(JSONWriter(pretty: false).string(output.json))
        }
        XCTAssertEqual(documents.count, inputs.count, file: file, line: line)
        if let errors = try schemaErrors(documents) { XCTFail(errors, file: file, line: line) }
    }

    // MARK: damaged real plans

    func testTruncatedAtEveryHundredthOfARealPlan() throws {
        let plan = try bytes(of: Self.seed)
        // Cuts fall anywhere, inside a UTF-8 sequence, a word, a table, a header or the signature.
        let inputs = (1...100).map { k in (name: "cut-\(k)", bytes: Array(plan.prefix(plan.count * k / 100))) }
        try assertParsesWhole(inputs)
    }

    enum Mutation: CaseIterable {
        case flipByte, deleteLine, duplicateLine, insertNUL, insertControl, bomInTheMiddle, swapLines
    }

    /// Applies `count` random mutations to the plan's bytes.
    static func mutate(_ plan: [UInt8], count: Int, using rng: inout SeededGenerator) -> (bytes: [UInt8], applied: [Mutation]) {
        var bytes = plan
        var applied: [Mutation] = []
        func lineStarts() -> [Int] { [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }.filter { $0 < bytes.count } }
        for _ in 0..<count {
            let mutation = Mutation.allCases.randomElement(using: &rng)!
            applied.append(mutation)
            guard !bytes.isEmpty else { continue }
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch mutation {
            case .flipByte:
                bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            case .insertNUL:
                bytes.insert(0, at: at)
            case .insertControl:
                bytes.insert([0x01, 0x07, 0x08, 0x0B, 0x1B, 0x7F].randomElement(using: &rng)!, at: at)
            case .bomInTheMiddle:
                bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: at)
            case .deleteLine, .duplicateLine, .swapLines:
                let starts = lineStarts()
                let k = Int.random(in: 0..<starts.count, using: &rng)
                let range = starts[k]..<(k + 1 < starts.count ? starts[k + 1] : bytes.count)
                let text = Array(bytes[range])
                if mutation == .deleteLine {
                    bytes.removeSubrange(range)
                } else if mutation == .duplicateLine {
                    bytes.insert(contentsOf: text, at: range.lowerBound)
                } else if k + 1 < starts.count {
                    let nextRange = starts[k + 1]..<(k + 2 < starts.count ? starts[k + 2] : bytes.count)
                    let next = Array(bytes[nextRange])
                    bytes.replaceSubrange(range.lowerBound..<nextRange.upperBound, with: next + text)
                }
            }
        }
        return (bytes, applied)
    }

    func testSeededRandomMutationsOfARealPlan() throws {
        let plan = try bytes(of: Self.seed)
        var rng = SeededGenerator(seed: 13)
        var inputs: [(name: String, bytes: [UInt8])] = []
        for i in 0..<60 {
            let (bytes, applied) = Self.mutate(plan, count: 1 + i % 12, using: &rng)
            inputs.append((name: "mutant-\(i) \(applied)", bytes: bytes))
        }
        try assertParsesWhole(inputs)
    }

    /// A stray NUL in a long plan is damage, not a binary file: the plan is parsed, the NUL kept and said;
    /// text that is mostly NULs (or short) is still refused as binary.
    func testAStrayNULInAPlanIsKeptAndSaid() throws {
        var plan = try bytes(of: Self.seed)
        let at = plan.firstIndex(of: 0x0A)! + 1
        plan.insert(0, at: at)
        let output = try KHParser.parse(bytes: plan, name: "nul")
        XCTAssertEqual(lostWords(input: plan, output: output), [])
        XCTAssertTrue(output.diagnostics.contains { $0.code == .encodingRepaired && $0.message.contains("1 NUL byte") && $0.lines?.first == 2 },
                      "\(output.diagnostics.map(\.message))")
        XCTAssertThrowsError(try KHParser.parse(bytes: Array("abc\u{0}def".utf8), name: "short"))
        XCTAssertThrowsError(try KHParser.parse(bytes: [UInt8](repeating: 0x41, count: 1000) + [UInt8](repeating: 0, count: 20), name: "many"))
    }

    func testTheMutatorIsSeeded() {
        let plan = Array("Dòng một\nDòng hai\nDòng ba\n".utf8)
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let first = Self.mutate(plan, count: 20, using: &a), again = Self.mutate(plan, count: 20, using: &b)
        XCTAssertEqual(first.bytes, again.bytes)
        XCTAssertEqual(first.applied, again.applied)
        XCTAssertNotEqual(first.bytes, Self.mutate(plan, count: 20, using: &c).bytes)
    }

    /// Seeded random bytes (the old `testRandomBytesNeverCrash` drew from the system's generator, so it tested
    /// something else on every run): anything not refused as binary parses to a schema-valid document that keeps
    /// its words; printable bytes are never refused.
    func testSeededRandomBytes() throws {
        var rng = SeededGenerator(seed: 2026)
        var parsed: [(name: String, bytes: [UInt8])] = []
        var refused = 0
        for size in [1, 7, 100, 4096, 65536] {
            for i in 0..<5 {
                let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) }
                if (try? KHParser.parse(bytes: bytes, name: "random")) != nil { parsed.append(("random-\(size)-\(i)", bytes)) } else { refused += 1 }
            }
        }
        // Bytes with NULs and controls in more than 10 % of them are binary; most of these are.
        XCTAssertGreaterThan(refused, 0)
        try assertParsesWhole(parsed)
        // Printable random bytes are read as a legacy encoding, full of "<", "&", "__" and symbols: none of
        // them may glue or cut a word (they did: a "⁂" or an intraword "__" taken out joined two words).
        let printable = (0..<50_000).map { _ in UInt8.random(in: 0x20...0xFF, using: &rng) }
        let output = try KHParser.parse(bytes: printable, name: "printable")
        XCTAssertEqual(lostWords(input: printable, output: output), [])
        if let errors = try schemaErrors([JSONWriter(pretty: false).string(output.json)]) { XCTFail(errors) }
    }

    // MARK: shapes at scale

    /// 20,000 in the debug test build (100,000 take minutes there); Benchmarks/adversarial.sh runs 100,000
    /// with a release build.
    func testTwentyThousandRomanHeadings() throws {
        let count = 20_000
        let text = String(repeating: "I.\n", count: count)
        let output = parse(text: text)
        XCTAssertEqual(lostWords(input: Array(text.utf8), output: output), [])
        XCTAssertEqual(output.sections.count, count)
        XCTAssertTrue(output.diagnostics.contains { $0.code == .numberingDuplicate })
        if let errors = try schemaErrors([JSONWriter(pretty: false).string(output.json)]) { XCTFail(errors) }
    }

    /// 2,000 levels in the debug test build, by indentation and by numbering ("1.1.1…"): no recursion may run
    /// out of stack (Benchmarks/adversarial.sh runs 10,000 with a release build).
    func testThousandsOfLevelsDeep() throws {
        let depth = 2_000
        let indented = (0..<depth).map { String(repeating: " ", count: $0) + "- mục \($0)" }.joined(separator: "\n")
        var numbered = ""
        var number = "1"
        // Numbered levels are 200 deep: the input grows with the square of the depth (Benchmarks/adversarial.sh
        // runs 2,000 levels, 4 MB, with a release build; once 7.5 s for 500 levels, linear since UniqueIDs and
        // the 12-joint ký hiệu reader).
        for i in 0..<200 {
            numbered += "\(number). Nội dung \(i)\n"
            number += ".1"
        }
        let nestedQuotes = (0..<depth).map { String(repeating: ">", count: $0 % 500) + " trích \($0)" }.joined(separator: "\n")
        try assertParsesWhole([("indented", Array(indented.utf8)), ("numbered", Array(numbered.utf8)),
                               ("parentheses", Array((String(repeating: "(", count: depth) + "Sở Y tế" + String(repeating: ")", count: depth)).utf8)),
                               ("quotes", Array(nestedQuotes.utf8))])
    }

    /// Long runs that once took time with the square of their length, each read whole: a paragraph wrapped
    /// over 10,000 lines that end in "-" (each join copied the paragraph and counted its characters), and
    /// 10,000 cells opened by lone "|" lines with no table in them (the run's gaps were made again at every
    /// bar, and the task's 10,000 paragraphs joined into a new text at each), a table split over 100 pages,
    /// and the three below. Benchmarks/adversarial.sh runs larger ones with a release build.
    func testLongWrappedParagraphsAndBarRunsParseWhole() throws {
        let dashes = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát các văn bản giai đoạn 2021-\n"
            + String(repeating: "tiếp tục thực hiện giai đoạn 2022-\n", count: 10_000) + "2025 và các năm sau.\n"
        let bars = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát\n" + String(repeating: "|\nnội dung\n", count: 10_000)
        // A pipe table whose header stands again on every page: each part was merged into a copy of the table.
        let pages = "KẾ HOẠCH\nI. NHIỆM VỤ\nPHỤ LỤC\n" + (0..<3_000).map { i in
            (i % 30 == 0 ? "\n2\n\n| STT | Nội dung | Cơ quan |\n|---|---|---|\n" : "") + "| \(i) | Rà soát | Sở Tư pháp |\n"
        }.joined()
        // Thousands of documents cited, each once (each was searched for among those before it); a tab row
        // continued over thousands of lines (each line copied the row); thousands of capitals lines in one
        // block (the block's case was read whole at each line).
        let citations = "KẾ HOẠCH\n" + (0..<2_000).map { "Căn cứ Quyết định số \($0)/QĐ-UBND ngày 1/2/2025 của Ủy ban nhân dân;\n" }.joined()
            + "I. NHIỆM VỤ\n1. Rà soát.\n"
        let continued = "KẾ HOẠCH\nI. NHIỆM VỤ\nSTT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tRà soát\n"
            + String(repeating: "\tvăn bản quy phạm\n", count: 5_000) + "\tSở Tư pháp\tQuý II\n"
        let capitals = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát\n" + String(repeating: "RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT\n", count: 5_000)
        // Grid-table borders with no row between them (each border was tried as a table's start, reading the
        // rest of the run again).
        let borders = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát\n" + String(repeating: "+-----+----------+\n", count: 5_000)
        try assertParsesWhole([("dashes", Array(dashes.utf8)), ("bars", Array(bars.utf8)), ("pages", Array(pages.utf8)),
                               ("citations", Array(citations.utf8)), ("continued", Array(continued.utf8)), ("capitals", Array(capitals.utf8)),
                               ("borders", Array(borders.utf8))])
        XCTAssertEqual(parse(text: pages).tables.map(\.rows.count), [3_000])
        XCTAssertEqual(parse(text: citations).document.references.count, 2_000)
        let rows = parse(text: continued).tables.first?.rows ?? []
        XCTAssertEqual(rows.count, 2)   // the last line opens with a capital: a row of its own
        XCTAssertEqual(rows.first?.cells[1].utf8.count, "Rà soát".utf8.count + 5_000 * " văn bản quy phạm".utf8.count)
        let output = parse(text: dashes)
        XCTAssertEqual(output.tasks.count, 1)
        XCTAssertTrue(output.tasks.first?.text.hasSuffix("giai đoạn 2022-2025 và các năm sau.") == true)
    }

    /// 5,000 columns in the debug test build (50,000 take over two minutes there); Benchmarks/adversarial.sh
    /// runs the 50,000-column row with a release build.
    func testFiveThousandColumnTableRow() throws {
        let columns = 5_000
        let header = "| " + (0..<columns).map { "Cột \($0)" }.joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: "---|", count: columns)
        let row = "| " + (0..<columns).map { "ô\($0)" }.joined(separator: " | ") + " |"
        let tabbed = (0..<columns).map { "t\($0)" }.joined(separator: "\t")
        let pipes = "KẾ HOẠCH\nI. NHIỆM VỤ\n" + [header, rule, row, row].joined(separator: "\n") + "\n"
        let tabs = "STT\tNội dung\n" + tabbed + "\n" + tabbed + "\n"
        try assertParsesWhole([("pipes", Array(pipes.utf8)), ("tabs", Array(tabs.utf8))])
        XCTAssertEqual(parse(text: pipes).tables.first?.columns.count, columns)
    }

    /// One line of 10 MB in the debug test build; the 100 MB line is run with a release build by
    /// Benchmarks/adversarial.sh (see its figures in Benchmarks/README.md).
    func testTenMegabytesOnOneLineKeepEveryWord() throws {
        let line = String(repeating: "Tổ chức tuyên truyền, phổ biến pháp luật về giao thông; ", count: 10_000_000 / 60)
        let output = parse(text: line)
        XCTAssertEqual(output.sections.first?.paragraphs.first?.text.count, line.trimmingCharacters().count)
        XCTAssertEqual(lostWords(input: Array(line.utf8), output: output), [])
    }

    // MARK: what the fuzzers found

    /// Every input a fuzzer found (Fixtures/fuzz/, the first byte of its selector dropped: options are the
    /// defaults) parses to a schema-valid document that keeps its words.
    /// - header-flattened-line-utf16.bin (FuzzParse, a timeout): a UTF-16 text whose header block is one
    ///   long flattened line; cutting it into statements read the whole line so far at every character
    ///   (3.5 s for 7 KB in a release build, then linear: 0.15 s).
    func testInputsTheFuzzersFound() throws {
        let folder = Paths.fixtures.appendingPathComponent("fuzz")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "bin" }.sorted { $0.path < $1.path }
        XCTAssertFalse(files.isEmpty)
        try assertParsesWhole(try files.map { ($0.lastPathComponent, try bytes(of: $0)) })
    }

    // MARK: encodings

    /// A plan in each legacy encoding, read with every `--from` (the right one and all the wrong ones): the
    /// text is whatever that encoding makes of the bytes, and all of it is kept.
    func testEveryLegacyEncodingMisdeclared() throws {
        let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("small/labels-with-bullets.txt"), encoding: .utf8)
        for encoding in TextEncoding.allCases where encoding.isLegacy {
            guard let encoded = LegacyCodec.encode(replacingUnencodable(text, for: encoding), as: encoding) else {
                XCTFail("\(encoding) cannot encode the plan"); continue
            }
            for declared in TextEncoding.allCases {
                var options = ParseOptions()
                options.from = declared
                try assertParsesWhole([("\(encoding) as \(declared)", encoded)], options: options)
            }
            // Told the truth, the plan reads as the original.
            var options = ParseOptions()
            options.from = encoding
            let output = try KHParser.parse(bytes: encoded, name: "x", options: options)
            XCTAssertEqual(output.sections.count, parse(text: replacingUnencodable(text, for: encoding)).sections.count, "\(encoding)")
        }
    }
}
