import Foundation
import XCTest
@testable import KHParse

/// The `kh-parse` binary as a user runs it: exit codes, one-line errors on stderr, output files.
final class CLITests: XCTestCase {
    let small = Paths.fixtures.appendingPathComponent("small")

    func testParsesAFileToCompactJSONWhenPiped() throws {
        let result = try runProgram(Paths.binary, [small.appendingPathComponent("crlf.txt").path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("{\"schemaVersion\":\"1\""))
        XCTAssertEqual(result.out.filter { $0 == "\n" }.count, 1, "compact output is one line")
        XCTAssertEqual(result.err, "")
    }

    func testPrettyFlagIndents() throws {
        let result = try runProgram(Paths.binary, [small.appendingPathComponent("crlf.txt").path, "--pretty"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.hasPrefix("{\n  \"schemaVersion\": \"1\","))
    }

    func testReadsStandardInputWithNameDash() throws {
        let input = try Data(contentsOf: small.appendingPathComponent("crlf.txt"))
        let result = try runProgram(Paths.binary, ["-"], stdin: input)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("\"name\":\"-\""))
        let noArgument = try runProgram(Paths.binary, [], stdin: input)
        XCTAssertEqual(noArgument.out, result.out)
    }

    func testOutputOption() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("kh-out-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: target) }
        let result = try runProgram(Paths.binary, [small.appendingPathComponent("crlf.txt").path, "--output", target.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).contains("\"schemaVersion\""))
    }

    func testRefusesBinaryAndPDFWithStatus65AndOneLine() throws {
        for (file, words) in [("binary.bin", "NUL"), ("document.pdf", "PDF document")] {
            let result = try runProgram(Paths.binary, [small.appendingPathComponent(file).path])
            XCTAssertEqual(result.status, 65, file)
            XCTAssertEqual(result.out, "")
            XCTAssertTrue(result.err.hasPrefix("kh-parse: "), result.err)
            XCTAssertTrue(result.err.contains(words), result.err)
            XCTAssertEqual(result.err.filter { $0 == "\n" }.count, 1, "one line: \(result.err)")
        }
    }

    func testUnreadableFileGivesStatus66() throws {
        let result = try runProgram(Paths.binary, ["/nonexistent/plan.txt"])
        XCTAssertEqual(result.status, 66)
        XCTAssertEqual(result.err, "kh-parse: cannot read /nonexistent/plan.txt: No such file or directory\n")
        let directory = try runProgram(Paths.binary, [small.path])
        XCTAssertEqual(directory.status, 66)
        XCTAssertTrue(directory.err.contains("is a directory"))
    }

    func testUsageErrorsGiveStatus64() throws {
        XCTAssertEqual(try runProgram(Paths.binary, ["--issued", "10/4/2026", small.appendingPathComponent("crlf.txt").path]).status, 64)
        XCTAssertEqual(try runProgram(Paths.binary, ["--no-such-flag"]).status, 64)
        XCTAssertEqual(try runProgram(Paths.binary, ["--pretty", "--compact", small.appendingPathComponent("crlf.txt").path]).status, 64)
    }

    func testIssuedOptionOverridesDocumentDate() throws {
        let text = Data("KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n1. Rà soát (Phòng Nội vụ).\n".utf8)
        let result = try runProgram(Paths.binary, ["--issued", "2026-04-10"], stdin: text)
        XCTAssertEqual(result.status, 0, result.err)
    }

    func testVersionHelpAndSchema() throws {
        XCTAssertEqual(try runProgram(Paths.binary, ["--version"]).out, khParseVersion + "\n")
        let help = try runProgram(Paths.binary, ["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.contains("Examples:"))
        let schema = try runProgram(Paths.binary, ["schema"])
        XCTAssertEqual(schema.out, try String(contentsOf: Paths.schema, encoding: .utf8))
    }

    func testDeadlinesCommandSurvivesBadLines() throws {
        var input = Data("Quý II/2026\n".utf8)
        input.append(Data(String(repeating: "trước ngày 15/4/2026 ", count: 5000).utf8))   // ~100 KB
        input.append(Data("\n".utf8))
        input.append(Data([0xFF, 0xFE, 0x00, 0x41, 0x0A]))                                   // binary junk
        input.append(Data("\n".utf8))
        let result = try runProgram(Paths.binary, ["deadlines", "--issued", "2026-04-10"], stdin: input)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 4, "one array per input line")
        XCTAssertTrue(lines[0].contains("\"kind\":\"due\""))
        XCTAssertEqual(lines[3], "[]")
    }

    func testNormalizeAndDeadlinesCommands() throws {
        let normalized = try runProgram(Paths.binary, ["normalize", small.appendingPathComponent("crlf.txt").path])
        XCTAssertEqual(normalized.status, 0)
        XCTAssertFalse(normalized.out.contains("\r"))
        let deadlines = try runProgram(Paths.binary, ["deadlines", "--issued", "2026-04-10"], stdin: Data("Tháng 3/2023.\n\n".utf8))
        XCTAssertEqual(deadlines.status, 0)
        let lines = deadlines.out.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3, "one array per input line: \(deadlines.out)")
        XCTAssertEqual(lines[1], "[]")
    }
}

/// `kh-parse tasks` as a user runs it.
final class TasksCLITests: XCTestCase {
    let seeds = Paths.fixtures.appendingPathComponent("seeds")
    let small = Paths.fixtures.appendingPathComponent("small")

    func testSeveralFilesAndStandardInput() throws {
        let a = seeds.appendingPathComponent("000_ceccd0ef4be28823.txt").path
        let b = seeds.appendingPathComponent("002_35f6f42cd9739a20.txt").path
        let both = try runProgram(Paths.binary, ["tasks", a, b, "--format", "csv"])
        XCTAssertEqual(both.status, 0, both.err)
        let one = try runProgram(Paths.binary, ["tasks", a, "--format", "csv"])
        let two = try runProgram(Paths.binary, ["tasks", b, "--format", "csv"])
        let header = one.out.prefix { $0 != "\r\n" && $0 != "\n" }
        XCTAssertEqual(both.out, one.out + two.out.dropFirst(header.count + 1))
        let stdin = try runProgram(Paths.binary, ["tasks", "--format", "csv"], stdin: try Data(contentsOf: URL(fileURLWithPath: a)))
        XCTAssertEqual(stdin.out, one.out.replacingOccurrences(of: ",000_ceccd0ef4be28823.txt\r\n", with: ",-\r\n"))
        // Piped, the default format is tsv.
        let piped = try runProgram(Paths.binary, ["tasks", a])
        XCTAssertTrue(piped.out.hasPrefix("document_number\tissuer\t"), piped.out)
        let table = try runProgram(Paths.binary, ["tasks", a, "--format", "table", "--width", "60"])
        XCTAssertFalse(table.out.contains("\u{1B}["), "no colour off a terminal")
        XCTAssertFalse(table.out.contains("│"), "no box drawing off a terminal")
    }

    func testErrorsAreTheParseCommandsOnes() throws {
        let binary = try runProgram(Paths.binary, ["tasks", small.appendingPathComponent("crlf.txt").path, small.appendingPathComponent("binary.bin").path])
        XCTAssertEqual(binary.status, 65)
        XCTAssertEqual(binary.out, "")
        XCTAssertEqual(binary.err.filter { $0 == "\n" }.count, 1, binary.err)
        XCTAssertTrue(binary.err.hasPrefix("kh-parse: "))
        let missing = try runProgram(Paths.binary, ["tasks", "/nonexistent/plan.txt"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertEqual(missing.err, "kh-parse: cannot read /nonexistent/plan.txt: No such file or directory\n")
        for arguments in [["--today", "1/6/2026"], ["--format", "xlsx"], ["--sort", "name"], ["--width", "5"], ["--due-before", "x"]] {
            XCTAssertEqual(try runProgram(Paths.binary, ["tasks", small.appendingPathComponent("crlf.txt").path] + arguments).status, 64, "\(arguments)")
        }
    }
}
