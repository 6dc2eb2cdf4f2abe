import Foundation
import XCTest
@testable import KHParse

/// `kh-parse check` as a repository of plans runs it in CI, on the fixture repository `Fixtures/check/plans/`
/// (a clean plan, one with unparsable deadlines in a label line and a table cell, one with a deadline before its
/// issue date and one past its stated period, one without an issue date, a non-plan and a binary file): every
/// format, the exit statuses, kh-parse.toml, baselines and the CI example. The expected text, GitHub and JSON
/// outputs are `Fixtures/check/expected/*.expected` (`KH_RECORD=1 swift test --filter CheckTests` rewrites them).
final class CheckTests: XCTestCase {
    let repository = Paths.fixtures.appendingPathComponent("check")
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kh-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    // MARK: helpers

    /// Runs `kh-parse check ARGS` in a folder (the fixture repository by default) without a terminal.
    @discardableResult
    func check(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Paths.binary
        process.arguments = ["check"] + arguments
        process.currentDirectoryURL = folder ?? repository
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_ACTIONS"] = nil
        process.environment = environment
        let errFile = dir.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errFile)
        let outPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errHandle.close()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), try String(contentsOf: errFile, encoding: .utf8))
    }

    /// Compares with a golden file under Fixtures/check/expected (or rewrites it with KH_RECORD=1).
    func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = repository.appendingPathComponent("expected/\(name)")
        if ProcessInfo.processInfo.environment["KH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != actual {
            XCTFail("\(name) differs (KH_RECORD=1 rewrites it):\n" + firstDifference(expected, actual), file: file, line: line)
        }
    }

    /// A copy of the fixture repository to change.
    func copyRepository() throws -> URL {
        let copy = dir.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("plans"), to: copy.appendingPathComponent("plans"))
        return copy
    }

    func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
    }

    // MARK: formats

    func testTextOutputIsTheGoldenFile() throws {
        let result = try check(["--format", "text", "plans/"])
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertFalse(result.out.contains("\u{1B}["), "no colour when standard output is not a terminal")
        try assertGolden(result.out, "text.expected.txt")
        XCTAssertTrue(result.out.contains(#"plans/kh-12.txt:11:1: error: deadline "trước 30/4/2025" ends before the plan was issued (2026-04-10) [deadline-before-issue]"#))
        XCTAssertTrue(result.out.hasSuffix("6 files checked: 4 errors, 3 warnings, 4 notes; 1 file clean\n"), result.out)
    }

    func testGitHubOutputIsTheGoldenFile() throws {
        let result = try check(["--format", "github", "plans/"])
        XCTAssertEqual(result.status, 1)
        try assertGolden(result.out, "github.expected.txt")
        for line in result.out.split(separator: "\n") {
            XCTAssertTrue(line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="), String(line))
        }
        XCTAssertTrue(result.err.contains("6 files checked"), "the summary goes to standard error")
    }

    func testJSONAndJSONLinesHoldTheSameFindings() throws {
        let json = try check(["--format", "json", "plans/"])
        try assertGolden(json.out, "findings.json.expected")
        let array = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [[String: Any]]
        let lines = try check(["--format", "jsonl", "plans/"]).out.split(separator: "\n")
        XCTAssertEqual(array.count, lines.count)
        XCTAssertEqual(array.count, 11)
        for (object, line) in zip(array, lines) {
            let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            XCTAssertEqual(parsed["fingerprint"] as? String, object["fingerprint"] as? String)
        }
        let binary = array.first { $0["file"] as? String == "plans/scan.txt" }
        XCTAssertEqual(binary?["rule"] as? String, "not-text", "a binary file is a finding, not a crash")
        XCTAssertTrue(binary?["line"] is NSNull)
    }

    func testSARIFValidatesAgainstThePublishedSchema() throws {
        let result = try check(["--format", "sarif", "plans/"])
        XCTAssertEqual(result.status, 1)
        let sarif = dir.appendingPathComponent("out.sarif")
        try Data(result.out.utf8).write(to: sarif)

        // What dashboards read: rules, one result per finding with its region and fingerprint, artifacts' SHA-256.
        let document = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
        XCTAssertEqual(document["version"] as? String, "2.1.0")
        let run = (document["runs"] as! [[String: Any]])[0]
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        let rules = driver["rules"] as! [[String: Any]]
        XCTAssertEqual(rules.map { $0["id"] as! String }, RuleCatalog.all.map(\.id))
        for rule in rules {
            for key in ["id", "name", "shortDescription", "fullDescription", "defaultConfiguration", "help"] {
                XCTAssertNotNil(rule[key], "rule \(rule["id"]!) lacks \(key)")
            }
        }
        let results = run["results"] as! [[String: Any]]
        XCTAssertEqual(results.count, 11)
        let before = results.first { $0["ruleId"] as? String == "deadline-before-issue" }!
        let location = ((before["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
        XCTAssertEqual((location["artifactLocation"] as! [String: Any])["uri"] as? String, "plans/kh-12.txt")
        XCTAssertEqual((location["region"] as! [String: Any])["startLine"] as? Int, 11)
        XCTAssertEqual((location["region"] as! [String: Any])["endLine"] as? Int, 11)
        XCTAssertNotNil((before["partialFingerprints"] as? [String: String])?["khParseFinding/v1"])
        let artifacts = run["artifacts"] as! [[String: Any]]
        XCTAssertEqual(artifacts.count, 6)
        let kh12 = artifacts.first { ($0["location"] as! [String: Any])["uri"] as? String == "plans/kh-12.txt" }!
        let bytes = try Data(contentsOf: repository.appendingPathComponent("plans/kh-12.txt"))
        XCTAssertEqual((kh12["hashes"] as! [String: String])["sha-256"], Digest.sha256Hex(Array(bytes)))

        let schema = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
        guard FileManager.default.fileExists(atPath: schema.path) else {
            throw XCTSkip("../shared/schemas/sarif-schema-2.1.0.json is absent: SARIF not validated against the published schema")
        }
        let script = """
        import json, sys
        from jsonschema import Draft4Validator
        schema = json.load(open(sys.argv[1]))
        Draft4Validator.check_schema(schema)
        bad = 0
        for path in sys.argv[2:]:
            errors = list(Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).iter_errors(json.load(open(path))))
            bad += len(errors)
            for error in errors[:20]:
                print(path, list(error.absolute_path), error.message[:300])
        sys.exit(1 if bad else 0)
        """
        // Also a run with notifications (rules that could not run) and one with no finding at all.
        let notified = dir.appendingPathComponent("notified.sarif")
        try Data(try check(["--format", "sarif", "--ignore", "missing-issue-date", "plans/"]).out.utf8).write(to: notified)
        let clean = dir.appendingPathComponent("clean.sarif")
        try Data(try check(["--format", "sarif", "plans/2026/kh-clean.txt"]).out.utf8).write(to: clean)
        let validation = try python(script, [schema.path, sarif.path, notified.path, clean.path])
        XCTAssertEqual(validation.status, 0, "SARIF does not validate:\n\(validation.out)\(validation.err)")
    }

    func testJUnitParsesAsXMLWithOneCasePerFile() throws {
        let result = try check(["--format", "junit", "plans/"])
        XCTAssertEqual(result.status, 1)
        let xml = dir.appendingPathComponent("report.xml")
        try Data(result.out.utf8).write(to: xml)
        let script = """
        import sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        cases = root.findall('.//testcase')
        print(root.tag, root.get('tests'), root.get('failures'), len(cases))
        for case in cases:
            print(case.get('name'), len(case.findall('failure')), len(case.findall('system-out')))
        """
        let parsed = try python(script, [xml.path])
        XCTAssertEqual(parsed.status, 0, parsed.err)
        XCTAssertEqual(parsed.out, """
        testsuites 6 3 6
        plans/2026/kh-clean.txt 0 0
        plans/2026/kh-unparsed.txt 2 0
        plans/kh-12.txt 1 1
        plans/no-issue-date.txt 0 1
        plans/scan.txt 1 0
        plans/thong-bao.md 0 1

        """)
        // With --fail-on warning, warnings are failures too.
        let strict = try check(["--format", "junit", "--fail-on", "warning", "plans/"])
        XCTAssertTrue(strict.out.contains("<testsuites name=\"kh-parse check\" tests=\"6\" failures=\"5\""), strict.out)
    }

    func testGitLabCodeQualityReport() throws {
        let result = try check(["--format", "gitlab", "plans/"])
        let issues = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
        XCTAssertEqual(issues.count, 11)
        XCTAssertEqual(Set(issues.map { $0["fingerprint"] as! String }).count, 11, "fingerprints are unique")
        for issue in issues {
            XCTAssertTrue(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as! String))
            let location = issue["location"] as! [String: Any]
            XCTAssertNotNil(location["path"] as? String)
            XCTAssertNotNil((location["lines"] as! [String: Any])["begin"] as? Int)
            XCTAssertNotNil(issue["description"] as? String)
            XCTAssertNotNil(issue["check_name"] as? String)
        }
    }

    // MARK: inputs

    /// The inputs of kh-parse batch: --files-from, standard input and archives.
    func testFilesFromStandardInputAndArchives() throws {
        let list = dir.appendingPathComponent("list.txt")
        try "plans/kh-12.txt\nplans/scan.txt\n".write(to: list, atomically: true, encoding: .utf8)
        let listed = try check(["--format", "jsonl", "--files-from", list.path])
        XCTAssertEqual(Set(listed.out.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["file"] as? String
        }), ["plans/kh-12.txt", "plans/scan.txt"])

        let process = Process()
        process.executableURL = Paths.binary
        process.arguments = ["check", "--format", "github", "--name", "kh-12.txt", "-"]
        process.standardInput = try FileHandle(forReadingFrom: repository.appendingPathComponent("plans/kh-12.txt"))
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(out.hasPrefix("::error file=kh-12.txt,line=11,endLine=11,title=kh-parse deadline-before-issue::"), out)

        guard let bsdtar = ["/usr/bin/bsdtar", "/bin/bsdtar"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("bsdtar is not installed (apt-get install libarchive-tools); .ci/run installs it")
        }
        let zip = dir.appendingPathComponent("plans.zip")
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: bsdtar)
        tar.arguments = ["-a", "-cf", zip.path, "-C", repository.appendingPathComponent("plans").path, "kh-12.txt", "scan.txt"]
        try tar.run()
        tar.waitUntilExit()
        let archived = try check(["--format", "text", zip.path])
        XCTAssertEqual(archived.status, 1)
        XCTAssertTrue(archived.out.contains("plans.zip!/kh-12.txt:11:1: error: deadline \"trước 30/4/2025\""), archived.out)
        XCTAssertTrue(archived.out.contains("plans.zip!/scan.txt: error: input is not text"), archived.out)
    }

    // MARK: exit statuses

    func testExitStatusForEachFailOn() throws {
        // plans/ has errors; no-issue-date.txt has a warning and a note; kh-clean.txt nothing.
        let cases: [(String, [String], Int32)] = [
            ("plans/", ["error", "warning", "note"], 1), ("plans/no-issue-date.txt", ["warning", "note"], 1),
            ("plans/no-issue-date.txt", ["error", "never"], 0), ("plans/2026/kh-clean.txt", ["error", "warning", "note", "never"], 0),
            ("plans/", ["never"], 0),
        ]
        for (path, levels, status) in cases {
            for level in levels {
                XCTAssertEqual(try check(["--format", "json", "--fail-on", level, path]).status, status, "\(path) --fail-on \(level)")
            }
        }
        // Without --fail-on: error.
        XCTAssertEqual(try check(["plans/no-issue-date.txt"]).status, 0)
        XCTAssertEqual(try check(["plans/kh-12.txt"]).status, 1)
    }

    func testUsageAndUnreadablePaths() throws {
        XCTAssertEqual(try check([]).status, 64)
        XCTAssertEqual(try check(["--fail-on", "sometimes", "plans/"]).status, 64)
        XCTAssertEqual(try check(["--severity", "unparsed-deadline=loud", "plans/"]).status, 64)
        let unknown = try check(["--ignore", "no-such-rule", "plans/"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.err.contains("no-such-rule"), unknown.err)
        let missing = try check(["plans/2026/kh-clean.txt", "plans/missing.txt"])
        XCTAssertEqual(missing.status, 66, "a path given that cannot be read")
        XCTAssertTrue(missing.out.contains("plans/missing.txt: error: unreadable: cannot read plans/missing.txt"), missing.out)
        XCTAssertEqual(try check(["--config", "no-such.toml", "plans/"]).status, 66)
        XCTAssertEqual(try check(["--baseline", "no-such.json", "plans/"]).status, 66)
        let notBaseline = dir.appendingPathComponent("not-a-baseline.json")
        try Data(#"{"x": 1}"#.utf8).write(to: notBaseline)
        XCTAssertEqual(try check(["--baseline", notBaseline.path, "plans/"]).status, 64)
    }

    func testColourOnlyWhenAskedOrOnATerminal() throws {
        let plain = try check(["--format", "text", "plans/kh-12.txt"])
        XCTAssertFalse(plain.out.contains("\u{1B}["))
        let coloured = try check(["--format", "text", "--color", "always", "plans/kh-12.txt"])
        XCTAssertTrue(coloured.out.contains("\u{1B}[1;31merror:\u{1B}[0m"), coloured.out)
        XCTAssertEqual(coloured.status, plain.status)
    }

    func testListRulesPrintsEveryRuleWithItsLevel() throws {
        let result = try check(["--list-rules"])
        XCTAssertEqual(result.status, 0)
        let lines = result.out.split(separator: "\n")
        XCTAssertEqual(lines.count, RuleCatalog.all.count)
        for (line, rule) in zip(lines, RuleCatalog.all) {
            let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            XCTAssertEqual(String(words[0]), rule.id)
            XCTAssertEqual(String(words[1]), rule.level.rawValue)
        }
    }

    // MARK: configuration

    func testConfigFileTurnsARuleOffAndRaisesAnother() throws {
        let repo = try copyRepository()
        try """
        fail-on = "error"
        [rules]
        unparsed-deadline = "off"
        task-without-lead = "error"

        [[overrides]]
        paths = ["plans/no-issue-date.txt"]
        rules = { missing-issue-date = "error" }
        """.write(to: repo.appendingPathComponent("kh-parse.toml"), atomically: true, encoding: .utf8)
        // Found by walking up from plans/, and paths in overrides are from the config's folder.
        let result = try check(["--format", "jsonl", "."], in: repo.appendingPathComponent("plans"))
        let findings = result.out.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let rules = findings.map { "\($0["rule"]!) \($0["level"]!)" }
        XCTAssertFalse(rules.contains { $0.hasPrefix("unparsed-deadline") }, "\(rules)")
        XCTAssertTrue(rules.contains("task-without-lead error"), "\(rules)")
        XCTAssertTrue(rules.contains("missing-issue-date error"), "\(rules)")
        XCTAssertEqual(result.status, 1)

        // Flags override the file.
        let flags = try check(["--format", "jsonl", "--severity", "unparsed-deadline=warning", "--ignore", "task-without-lead,not-text",
                               "--fail-on", "never", "."], in: repo.appendingPathComponent("plans"))
        XCTAssertTrue(flags.out.contains(#""level":"warning","rule":"unparsed-deadline""#), flags.out)
        XCTAssertFalse(flags.out.contains("task-without-lead"))
        XCTAssertFalse(flags.out.contains("not-text"))
        XCTAssertEqual(flags.status, 0)

        // --select keeps only the rules named; --no-config reads no file.
        let selected = try check(["--format", "jsonl", "--select", "deadline-before-issue", "."], in: repo.appendingPathComponent("plans"))
        XCTAssertEqual(selected.out.split(separator: "\n").count, 1, selected.out)
        let none = try check(["--format", "jsonl", "--no-config", "."], in: repo.appendingPathComponent("plans"))
        XCTAssertTrue(none.out.contains("unparsed-deadline"))

        // A wrong file is a usage error with its line.
        try "fail-on = [".write(to: repo.appendingPathComponent("kh-parse.toml"), atomically: true, encoding: .utf8)
        let broken = try check(["."], in: repo.appendingPathComponent("plans"))
        XCTAssertEqual(broken.status, 64)
        XCTAssertTrue(broken.err.contains("kh-parse.toml:1:"), broken.err)
        try "[rules]\nunparsed-deadline = \"loud\"\n".write(to: repo.appendingPathComponent("kh-parse.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try check(["."], in: repo.appendingPathComponent("plans")).status, 64)
    }

    func testConfigIncludeExcludeAndHorizon() throws {
        let repo = try copyRepository()
        try """
        exclude = ["scan.txt", "*.md"]
        horizon = 1
        """.write(to: repo.appendingPathComponent("kh-parse.toml"), atomically: true, encoding: .utf8)
        let result = try check(["--format", "jsonl", "plans"], in: repo)
        XCTAssertFalse(result.out.contains("scan.txt"))
        XCTAssertFalse(result.out.contains("thong-bao.md"))
        // "năm 2028" is more than one year after 2026-04-10.
        XCTAssertTrue(result.out.contains(#"deadline \"năm 2028\" ends 2028-12-31, more than 1 years after the issue date (2026-04-10)"#), result.out)
    }

    // MARK: baseline

    func testBaselineHidesOldFindingsAndShowsANewOne() throws {
        let repo = try copyRepository()
        let written = try check(["--format", "json", "--write-baseline", "baseline.json", "plans"], in: repo)
        XCTAssertEqual(written.status, 0, "writing a baseline succeeds")
        XCTAssertTrue(written.err.contains("11 findings recorded in baseline.json"), written.err)
        let clean = try check(["--format", "json", "--baseline", "baseline.json", "plans"], in: repo)
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.out, "[]\n")
        XCTAssertTrue(clean.err.contains("11 findings in the baseline not shown"), clean.err)

        // A paragraph added above the old findings moves their lines; a new task with a deadline before the
        // issue date is the only finding shown.
        let kh12 = repo.appendingPathComponent("plans/kh-12.txt")
        var text = try String(contentsOf: kh12, encoding: .utf8)
        text = text.replacingOccurrences(of: "I. NHIỆM VỤ\n", with: """
        Căn cứ tình hình thực tế, Ủy ban nhân dân thành phố ban hành Kế hoạch
        với các nội dung sau:
        I. NHIỆM VỤ

        """)
        text = text.replacingOccurrences(of: "Nơi nhận:\n", with: """
        5. Rà soát hệ thống biển báo trên các tuyến quốc lộ (Sở Xây dựng).
        Thời gian hoàn thành: trước ngày 15/3/2026.
        Nơi nhận:

        """)
        try text.write(to: kh12, atomically: true, encoding: .utf8)
        let after = try check(["--format", "jsonl", "--baseline", "baseline.json", "plans"], in: repo)
        XCTAssertEqual(after.status, 1)
        let shown = after.out.split(separator: "\n")
        XCTAssertEqual(shown.count, 1, after.out)
        XCTAssertTrue(shown.first?.contains(#"deadline \"trước ngày 15/3/2026\" ends before the plan was issued"#) ?? false, after.out)
    }

    func testFingerprintSurvivesEditsElsewhere() throws {
        let text = try String(contentsOf: repository.appendingPathComponent("plans/kh-12.txt"), encoding: .utf8)
        let checker = Checker(config: CheckConfig(), options: ParseOptions(), keepSourceLines: false)
        let before = checker.check(BatchItem(name: "kh-12.txt", content: .bytes(Array(text.utf8))))
        let edited = text.replacingOccurrences(of: "I. NHIỆM VỤ\n", with: "I. NHIỆM VỤ\n\n\n")
        let after = checker.check(BatchItem(name: "kh-12.txt", content: .bytes(Array(edited.utf8))))
        XCTAssertEqual(before.findings.map(\.fingerprint), after.findings.map(\.fingerprint))
        XCTAssertNotEqual(before.findings.map(\.lines), after.findings.map(\.lines))
    }

    /// Each finding about a task names it, found by the id its message opens with: on a plan of 3,000 items
    /// without deadlines (each was compared with every task; the time grew with the square of their number).
    func testFindingsNameTheirTasksOnAPlanOfThousandsOfItems() {
        let text = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát văn bản:\n" + (0..<3_000).map { "- Sở Tư pháp rà soát văn bản \($0).\n" }.joined()
        let checker = Checker(config: CheckConfig(), options: ParseOptions(), keepSourceLines: false)
        let report = checker.check(BatchItem(name: "many.txt", content: .bytes(Array(text.utf8))))
        let missing = report.findings.filter { $0.rule == Diagnostic.Code.missingDeadline.rawValue }
        XCTAssertEqual(missing.count, 3_000)   // the bullets; "1." introduces them
        XCTAssertTrue(missing.allSatisfy { finding in finding.task.map { finding.message.hasPrefix("task \($0) ") } == true })
        XCTAssertEqual(Set(missing.compactMap(\.task)).count, 3_000)
    }

    // MARK: rules

    func testEveryDiagnosticCodeIsARule() {
        for code in Diagnostic.Code.allCases {
            XCTAssertNotNil(RuleCatalog.rule(id: code.rawValue), "add a line for \(code.rawValue) to RuleCatalog.all")
        }
        XCTAssertEqual(Set(RuleCatalog.all.map(\.id)).count, RuleCatalog.all.count)
    }

    func testPeriodStatedInTheTitle() {
        XCTAssertEqual(PlanRules.statedPeriod("Bảo đảm trật tự an toàn giao thông giai đoạn 2026 - 2027").map { [$0.first, $0.last] }, [2026, 2027])
        XCTAssertEqual(PlanRules.statedPeriod("Phát triển du lịch giai đoạn 2025–2030").map { [$0.first, $0.last] }, [2025, 2030])
        XCTAssertEqual(PlanRules.statedPeriod("Thực hiện Đề án từ năm 2025 đến năm 2027").map { [$0.first, $0.last] }, [2025, 2027])
        XCTAssertNil(PlanRules.statedPeriod("Phòng, chống thiên tai năm 2026"))
        XCTAssertNil(PlanRules.statedPeriod(nil))
    }

    func testMissingIssueDateSaysWhichRulesDidNotRun() throws {
        let result = try check(["--format", "text", "--ignore", "missing-issue-date", "plans/no-issue-date.txt"])
        XCTAssertTrue(result.out.contains("plans/no-issue-date.txt: deadline-before-issue, deadline-after-horizon not checked: the plan states no issue date"),
                      result.out)
        let github = try check(["--format", "github", "--ignore", "missing-issue-date", "plans/no-issue-date.txt"])
        XCTAssertTrue(github.out.contains("::notice file=plans/no-issue-date.txt,title=kh-parse rules not run::deadline-before-issue, deadline-after-horizon not checked"),
                      github.out)
        let sarif = try check(["--format", "sarif", "--ignore", "missing-issue-date", "plans/no-issue-date.txt"])
        XCTAssertTrue(sarif.out.contains("\"toolExecutionNotifications\": [\n"), sarif.out)
        let given = try check(["--format", "text", "--issued", "2026-07-01", "plans/no-issue-date.txt"])
        XCTAssertFalse(given.out.contains("missing-issue-date"), given.out)
        XCTAssertFalse(given.out.contains("not checked"), given.out)
    }

    func testGitHubEscapes() {
        XCTAssertEqual(GitHubFormat.data("50% done\r\nnext"), "50%25 done%0D%0Anext")
        XCTAssertEqual(GitHubFormat.property("a:b,c"), "a%3Ab%2Cc")
    }

    /// The Hải Phòng seed is a clean real plan: nothing at warning or above (its parenthesis
    /// "(Xây dựng lộ trình cụ thể theo từng giai đoạn)" is no deadline).
    func testCleanRealPlanChecksClean() throws {
        let seed = Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt")
        let result = try check(["--format", "json", "--fail-on", "warning", seed.path])
        XCTAssertEqual(result.status, 0, result.out)
        XCTAssertFalse(result.out.contains("unparsed-deadline"))
    }

    // MARK: the CI example

    /// Each `kh-parse check` line of Examples/ci/kh-parse.yml, run as written on a copy of the fixture repository.
    func testCIExampleRunsAsWritten() throws {
        let workflow = try String(contentsOf: Paths.root.appendingPathComponent("Examples/ci/kh-parse.yml"), encoding: .utf8)
        let commands = workflow.split(separator: "\n").compactMap { line -> [String]? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("run: kh-parse check ") else { return nil }
            return trimmed.dropFirst("run: kh-parse check ".count).split(separator: " ").map(String.init)
        }
        XCTAssertEqual(commands.count, 2, "the annotation step and the SARIF step")
        let repo = try copyRepository()
        let annotations = try check(commands[0], in: repo)
        XCTAssertEqual(commands[0], ["--format", "github", "plans/"])
        XCTAssertEqual(annotations.status, 1, "the job fails on the fixture repository's errors")
        try assertGolden(annotations.out, "github.expected.txt")
        let sarif = try check(commands[1], in: repo)
        XCTAssertEqual(sarif.status, 0, "--fail-on never: the upload step still runs")
        let written = try Data(contentsOf: repo.appendingPathComponent("kh-parse.sarif"))
        XCTAssertEqual((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["version"] as? String, "2.1.0")
    }
}
