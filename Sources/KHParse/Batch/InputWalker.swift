#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Limits that keep one bad input from exhausting the machine; each refusal is an error line.
///
/// `var limits = InputLimits(); limits.maxFileSize = 10 << 20` refuses files over 10 MB (`--max-file-size 10M`).
public struct InputLimits: Sendable {
    /// A file or archive entry over this many bytes is refused (`too-large`).
    public var maxFileSize = 50 << 20
    /// An archive whose entries expand past this many bytes is a zip bomb (`archive-too-large`) …
    public var maxArchiveBytes = 1 << 30
    /// … or past this many times its own size, once it has expanded past `ratioFloor`.
    public var maxArchiveRatio = 100
    /// Small archives of repetitive text may legitimately compress 100-fold; the ratio applies above this.
    public var ratioFloor = 1 << 20
    /// More entries than this in one archive (`too-many-entries`).
    public var maxEntries = 100_000

    /// The defaults of `kh-parse batch`: 50 MB a file, 1 GB and 100× per archive, 100,000 entries.
    public init() {}
}

/// `--shard K/N`: a stable share of the inputs by name (FNV-1a of the name's UTF-8), so that N machines each
/// convert one share and together every input exactly once.
public struct Shard: Sendable, Equatable {
    /// Which share, 1 … `count`.
    public var index: Int   // 1 … count
    /// How many shares.
    public var count: Int

    /// Reads "K/N" with 1 ≤ K ≤ N: `Shard("3/16")`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    /// Whether the input of that path belongs to this share (a stable hash of the path).
    public func contains(_ name: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index - 1
    }
}

/// Which files of folders and archives are plans, and the limits.
///
/// `var selection = InputSelection(); selection.exclude = ["drafts"]; selection.shard = Shard("3/16")`.
public struct InputSelection: Sendable {
    /// Globs (fnmatch) on the base name, or on the path below the folder or inside the archive when the glob
    /// holds a "/". A file named on the command line is always taken.
    public var include = ["*.txt", "*.md"]
    /// Globs of paths to leave out (`--exclude`): `["drafts", "*.bak.txt"]`.
    public var exclude: [String] = []
    /// Read hidden files and folders (names starting with ".").
    public var hidden = false
    /// The size limits of files and archives.
    public var limits = InputLimits()
    /// Only this share of the inputs (`--shard K/N`), or all.
    public var shard: Shard?
    /// `source.name` of standard input ("-" in the list of paths).
    public var standardInputName = "-"

    /// The defaults of `kh-parse batch`: `*.txt` and `*.md`, no hidden files, the default limits.
    public init() {}

    /// Archives are recognised by their name.
    public static let archiveSuffixes = [".zip", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".7z", ".rar"]

    /// Whether a file name is one of the archive suffixes: `isArchive("2024.tar.gz")` is true.
    public static func isArchive(_ name: String) -> Bool {
        let lower = name.lowercased()
        return archiveSuffixes.contains { lower.hasSuffix($0) }
    }

    func matches(_ globs: [String], relative: String, base: String) -> Bool {
        globs.contains { glob in fnmatch(glob, glob.contains("/") ? relative : base, 0) == 0 }
    }

    func wanted(relative: String, base: String) -> Bool {
        matches(include, relative: relative, base: base) && !matches(exclude, relative: relative, base: base)
    }
}

/// Walks the inputs of a batch: files, folders (recursively), archives (streamed through libarchive, one level
/// of nesting), standard input. `init` lists the file system (names and sizes only) in sorted order; `read`
/// then produces one `BatchItem` per input, in that order, archive entries in archive order, holding at most
/// one input's bytes at a time.
public final class InputWalker: Sendable {
    /// One input the walker found: a file, an archive to read entry by entry, or a path that failed.
    ///
    /// `.file` for `plans/kh-12.txt`, `.archive` for `2024.zip`, a failure for a path that does not exist.
    public enum Planned: Sendable {
        /// A file: `plans/kh-12.txt`.
        case file(name: String, path: RawPath, size: Int, modified: Int64, given: Bool)
        /// An archive, read entry by entry: `2024.zip`.
        case archive(name: String, path: RawPath, size: Int, modified: Int64)
        /// Standard input, "-".
        case standardInput
        /// A path that gave no input (it does not exist, or is a symbolic link loop).
        case failure(BatchItem)

        var name: String {
            switch self {
            case let .file(name, _, _, _, _), let .archive(name, _, _, _): return name
            case .standardInput: return "-"
            case let .failure(item): return item.name
            }
        }
    }

    /// The inputs in output order (sorted paths; archive entries in archive order), found when the walker was made.
    public let planned: [Planned]
    /// The selection it was made with.
    public let selection: InputSelection

    /// Inputs found, counting each archive as one (its entries are known only as it is read), and the
    /// archives among them; their bytes on disk (for progress).
    public var fileCount: Int { planned.count }
    /// How many of the inputs are archives.
    public var archiveCount: Int { planned.filter { if case .archive = $0 { return true } else { return false } }.count }
    /// The size on disk of every input, for progress.
    public var totalDiskBytes: Int {
        planned.reduce(0) { total, p in
            switch p {
            case let .file(_, _, size, _, _), let .archive(_, _, size, _): return total + size
            default: return total
            }
        }
    }

    /// Finds the inputs under `paths` (files, folders, archives, "-" for standard input) that `selection` keeps.
    public init(paths: [String], selection: InputSelection) {
        self.selection = selection
        var found: [Planned] = []
        var stdin = false
        for path in paths {
            if path == "-" { stdin = true; continue }
            Self.plan(given: path, selection: selection, into: &found)
        }
        // Sorted by name (UTF-8 byte order, as `LC_ALL=C sort`), each name once.
        found.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var unique: [Planned] = stdin ? [.standardInput] : []
        var last: String?
        for p in found where p.name != last {
            // Errors found while listing belong to the shard of their path, like the files.
            if case let .failure(item) = p, let shard = selection.shard, !shard.contains(item.name) { continue }
            unique.append(p)
            last = p.name
        }
        planned = unique
    }

    // MARK: listing

    private static func plan(given path: String, selection: InputSelection, into found: inout [Planned]) {
        let raw = RawPath(path)
        var st = stat()
        if raw.with({ stat($0, &st) }) != 0 {
            let code: BatchErrorCode = errno == ELOOP ? .symlinkLoop : .unreadable
            found.append(.failure(.failure(path, code, "cannot read \(path): \(errorText(errno))", given: true)))
            return
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            var ancestors: [(UInt64, UInt64)] = [(UInt64(st.st_dev), UInt64(st.st_ino))]
            walk(directory: raw, name: path, relative: "", ancestors: &ancestors, selection: selection, given: true, into: &found)
        } else if InputSelection.isArchive(path) {
            found.append(.archive(name: path, path: raw, size: Int(st.st_size), modified: mtime(st)))
        } else if selection.shard?.contains(path) ?? true {
            found.append(.file(name: path, path: raw, size: Int(st.st_size), modified: mtime(st), given: true))
        }
    }

    private static func walk(directory: RawPath, name: String, relative: String, ancestors: inout [(UInt64, UInt64)],
                             selection: InputSelection, given: Bool, into found: inout [Planned]) {
        guard let dir = directory.with({ opendir($0) }) else {
            found.append(.failure(.failure(name, .unreadable, "cannot read \(name): \(errorText(errno))", given: given)))
            return
        }
        var children: [(raw: [UInt8], name: String)] = []
        while let entry = readdir(dir) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
            if raw.first == 0x2E, !selection.hidden { continue }
            // A name that is not UTF-8 (copied out of an old archive) is shown decoded like an archive entry's
            // name, and opened by its bytes.
            children.append((raw, ArchiveNames.decode(raw, markedUTF8: false)))
        }
        closedir(dir)
        for (raw, child) in children {
            let path = directory.appending(raw)
            let childName = name.hasSuffix("/") ? name + child : name + "/" + child
            let childRelative = relative.isEmpty ? child : relative + "/" + child
            if selection.matches(selection.exclude, relative: childRelative, base: child) { continue }
            var st = stat()
            if path.with({ stat($0, &st) }) != 0 {
                let e = errno
                var link = stat()
                let dangling = e == ENOENT && path.with({ lstat($0, &link) }) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                if e == ELOOP {
                    found.append(.failure(.failure(childName, .symlinkLoop, "\(childName): too many levels of symbolic links")))
                } else {
                    found.append(.failure(.failure(childName, .unreadable,
                                                   dangling ? "\(childName): a symbolic link to nothing" : "cannot read \(childName): \(errorText(e))")))
                }
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                let id = (UInt64(st.st_dev), UInt64(st.st_ino))
                if ancestors.contains(where: { $0 == id }) {
                    found.append(.failure(.failure(childName, .symlinkLoop, "\(childName): a symbolic link back to a folder that contains it")))
                    continue
                }
                ancestors.append(id)
                walk(directory: path, name: childName, relative: childRelative, ancestors: &ancestors, selection: selection, given: false, into: &found)
                ancestors.removeLast()
            case S_IFREG:
                if InputSelection.isArchive(child) {
                    found.append(.archive(name: childName, path: path, size: Int(st.st_size), modified: mtime(st)))
                } else if selection.matches(selection.include, relative: childRelative, base: child),
                          selection.shard?.contains(childName) ?? true {
                    found.append(.file(name: childName, path: path, size: Int(st.st_size), modified: mtime(st), given: false))
                }
            default:
                continue   // sockets, devices, FIFOs inside folders are not plans
            }
        }
    }

    // MARK: reading

    /// Produces the items in order. `upToDate(name, modified)` says an output is already there (the item is
    /// then `.upToDate` and its bytes are not read); `emit` returns false to stop (Ctrl-C). `emit` is given
    /// the only reference to each item, so that whoever parses it can let its bytes go once they are decoded.
    public func read(upToDate: (String, Int64) -> Bool = { _, _ in false }, emit: (consuming BatchItem) -> Bool) {
        for p in planned {
            switch p {
            case let .failure(item):
                if !emit(item) { return }
            case .standardInput:
                let name = selection.standardInputName
                if !emit(readFile(fd: 0, name: name, given: true, diskBytes: 0, modified: 0)) { return }
            case let .file(name, path, size, modified, given):
                if upToDate(name, modified) {
                    if !emit(BatchItem(name: name, content: .upToDate, diskBytes: size, modified: modified)) { return }
                    continue
                }
                let fd = path.with { open($0, O_RDONLY) }
                if fd < 0 {
                    let e = errno
                    let item = BatchItem.failure(name, e == ELOOP ? .symlinkLoop : .unreadable, "cannot read \(name): \(Self.errorText(e))",
                                                 given: given, diskBytes: size, modified: modified)
                    if !emit(item) { return }
                    continue
                }
                let item = readFile(fd: fd, name: name, given: given, diskBytes: size, modified: modified)
                close(fd)
                if !emit(consume item) { return }
            case let .archive(name, path, size, modified):
                guard let reader = ArchiveReader(path: path) else {
                    // Only when libarchive cannot allocate its reader: an error line, and the other inputs go on.
                    if !emit(.failure(name, .unreadable, "cannot open \(name) as an archive", diskBytes: size, modified: modified)) { return }
                    continue
                }
                var state = ArchiveState(archiveSize: size, modified: modified)
                let finished = readArchive(reader, name: name, depth: 0, state: &state, upToDate: upToDate, emit: emit)
                if !finished { return }
                if var last = state.pending.take() {
                    last.diskBytes += max(0, size - state.accounted)
                    if !emit(consume last) { return }
                }
            }
        }
    }

    private func readFile(fd: Int32, name: String, given: Bool, diskBytes: Int, modified: Int64) -> BatchItem {
        let limit = selection.limits.maxFileSize
        // The size the walk saw, plus one byte to see the end in the same read: most files are read
        // straight into their array, with no copy. A file that grew since goes on in pieces below.
        let expected = min(max(diskBytes, 0), limit) + 1
        var readError: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        var buffer = [UInt8](repeating: 0, count: bytes.count == expected && readError == nil ? 1 << 16 : 0)
        while readError == nil && !buffer.isEmpty {
            if bytes.count > limit { break }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                readError = errno
                break
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if let readError {
            return .failure(name, .unreadable, "cannot read \(name): \(Self.errorText(readError))", given: given, diskBytes: diskBytes, modified: modified)
        }
        if bytes.count > limit {
            return .failure(name, .tooLarge, "\(name) is over the \(Self.megabytes(limit)) limit (--max-file-size)",
                            diskBytes: diskBytes, modified: modified)
        }
        return BatchItem(name: name, content: .bytes(bytes), diskBytes: diskBytes, modified: modified)
    }

    private struct ArchiveState {
        var archiveSize: Int
        var modified: Int64
        var expanded = 0
        var accounted = 0
        /// Held back one step so that the archive's last item can take the compressed bytes after it.
        var pending: BatchItem?
    }

    /// Reads one archive's entries; false when `emit` asked to stop.
    private func readArchive(_ reader: ArchiveReader, name: String, depth: Int, state: inout ArchiveState,
                             upToDate: (String, Int64) -> Bool, emit: (consuming BatchItem) -> Bool) -> Bool {
        let limits = selection.limits
        var entries = 0
        var lastEntryError: String?
        func push(_ item: BatchItem) -> Bool {
            var item = item
            if depth == 0 {
                let consumed = reader.consumed
                item.diskBytes = max(0, consumed - state.accounted)
                state.accounted = max(state.accounted, consumed)
            }
            item.modified = state.modified
            let previous = state.pending.take()
            state.pending = consume item
            if let previous { return emit(consume previous) }
            return true
        }
        while true {
            let entry: ArchiveReader.Entry?
            do { entry = try reader.next() } catch {
                // A damaged entry's error stops libarchive: it was said on the entry's own line.
                if error.message == lastEntryError { return true }
                return push(.failure(name, error.code, "\(name): \(error.message)"))
            }
            guard let entry else { return true }
            // Skipping an entry of a .tar.gz still decompresses it: count the stream too, so that a bomb
            // hidden in entries that are not plans stops as well.
            if depth == 0, let message = expansionLimit(max(state.expanded, reader.streamBytes), name: name, archiveSize: state.archiveSize) {
                return push(.failure(name, .archiveTooLarge, message))
            }
            entries += 1
            if entries > limits.maxEntries {
                return push(.failure(name, .tooManyEntries, "\(name) holds more than \(limits.maxEntries) entries (--max-entries); the rest is not read"))
            }
            guard entry.kind == .file || entry.kind == .symlink else { continue }
            var path = entry.name
            while path.hasPrefix("./") { path.removeFirst(2) }
            let fullName = name + "!/" + path
            let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            if path.hasPrefix("/") || path.hasPrefix("\\") || components.contains("..") || (path.count >= 2 && Array(path)[1] == ":") {
                if !push(.failure(fullName, .unsafePath, "\(fullName): the entry's path climbs out of the archive")) { return false }
                continue
            }
            let base = components.last.map(String.init) ?? path
            if !selection.hidden, components.contains(where: { $0.hasPrefix(".") }) { continue }
            if selection.matches(selection.exclude, relative: path, base: base) { continue }
            if entry.kind == .symlink {
                // Links inside an archive are never followed (the entry they name is read under its own name);
                // one that loops or leaves the archive is said, as it would be in a folder.
                if let problem = Self.linkProblem(components.map(String.init), target: entry.link ?? "") {
                    if !push(.failure(fullName, problem.0, "\(fullName): \(problem.1)")) { return false }
                }
                continue
            }
            let nested = InputSelection.isArchive(base)
            if !nested {
                guard selection.matches(selection.include, relative: path, base: base), selection.shard?.contains(fullName) ?? true else { continue }
            }
            if nested, depth > 0 {
                if !push(.failure(fullName, .nestedArchive, "\(fullName): an archive inside an archive inside an archive is not read")) { return false }
                continue
            }
            if entry.encrypted {
                if !push(.failure(fullName, .encrypted, "\(fullName) is password-protected")) { return false }
                continue
            }
            if !nested, upToDate(fullName, state.modified) {
                if !push(BatchItem(name: fullName, content: .upToDate)) { return false }
                continue
            }
            if let size = entry.size, size > limits.maxFileSize {
                if !push(.failure(fullName, .tooLarge, "\(fullName) is over the \(Self.megabytes(limits.maxFileSize)) limit (--max-file-size)")) { return false }
                continue
            }
            let data: (bytes: [UInt8], overflow: Bool)
            do {
                let archiveSize = state.archiveSize
                data = try reader.readData(limit: limits.maxFileSize) { (n: Int) throws(BatchError) in
                    state.expanded += n
                    if let message = expansionLimit(state.expanded, name: name, archiveSize: archiveSize) {
                        throw BatchError(.archiveTooLarge, message)
                    }
                }
            } catch {
                let item = BatchItem.failure(fullName, error.code, error.code == .archiveTooLarge ? error.message : "\(fullName): \(error.message)")
                lastEntryError = error.message
                if !push(item) { return false }
                // A bomb stops the archive; a damaged entry may leave the rest readable: libarchive says.
                if error.code == .archiveTooLarge { return true }
                continue
            }
            if data.overflow {
                if !push(.failure(fullName, .tooLarge, "\(fullName) is over the \(Self.megabytes(limits.maxFileSize)) limit (--max-file-size)")) { return false }
                continue
            }
            if nested {
                guard let inner = ArchiveReader(bytes: data.bytes) else { continue }
                if !readArchive(inner, name: fullName, depth: depth + 1, state: &state, upToDate: upToDate, emit: emit) { return false }
                continue
            }
            if !push(BatchItem(name: fullName, content: .bytes(data.bytes))) { return false }
        }
    }

    // MARK: helpers

    /// What is wrong with a symbolic link at `components` (its path inside the archive) pointing to `target`:
    /// a loop (to itself or to a folder that contains it) or a way out of the archive; nil for a link to
    /// another entry.
    static func linkProblem(_ components: [String], target: String) -> (BatchErrorCode, String)? {
        if target.hasPrefix("/") || target.hasPrefix("\\") || (target.count >= 2 && Array(target)[1] == ":") {
            return (.unsafePath, "a symbolic link out of the archive (to \(target))")
        }
        var resolved = Array(components.dropLast())
        for part in target.split(whereSeparator: { $0 == "/" || $0 == "\\" }) where part != "." {
            if part == ".." {
                if resolved.isEmpty { return (.unsafePath, "a symbolic link out of the archive (to \(target))") }
                resolved.removeLast()
            } else {
                resolved.append(String(part))
            }
        }
        if resolved == components { return (.symlinkLoop, "a symbolic link to itself") }
        if resolved.count < components.count, Array(components.prefix(resolved.count)) == resolved {
            return (.symlinkLoop, "a symbolic link back to a folder that contains it")
        }
        return nil
    }

    /// The zip-bomb limits: the message when an archive of `archiveSize` bytes has expanded to `expanded`.
    private func expansionLimit(_ expanded: Int, name: String, archiveSize: Int) -> String? {
        let limits = selection.limits
        if expanded > limits.maxArchiveBytes {
            return "\(name) expands past \(Self.megabytes(limits.maxArchiveBytes)) (--max-archive-size); the rest is not read"
        }
        if expanded > limits.ratioFloor, expanded > limits.maxArchiveRatio * max(archiveSize, 1) {
            return "\(name) expands past \(limits.maxArchiveRatio)× its size (--max-archive-ratio); the rest is not read"
        }
        return nil
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 30) == 0 ? "\(bytes >> 30) GB" : bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    private static func mtime(_ st: stat) -> Int64 {
        Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }
}

/// A path as the file system spells it: bytes, not necessarily UTF-8.
///
/// `RawPath("plans/kh-12.txt")`; an old zip's entry name in CP437 is `RawPath(bytes: [0x4B, 0x48, 0x80])`.
public struct RawPath: Sendable, Equatable {
    /// The path's bytes, as the file system holds them.
    public var bytes: [UInt8]

    /// The UTF-8 bytes of `path`.
    public init(_ path: String) { bytes = Array(path.utf8) }
    /// A path of any bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    func appending(_ child: [UInt8]) -> RawPath {
        RawPath(bytes: bytes.last == 0x2F ? bytes + child : bytes + [0x2F] + child)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func with<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        var z = bytes
        z.append(0)
        return z.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }
}
