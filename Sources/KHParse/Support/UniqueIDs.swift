/// Ids made unique in order of first use: a repeat of "I" becomes "I~2", "I~3" … It remembers the next
/// free suffix of each id, so that a document repeating one heading n times costs n steps, not n²
/// (100,000 headings "I." took minutes when every repeat counted up from "~2").
struct UniqueIDs {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    init() {}

    /// Room for `capacity` ids claimed without the set growing (and every id hashed again) on the way.
    init(capacity: Int) { used.reserveCapacity(capacity) }

    /// How many ids were claimed.
    var count: Int { used.count }

    /// `id` itself when it is new, else `id~n` with the smallest free n ≥ 2.
    mutating func claim(_ id: String) -> String {
        if used.insert(id).inserted { return id }
        var n = nextSuffix[id] ?? 2
        while used.contains("\(id)~\(n)") { n += 1 }
        nextSuffix[id] = n + 1
        let unique = "\(id)~\(n)"
        used.insert(unique)
        return unique
    }
}
