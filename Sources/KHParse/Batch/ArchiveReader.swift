import CArchive

/// A streaming reader over an archive through libarchive (Sources/CArchive): entries in archive order, each
/// entry's data read in chunks. Nothing is written to disk.
final class ArchiveReader {
    struct Entry {
        enum Kind { case file, directory, symlink, other }
        /// The entry's path, decoded: UTF-8 when marked so or valid, else CP437 or windows-1258 (old zips).
        var name: String
        var size: Int?
        var kind: Kind
        var encrypted: Bool
        /// A symbolic link's target, decoded like the name.
        var link: String? = nil
    }

    private let handle: OpaquePointer
    /// Keeps the bytes alive while libarchive reads them (nested archives).
    private let memory: UnsafeMutableRawBufferPointer?

    init?(path: RawPath) {
        guard let h = path.with({ kharchive_open_file($0) }) else { return nil }
        handle = h
        memory = nil
    }

    init?(bytes: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        guard let h = kharchive_open_memory(buffer.baseAddress, bytes.count) else { buffer.deallocate(); return nil }
        handle = h
        memory = buffer
    }

    deinit {
        kharchive_close(handle)
        memory?.deallocate()
    }

    var error: String { String(cString: kharchive_error(handle)) }
    var consumed: Int { Int(kharchive_consumed(handle)) }
    /// The decompressed stream read so far (a .tar.gz's tar, skipped entries included).
    var streamBytes: Int { Int(kharchive_stream_bytes(handle)) }

    /// The next entry; nil at the end; throws the archive's message when it is damaged.
    func next() throws(BatchError) -> Entry? {
        var raw = kharchive_entry()
        switch kharchive_next(handle, &raw) {
        case 0: return nil
        case 1: break
        default:
            let message = error
            throw BatchError(Self.mentionsEncryption(message) ? .encrypted : .archiveDamaged, message)
        }
        let bytes = raw.name.map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: raw.name_length)) } ?? []
        let kind: Entry.Kind
        switch Int(raw.kind) {
        case Int(KHARCHIVE_FILE): kind = .file
        case Int(KHARCHIVE_DIRECTORY): kind = .directory
        case Int(KHARCHIVE_SYMLINK): kind = .symlink
        default: kind = .other
        }
        return Entry(name: ArchiveNames.decode(bytes, markedUTF8: raw.name_is_utf8 != 0),
                     size: raw.size >= 0 ? Int(raw.size) : nil, kind: kind, encrypted: raw.encrypted != 0,
                     link: raw.link.map { ArchiveNames.decode(Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                                                                                         count: raw.link_length)), markedUTF8: raw.name_is_utf8 != 0) })
    }

    /// libarchive reports encryption in its messages only ("Encrypted file is unsupported", "The archive
    /// header is encrypted", "Passphrase required").
    static func mentionsEncryption(_ message: String) -> Bool {
        let lower = message.lowercased()
        return lower.contains("encrypt") || lower.contains("passphrase") || lower.contains("password")
    }

    /// Reads up to `limit` bytes of the current entry's data; `overflow` is true when there was more.
    /// `onChunk` sees each chunk's size (for the expansion limit) and may stop the read by throwing.
    func readData(limit: Int, onChunk: (Int) throws(BatchError) -> Void) throws(BatchError) -> (bytes: [UInt8], overflow: Bool) {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Int(kharchive_read(handle, $0.baseAddress, $0.count)) }
            if n < 0 {
                let message = error
                throw BatchError(Self.mentionsEncryption(message) ? .encrypted : .archiveDamaged, message)
            }
            if n == 0 { return (out, false) }
            try onChunk(n)
            if out.count + n > limit {
                out.append(contentsOf: chunk[0..<(limit - out.count)])
                return (out, true)
            }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Entry names of archives made before Unicode names: old zips store them in the DOS code page (CP437 in
/// the West, windows-1258 on Vietnamese Windows) without saying which.
enum ArchiveNames {
    static func decode(_ bytes: [UInt8], markedUTF8: Bool) -> String {
        if markedUTF8 || bytes.withUnsafeBufferPointer(ByteSearch.isASCII) { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let vietnamese = ICU.decode(bytes, charset: "windows-1258")?.text
        let western = ICU.decode(bytes, charset: "ibm-437")?.text
        guard let vietnamese else { return western ?? String(decoding: bytes, as: UTF8.self) }
        guard let western else { return ICU.normalize(vietnamese, .nfc) }
        // Vietnamese names decode to Latin letters and combining tone marks in windows-1258, and to Greek,
        // mathematical and box-drawing signs in CP437; a CP437 name's é, ü, ç fall on windows-1258's
        // punctuation and undefined bytes. The reading with more letters wins.
        return score(vietnamese) > score(western) ? ICU.normalize(vietnamese, .nfc) : western
    }

    /// +1 for each non-ASCII Latin letter or combining mark, -1 for any other non-ASCII character.
    private static func score(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, s in
            let v = s.value
            if v < 0x80 { return total }
            let latin = (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7 || (0x1E00...0x1EFF).contains(v)
            return total + (latin || (0x300...0x36F).contains(v) ? 1 : -1)
        }
    }
}
