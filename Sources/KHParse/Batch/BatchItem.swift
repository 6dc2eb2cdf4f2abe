/// Why one input of a batch gave no document: the `error.code` of its batch line (Schemas/batch-line.schema.json).
public enum BatchErrorCode: String, Sendable, CaseIterable {
    /// The bytes are not text (PDF, .docx, image, binary): `RefusedInput`.
    case notText = "not-text"
    /// The file or entry could not be read (missing, permission, I/O error, a dangling symlink).
    case unreadable
    /// Larger than `--max-file-size`.
    case tooLarge = "too-large"
    /// The archive, or this entry of it, is damaged or truncated.
    case archiveDamaged = "archive-damaged"
    /// The entry is password-protected.
    case encrypted
    /// The archive expands past `--max-archive-size` or `--max-archive-ratio` × its size (a zip bomb).
    case archiveTooLarge = "archive-too-large"
    /// The archive holds more than `--max-entries` entries.
    case tooManyEntries = "too-many-entries"
    /// An archive entry whose path is absolute or climbs out with `..`.
    case unsafePath = "unsafe-path"
    /// A symbolic link that leads back into its own folder, or too many levels of links.
    case symlinkLoop = "symlink-loop"
    /// An archive inside an archive inside an archive (one level of nesting is read).
    case nestedArchive = "nested-archive"

    /// For the summary: "not text", "too large".
    public var words: String { rawValue.replacingDashes() }
}

extension String {
    fileprivate func replacingDashes() -> String { String(map { $0 == "-" ? " " : $0 }) }
}

/// An input that gave no document, with its error line's code and message: `BatchError(.tooLarge, "the file is 61 MB, over the 50 MB limit")`.
public struct BatchError: Error, Sendable, Equatable {
    /// The stable code of the error line.
    public var code: BatchErrorCode
    /// One line that says what went wrong and, where it helps, what to do.
    public var message: String
    /// An error of `code` saying `message`.
    public init(_ code: BatchErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// One input of a batch, as the walker produces it: its name (the path as given, `archive.zip!/dir/file.txt`
/// inside an archive) and its bytes, or why there are none.
public struct BatchItem: Sendable {
    /// What was read for the input: its bytes, or why there are none.
    ///
    /// `.bytes(data)` for a file that was read, `.failed(BatchError(.unreadable, "permission denied"), bytes: nil)` for one that was not.
    public enum Content: Sendable {
        /// The bytes that were read.
        case bytes([UInt8])
        /// Bytes were read but refused by a limit or the walker (their count and digest still go in `source`).
        case failed(BatchError, bytes: [UInt8]?)
        /// `--output-dir`: the output is already there, made by this version from this input.
        case upToDate
    }

    /// The path as given (`plans/kh-12.txt`, `2024.zip!/kh-12.txt` inside an archive): `source.name` of its line.
    public var name: String
    /// The bytes, or the error that took their place.
    public var content: Content
    /// True for a path given on the command line (or --files-from) that cannot be read: exit status 66.
    public var givenPathUnreadable: Bool
    /// Bytes of the input on disk this item accounts for (a file's size; for archive entries, the compressed
    /// bytes consumed since the previous entry): what progress counts.
    public var diskBytes: Int
    /// Modification time of the file on disk that holds the item (the archive's for its entries), in
    /// nanoseconds since the epoch; 0 for standard input.
    public var modified: Int64

    /// An input named `name`; `givenPathUnreadable` marks a path given on the command line that could not be read.
    public init(name: String, content: Content, givenPathUnreadable: Bool = false, diskBytes: Int = 0, modified: Int64 = 0) {
        self.name = name
        self.content = content
        self.givenPathUnreadable = givenPathUnreadable
        self.diskBytes = diskBytes
        self.modified = modified
    }

    /// An input that failed with `code` and `message`, before any bytes were read.
    public static func failure(_ name: String, _ code: BatchErrorCode, _ message: String, given: Bool = false,
                               diskBytes: Int = 0, modified: Int64 = 0) -> BatchItem {
        BatchItem(name: name, content: .failed(BatchError(code, message), bytes: nil), givenPathUnreadable: given,
                  diskBytes: diskBytes, modified: modified)
    }
}

/// What one item became: its JSON line (compact, without the newline) and how it went.
///
/// For `plans/kh-12.txt`: `{"schemaVersion":"1","source":{"name":"plans/kh-12.txt",…` with outcome `.parsed`.
public struct BatchResult: Sendable {
    /// Whether the line is a document or an error line, and which.
    ///
    /// `.parsed` for a document line, `.refused(.notText)` for an error line.
    public enum Outcome: Sendable, Equatable {
        /// A document line.
        case parsed
        /// An error line with that code.
        case refused(BatchErrorCode)
        /// Nothing written: `--output-dir` holds an output newer than the input, from the same version and options.
        case upToDate
    }
    /// The input's name, as in the line.
    public var name: String
    /// The line, compact JSON without its newline. A large document's line is only made here when asked
    /// for: `writeLine(to:)` streams it instead.
    public var json: [UInt8] {
        get {
            switch line {
            case let .bytes(bytes): return bytes
            case let .document(plan): return JSONWriter(pretty: false).bytes(plan)
            }
        }
        set { line = .bytes(newValue) }
    }
    /// Whether the line is a document or an error line.
    public var outcome: Outcome
    /// Bytes of the input itself (0 when it could not be read).
    public var inputBytes: Int
    /// What the walker knew of the input, for the summary and `--output-dir`.
    public var item: BatchItem.Metadata

    /// The line as made (most), or a large document kept as its model until it is written, so that its
    /// JSON is streamed and never held whole (a 51 MB plan's line is 169 MB: its batch run peaked at 597 MB).
    enum Line: Sendable {
        case bytes([UInt8])
        case document(PlanOutput)
    }
    var line: Line

    init(name: String, line: Line, outcome: Outcome, inputBytes: Int, item: BatchItem.Metadata) {
        self.name = name
        self.line = line
        self.outcome = outcome
        self.inputBytes = inputBytes
        self.item = item
    }

    /// Hands the line (without its newline) to `sink`: the bytes at once, or a large document's JSON in
    /// pieces of about 64 KB as it is made. The same bytes as `json`.
    public func writeLine(to sink: (UnsafeRawBufferPointer) -> Void) {
        switch line {
        case let .bytes(bytes): bytes.withUnsafeBytes { sink($0) }
        case let .document(plan): plan.writeJSON(pretty: false, to: sink)
        }
    }
}

extension BatchItem {
    /// What the writer still needs once the bytes are parsed.
    ///
    /// `Metadata(givenPathUnreadable: false, diskBytes: 30_412, modified: 1_775_800_000)`.
    public struct Metadata: Sendable {
        /// A path given on the command line (or in `--files-from`) that could not be read: exit status 66.
        public var givenPathUnreadable: Bool
        /// Its size on disk, for progress and the summary.
        public var diskBytes: Int
        /// Its modification time in seconds since 1970, for `--output-dir`'s up-to-date check.
        public var modified: Int64
    }
    /// The item's metadata without its bytes.
    public var metadata: Metadata { Metadata(givenPathUnreadable: givenPathUnreadable, diskBytes: diskBytes, modified: modified) }
}

/// Turns an item into its batch line: the document exactly as `kh-parse --compact FILE` writes it (with
/// `source.name` the item's name), or an error line `{"schemaVersion","source","error"}`.
public enum BatchLine {
    /// Inputs from this size on keep their document as its model, and their line is streamed when it is
    /// written (`BatchResult.writeLine`): held whole, the line is over three times the input. Smaller ones
    /// are written by the worker that parsed them, so that writing them is shared between the jobs.
    public static let streamedFromBytes = 4 << 20

    /// Parses the item with `options` and makes its line: the document as `kh-parse --compact` prints it, or
    /// an error line. A document of `streamedFrom` bytes or more keeps its model instead (`BatchResult.writeLine`).
    public static func render(_ item: consuming BatchItem, options: ParseOptions, streamedFrom: Int = streamedFromBytes) -> BatchResult {
        switch item.content {
        case .upToDate:
            return BatchResult(name: item.name, line: .bytes([]), outcome: .upToDate, inputBytes: 0, item: item.metadata)
        case let .failed(error, bytes):
            return BatchResult(name: item.name, line: .bytes(errorLine(name: item.name, bytes: bytes, error: error)),
                               outcome: .refused(error.code), inputBytes: bytes?.count ?? 0, item: item.metadata)
        case let .bytes(bytes):
            let digest = Digest.sha256Hex(bytes)
            let count = bytes.count
            // The parse is handed the only reference to the bytes, so that it lets them go once they are
            // decoded (a 51 MB plan: 49 MB off the run's peak).
            item.content = .upToDate
            do {
                let plan = try KHParser.parse(bytes: consume bytes, name: item.name, digest: digest, options: options)
                let line: BatchResult.Line = count >= streamedFrom ? .document(plan) : .bytes(JSONWriter(pretty: false).bytes(plan))
                return BatchResult(name: item.name, line: line, outcome: .parsed, inputBytes: count, item: item.metadata)
            } catch {
                let refused = BatchError(.notText, error.description)
                return BatchResult(name: item.name, line: .bytes(errorLine(name: item.name, sha256: digest, bytes: count, error: refused)),
                                   outcome: .refused(.notText), inputBytes: count, item: item.metadata)
            }
        }
    }

    /// An error line. `source` keeps every key of a document's source: `sha256` and `bytes` when bytes were
    /// read, else null; `encoding` null; `repairs` [].
    public static func errorLine(name: String, bytes: [UInt8]?, error: BatchError) -> [UInt8] {
        errorLine(name: name, sha256: bytes.map(Digest.sha256Hex), bytes: bytes?.count, error: error)
    }

    /// An error line from the bytes' digest and count (nil: none were read).
    static func errorLine(name: String, sha256: String?, bytes: Int?, error: BatchError) -> [UInt8] {
        let source: JSONValue = .object([
            ("name", .string(name)),
            ("sha256", sha256.map { .string($0) } ?? .null),
            ("bytes", bytes.map { .int($0) } ?? .null),
            ("encoding", .null),
            ("repairs", .array([])),
        ])
        let line: JSONValue = .object([
            ("schemaVersion", .string("1")),
            ("source", source),
            ("error", .object([("code", .string(error.code.rawValue)), ("message", .string(error.message))])),
        ])
        return JSONWriter(pretty: false).bytes(line)
    }
}
