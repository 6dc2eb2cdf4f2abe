import Foundation
import XCTest
@testable import KHParse

/// `kh-parse batch` as a data team runs it: folders and archives built in a temporary directory (archives
/// with bsdtar from libarchive-tools and 7z from p7zip-full, which .ci/run installs), every bad case, exit
/// statuses, order independent of -j, schema validity of every line, interruption and resume.
final class BatchTests: XCTestCase {
    let small = Paths.fixtures.appendingPathComponent("small")
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kh-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    // MARK: helpers

    /// Copies a fixture (or writes bytes) to a path below the temporary directory.
    func put(_ relative: String, fixture: String? = nil, bytes: [UInt8]? = nil) throws {
        let url = dir.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let fixture {
            try Data(contentsOf: small.appendingPathComponent(fixture)).write(to: url)
        } else {
            try Data(bytes ?? []).write(to: url)
        }
    }

    /// A tool on PATH, or the test is skipped with a message (CI installs them).
    func tool(_ name: String, package: String) throws -> URL {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("\(name) is not installed (apt-get install \(package)); .ci/run installs it")
    }

    /// Runs a tool in the temporary directory and fails the test when it fails.
    func make(_ tool: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool.lastPathComponent) \(arguments)")
    }

    func bsdtar(_ arguments: [String], environment: [String: String] = [:]) throws {
        try make(try tool("bsdtar", package: "libarchive-tools"), arguments, environment: environment)
    }

    func sevenZip(_ arguments: [String]) throws {
        try make(try tool("7z", package: "p7zip-full"), ["a", "-bd", "-bso0", "-bsp0"] + arguments)
    }

    /// Runs `kh-parse batch` in the temporary directory (so names are relative).
    func batch(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let cwd = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(dir.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
        return try runProgram(Paths.binary, ["batch"] + arguments, stdin: stdin)
    }

    struct Line {
        var name: String
        var code: String?   // the error code, nil for a document
        var object: [String: Any]
    }

    func lines(_ out: String, file: StaticString = #filePath, line: UInt = #line) -> [Line] {
        out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { text in
            guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
                  let source = object["source"] as? [String: Any], let name = source["name"] as? String else {
                XCTFail("not a JSON line with source.name: \(text.prefix(200))", file: file, line: line)
                return nil
            }
            return Line(name: name, code: (object["error"] as? [String: Any])?["code"] as? String, object: object)
        }
    }

    /// Every line must validate against Schemas/batch-line.schema.json (which refers to plan.schema.json).
    func assertSchemaValid(_ out: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let jsonl = dir.appendingPathComponent("lines-\(UUID().uuidString).jsonl")
        try Data(out.utf8).write(to: jsonl)
        let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        plan = json.load(open(sys.argv[1])); line = json.load(open(sys.argv[2]))
        Draft202012Validator.check_schema(line)
        registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in (plan, line)])
        validator = Draft202012Validator(line, registry=registry)
        bad = n = 0
        for i, text in enumerate(open(sys.argv[3], encoding="utf-8")):
            n += 1
            for error in validator.iter_errors(json.loads(text)):
                bad += 1
                print(i + 1, list(error.absolute_path), error.message[:300])
        sys.exit(1 if bad or n == 0 else 0)
        """
        let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"),
                                    ["python3", "-c", script, Paths.schema.path,
                                     Paths.root.appendingPathComponent("Schemas/batch-line.schema.json").path, jsonl.path])
        XCTAssertEqual(result.status, 0, "batch lines do not validate:\n\(result.out)\(result.err)", file: file, line: line)
    }

    /// A small tree of plans and non-plans.
    func makeTree() throws {
        try put("plans/2024/kh-12.txt", fixture: "crlf.txt")
        try put("plans/2024/kh-13.md", fixture: "letters-and-plus.txt")
        try put("plans/2023/b.txt", fixture: "labels-with-bullets.txt")
        try put("plans/2023/scan.txt", fixture: "document.pdf")      // a PDF named .txt: not text
        try put("plans/notes.json", bytes: Array("{}".utf8))          // not a plan by name
        try put("plans/.drafts/d.txt", fixture: "crlf.txt")           // hidden
        try put("plans/.hidden.txt", fixture: "crlf.txt")             // hidden
    }

    // MARK: folders

    func testFolderGivesOneLinePerPlanInSortedOrderWhateverTheJobs() throws {
        try makeTree()
        let one = try batch(["plans", "-j", "1"])
        let four = try batch(["plans", "-j", "4"])
        XCTAssertEqual(one.status, 65, one.err)
        XCTAssertEqual(one.out, four.out, "-j 1 and -j 4 must write the same bytes")
        let got = lines(one.out)
        XCTAssertEqual(got.map(\.name), ["plans/2023/b.txt", "plans/2023/scan.txt", "plans/2024/kh-12.txt", "plans/2024/kh-13.md"])
        XCTAssertEqual(got.map(\.code), [nil, "not-text", nil, nil])
        XCTAssertTrue(one.err.hasPrefix("kh-parse: 4 files, "), one.err)
        XCTAssertTrue(one.err.hasSuffix(": 3 parsed, 1 refused (1 not text)\n"), one.err)
        XCTAssertEqual(one.err.filter { $0 == "\n" }.count, 1, "no progress when standard error is not a terminal: \(one.err)")
        try assertSchemaValid(one.out)
    }

    func testLineIsTheSingleFileOutputWithThePathAsName() throws {
        try makeTree()
        let result = try batch(["plans/2024/kh-12.txt", "plans/2023/b.txt"])
        XCTAssertEqual(result.status, 0, result.err)
        for (path, line) in zip(["plans/2023/b.txt", "plans/2024/kh-12.txt"], result.out.split(separator: "\n")) {
            let single = try runProgram(Paths.binary, ["--compact", dir.appendingPathComponent(path).path])
            let base = (path as NSString).lastPathComponent
            let expected = single.out.replacingOccurrences(of: "{\"name\":\"\(base)\"", with: "{\"name\":\"\(path)\"")
            XCTAssertNotEqual(expected, single.out)
            XCTAssertEqual(String(line) + "\n", expected, path)
        }
    }

    func testIncludeExcludeHiddenFilesFromAndStandardInput() throws {
        try makeTree()
        var names = lines(try batch(["plans", "--hidden"]).out).map(\.name)
        XCTAssertTrue(names.contains("plans/.drafts/d.txt") && names.contains("plans/.hidden.txt"), "\(names)")
        names = lines(try batch(["plans", "--include", "*.md", "--include", "*.json"]).out).map(\.name)
        XCTAssertEqual(names, ["plans/2024/kh-13.md", "plans/notes.json"])
        names = lines(try batch(["plans", "--exclude", "2023", "--exclude", "*.md"]).out).map(\.name)
        XCTAssertEqual(names, ["plans/2024/kh-12.txt"])
        names = lines(try batch(["plans", "--exclude", "2024/*"]).out).map(\.name)
        XCTAssertEqual(names, ["plans/2023/b.txt", "plans/2023/scan.txt"])

        let list = Data("plans/2024/kh-13.md\0plans/2023/b.txt\0".utf8)
        names = lines(try batch(["--files-from", "-", "-0"], stdin: list).out).map(\.name)
        XCTAssertEqual(names, ["plans/2023/b.txt", "plans/2024/kh-13.md"])
        try Data("plans/2024/kh-12.txt\r\n\nplans/2024/kh-13.md\n".utf8).write(to: dir.appendingPathComponent("list.txt"))
        names = lines(try batch(["--files-from", "list.txt"]).out).map(\.name)
        XCTAssertEqual(names, ["plans/2024/kh-12.txt", "plans/2024/kh-13.md"])

        let text = try Data(contentsOf: small.appendingPathComponent("crlf.txt"))
        let piped = try batch(["-", "--name", "inbox/kh-1.txt"], stdin: text)
        XCTAssertEqual(piped.status, 0, piped.err)
        XCTAssertEqual(lines(piped.out).map(\.name), ["inbox/kh-1.txt"])
    }

    func testShardsSplitTheInputsOnceEach() throws {
        for i in 0..<12 { try put("many/p\(i).txt", bytes: Array("KẾ HOẠCH \(i)\n".utf8)) }
        try put("many/gone.txt", bytes: [])
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("many/dangling.txt").path, withDestinationPath: "nowhere")
        let all = lines(try batch(["many"]).out).map(\.name)
        XCTAssertEqual(all.count, 14)
        var union: [String] = []
        for k in 1...3 {
            let share = lines(try batch(["many", "--shard", "\(k)/3"]).out).map(\.name)
            XCTAssertLessThan(share.count, all.count, "a share is a part")
            XCTAssertEqual(share, share.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            union += share
        }
        XCTAssertEqual(union.sorted(), all.sorted(), "the shares together are every input, once")
        XCTAssertEqual(try batch(["many", "--shard", "4/3"]).status, 64)
        XCTAssertEqual(try batch(["many", "--shard", "x"]).status, 64)
    }

    func testSymlinkLoopsAndDanglingLinksAreErrorLines() throws {
        try put("tree/sub/a.txt", fixture: "crlf.txt")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/sub/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/self.txt").path, withDestinationPath: "self.txt")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/gone.txt").path, withDestinationPath: "nothing")
        let result = try batch(["tree"])
        XCTAssertEqual(result.status, 65, result.err)
        let got = lines(result.out)
        XCTAssertEqual(got.map(\.name), ["tree/gone.txt", "tree/self.txt", "tree/sub/a.txt", "tree/sub/up"])
        XCTAssertEqual(got.map(\.code), ["unreadable", "symlink-loop", nil, "symlink-loop"])
        try assertSchemaValid(result.out)
    }

    // MARK: exit statuses

    func testExitStatuses() throws {
        try makeTree()
        XCTAssertEqual(try batch(["plans/2024"]).status, 0)
        XCTAssertEqual(try batch(["plans/2023"]).status, 65)
        let missing = try batch(["plans/2024", "no/such.txt"])
        XCTAssertEqual(missing.status, 66, "a path given that cannot be read")
        XCTAssertEqual(lines(missing.out).map(\.code), ["unreadable", nil, nil], "the other files are still converted")
        XCTAssertEqual(try batch(["--files-from", "no-such-list"]).status, 66)
        XCTAssertEqual(try batch([]).status, 64)
        XCTAssertEqual(try batch(["plans", "-o", "x.jsonl", "--output-dir", "out"]).status, 64)
        XCTAssertEqual(try batch(["plans", "-j", "0"]).status, 64)
        XCTAssertEqual(try batch(["plans", "--max-file-size", "lots"]).status, 64)
        // The single-file command points to batch.
        let several = try runProgram(Paths.binary, [small.appendingPathComponent("crlf.txt").path, small.appendingPathComponent("empty.txt").path])
        XCTAssertEqual(several.status, 64)
        XCTAssertTrue(several.err.contains("kh-parse batch"), several.err)
        let named = try runProgram(Paths.binary, ["--name", "x/kh.txt", "--compact"], stdin: try Data(contentsOf: small.appendingPathComponent("crlf.txt")))
        XCTAssertTrue(named.out.contains("{\"name\":\"x/kh.txt\""), named.out)
    }

    func testTooLargeFilesAreErrorLinesAndTheLimitIsAFlag() throws {
        try makeTree()
        let result = try batch(["plans/2024", "--max-file-size", "300"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(lines(result.out).map(\.code), [nil, "too-large"], "crlf.txt is 268 bytes, letters-and-plus is more")
        XCTAssertTrue(result.err.contains("1 too large"), result.err)
    }

    // MARK: archives

    func testArchivesGiveTheSameDocumentsAsTheFolder() throws {
        try makeTree()
        try bsdtar(["-a", "-cf", "plans.zip", "plans"])
        try bsdtar(["-a", "-cf", "plans.tar.gz", "plans"])
        try bsdtar(["-a", "-cf", "plans.tar.xz", "plans"])
        try bsdtar(["-cf", "plans.tar", "plans"])
        try sevenZip(["plans.7z", "plans"])
        let folder = lines(try batch(["plans"]).out)
        func stripped(_ line: Line) -> String {
            var object = line.object
            var source = object["source"] as! [String: Any]
            source["name"] = nil
            object["source"] = source
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
        }
        for archive in ["plans.zip", "plans.tar.gz", "plans.tar.xz", "plans.tar", "plans.7z"] {
            let result = try batch([archive, "-j", "2"])
            XCTAssertEqual(result.status, 65, "\(archive): \(result.err)")
            let got = lines(result.out)
            XCTAssertEqual(Set(got.map(\.name)), Set(folder.map { "\(archive)!/\($0.name)" }), archive)
            for line in got {
                let twin = folder.first { "\(archive)!/\($0.name)" == line.name }!
                XCTAssertEqual(stripped(line), stripped(twin), line.name)
            }
            XCTAssertEqual(try batch([archive, "-j", "1"]).out, result.out, "\(archive): order does not depend on -j")
            try assertSchemaValid(result.out)
        }
    }

    func testNestedArchivesAreReadOneLevelDeep() throws {
        try put("plan.txt", fixture: "crlf.txt")
        try put("x.txt", fixture: "letters-and-plus.txt")
        try bsdtar(["-a", "-cf", "inner.zip", "plan.txt"])
        try bsdtar(["-a", "-cf", "middle.tar.gz", "inner.zip", "x.txt"])
        try bsdtar(["-a", "-cf", "outer.zip", "middle.tar.gz", "plan.txt"])
        let result = try batch(["outer.zip"])
        let got = lines(result.out)
        XCTAssertEqual(got.map(\.name), ["outer.zip!/middle.tar.gz!/inner.zip", "outer.zip!/middle.tar.gz!/x.txt", "outer.zip!/plan.txt"])
        XCTAssertEqual(got.map(\.code), ["nested-archive", nil, nil])
        XCTAssertEqual(result.status, 65)
    }

    func testBadArchivesGiveErrorLinesAndTheRestIsConverted() throws {
        try put("plan.txt", fixture: "crlf.txt")
        try put("other.txt", fixture: "letters-and-plus.txt")
        // A zip bomb: 2 MB of one letter compress to a few KB (past 1 MB, the ratio limit applies).
        try put("bomb/big.txt", bytes: [UInt8](repeating: 0x61, count: 2 << 20))
        try bsdtar(["-a", "-cf", "bomb.zip", "-C", "bomb", "big.txt"])
        // An entry that climbs out.
        try bsdtar(["-cf", "evil.tar", "-P", "-s", ",^,../../,", "plan.txt", "other.txt"])
        // Password-protected: a zip, a 7z, and a 7z whose names are encrypted too.
        try sevenZip(["-pSECRET", "locked.zip", "plan.txt"])
        try sevenZip(["-pSECRET", "locked.7z", "plan.txt"])
        try sevenZip(["-pSECRET", "-mhe=on", "hidden-names.7z", "plan.txt"])
        // Truncated, and not an archive at all.
        try bsdtar(["-a", "-cf", "whole.tar.gz", "plan.txt", "other.txt", "bomb/big.txt"])
        let whole = try Data(contentsOf: dir.appendingPathComponent("whole.tar.gz"))
        try whole.prefix(whole.count / 2).write(to: dir.appendingPathComponent("cut.tar.gz"))
        try put("fake.zip", bytes: Array("this is not a zip".utf8))

        let result = try batch(["bomb.zip", "evil.tar", "locked.zip", "locked.7z", "hidden-names.7z", "cut.tar.gz",
                                "fake.zip", "plan.txt"])
        XCTAssertEqual(result.status, 65, result.err)
        let got = lines(result.out)
        let codes = Dictionary(got.map { ($0.name, $0.code ?? "document") }, uniquingKeysWith: { a, b in a + "," + b })
        XCTAssertEqual(codes["bomb.zip!/big.txt"], "archive-too-large")
        XCTAssertEqual(codes["evil.tar!/../../plan.txt"], "unsafe-path")
        XCTAssertEqual(codes["evil.tar!/../../other.txt"], "unsafe-path")
        XCTAssertEqual(codes["locked.zip!/plan.txt"], "encrypted")
        XCTAssertEqual(codes["locked.7z!/plan.txt"], "encrypted")
        XCTAssertEqual(codes["hidden-names.7z"], "encrypted")
        // The truncated archive: the entry being read when the data ends carries the error (or the archive,
        // when the cut falls between entries); the entries before it are documents.
        XCTAssertEqual(got.filter { $0.name.hasPrefix("cut.tar.gz") }.compactMap(\.code), ["archive-damaged"])
        XCTAssertEqual(codes["cut.tar.gz!/plan.txt"], "document")
        XCTAssertEqual(codes["fake.zip"], "archive-damaged")
        XCTAssertEqual(codes["plan.txt"], "document", "one bad file never stops the rest")
        for line in got where line.code != nil {
            let message = (line.object["error"] as! [String: Any])["message"] as! String
            XCTAssertFalse(message.isEmpty || message.contains("\n"), message)
        }
        try assertSchemaValid(result.out)

        // The limits are flags: with a larger ratio the 2 MB entry is read (and meets --max-file-size instead).
        let allowed = try batch(["bomb.zip", "--max-archive-ratio", "100000", "--max-file-size", "1M"])
        XCTAssertEqual(lines(allowed.out).map(\.code), ["too-large"], allowed.err)
        let capped = try batch(["whole.tar.gz", "--max-archive-size", "1M", "--max-archive-ratio", "100000"])
        XCTAssertEqual(lines(capped.out).map(\.code), [nil, nil, "archive-too-large"], capped.out)

        // A bomb in an entry that is not a plan: skipping it in a .tar.gz still decompresses it, and counts.
        try put("zeros.bin", bytes: [UInt8](repeating: 0, count: 3 << 20))
        try bsdtar(["-czf", "hidden-bomb.tar.gz", "zeros.bin", "plan.txt"])
        let hidden = try batch(["hidden-bomb.tar.gz"])
        XCTAssertEqual(lines(hidden.out).map(\.name), ["hidden-bomb.tar.gz"])
        XCTAssertEqual(lines(hidden.out).map(\.code), ["archive-too-large"])

        // More entries than --max-entries: the archive's own line, after the entries read.
        try bsdtar(["-a", "-cf", "many.zip", "plan.txt", "other.txt"])
        let many = try batch(["many.zip", "--max-entries", "1"])
        XCTAssertEqual(lines(many.out).map(\.name), ["many.zip!/plan.txt", "many.zip"])
        XCTAssertEqual(lines(many.out).map(\.code), [nil, "too-many-entries"])
    }

    /// Issue 13: links inside an archive are not followed; one that loops or points out of the archive is an
    /// error line, and the rest is converted.
    func testSymlinkLoopsAndEscapingLinksInsideAnArchive() throws {
        try put("tree/plan.txt", fixture: "crlf.txt")
        try put("tree/sub/b.txt", fixture: "letters-and-plus.txt")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/sub/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/self.txt").path, withDestinationPath: "self.txt")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/sub/passwd.txt").path, withDestinationPath: "../../../etc/passwd")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/abs.txt").path, withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("tree/same.txt").path, withDestinationPath: "sub/b.txt")
        for archive in ["links.tar", "links.zip", "links.7z"] {
            if archive == "links.7z" { try sevenZip(["-snl", archive, "tree"]) } else { try bsdtar(["-a", "-cf", archive, "tree"]) }
            let result = try batch([archive])
            XCTAssertEqual(result.status, 65, result.err)
            let codes = Dictionary(lines(result.out).map { ($0.name, $0.code ?? "document") }, uniquingKeysWith: { a, b in a + "," + b })
            XCTAssertEqual(codes, ["\(archive)!/tree/plan.txt": "document", "\(archive)!/tree/sub/b.txt": "document",
                                   "\(archive)!/tree/sub/up": "symlink-loop", "\(archive)!/tree/self.txt": "symlink-loop",
                                   "\(archive)!/tree/sub/passwd.txt": "unsafe-path", "\(archive)!/tree/abs.txt": "unsafe-path"], archive)
            try assertSchemaValid(result.out)
        }
    }

    /// Issue 13: many tiny entries (5,000 here for the debug build; Benchmarks/adversarial.sh runs 100,000 with a
    /// release build), every one a line, in archive order; past --max-entries the archive's own error line.
    func testManyTinyEntries() throws {
        let count = 5_000
        for i in 0..<count { try put("many/\(String(format: "%05d", i)).txt", bytes: Array("Kế hoạch \(i)\n".utf8)) }
        try bsdtar(["-cf", "many.zip", "--format", "zip", "-C", "many", "."])
        let result = try batch(["many.zip", "-j", "2"])
        XCTAssertEqual(result.status, 0, result.err)
        let got = lines(result.out)
        XCTAssertEqual(got.count, count)
        XCTAssertEqual(got.map(\.name).sorted(), (0..<count).map { "many.zip!/\(String(format: "%05d", $0)).txt" })
        XCTAssertTrue(got.allSatisfy { $0.code == nil })
        // Archive order (bsdtar stores the folder in its directory order), whatever -j is.
        XCTAssertEqual(lines(try batch(["many.zip", "-j", "1"]).out).map(\.name), got.map(\.name))
        let capped = lines(try batch(["many.zip", "--max-entries", "1000"]).out)
        // The folder entry "./" counts as an entry: 999 plans, then the archive's error line.
        XCTAssertEqual(capped.count, 1000)
        XCTAssertTrue(capped.dropLast().allSatisfy { $0.code == nil })
        XCTAssertEqual(capped.last?.name, "many.zip")
        XCTAssertEqual(capped.last?.code, "too-many-entries")
    }

    /// Issue 13: an archive cut at every twentieth of its length: never a crash, every line valid; the
    /// documents are the whole archive's first ones, and when any is missing an error line says so.
    func testArchivesTruncatedAnywhere() throws {
        try put("a.txt", fixture: "crlf.txt")
        try put("b.txt", fixture: "letters-and-plus.txt")
        try put("c.txt", fixture: "labels-with-bullets.txt")
        for archive in ["whole.zip", "whole.tar.gz", "whole.7z"] {
            if archive == "whole.7z" { try sevenZip([archive, "a.txt", "b.txt", "c.txt"]) } else { try bsdtar(["-a", "-cf", archive, "a.txt", "b.txt", "c.txt"]) }
            let whole = try Data(contentsOf: dir.appendingPathComponent(archive))
            let full = lines(try batch([archive]).out).map(\.name)
            XCTAssertEqual(full.count, 3)
            var all = ""
            for k in 1..<20 {
                let cut = "cut-\(k)-" + archive
                try whole.prefix(whole.count * k / 20).write(to: dir.appendingPathComponent(cut))
                let result = try batch([cut])
                XCTAssertTrue([0, 65].contains(result.status), "\(cut): \(result.status) \(result.err)")
                let got = lines(result.out)
                let documents = got.filter { $0.code == nil }.map { String($0.name.dropFirst(cut.count + 2)) }
                XCTAssertEqual(documents, Array(full.map { String($0.dropFirst(archive.count + 2)) }.prefix(documents.count)), cut)
                if documents.count < full.count {
                    XCTAssertTrue(got.contains { $0.code != nil }, "\(cut) lost entries without an error line: \(result.out)")
                }
                all += result.out
            }
            try assertSchemaValid(all)
        }
    }

    /// Found by Fuzz/FuzzArchive: a tar whose data goes on with garbage after its entries was read as if the
    /// garbage were not there (libarchive's "Damaged tar archive, retrying"); now it is an error line, after
    /// the entries before it.
    func testGarbageAfterATarEntryIsAnErrorLine() throws {
        try put("plan.txt", fixture: "crlf.txt")
        try bsdtar(["-cf", "good.tar", "--format", "ustar", "plan.txt"])
        let good = try Data(contentsOf: dir.appendingPathComponent("good.tar"))
        let size = try Data(contentsOf: small.appendingPathComponent("crlf.txt")).count
        let entryEnd = 512 + (size + 511) / 512 * 512
        try (good.prefix(entryEnd) + Data(repeating: 0x41, count: 4096)).write(to: dir.appendingPathComponent("junk.tar"))
        let result = try batch(["junk.tar"])
        XCTAssertEqual(result.status, 65, result.err)
        let got = lines(result.out)
        XCTAssertEqual(got.map(\.name), ["junk.tar!/plan.txt", "junk.tar"])
        XCTAssertEqual(got.map(\.code), [nil, "archive-damaged"])
        try assertSchemaValid(result.out)
    }

    func testLegacyCodePageEntryNamesAreDecoded() throws {
        try put("Kế hoạch.txt", fixture: "crlf.txt")
        try put("Café.txt", fixture: "crlf.txt")
        // bsdtar writes the names in the given code page without the zip's UTF-8 flag, as old Windows zips did.
        try bsdtar(["--format", "zip", "--options", "zip:hdrcharset=CP1258", "-cf", "vn.zip", "Kế hoạch.txt"], environment: ["LC_ALL": "C.UTF-8"])
        try bsdtar(["--format", "zip", "--options", "zip:hdrcharset=CP437", "-cf", "dos.zip", "Café.txt"], environment: ["LC_ALL": "C.UTF-8"])
        let raw = try Data(contentsOf: dir.appendingPathComponent("vn.zip"))
        XCTAssertNotNil(raw.range(of: Data([0x4B, 0xEA, 0xEC])), "the zip holds K ê + combining acute in windows-1258")
        let result = try batch(["vn.zip", "dos.zip"])
        XCTAssertEqual(lines(result.out).map(\.name), ["dos.zip!/Café.txt", "vn.zip!/Kế hoạch.txt"])
    }

    func testFileNamesOnDiskInALegacyCodePageAreReadAndDecoded() throws {
        try put("old/a.txt", fixture: "crlf.txt")
        // "Kế hoạch.txt" in windows-1258 bytes, as unzip leaves a name from an old Vietnamese zip.
        let raw = Array(dir.appendingPathComponent("old").path.utf8) + [0x2F, 0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68] + Array(".txt".utf8)
        let fd = RawPath(bytes: raw).with { open($0, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let text = Array("KẾ HOẠCH\nThử nghiệm\n".utf8)
        XCTAssertEqual(text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }, text.count)
        close(fd)
        let result = try batch(["old"])
        XCTAssertEqual(result.status, 0, result.out + result.err)
        XCTAssertEqual(lines(result.out).map(\.name), ["old/Kế hoạch.txt", "old/a.txt"])
        XCTAssertEqual(lines(result.out).map(\.code), [nil, nil])
    }

    // MARK: output files

    func testOutputFileAndOutputDirectoryWithResume() throws {
        try makeTree()
        let streamed = try batch(["plans"])
        let written = try batch(["plans", "-o", "all.jsonl"])
        XCTAssertEqual(written.out, "")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("all.jsonl"), encoding: .utf8), streamed.out)

        let first = try batch(["plans", "--output-dir", "out"])
        XCTAssertEqual(first.status, 65)
        let out = dir.appendingPathComponent("out")
        let kh12 = out.appendingPathComponent("plans/2024/kh-12.txt.json")
        let lineOf = Dictionary(uniqueKeysWithValues: lines(streamed.out).map { ($0.name, $0) })
        XCTAssertEqual(try String(contentsOf: kh12, encoding: .utf8),
                       streamed.out.split(separator: "\n").first { $0.contains("\"plans/2024/kh-12.txt\"") }.map { $0 + "\n" })
        XCTAssertNotNil(lineOf["plans/2023/scan.txt"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("plans/2023/scan.txt.json").path))
        let before = try FileManager.default.attributesOfItem(atPath: kh12.path)[.modificationDate] as! Date

        // Again: the three documents are up to date, the refused one is tried again.
        let second = try batch(["plans", "--output-dir", "out"])
        XCTAssertTrue(second.err.contains(": 0 parsed, 3 up to date, 1 refused (1 not text)"), second.err)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: kh12.path)[.modificationDate] as? Date, before)
        // A changed input is redone; --force redoes everything; other options are another output.
        Thread.sleep(forTimeInterval: 0.01)
        try put("plans/2024/kh-13.md", fixture: "letters-and-plus.txt")
        XCTAssertTrue(try batch(["plans", "--output-dir", "out"]).err.contains(": 1 parsed, 2 up to date, 1 refused"))
        XCTAssertTrue(try batch(["plans", "--output-dir", "out", "--force"]).err.contains(": 3 parsed, 1 refused"))
        XCTAssertTrue(try batch(["plans", "--output-dir", "out", "--tone-style", "modern"]).err.contains(": 3 parsed, 1 refused"))
        XCTAssertTrue(try batch(["plans", "--output-dir", "out", "--tone-style", "modern"]).err.contains(": 0 parsed, 3 up to date"))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testInterruptLeavesNoPartialOutputAndPrintsTheSummary() throws {
        // Enough work (10 MB) that the run is still going after 1.5 s, even in a release build.
        let seed = try Data(contentsOf: Paths.fixtures.appendingPathComponent("seeds/002_35f6f42cd9739a20.txt"))
        for i in 0..<120 { try seed.write(to: dir.appendingPathComponent("big/p\(String(format: "%03d", i)).txt").creatingFolder()) }

        // Two jobs (threads) and one (run inline, where the stop waits for the document being read).
        let runs = ["2", "1"].flatMap { jobs in [(jobs, ["-o", "all.jsonl"], "all.jsonl"), (jobs, ["--output-dir", "out"], "out")] }
        for (jobs, arguments, target) in runs {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent(target))
            let process = Process()
            process.executableURL = Paths.binary
            process.arguments = ["batch", "big", "-j", jobs] + arguments
            process.currentDirectoryURL = dir
            let errFile = dir.appendingPathComponent("err.txt")
            _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errFile)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 1.5)
            XCTAssertTrue(process.isRunning, "the run should still be going after 1.5 s")
            process.interrupt()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 130)
            let err = try String(contentsOf: errFile, encoding: .utf8)
            XCTAssertTrue(err.hasPrefix("kh-parse: interrupted: "), err)
            let everything = try FileManager.default.subpathsOfDirectory(atPath: dir.path)
            XCTAssertEqual(everything.filter { $0.contains(".tmp-") }, [], "no temporary file left")
            if target == "all.jsonl" {
                XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent(target).path), "no partial -o file")
            } else {
                let outputs = try FileManager.default.subpathsOfDirectory(atPath: dir.appendingPathComponent("out").path).filter { $0.hasSuffix(".json") }
                XCTAssertLessThan(outputs.count, 120)
                for output in outputs {   // each output is whole
                    let data = try Data(contentsOf: dir.appendingPathComponent("out").appendingPathComponent(output))
                    XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), output)
                }
            }
        }
    }

    // MARK: library

    func testEmbeddedBatchLineSchemaEqualsSchemasFile() throws {
        let file = try String(contentsOf: Paths.root.appendingPathComponent("Schemas/batch-line.schema.json"), encoding: .utf8)
        XCTAssertEqual(BatchLineSchema.text, file, "run Scripts/embed-schema.sh after editing Schemas/batch-line.schema.json")
        XCTAssertEqual(try runProgram(Paths.binary, ["schema", "--batch-line"]).out, file)
        let codes = BatchErrorCode.allCases.map(\.rawValue)
        for code in codes { XCTAssertTrue(file.contains("\"\(code)\""), "the schema lists \(code)") }
    }

    func testOrderedRunnerKeepsTheOrderAndBoundsTheWindow() {
        final class Box: @unchecked Sendable {
            let lock = NSLock()
            var produced = 0
            var maxAhead = 0
        }
        let box = Box()
        var consumed: [Int] = []
        let completed = OrderedRunner.run(
            jobs: 4, window: 6, maxWeight: 1 << 30, weight: { _ in 1 },
            produce: { emit in
                for i in 0..<300 {
                    box.lock.lock(); box.produced = i; box.lock.unlock()
                    if !emit(i) { return }
                }
            },
            transform: { (i: Int) -> Int in
                if i % 7 == 0 { usleep(UInt32((i * 37) % 2000)) }
                return i * 2
            },
            consume: { (o: Int) in
                box.lock.lock(); box.maxAhead = max(box.maxAhead, box.produced - o / 2); box.lock.unlock()
                consumed.append(o)
                return .keepGoing
            })
        XCTAssertTrue(completed)
        XCTAssertEqual(consumed, (0..<300).map { $0 * 2 })
        XCTAssertLessThanOrEqual(box.maxAhead, 7, "the producer runs at most a window ahead")

        var seen = 0
        let stopped = OrderedRunner.run(jobs: 2, window: 4, maxWeight: 1 << 30, weight: { (_: Int) in 1 },
                                        produce: { emit in for i in 0..<1_000_000 { if !emit(i) { return } } },
                                        transform: { $0 }, consume: { (_: Int) in seen += 1; return seen == 10 ? .stop : .keepGoing })
        XCTAssertFalse(stopped)
        XCTAssertEqual(seen, 10)

        // One job runs inline: the same order, a stop by the consumer or by a tick, and a last tick that
        // tells a run the producer ended early (an interrupt it saw first) from a whole one.
        var inline: [Int] = []
        XCTAssertTrue(OrderedRunner.run(jobs: 1, window: 4, maxWeight: 1, weight: { (_: Int) in 1 },
                                        produce: { emit in for i in 0..<100 { if !emit(i) { return } } },
                                        transform: { $0 * 3 }, consume: { (o: Int) in inline.append(o); return .keepGoing }))
        XCTAssertEqual(inline, (0..<100).map { $0 * 3 })
        seen = 0
        XCTAssertFalse(OrderedRunner.run(jobs: 1, window: 4, maxWeight: 1, weight: { (_: Int) in 1 },
                                         produce: { emit in for i in 0..<1_000 { if !emit(i) { return } } },
                                         transform: { $0 }, consume: { (_: Int) in seen += 1; return seen == 10 ? .stop : .keepGoing }))
        XCTAssertEqual(seen, 10)
        var ticks = 0
        XCTAssertFalse(OrderedRunner.run(jobs: 1, window: 4, maxWeight: 1, weight: { (_: Int) in 1 },
                                         produce: { emit in for i in 0..<5 { if !emit(i) { return } } },
                                         transform: { $0 }, tickInterval: 0, tick: { ticks += 1; return ticks == 3 ? .stop : .keepGoing },
                                         consume: { (_: Int) in .keepGoing }))
        XCTAssertEqual(ticks, 3)
        XCTAssertFalse(OrderedRunner.run(jobs: 1, window: 4, maxWeight: 1, weight: { (_: Int) in 1 },
                                         produce: { _ in }, transform: { (i: Int) in i },
                                         tick: { .stop }, consume: { (_: Int) in .keepGoing }))
    }

    /// The transform is handed the only reference to each input, at one job and at two: a batch input's bytes
    /// are let go as soon as the parse has decoded them, and none is kept once its output is made.
    func testOrderedRunnerHandsEachInputOverWhole() {
        final class Input: @unchecked Sendable { let n: Int; init(_ n: Int) { self.n = n } }
        for jobs in [1, 2] {
            var outputs: [Int] = []
            XCTAssertTrue(OrderedRunner.run(
                jobs: jobs, window: 4, maxWeight: 1 << 30, weight: { _ in 1 },
                produce: { emit in for i in 0..<200 { if !emit(Input(i)) { return } } },
                transform: { (input: consuming Input) -> Int in
                    var held = consume input
                    return isKnownUniquelyReferenced(&held) ? held.n : -1 - held.n
                },
                consume: { (o: Int) in outputs.append(o); return .keepGoing }))
            XCTAssertEqual(outputs.map { $0 < 0 ? -1 - $0 : $0 }, Array(0..<200), "jobs \(jobs)")
            XCTAssertEqual(outputs.filter { $0 < 0 }.count, 0, "jobs \(jobs): inputs the transform did not hold alone")
        }
    }

    /// A large document's line is streamed from its model (`streamedFrom`), and is the same bytes as the line
    /// made at once; a refused input's error line still has the digest and size of its bytes, which the parse took.
    func testStreamedLineEqualsTheWholeLineAndRefusedInputsKeepTheirDigest() throws {
        let bytes = Array(try Data(contentsOf: Paths.fixtures.appendingPathComponent("seeds/000_ceccd0ef4be28823.txt")))
        let item = BatchItem(name: "plans/kh.txt", content: .bytes(bytes))
        let whole = BatchLine.render(item, options: ParseOptions())
        let streamed = BatchLine.render(item, options: ParseOptions(), streamedFrom: 0)
        guard case .bytes = whole.line, case .document = streamed.line else { return XCTFail("streamedFrom: 0 keeps the model") }
        var pieces: [UInt8] = []
        var count = 0
        streamed.writeLine { pieces += $0; count += 1 }
        XCTAssertEqual(pieces, whole.json)
        XCTAssertEqual(streamed.json, whole.json)
        XCTAssertGreaterThan(count, 1, "a line of \(pieces.count) bytes comes in pieces")

        let pdf = Array(try Data(contentsOf: small.appendingPathComponent("document.pdf")))
        let refused = BatchLine.render(BatchItem(name: "scan.txt", content: .bytes(pdf)), options: ParseOptions())
        XCTAssertEqual(refused.outcome, .refused(.notText))
        let source = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(refused.json)) as? [String: Any])?["source"] as? [String: Any])
        XCTAssertEqual(source["sha256"] as? String, Digest.sha256Hex(pdf))
        XCTAssertEqual(source["bytes"] as? Int, pdf.count)
    }

    func testShardIsStableAndPartitions() {
        XCTAssertNil(Shard("0/3"))
        XCTAssertNil(Shard("3"))
        let names = (0..<1000).map { "plans/\($0).txt" }
        let shards = (1...4).map { Shard("\($0)/4")! }
        for name in names { XCTAssertEqual(shards.filter { $0.contains(name) }.count, 1) }
        let sizes = shards.map { s in names.filter { s.contains($0) }.count }
        XCTAssertTrue(sizes.allSatisfy { $0 > 150 }, "\(sizes)")
        XCTAssertEqual(Shard("2/4")!.contains("plans/kh-12.txt"), Shard("2/4")!.contains("plans/kh-12.txt"))
    }

    func testLegacyNameDecoding() {
        // "Kế hoạch" in windows-1258 (ê + combining acute, a + combining dot below), "Café" in CP437.
        XCTAssertEqual(ArchiveNames.decode([0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68], markedUTF8: false), "Kế hoạch")
        XCTAssertEqual(ArchiveNames.decode([0x43, 0x61, 0x66, 0x82], markedUTF8: false), "Café")
        XCTAssertEqual(ArchiveNames.decode(Array("Kế hoạch".utf8), markedUTF8: false), "Kế hoạch")
    }
}

private extension URL {
    /// Creates the folder that will hold this file.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
