import ArgumentParser
import CMemory
import Foundation
import KHParse

@main
struct KHParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kh-parse",
        abstract: "Turns the text of a Vietnamese administrative plan (Kế hoạch) into structured JSON.",
        discussion: """
        Examples:
          kh-parse plan.txt > plan.json          parse one plan
          kh-parse old.txt --from tcvn3          read a legacy encoding (detected if absent)
          cat plan.txt | kh-parse --pretty       read standard input, indented JSON
          kh-parse plan.txt --issued 2026-04-10  issue date for year-less deadlines
          kh-parse schema                        print the JSON Schema of the output
          kh-parse dump plan.txt                 a readable tree with line numbers
          kh-parse normalize old.txt             print the normalized text only
          echo "trước ngày 15/4/2026" | kh-parse deadlines --issued 2026-04-10

        Exit status:
          0    success
          1    check: a finding reaches --fail-on; any other failure
          64   usage error: a wrong option or value, a bad kh-parse.toml
          65   the input is not text (PDF, .docx, image, binary);
               batch: some inputs were refused
          66   an input cannot be read (missing, a folder, no permission)
          73   the output cannot be created (-o, --output-dir)
          74   an I/O error while writing the output
          130  batch interrupted (Ctrl-C)

        Errors are one line on standard error starting "kh-parse:"; a usage error adds a line that says
        where the help is.
        """,
        version: khParseVersion,
        subcommands: [Parse.self, Dump.self, Schema.self, Normalize.self, Deadlines.self, Tasks.self, Batch.self, Check.self],
        defaultSubcommand: Parse.self
    )

    /// ArgumentParser's own `main` prints "Error: …" and the whole usage; kh-parse prints one line that starts
    /// "kh-parse:", and for a usage error one more that says where the help is.
    static func main() {
        // Large arrays (a big document's lines, tokens, dropped text) are mapped on their own and given
        // back when freed: with glibc's sliding threshold their freed space stayed resident, and a
        // document of 46 MB peaked at 5.4× its size instead of under 5×.
        _ = khmemory_map_blocks_from(128 * 1024)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let status = exitCode(for: error)
            if status == .success {  // --help, --version, --generate-completion-script, --experimental-dump-help
                var text = fullMessage(for: error)
                if ProcessInfo.processInfo.environment["KH_PARSE_ROFF_ESCAPES"] == "1" { text = roffEscaped(text) }
                if !text.isEmpty { print(text) }
                terminate(status.rawValue)
            }
            // One line: ArgumentParser's messages may wrap or list several problems over lines.
            let message = message(for: error).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            var out = message.isEmpty ? "" : "kh-parse: \(message)\n"
            if status == .validationFailure {
                out += "Try '\(helpCommand()) --help' for more information.\n"
            }
            FileHandle.standardError.write(Data(out.utf8))
            terminate(status.rawValue)
        }
    }

    /// swift-argument-parser's generate-manual drops every non-ASCII character of the help it reads ("Kế hoạch"
    /// would read "K hoch" in the man page). Scripts/man-page.sh sets KH_PARSE_ROFF_ESCAPES=1 so that each
    /// such character reaches it as the roff escape `\[uXXXX]` (in JSON, with its backslash escaped), which the
    /// script restores after generate-manual's own escaping.
    private static func roffEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar) } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return out
    }

    /// "kh-parse batch" when the arguments name a subcommand, else "kh-parse".
    private static func helpCommand() -> String {
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName ?? String(describing: $0).lowercased() })
        guard let sub = CommandLine.arguments.dropFirst().first(where: { !$0.hasPrefix("-") }), names.contains(sub) else {
            return "kh-parse"
        }
        return "kh-parse \(sub)"
    }
}

/// Exit codes of sysexits.h that the contract names (every status is listed in `kh-parse --help`).
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
}

/// The C library's `exit`, for code inside a command type (where `exit` names ArgumentParser's).
func terminate(_ status: Int32) -> Never { exit(status) }

/// Prints "kh-parse: message" on standard error and exits.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("kh-parse: \(message)\n".utf8))
    exit(status)
}

/// Reads a file, or standard input for nil / "-". Fails with status 66 and the system's reason.
func readInput(_ path: String?) -> (bytes: [UInt8], name: String) {
    guard let path, path != "-" else {
        return (Array(FileHandle.standardInput.readDataToEndOfFile()), "-")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        fail("cannot read \(path): it is a directory", status: ExitStatus.noInput)
    }
    let fd = open(path, O_RDONLY)
    if fd < 0 { fail("cannot read \(path): \(String(cString: strerror(errno)))", status: ExitStatus.noInput) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { fail("cannot read \(path): \(String(cString: strerror(errno)))", status: ExitStatus.noInput) }
        if n == 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return (bytes, (path as NSString).lastPathComponent)
}

/// Writes all of `bytes` to `fd` (a short write goes on, an interrupted one is retried); the system's
/// reason when it fails, nil when all was written.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
    var offset = 0
    while offset < bytes.count {
        let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return String(cString: strerror(errno))
        }
        offset += n
    }
    return nil
}

/// Standard output, or a file that `-o` names, written piece by piece; a failed write is a one-line error.
final class OutputFile {
    let path: String?
    let fd: Int32

    init(_ path: String?) {
        if let path, path != "-" {
            self.path = path
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))", status: ExitStatus.cannotCreate) }
        } else {
            self.path = nil
            fd = STDOUT_FILENO
        }
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        if let reason = writeAll(fd, bytes) { fail("cannot write \(path ?? "standard output"): \(reason)", status: ExitStatus.ioError) }
    }

    func close() {
        if path != nil, Foundation.close(fd) != 0 {
            fail("cannot write \(path!): \(String(cString: strerror(errno)))", status: ExitStatus.ioError)
        }
    }
}

func writeOutput(_ text: String, to path: String?) { writeOutput(Array(text.utf8), to: path) }

func writeOutput(_ bytes: [UInt8], to path: String?) {
    let data = Data(bytes)
    if let path, path != "-" {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            fail("cannot write \(path): \(error.localizedDescription)", status: ExitStatus.cannotCreate)
        }
    } else {
        FileHandle.standardOutput.write(data)
    }
}

func parseDate(_ text: String?) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(iso: text) else { throw ValidationError("--issued wants a date as YYYY-MM-DD, got \"\(text)\"") }
    return date
}

extension ToneStyle: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}

/// What every command that reads a text takes: the file and how to read its characters.
struct TextOptions: ParsableArguments {
    @Argument(help: "A text file; standard input when absent or \"-\".")
    var files: [String] = []

    /// One file at a time: several are `kh-parse batch`'s job.
    var file: String? { files.first }

    @Option(help: "source.name for standard input (default \"-\").")
    var name: String?

    func validate() throws {
        if files.count > 1 {
            throw ValidationError("one file at a time; to convert several files, folders or archives use: kh-parse batch \(files.joined(separator: " "))")
        }
    }

    @Option(help: "Tone mark placement: classic (hòa, thủy), modern (hoà, thuỷ) or keep.")
    var toneStyle: ToneStyle = .classic

    @Option(help: "The input's encoding: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")). Detected when absent.")
    var from: TextEncoding?
}

/// What every command that parses a plan takes: the text options and the issue date.
struct InputOptions: ParsableArguments {
    @OptionGroup var text: TextOptions

    @Option(help: "Issue date YYYY-MM-DD, overriding the document's own (used to read year-less deadlines).")
    var issued: String?

    func validate() throws { _ = try parseDate(issued) }

    /// Reads and parses the input, or exits with the contract's status and a one-line message.
    func parsePlan() throws -> PlanOutput {
        let options = ParseOptions(issued: try parseDate(issued), normalization: NormalizationOptions(toneStyle: text.toneStyle), from: text.from)
        let file = text.file
        let (bytes, read) = readInput(file)
        let name = (file == nil || file == "-") ? text.name ?? read : read
        do {
            return try KHParser.parse(bytes: consume bytes, name: name, options: options)
        } catch {
            fail("\(file ?? "-"): \(error.description)", status: ExitStatus.dataError)
        }
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Parse one plan (the default command).")

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .long], help: "Write the JSON to this file instead of standard output.")
    var output: String?

    @Flag(help: "Indented JSON (the default when standard output is a terminal).")
    var pretty = false

    @Flag(help: "One-line JSON (the default when standard output is not a terminal).")
    var compact = false

    func validate() throws {
        if pretty && compact { throw ValidationError("--pretty and --compact exclude each other") }
    }

    func run() throws {
        let plan = try input.parsePlan()
        let indent = pretty || (!compact && output == nil && isatty(STDOUT_FILENO) == 1)
        // Written as it is made: a large plan's JSON is several times its size.
        let sink = OutputFile(output)
        plan.writeJSON(pretty: indent) { sink.write($0) }
        if !indent { [UInt8(0x0A)].withUnsafeBytes { sink.write($0) } }
        sink.close()
    }
}

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dump", abstract: "Print a readable tree of what was parsed, one node per line with its input lines.")

    @OptionGroup var input: InputOptions

    func run() throws {
        writeOutput(TreeDump.render(try input.parsePlan()), to: nil)
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema (2020-12) of the output.")

    @Flag(help: "The schema of a `kh-parse batch` line instead (a document or an error line; it refers to plan.schema.json).")
    var batchLine = false

    func run() throws {
        writeOutput(batchLine ? BatchLineSchema.text : PlanSchema.text, to: nil)
    }
}

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "normalize", abstract: "Print the normalized text of a file (no reflow).")

    @OptionGroup var text: TextOptions

    func run() throws {
        let (bytes, _) = readInput(text.file)
        do {
            writeOutput(try KHParser.normalize(bytes: bytes, from: text.from, toneStyle: text.toneStyle), to: nil)
        } catch {
            fail("\(text.file ?? "-"): \(error.description)", status: ExitStatus.dataError)
        }
    }
}

struct Deadlines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Read one line of text per line on standard input; write one JSON array of its deadlines per line.",
        discussion: "Each line is free text: a line with no time in it gives []. With --cell each line is a deadline cell, "
            + "where text the grammar cannot read gives one unparsed deadline.")

    @Option(help: "Issue date YYYY-MM-DD used to place year-less phrases.")
    var issued: String?

    @Flag(help: "Read each line as a deadline cell: unreadable text is one unparsed deadline.")
    var cell = false

    func validate() throws { _ = try parseDate(issued) }

    func run() throws {
        let issued = try parseDate(issued)
        let writer = JSONWriter(pretty: false)
        var out = ""
        while let line = readLine(strippingNewline: true) {
            let phrase = String(line.prefix(4096))
            let deadlines = KHParser.deadlines(in: phrase, issued: issued, cell: cell)
            out += writer.string(.array(deadlines.map(\.json))) + "\n"
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
