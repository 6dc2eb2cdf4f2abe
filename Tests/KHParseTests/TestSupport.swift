import Foundation
import XCTest
@testable import KHParse

/// Paths and helpers shared by the tests. Everything is found from this file's path, so the
/// suite runs from any clone.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")
    static let schema = root.appendingPathComponent("Schemas/plan.schema.json")
    static let sources = root.appendingPathComponent("Sources/KHParse")

    /// The built `kh-parse` binary, beside the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments.first { $0.hasSuffix(".xctest") } ?? CommandLine.arguments[0])
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent("kh-parse")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/kh-parse")
    }

    /// Input fixtures: every file under Fixtures/ that has a golden `.json` beside it.
    static func goldenInputs() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)!
        var inputs: [URL] = []
        for case let url as URL in enumerator where url.pathExtension != "json" && !url.lastPathComponent.hasSuffix(".dump.txt") && !url.hasDirectoryPath {
            let golden = url.deletingPathExtension().appendingPathExtension("json")
            if FileManager.default.fileExists(atPath: golden.path) { inputs.append(url) }
        }
        return inputs.sorted { $0.path < $1.path }
    }
}

func bytes(of url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

func parse(_ url: URL, options: ParseOptions = ParseOptions()) throws -> PlanOutput {
    try KHParser.parse(bytes: bytes(of: url), name: url.lastPathComponent, options: options)
}

func parse(text: String, name: String = "test.txt") -> PlanOutput {
    try! KHParser.parse(bytes: Array(text.utf8), name: name)
}

/// Runs a program with arguments and optional standard input; returns status, stdout, stderr.
@discardableResult
func runProgram(_ executable: URL, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    // Standard error goes to a file so that reading stdout to its end can never deadlock.
    let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("kh-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errFile) }
    let errHandle = try FileHandle(forWritingTo: errFile)
    let outPipe = Pipe(), inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errHandle
    process.standardInput = inPipe
    try process.run()
    if let stdin { inPipe.fileHandleForWriting.write(stdin) }
    try inPipe.fileHandleForWriting.close()
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errHandle.close()
    let errData = try Data(contentsOf: errFile)
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// All strings of a JSON value (for the no-text-lost check), skipping the given top-level keys.
func strings(in value: JSONValue, skippingKeys: Set<String> = []) -> [String] {
    switch value {
    case let .string(s): return [s]
    case let .array(items): return items.flatMap { strings(in: $0) }
    case let .object(pairs): return pairs.filter { !skippingKeys.contains($0.0) }.flatMap { strings(in: $0.1) }
    case let .int(i): return [String(i)]
    default: return []
    }
}

/// Words as the no-text-lost test counts them: runs of letters and digits, NFC, lower-cased.
func words(_ text: String) -> [String] {
    var out: [String] = []
    var current = ""
    for ch in text.lowercased() {
        if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { out.append(current); current = "" }
    }
    if !current.isEmpty { out.append(current) }
    return out
}

/// A readable first difference between two texts, line by line.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? String(e[i]) : "<end>"
        let al = i < a.count ? String(a[i]) : "<end>"
        if el != al {
            let context = e[max(0, i - 3)..<min(e.count, i)].joined(separator: "\n")
            return "first difference at line \(i + 1):\n\(context)\n- expected: \(el)\n+ actual:   \(al)"
        }
    }
    return "texts are equal"
}

/// Runs a grammar's corpus (Sources/KHParse/<path>): every row's first cell is read with `read`; "-" in the
/// second column means nothing may be read, any other row goes to `check` with what was read. Fails when
/// the table has `atLeast` rows or fewer, so that an emptied table cannot pass.
func runCorpus<T>(_ path: String, atLeast: Int, read: (String) -> T?,
                  check: (_ where: String, _ cells: [String], T) -> Void) throws {
    let name = (path as NSString).lastPathComponent
    let rows = try corpusRows(Paths.sources.appendingPathComponent(path))
    XCTAssertGreaterThan(rows.count, atLeast, "\(name) has \(rows.count) rows")
    for (line, cells) in rows {
        let found = read(cells[0])
        if cells.count > 1, cells[1] == "-" {
            XCTAssertNil(found, "\(name):\(line) \"\(cells[0])\" must read as nothing, got \(String(describing: found))")
            continue
        }
        guard let found else { XCTFail("\(name):\(line) \"\(cells[0])\" was not read"); continue }
        check("\(name):\(line)", cells, found)
    }
}

/// Reads a corpus table: tab-separated, "#" comments, blank lines skipped.
func corpusRows(_ url: URL) throws -> [(line: Int, cells: [String])] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var rows: [(Int, [String])] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.isEmpty || line.hasPrefix("#") { continue }
        rows.append((i + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    return rows
}

/// Words of the input that are missing from the output, as the no-text-lost test counts them (each word as
/// often as it occurs): every word must land in the header, a title, a paragraph, a field, a table cell, the
/// footer or `dropped`. Tasks, the agency index, diagnostics and source are left out, so they cannot hide a
/// loss. Empty when nothing is lost.
func lostWords(input: [UInt8], output: PlanOutput, options: ParseOptions = ParseOptions()) -> [String] {
    guard let decoded = try? TextDecoder.decode(input, from: options.from) else { return [] }
    var normalization = options.normalization
    normalization.sourceEncoding = TextEncoding(rawValue: decoded.encoding)
    // Markup is structure, not text: HTML tags and entities of a pasted <table>.
    // Emphasis marks inside a word ("**i**n**f**o", "số**347**/TTr") would split it in two.
    let normalized = NoTextLostTests.withoutMarkup(TextNormalizer.normalize(decoded.text, options: normalization).text)
        .replacingOccurrences(of: "*", with: "")
    var available: [String: Int] = [:]
    for text in strings(in: output.json, skippingKeys: ["tasks", "agencies", "diagnostics", "source"]) {
        for word in words(text) { available[word, default: 0] += 1 }
    }
    // Dates in ISO form still hold their numbers.
    if let issued = output.document.issued { for n in [issued.year, issued.month, issued.day] { available[String(n), default: 0] += 1 } }
    var needed: [String: Int] = [:]
    for word in words(normalized) where !NoTextLostTests.frameWords.contains(word) { needed[word, default: 0] += 1 }
    var lost: [String] = []
    for (word, count) in needed where (available[word] ?? 0) < count {
        lost.append("\(word) ×\(count - (available[word] ?? 0))")
    }
    return lost.sorted()
}

/// Validates documents (compact JSON texts) against Schemas/plan.schema.json with Python's `jsonschema`, all in
/// one run; returns the validator's report of the invalid ones, nil when all are valid.
func schemaErrors(_ documents: [String]) throws -> String? {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kh-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (i, doc) in documents.enumerated() {
        try Data(doc.utf8).write(to: dir.appendingPathComponent(String(format: "doc%06d.json", i)))
    }
    let script = """
    import json, sys, glob
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1]))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    bad = 0
    for path in sorted(glob.glob(sys.argv[2] + "/*.json")):
        for error in validator.iter_errors(json.load(open(path))):
            bad += 1
            print(path, list(error.absolute_path), error.message[:200])
    sys.exit(1 if bad else 0)
    """
    let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, Paths.schema.path, dir.path])
    return result.status == 0 ? nil : "schema validation failed (is python3 -m pip install jsonschema done?):\n\(result.out)\(result.err)"
}

/// A small, seeded generator (SplitMix64), so that a "random" test is the same on every run and its failures
/// can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A seeded pseudo-random sequence (a 64-bit linear congruential generator): the random texts of a test are
/// the same at every run, so that a failure names a text that fails again.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in 0..<n.
    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    /// Fewer than `limit` of `pieces`, each picked at random, one after another.
    mutating func text(of pieces: [String], fewerThan limit: Int) -> String {
        var text = ""
        for _ in 0..<next(limit) { text += pieces[next(pieces.count)] }
        return text
    }
}
