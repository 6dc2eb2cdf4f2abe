import ArgumentParser
import Dispatch
import Foundation
import KHParse

/// `kh-parse batch`: folders and archives of plans → JSON Lines (or one .json each), in parallel, in order.
/// The walking, limits and ordering live in the library (Sources/KHParse/Batch); this is the command line,
/// the output files, progress and Ctrl-C.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert files, folders and archives of plans to JSON Lines, in parallel.",
        discussion: """
        Each input gives one line, in sorted path order (archive entries in archive order) whatever -j is: the
        document exactly as `kh-parse --compact FILE` prints it with source.name the path as given
        (archive.zip!/2024/kh-12.txt inside an archive), or an error line
        {"schemaVersion":"1","source":{…},"error":{"code":…,"message":…}} with code not-text, unreadable,
        too-large, archive-damaged, encrypted, archive-too-large, too-many-entries, unsafe-path, symlink-loop or
        nested-archive. Archives: .zip .tar .tar.gz .tgz .tar.xz .tar.bz2 .7z .rar, read one level deep.

        Examples:
          kh-parse batch plans/ archive.zip > plans.jsonl
          find plans -name '*.txt' -print0 | kh-parse batch --files-from - -0 -o plans.jsonl
          kh-parse batch plans/ --output-dir json/          one .json per input; rerun to resume
          kh-parse batch --shard 3/16 plans/ > part-03.jsonl   one share of 16 (a cluster job's map step)

        Exit status: 0 every input gave a document, 65 some were refused (their error lines are written),
        66 a path given cannot be read, 64 usage error, 130 interrupted.
        """
    )

    @OptionGroup var inputs: WalkOptions

    @Option(name: [.short, .long], help: "Write the JSON Lines to this file (written whole at the end, never partial).")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write one .json per input under this folder, mirroring the tree (plan.txt → plan.txt.json).")
    var outputDir: String?

    @Flag(help: "With --output-dir, convert again inputs whose output is already up to date.")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Show progress on standard error (default: when it is a terminal).")
    var progress: Bool?

    @Option(help: "Refuse files and archive entries larger than this (bytes, or with K, M, G).")
    var maxFileSize = "50M"

    @Option(help: "Stop reading an archive that expands past this many bytes (K, M, G).")
    var maxArchiveSize = "1G"

    @Option(help: "Stop reading an archive that expands past this many times its size (once past 1 MB).")
    var maxArchiveRatio = 100

    @Option(help: "Stop reading an archive after this many entries.")
    var maxEntries = 100_000

    @Option(help: "Keep only share K of N of the inputs (by path, stable): 3/16.")
    var shard: String?

    func validate() throws {
        try inputs.checkValues(requireInput: true)
        if output != nil && outputDir != nil { throw ValidationError("-o and --output-dir exclude each other") }
        if force && outputDir == nil { throw ValidationError("--force goes with --output-dir") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard wants K/N with 1 ≤ K ≤ N, got \"\(shard)\"") }
        if inputs.filesFrom == "-" && inputs.paths.contains("-") { throw ValidationError("standard input cannot be both --files-from - and an input") }
        for (flag, value) in [("--max-file-size", maxFileSize), ("--max-archive-size", maxArchiveSize)] where byteCount(value) == nil {
            throw ValidationError("\(flag) wants a size such as 50M or 1G, got \"\(value)\"")
        }
        if maxArchiveRatio < 1 || maxEntries < 1 { throw ValidationError("--max-archive-ratio and --max-entries want a positive number") }
    }

    func run() throws {
        var selection = inputs.selection()
        selection.shard = shard.flatMap(Shard.init)
        selection.limits.maxFileSize = byteCount(maxFileSize)!
        selection.limits.maxArchiveBytes = byteCount(maxArchiveSize)!
        selection.limits.maxArchiveRatio = maxArchiveRatio
        selection.limits.maxEntries = maxEntries
        let options = try inputs.parseOptions()

        let walker = InputWalker(paths: inputs.allPaths(), selection: selection)
        let sink: BatchSink
        if let outputDir {
            let fingerprint = "kh-parse \(khParseVersion) tone-style=\(inputs.toneStyle.rawValue) from=\(inputs.from?.rawValue ?? "auto") issued=\(inputs.issued ?? "document")\n"
            sink = DirectorySink(directory: outputDir, fingerprint: fingerprint, force: force)
        } else {
            sink = StreamSink(path: output)
        }
        let interrupt = InterruptFlag()
        let showProgress = progress ?? (isatty(STDERR_FILENO) == 1)
        var stats = BatchStats(totalDiskBytes: walker.totalDiskBytes, plannedFiles: walker.fileCount, archives: walker.archiveCount)
        let upToDate = sink.upToDate
        let jobs = inputs.jobCount
        var memory = LargeInputMemory()

        let completed = OrderedRunner.run(
            jobs: jobs, window: 4 * jobs + 4, maxWeight: 64 << 20,
            weight: { item in if case let .bytes(b) = item.content { return b.count } else { return 0 } },
            produce: { emit in
                walker.read(upToDate: upToDate) { item in !interrupt.isSet && emit(item) }
            },
            transform: { BatchLine.render($0, options: options) },
            tick: {
                memory.giveBack()
                if showProgress { stats.showProgress() }
                sink.flush()
                return interrupt.isSet ? .stop : .keepGoing
            },
            consume: { result in
                memory.giveBack()
                sink.write(result)
                memory.done(inputBytes: result.inputBytes)
                stats.add(result)
                if showProgress { stats.showProgress() }
                return interrupt.isSet ? .stop : .keepGoing
            }
        )
        if showProgress { stats.clearProgress() }
        if completed { sink.finish() } else { sink.abandon() }
        var summary = stats.summary()
        if !completed { summary = "interrupted: " + summary + (output != nil ? "; nothing written to \(output!)" : "") }
        FileHandle.standardError.write(Data("kh-parse: \(summary)\n".utf8))
        if !completed { throw ExitCode(130) }
        if stats.givenUnreadable > 0 { throw ExitCode(ExitStatus.noInput) }
        if stats.refused > 0 { throw ExitCode(ExitStatus.dataError) }
    }

}

/// "50M" → 52428800; plain numbers are bytes.
func byteCount(_ text: String) -> Int? {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = text.uppercased()
    if digits.hasSuffix("B") { digits.removeLast() }
    var unit = 1
    if let last = digits.last, let u = units[last] { unit = u; digits.removeLast() }
    guard let n = Int(digits), n > 0 else { return nil }
    return n * unit
}

/// Set by SIGINT/SIGTERM (through a dispatch source, not in the handler), read by every thread.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    private var sources: [DispatchSourceSignal] = []

    init() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in self?.set() }
            source.resume()
            sources.append(source)
        }
    }

    private func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// Where the lines go.
protocol BatchSink: AnyObject {
    /// For --output-dir: whether an input's output is already up to date (called on the reading thread).
    var upToDate: @Sendable (String, Int64) -> Bool { get }
    func write(_ result: BatchResult)
    func flush()
    /// The run completed: make the output final.
    func finish()
    /// Interrupted: leave no partial file.
    func abandon()
}

/// JSON Lines on standard output, or into a temporary file renamed over `-o FILE` when the run completes.
final class StreamSink: BatchSink {
    private let fd: Int32
    private let target: String?
    private let temporary: String?
    private var buffer: [UInt8] = []

    init(path: String?) {
        if let path, path != "-" {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
            let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd < 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))", status: ExitStatus.cannotCreate) }
            self.fd = fd
            target = path
            temporary = temp
        } else {
            fd = STDOUT_FILENO
            target = nil
            temporary = nil
        }
        buffer.reserveCapacity(1 << 17)
    }

    var upToDate: @Sendable (String, Int64) -> Bool { { _, _ in false } }

    /// Small lines are gathered into pieces of 64 KB; a large one goes out as it comes, not copied.
    func write(_ result: BatchResult) {
        guard result.outcome != .upToDate else { return }
        result.writeLine { piece in
            if piece.count >= 1 << 16 {
                flush()
                put(piece)
            } else {
                buffer.append(contentsOf: piece)
                if buffer.count >= 1 << 16 { flush() }
            }
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        buffer.withUnsafeBytes { put($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func put(_ bytes: UnsafeRawBufferPointer) {
        if let reason = writeAll(fd, bytes) {
            if let temporary { unlink(temporary) }
            fail("cannot write \(target ?? "standard output"): \(reason)", status: ExitStatus.ioError)
        }
    }

    func finish() {
        flush()
        guard let target, let temporary else { return }
        if fsync(fd) != 0 || close(fd) != 0 || rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            fail("cannot write \(target): \(reason)", status: ExitStatus.cannotCreate)
        }
    }

    func abandon() {
        if let temporary {
            close(fd)
            unlink(temporary)
        } else {
            flush()   // whole lines only: what standard output received is a valid JSON Lines prefix
        }
    }
}

/// One .json per input under a folder, each written to a temporary file and renamed. A marker file
/// `.kh-parse-batch` holds the version and options that made the outputs: an output is up to date when the
/// marker matches and the output is newer than both its input and the marker.
final class DirectorySink: BatchSink {
    private let directory: String
    private let markerTime: Int64?

    init(directory: String, fingerprint: String, force: Bool) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            fail("cannot create \(directory): \(error.localizedDescription)", status: ExitStatus.cannotCreate)
        }
        let marker = (directory as NSString).appendingPathComponent(".kh-parse-batch")
        let existing = FileManager.default.contents(atPath: marker).map { String(decoding: $0, as: UTF8.self) }
        if !force, existing == fingerprint, let time = DirectorySink.modified(marker) {
            markerTime = time
        } else {
            // A new version or new options (or --force): the marker is rewritten now, which makes every
            // output already there older than it, so each is made again.
            if !FileManager.default.createFile(atPath: marker, contents: Data(fingerprint.utf8)) {
                fail("cannot write \(marker)", status: ExitStatus.cannotCreate)
            }
            markerTime = nil
        }
    }

    var upToDate: @Sendable (String, Int64) -> Bool {
        guard let markerTime else { return { _, _ in false } }
        let directory = self.directory
        return { name, modified in
            let path = DirectorySink.outputPath(directory, name)
            guard let time = DirectorySink.modified(path), time >= markerTime, time >= modified else { return false }
            // Refused inputs are tried again (and counted again in the summary and the exit status).
            return !DirectorySink.isErrorLine(path)
        }
    }

    /// Whether an output file holds an error line: its end is `"error":{"code":…,"message":…}}`, which no
    /// document holds unescaped.
    static func isErrorLine(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 8192 ? size - 8192 : 0)
        let tail = handle.readDataToEndOfFile()
        return tail.range(of: Data(#""error":{"code":""#.utf8)) != nil
    }

    /// `plans/2024/kh-12.txt` → `DIR/plans/2024/kh-12.txt.json`; `a.zip!/x.txt` → `DIR/a.zip/x.txt.json`;
    /// `..` and `/` at the start cannot climb out (`..` becomes `__`).
    static func outputPath(_ directory: String, _ name: String) -> String {
        var parts: [String] = []
        for component in name.split(separator: "/") {
            var c = String(component)
            if c == "." { continue }
            if c == ".." { c = "__" }
            if c.hasSuffix("!") { c.removeLast() }
            parts.append(c)
        }
        if parts.isEmpty { parts = ["-"] }
        return ([directory] + parts).joined(separator: "/") + ".json"
    }

    static func modified(_ path: String) -> Int64? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    func write(_ result: BatchResult) {
        guard result.outcome != .upToDate else { return }
        let path = DirectorySink.outputPath(directory, result.name)
        let folder = (path as NSString).deletingLastPathComponent
        let temp = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fail("cannot write \(path): \(error.localizedDescription)", status: ExitStatus.cannotCreate)
        }
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))", status: ExitStatus.cannotCreate) }
        // The line is streamed into the file (a large document's is never held whole), then renamed into place.
        var reason: String?
        result.writeLine { piece in if reason == nil { reason = writeAll(fd, piece) } }
        if reason == nil { reason = [UInt8(0x0A)].withUnsafeBytes { writeAll(fd, $0) } }
        if Foundation.close(fd) != 0, reason == nil { reason = String(cString: strerror(errno)) }
        if reason == nil, rename(temp, path) != 0 { reason = String(cString: strerror(errno)) }
        if let reason {
            unlink(temp)
            fail("cannot write \(path): \(reason)", status: ExitStatus.cannotCreate)
        }
    }

    func flush() {}
    func finish() {}
    func abandon() {}   // every output is renamed into place whole; nothing partial remains
}

/// Counts for progress and the summary.
struct BatchStats {
    let totalDiskBytes: Int
    let plannedFiles: Int
    /// Archives count as one input in `plannedFiles` until their entries are read.
    let archives: Int
    let start = Date()
    var files = 0
    var parsed = 0
    var refused = 0
    var upToDate = 0
    var givenUnreadable = 0
    var inputBytes = 0
    var diskBytes = 0
    var byCode: [BatchErrorCode: Int] = [:]
    private var lastDraw = Date.distantPast

    init(totalDiskBytes: Int, plannedFiles: Int, archives: Int) {
        self.totalDiskBytes = totalDiskBytes
        self.plannedFiles = plannedFiles
        self.archives = archives
    }

    mutating func add(_ result: BatchResult) {
        files += 1
        diskBytes += result.item.diskBytes
        inputBytes += result.inputBytes
        if result.item.givenPathUnreadable { givenUnreadable += 1 }
        switch result.outcome {
        case .parsed: parsed += 1
        case .upToDate: upToDate += 1
        case let .refused(code):
            refused += 1
            byCode[code, default: 0] += 1
        }
    }

    mutating func showProgress() {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let mb = Double(diskBytes) / 1e6
        var line = "\r\(grouped(files))/\(grouped(max(files, plannedFiles)))\(archives > 0 ? "+" : "") files  \(String(format: "%.1f", mb))/\(String(format: "%.1f", Double(totalDiskBytes) / 1e6)) MB"
        line += "  \(String(format: "%.1f", elapsed > 0 ? mb / elapsed : 0)) MB/s  \(clock(elapsed)) elapsed"
        if diskBytes > 0, totalDiskBytes > diskBytes {
            line += "  \(clock(elapsed * Double(totalDiskBytes - diskBytes) / Double(diskBytes))) left"
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    func clearProgress() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

    /// `13,984 files, 211 MB in 4.1 s: 13,970 parsed, 14 refused (9 not text, 5 too large)`.
    func summary() -> String {
        let seconds = Date().timeIntervalSince(start)
        var text = "\(grouped(files)) file\(files == 1 ? "" : "s"), \(megabytes(inputBytes)) in \(String(format: "%.1f", seconds)) s: \(grouped(parsed)) parsed"
        if upToDate > 0 { text += ", \(grouped(upToDate)) up to date" }
        if refused > 0 {
            let parts = byCode.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { "\(grouped($0.value)) \($0.key.words)" }
            text += ", \(grouped(refused)) refused (\(parts.joined(separator: ", ")))"
        }
        return text
    }

    private func megabytes(_ bytes: Int) -> String {
        bytes >= 10_000_000 ? "\(grouped(Int((Double(bytes) / 1e6).rounded()))) MB" : String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}

func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return out
}

func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
}
