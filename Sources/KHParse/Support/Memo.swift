import Synchronization

/// A small thread-safe memo for pure functions of a string. Plans repeat the same agency lists
/// and names hundreds of times ("Công an thành phố", "UBND cấp xã"); reading each once is enough.
/// Bounded: past `limit` entries it starts over, so batch runs over thousands of plans stay flat.
final class Memo<Value: Sendable>: Sendable {
    private let table = Mutex<[Key: Value]>([:])
    private let limit: Int

    init(limit: Int = 20_000) { self.limit = limit }

    func value(for key: String, _ compute: (String) -> Value) -> Value {
        if let hit = table.withLock({ $0[Key(text: key)] }) { return hit }
        let value = compute(key)
        table.withLock { t in
            if t.count >= limit { t.removeAll(keepingCapacity: true) }
            t[Key(text: key)] = value
        }
        return value
    }

    /// A text hashed and compared on its UTF-8 bytes. `String`'s own hashing and `==` work on canonical
    /// equivalence, which normalizes Vietnamese text at every lookup. Each key's value is computed from
    /// its own bytes, so two spellings of one text (NFC and NFD) each get theirs.
    struct Key: Hashable, Sendable {
        let text: String

        func hash(into hasher: inout Hasher) {
            withUTF8Bytes(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: Key, b: Key) -> Bool {
            guard a.text.utf8.count == b.text.utf8.count else { return false }
            return withUTF8Bytes(a.text) { x in withUTF8Bytes(b.text) { y in ByteSearch.equal(x, y) } }
        }
    }
}
