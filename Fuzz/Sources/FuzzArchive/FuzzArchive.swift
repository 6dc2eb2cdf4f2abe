// `kh-parse batch` on one untrusted archive: libarchive through ArchiveReader, the walker's limits (entries,
// expansion, unsafe paths, nesting) and each entry's batch line. The bytes go to a file in a private temporary
// folder (the walker reads archives by path); the first byte picks the name's suffix.
@testable import KHParse
import CFuzzer
#if canImport(Glibc)
import Glibc
#endif

private let folder: String = {
    var template = Array("/tmp/kh-fuzz-archive-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer in
        guard let made = mkdtemp(buffer.baseAddress!) else { fatalError("mkdtemp failed") }
        return String(cString: made)
    }
}()
private let suffixes = [".zip", ".tar", ".tar.gz", ".7z", ".tar.xz", ".rar"]
private let selection: InputSelection = {
    var s = InputSelection()
    // Small limits so that bombs and long archives are found within one run.
    s.limits.maxFileSize = 1 << 20
    s.limits.maxArchiveBytes = 8 << 20
    s.limits.maxEntries = 1000
    return s
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let path = folder + "/input" + suffixes[Int(data[0]) % suffixes.count]
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot write \(path)")
    var offset = 1
    while offset < size {
        let n = write(fd, data + offset, size - offset)
        precondition(n > 0, "write failed")
        offset += n
    }
    close(fd)
    defer { unlink(path) }
    let walker = InputWalker(paths: [path], selection: selection)
    walker.read { item in
        let line = BatchLine.render(item, options: ParseOptions())
        precondition(line.json.first == UInt8(ascii: "{"), "a batch line that is not a JSON object")
        return true
    }
    return 0
}

@_cdecl("FuzzArchive_main")
public func fuzzArchiveMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzArchive)
}
