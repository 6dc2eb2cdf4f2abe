import Foundation
import XCTest
@testable import KHParse

/// `make install` and `make uninstall`, errors a person can act on, and every exit status written down.
final class InstallTests: XCTestCase {
    /// The statuses the CLI can return, read from its sources: the `ExitStatus` constants, `ExitCode(N)` and
    /// `status: N` literals, and ArgumentParser's own (0, 1 for an error it does not know, 64 for usage).
    static func exitStatuses() throws -> Set<Int> {
        var found: Set<Int> = [0, 1, 64]
        let folder = Paths.root.appendingPathComponent("Sources/kh-parse")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for pattern in [#"static let [A-Za-z]+: Int32 = ([0-9]+)"#, #"ExitCode\(([0-9]+)\)"#, #"status: ([0-9]+)"#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    found.insert(Int(text[Range(match.range(at: 1), in: text)!])!)
                }
            }
        }
        return found
    }

    func testEveryExitStatusIsListedInHelpAndReadme() throws {
        let statuses = try Self.exitStatuses()
        XCTAssertTrue(statuses.isSuperset(of: [0, 1, 64, 65, 66, 73, 74, 130]), "\(statuses.sorted())")
        let help = try runProgram(Paths.binary, ["--help"]).out
        let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
        for status in statuses {
            XCTAssertNotNil(help.range(of: #"(?m)^\s+\#(status)\s+\S"#, options: .regularExpression), "\(status) in --help")
            XCTAssertNotNil(readme.range(of: "| `\(status)` |"), "\(status) in the README's table of exit statuses")
        }
    }

    func testUsageErrorIsOneLineAndWhereTheHelpIs() throws {
        let plan = Paths.fixtures.appendingPathComponent("small/crlf.txt").path
        for (arguments, command) in [(["--no-such-flag"], "kh-parse"), (["--issued", "10/4/2026", plan], "kh-parse"),
                                     (["batch", "-j", "0", plan], "kh-parse batch"),
                                     (["tasks", "--width", "5", plan], "kh-parse tasks"),
                                     (["check", "--format", "nope", plan], "kh-parse check")] {
            let result = try runProgram(Paths.binary, arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            let lines = result.err.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, 3, "two lines and the final newline: \(result.err)")
            XCTAssertTrue(lines[0].hasPrefix("kh-parse: "), result.err)
            XCTAssertFalse(lines[0].contains("Error:"), result.err)
            XCTAssertEqual(lines.dropFirst().first.map(String.init), "Try '\(command) --help' for more information.")
            XCTAssertEqual(result.out, "")
        }
        // Not a usage error: one line, no pointer to the help.
        let missing = try runProgram(Paths.binary, ["/nonexistent/plan.txt"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertEqual(missing.err, "kh-parse: cannot read /nonexistent/plan.txt: No such file or directory\n")
        // Help and version still go to standard output with status 0.
        let help = try runProgram(Paths.binary, ["batch", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.contains("USAGE: kh-parse batch"), help.out)
        XCTAssertEqual(help.err, "")
    }

    /// The man page from `Scripts/man-page.sh` (swift-argument-parser's generate-manual plugin, here on the debug
    /// build this test runs in), then `make install-built` into a temporary prefix with the binary the test build
    /// made, then `make uninstall`. (`make install` is `swift build -c release`, the same script, then this.)
    func testMakeInstallPutsBinaryManPageAndCompletionsUnderThePrefix() throws {
        guard let make = findExecutable("make") else { throw XCTSkip("make is not on PATH") }
        guard findExecutable("swift") != nil else { throw XCTSkip("swift is not on PATH: no man page generated") }
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("kh-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        let manpage = prefix.appendingPathComponent("generated.1")
        let script = Paths.root.appendingPathComponent("Scripts/man-page.sh")
        let environment = ["SWIFTPM_FLAGS=--ignore-lock"]  // inside `swift test`, which holds the build folder's lock
        let generated = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), environment + [script.path, manpage.path, "debug"])
        XCTAssertEqual(generated.status, 0, generated.out + generated.err)
        let variables = ["-C", Paths.root.path, "PREFIX=\(prefix.path)", "KH_PARSE=\(Paths.binary.path)",
                         "MANPAGE=\(manpage.path)"]
        let install = try runProgram(make, ["install-built"] + variables)
        XCTAssertEqual(install.status, 0, install.out + install.err)

        let files = ["bin/kh-parse", "share/man/man1/kh-parse.1", "share/bash-completion/completions/kh-parse",
                     "share/zsh/site-functions/_kh-parse", "share/fish/vendor_completions.d/kh-parse.fish"]
        for file in files {
            let url = prefix.appendingPathComponent(file)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            XCTAssertGreaterThan(size, 100, file)
        }
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/kh-parse").path))
        XCTAssertEqual(try runProgram(prefix.appendingPathComponent("bin/kh-parse"), ["--version"]).out, khParseVersion + "\n")
        let man = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/kh-parse.1"), encoding: .utf8)
        XCTAssertTrue(man.contains(".Nm kh-parse"), "a man page: \(man.prefix(200))")
        // Vietnamese letters survive as roff escapes: "Kế hoạch" is K\[u1EBF] ho\[u1EA1]ch.
        XCTAssertTrue(man.contains("K\\[u1EBF] ho\\[u1EA1]ch"), man.prefix(400).description)
        XCTAssertFalse(man.contains("\\e[u"))
        for subcommand in ["batch", "check", "tasks", "deadlines"] { XCTAssertTrue(man.contains(subcommand), subcommand) }
        for status in try Self.exitStatuses() {
            XCTAssertNotNil(man.range(of: #"(?m)^\s*\\?&?\#(status)\s"#, options: .regularExpression), "\(status) in the man page")
        }
        let bash = try String(contentsOf: prefix.appendingPathComponent(files[2]), encoding: .utf8)
        XCTAssertTrue(bash.contains("complete") && bash.contains("--tone-style"), bash.prefix(200).description)
        let fish = try String(contentsOf: prefix.appendingPathComponent(files[4]), encoding: .utf8)
        XCTAssertTrue(fish.contains("complete -c 'kh-parse'") && fish.contains("tone-style"), fish.prefix(200).description)

        let uninstall = try runProgram(make, ["uninstall"] + variables)
        XCTAssertEqual(uninstall.status, 0, uninstall.out + uninstall.err)
        for file in files {
            XCTAssertFalse(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) removed")
        }
    }
}
