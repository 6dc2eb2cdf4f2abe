/// Substring search on UTF-8 bytes. Foundation's `range(of:)` bridges through NSString and folds
/// grapheme clusters, which made it the hottest code of the pipeline; every needle here is plain
/// lower-case text, so a byte search finds the same places.
extension StringProtocol where UTF8View.Index == Index {
    /// The first range where `needle` occurs, searching from `start` (default: the beginning).
    func byteRange(of needle: String, from start: Index? = nil) -> Range<Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        let bytes = utf8
        var i = start ?? bytes.startIndex
        while i < bytes.endIndex {
            guard bytes[i] == first else { i = bytes.index(after: i); continue }
            var j = i, k = 0
            while k < n.count, j < bytes.endIndex, bytes[j] == n[k] { j = bytes.index(after: j); k += 1 }
            if k == n.count { return i..<j }
            i = bytes.index(after: i)
        }
        return nil
    }

    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }

}

extension StringProtocol {
    func containsByte(_ byte: UInt8) -> Bool { utf8.contains(byte) }
}
