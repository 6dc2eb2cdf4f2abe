import ArgumentParser
import Foundation
import KHParse

/// The inputs of `kh-parse batch` and `kh-parse check`, and how each is parsed: one option group, so that
/// both commands read files, folders, archives and --files-from the same way.
struct WalkOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively) and archives; \"-\" for standard input.")
    var paths: [String] = []

    @Option(name: .customLong("files-from"), help: "Read the paths from this file, one a line (\"-\": standard input).")
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .customLong("null")], help: "--files-from paths are separated by NUL bytes (find -print0).")
    var nulSeparated = false

    @Option(help: "Which files of folders and archives are plans (a glob on the name, or on the path when it holds a /; repeatable). Default: *.txt and *.md (check: or include in kh-parse.toml).")
    var include: [String] = []

    @Option(help: "Leave out files and folders matching this glob (repeatable).")
    var exclude: [String] = []

    @Flag(help: "Read hidden files and folders (names starting with \".\") too.")
    var hidden = false

    @Option(name: [.short, .customLong("jobs")], help: "Parse on this many threads (default: all cores).")
    var jobs: Int?

    @Option(help: "source.name for standard input (default \"-\").")
    var name: String?

    @Option(help: "Tone mark placement: classic (hòa, thủy), modern (hoà, thuỷ) or keep.")
    var toneStyle: ToneStyle = .classic

    @Option(help: "The inputs' encoding. Detected for each file when absent.")
    var from: TextEncoding?

    @Option(help: "Issue date YYYY-MM-DD, overriding each document's own.")
    var issued: String?

    /// The checks both commands make; `requireInput` is false where a command can run without inputs
    /// (`check --list-rules`). Not `validate()`, which ArgumentParser would call on its own.
    func checkValues(requireInput: Bool) throws {
        _ = try parseDate(issued)
        if requireInput, paths.isEmpty && filesFrom == nil {
            throw ValidationError("no input: give files, folders or archives, or --files-from FILE")
        }
        if let jobs, jobs < 1 { throw ValidationError("-j wants a number of threads of at least 1") }
    }

    /// Every path: the arguments, then those of --files-from.
    func allPaths() -> [String] { paths + readPathList(filesFrom, nulSeparated: nulSeparated) }

    /// The walker's selection from these flags (include, exclude, hidden, the name of standard input).
    func selection() -> InputSelection {
        var selection = InputSelection()
        if !include.isEmpty { selection.include = include }
        selection.exclude = exclude
        selection.hidden = hidden
        selection.standardInputName = name ?? "-"
        return selection
    }

    func parseOptions() throws -> ParseOptions {
        ParseOptions(issued: try parseDate(issued), normalization: NormalizationOptions(toneStyle: toneStyle), from: from)
    }

    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}

/// The paths of --files-from (batch and check), one a line or NUL-separated; "-" reads standard input.
func readPathList(_ filesFrom: String?, nulSeparated: Bool) -> [String] {
    guard let filesFrom else { return [] }
    let data: Data
    if filesFrom == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        guard let read = FileManager.default.contents(atPath: filesFrom) else {
            fail("cannot read \(filesFrom): \(String(cString: strerror(errno)))", status: ExitStatus.noInput)
        }
        data = read
    }
    let separator: UInt8 = nulSeparated ? 0 : 0x0A
    return data.split(separator: separator).compactMap { raw in
        var line = String(decoding: raw, as: UTF8.self)
        if !nulSeparated, line.hasSuffix("\r") { line.removeLast() }
        return line.isEmpty ? nil : line
    }
}
