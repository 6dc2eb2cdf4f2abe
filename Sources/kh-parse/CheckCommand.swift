import ArgumentParser
import Foundation
import KHParse

extension CheckFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

/// `kh-parse check`: the inputs of `kh-parse batch`, parsed the same way, with the diagnostics and the plan rules
/// reported as findings for CI. The rules, configuration, baseline and formats live in the library
/// (Sources/KHParse/Check); this is the command line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plans for CI: findings in text, GitHub, SARIF, JSON, JUnit or GitLab format, and an exit status.",
        discussion: """
        Inputs as kh-parse batch: files, folders, archives, --files-from. Configuration: kh-parse.toml in the
        current folder or above (or --config FILE); the flags override it.

        Examples:
          kh-parse check plans/
          kh-parse check --format github plans/                 annotations on the pull request
          kh-parse check --format sarif -o kh-parse.sarif plans/
          kh-parse check --severity task-without-lead=error --ignore missing-deadline plans/
          kh-parse check --write-baseline kh-parse-baseline.json plans/   then: --baseline kh-parse-baseline.json
          kh-parse check --list-rules

        Exit status: 0 no finding reaches --fail-on, 1 one does, 64 usage or configuration error, 66 a path
        given cannot be read.
        """
    )

    @OptionGroup var inputs: WalkOptions

    @Option(help: "Output format: text (default), github, sarif, json, jsonl, junit, gitlab. Default on GitHub Actions when not on a terminal: github.")
    var format: CheckFormat?

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding reaches this level: error (default), warning, note, never.")
    var failOn: FailOn?

    @Option(help: "The configuration file (default: kh-parse.toml in the current folder or the nearest above it).")
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Read no kh-parse.toml.")
    var noConfig = false

    @Option(help: "Only these rules (comma-separated, repeatable).")
    var select: [String] = []

    @Option(help: "Turn these rules off (comma-separated, repeatable).")
    var ignore: [String] = []

    @Option(help: "Set a rule's level: RULE=error|warning|note|off (repeatable).")
    var severity: [String] = []

    @Option(help: "Years after the issue date past which a deadline is a finding (deadline-after-horizon; default 15).")
    var horizon: Int?

    @Option(help: "Report only findings not recorded in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record today's findings in this file (and exit 0).")
    var writeBaseline: String?

    @Flag(name: .customLong("list-rules"), help: "Print each rule with its default level and one line of help.")
    var listRules = false

    @Option(help: "Colour: auto (on a terminal), always, never.")
    var color: String = "auto"

    func validate() throws {
        try inputs.checkValues(requireInput: !listRules)
        if listRules { return }
        if let horizon, horizon < 1 { throw ValidationError("--horizon wants a number of years of at least 1") }
        if !["auto", "always", "never"].contains(color) { throw ValidationError("--color is auto, always or never") }
        if config != nil && noConfig { throw ValidationError("--config and --no-config exclude each other") }
        for item in severity {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, RuleSetting(parts[1]) != nil else {
                throw ValidationError("--severity wants RULE=error|warning|note|off, got \"\(item)\"")
            }
        }
    }

    func run() throws {
        if listRules {
            let width = RuleCatalog.all.map(\.id.count).max() ?? 0
            let lines = RuleCatalog.all.map { rule in
                rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + rule.level.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.short
            }
            writeOutput(lines.joined(separator: "\n") + "\n", to: nil)
            return
        }
        var settings = loadConfig()
        let list: (String) -> [String] = { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if !select.isEmpty { settings.select = select.flatMap(list) }
        settings.ignore += ignore.flatMap(list)
        for item in severity {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            settings.severities[parts[0]] = RuleSetting(parts[1])!
        }
        if let horizon { settings.horizonYears = horizon }
        let unknown = settings.unknownRules()
        if !unknown.isEmpty {
            fail("unknown rule\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")) (kh-parse check --list-rules)", status: ExitStatus.usage)
        }
        let failOn = self.failOn ?? settings.failOn ?? .error
        var knownBaseline: Baseline?
        if let baseline {
            if !FileManager.default.isReadableFile(atPath: baseline) {
                fail("cannot read the baseline \(baseline): \(FileManager.default.fileExists(atPath: baseline) ? "permission denied" : "no such file")", status: ExitStatus.noInput)
            }
            do { knownBaseline = try Baseline.load(path: baseline) } catch { fail(error.description, status: ExitStatus.usage) }
        }

        let interactive = output == nil && isatty(STDOUT_FILENO) == 1
        let format = self.format
            ?? (!interactive && ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
        let useColor = format == .text && (color == "always" || (color == "auto" && interactive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil))

        // The flags' include wins over kh-parse.toml's; excludes add up.
        var selection = inputs.selection()
        if inputs.include.isEmpty && !settings.include.isEmpty { selection.include = settings.include }
        selection.exclude = settings.exclude + inputs.exclude
        let checker = Checker(config: settings, options: try inputs.parseOptions(), keepSourceLines: format == .text)
        let walker = InputWalker(paths: inputs.allPaths(), selection: selection)
        let jobs = inputs.jobCount

        var reports: [FileReport] = []
        var memory = LargeInputMemory()
        OrderedRunner.run(
            jobs: jobs, window: 4 * jobs + 4, maxWeight: 64 << 20,
            weight: { item in if case let .bytes(b) = item.content { return b.count } else { return 0 } },
            produce: { emit in walker.read { emit($0) } },
            transform: { checker.check($0) },
            tick: {
                memory.giveBack()
                return .keepGoing
            },
            consume: { report in
                memory.giveBack()
                memory.done(inputBytes: report.bytes)
                reports.append(report)
                return .keepGoing
            }
        )
        var run = CheckRun(reports: reports, failOn: failOn)
        if let writeBaseline {
            writeOutput(Baseline.render(run.findings), to: writeBaseline)
        }
        knownBaseline?.filter(&run)

        writeOutput(format.render(run, color: useColor), to: output)
        if format != .text || output != nil {
            FileHandle.standardError.write(Data("kh-parse: \(run.summary)\n".utf8))
            for line in run.notCheckedLines { FileHandle.standardError.write(Data("kh-parse: \(line)\n".utf8)) }
        }
        if let writeBaseline {
            FileHandle.standardError.write(Data("kh-parse: \(run.findings.count) finding\(run.findings.count == 1 ? "" : "s") recorded in \(writeBaseline)\n".utf8))
        }
        if reports.contains(where: \.givenPathUnreadable) { throw ExitCode(ExitStatus.noInput) }
        if writeBaseline == nil, run.failed { throw ExitCode(1) }
    }

    /// kh-parse.toml (or --config), or defaults; exits 66 when --config cannot be read, 64 when it is wrong.
    private func loadConfig() -> CheckConfig {
        if noConfig { return CheckConfig() }
        guard let path = config ?? CheckConfig.find() else { return CheckConfig() }
        if !FileManager.default.isReadableFile(atPath: path) {
            fail("cannot read \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")", status: ExitStatus.noInput)
        }
        do {
            return try CheckConfig.load(path: path)
        } catch {
            fail(error.description, status: ExitStatus.usage)
        }
    }
}
