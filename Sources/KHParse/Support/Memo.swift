import Synchronization

/// A small thread-safe memo for pure functions of a string. Plans repeat the same agency lists
/// and names hundreds of times ("Công an thành phố", "UBND cấp xã"); reading each once is enough.
/// Bounded: past `limit` entries it starts over, so batch runs over thousands of plans stay flat.
final class Memo<Value: Sendable>: Sendable {
    private let table = Mutex<[String: Value]>([:])
    private let limit: Int

    init(limit: Int = 20_000) { self.limit = limit }

    func value(for key: String, _ compute: (String) -> Value) -> Value {
        if let hit = table.withLock({ $0[key] }) { return hit }
        let value = compute(key)
        table.withLock { t in
            if t.count >= limit { t.removeAll(keepingCapacity: true) }
            t[key] = value
        }
        return value
    }
}
