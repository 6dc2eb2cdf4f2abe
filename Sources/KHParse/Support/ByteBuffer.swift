import Glibc

/// Bytes being written, appended through a pointer: an append checks the room and stores. (The JSON
/// writer appended to an array, whose every append asked the runtime whether its storage was its own:
/// a key of a few bytes took two hundred instructions.) It grows with `realloc`, which moves a large
/// block's pages rather than copying them.
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    /// The bytes written so far (valid until the next write).
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ a: UInt8, _ b: UInt8) {
        if count + 2 > capacity { grow(toHold: count + 2) }
        base[count] = a
        base[count + 1] = b
        count += 2
    }

    func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        if count + source.count > capacity { grow(toHold: count + source.count) }
        (base + count).update(from: from, count: source.count)
        count += source.count
    }

    func append(contentsOf source: some Sequence<UInt8>) {
        if source.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) != nil { return }
        for byte in source { append(byte) }
    }

    func append(_ name: StaticString) {
        name.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// `n` copies of `byte` (an indentation).
    func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        if count + n > capacity { grow(toHold: count + n) }
        (base + count).initialize(repeating: byte, count: n)
        count += n
    }

    /// Forgets the bytes from `offset` on, keeping the room.
    func removeSuffix(from offset: Int) {
        precondition(offset >= 0 && offset <= count, "offset outside the buffer")
        count = offset
    }

    /// The bytes from `offset` on, as an array.
    func suffix(from offset: Int) -> [UInt8] { Array(UnsafeBufferPointer(rebasing: bytes[offset...])) }

    /// The bytes as an array.
    var array: [UInt8] { Array(bytes) }

    @inline(never)
    private func grow(toHold needed: Int) {
        var larger = capacity
        while larger < needed { larger *= 2 }
        guard let moved = realloc(base, larger) else { fatalError("out of memory: a buffer of \(larger) bytes") }
        base = moved.bindMemory(to: UInt8.self, capacity: larger)
        capacity = larger
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let block = malloc(capacity) else { fatalError("out of memory: a buffer of \(capacity) bytes") }
        return block.bindMemory(to: UInt8.self, capacity: capacity)
    }
}
