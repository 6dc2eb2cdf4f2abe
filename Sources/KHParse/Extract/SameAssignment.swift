/// Links a body task and a table row that state the same assignment (`task.sameAs`, output.md):
/// a plan's appendix table often repeats what its body assigns ("Phụ lục … phân công nhiệm vụ").
///
/// A table row states the body task's assignment when its text, folded (case, diacritics and
/// punctuation ignored), equals the task's or is contained in it as whole words, and it has at
/// least `minimumWords` words for containment. Each row links to at most one body task and each
/// task to at most one row: the first not yet linked in reading order, an equal text before a
/// containing one. Both get the other's id.
///
/// It lives in Extract, after the tasks are read: whether two statements are one assignment is a
/// fact about the document that every reader of the model (the JSON, the views) needs, while Emit
/// only writes the model out.
enum SameAssignment {
    static let minimumWords = 4

    static func link(_ tasks: inout [PlanTask]) {
        let rows = tasks.indices.filter { tasks[$0].origin == .table }
        guard !rows.isEmpty else { return }
        let body = tasks.indices.filter { tasks[$0].origin == .body }
        // Only the rows' keys are kept: a body task's key is made when it is read and let go (kept, the
        // keys were a second copy of every task's words at the parse's peak). A body task left unlinked
        // by equal texts is folded again for containment: a little time for that memory.
        var rowKeys = [String](repeating: "", count: tasks.count)
        for r in rows { rowKeys[r] = key(tasks[r].text) }

        // Equal texts: the k-th body task with a text, in reading order, takes the k-th row with it.
        var byKey: [String: Queue] = [:]
        for r in rows where !rowKeys[r].isEmpty { byKey[rowKeys[r], default: Queue()].tasks.append(r) }
        var linked = Set<Int>()
        for i in body {
            let k = key(tasks[i].text)
            if !k.isEmpty, let r = byKey[k]?.takeFirst(unlinked: linked) {
                connect(r, i, &tasks, &linked)
                linked.insert(r)
            }
        }
        let pending = rows.filter { !linked.contains($0) }

        // Then containment: the body tasks whose words hold a row's words, found through the rows'
        // first three words and their lengths, so that each body task is read once and each list
        // only forward: linear, even in a text that repeats one plan a thousand times. Words are
        // numbered as the rows have them (a word no row has is -1 and matches nothing), so that runs
        // of words are hashed as integers.
        var vocabulary = Vocabulary()
        var lengths: [WordRun: Set<Int>] = [:]
        // Each distinct row text gets a number; body tasks are listed under it, so that no body task's
        // words are kept once it is read.
        var rowText: [WordRun: Int] = [:]
        var rowNumber = [Int?](repeating: nil, count: tasks.count)
        for r in pending {
            guard Self.wordCount(rowKeys[r]) >= minimumWords else { continue }
            let ids = vocabulary.numbers(rowKeys[r], adding: true)[...]
            lengths[WordRun(ids.prefix(3)), default: []].insert(ids.count)
            rowNumber[r] = rowText[WordRun(ids)] ?? { rowText[WordRun(ids)] = rowText.count; return rowText.count - 1 }()
        }
        guard !lengths.isEmpty else { return }
        var containing = [Queue](repeating: Queue(), count: rowText.count)
        // The words that open a row: a body task's word that opens none starts no match, told without a hash.
        var opensRow = [Bool](repeating: false, count: vocabulary.count)
        for prefix in lengths.keys { opensRow[prefix.ids[prefix.ids.startIndex]] = true }
        for i in body where !linked.contains(i) {
            let ids = vocabulary.numbers(key(tasks[i].text), adding: false)
            guard ids.count >= minimumWords else { continue }
            var seen = Set<Int>()
            for w in 0...(ids.count - 3) where ids[w] >= 0 && opensRow[ids[w]] && ids[w + 1] >= 0 && ids[w + 2] >= 0 {
                guard let counts = lengths[WordRun(ids[w..<(w + 3)])] else { continue }
                for count in counts where w + count <= ids.count {
                    if let n = rowText[WordRun(ids[w..<(w + count)])], seen.insert(n).inserted { containing[n].tasks.append(i) }
                }
            }
        }
        for r in pending {
            if let n = rowNumber[r], let i = containing[n].takeFirst(unlinked: linked) { connect(r, i, &tasks, &linked) }
        }
    }

    /// How many words a key has (words joined by one space).
    private static func wordCount(_ key: String) -> Int {
        guard key.isASCII else { return key.split(separator: " ").count }
        return withUTF8Bytes(key) { b in
            var count = 0
            for k in b.indices where b[k] != 0x20 && (k == 0 || b[k - 1] == 0x20) { count += 1 }
            return count
        }
    }

    /// The rows' words, numbered in the order first seen. An ASCII word of up to eight bytes (nearly every
    /// one) is looked up by its bytes packed in an integer (`PackedKey`), which hashes in a fraction of a
    /// string's time; other words as strings (equal when canonically equivalent, which bytes do not tell).
    private struct Vocabulary {
        private var short: [UInt64: Int] = [:]
        private var long: [Substring: Int] = [:]
        private(set) var count = 0

        /// The numbers of a key's words, in order: each added when `adding`, else -1 for a word no row has.
        /// An ASCII key (nearly every one) is cut on its bytes; another by Character.
        mutating func numbers(_ key: String, adding: Bool) -> [Int] {
            guard key.isASCII else {
                return key.split(separator: " ").map { word in
                    let ascii = word.utf8.count <= 8 && word.isASCII
                    return number(word, packed: ascii ? withUTF8Bytes(word) { PackedKey.of($0) } : 0, adding: adding)
                }
            }
            let utf8 = key.utf8
            return withUTF8Bytes(key) { b in
                var numbers: [Int] = []
                var i = 0
                while i < b.count {
                    if b[i] == 0x20 { i += 1; continue }
                    var j = i
                    while j < b.count && b[j] != 0x20 { j += 1 }
                    let packed = j - i <= 8 ? PackedKey.of(UnsafeBufferPointer(rebasing: b[i..<j])) : 0
                    numbers.append(number(key[utf8.index(utf8.startIndex, offsetBy: i)..<utf8.index(utf8.startIndex, offsetBy: j)],
                                          packed: packed, adding: adding))
                    i = j
                }
                return numbers
            }
        }

        /// `packed`: the word's `PackedKey` when it is ASCII and fits, else 0 (then it is looked up as a string).
        private mutating func number(_ word: @autoclosure () -> Substring, packed: UInt64, adding: Bool) -> Int {
            if packed != 0 {
                if let n = short[packed] { return n }
                guard adding else { return -1 }
                short[packed] = count
            } else {
                let word = word()
                if let n = long[word] { return n }
                guard adding else { return -1 }
                long[word] = count
            }
            count += 1
            return count - 1
        }
    }

    /// A run of word numbers as a dictionary key, hashed and compared as one block of integers (a slice of
    /// `Int` as the key was hashed and compared one element at a time, through the generic path).
    private struct WordRun: Hashable {
        let ids: ArraySlice<Int>

        init(_ ids: ArraySlice<Int>) { self.ids = ids }

        static func == (a: WordRun, b: WordRun) -> Bool {
            a.ids.count == b.ids.count && a.ids.withUnsafeBufferPointer { x in
                b.ids.withUnsafeBufferPointer { y in
                    for k in 0..<x.count where x[k] != y[k] { return false }
                    return true
                }
            }
        }

        func hash(into hasher: inout Hasher) { ids.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// Tasks (rows or body tasks) in reading order, taken from the front; tasks linked through another list are passed over.
    private struct Queue {
        var tasks: [Int] = []
        var next = 0

        mutating func takeFirst(unlinked linked: Set<Int>) -> Int? {
            while next < tasks.count, linked.contains(tasks[next]) { next += 1 }
            guard next < tasks.count else { return nil }
            next += 1
            return tasks[next - 1]
        }
    }

    private static func connect(_ row: Int, _ task: Int, _ tasks: inout [PlanTask], _ linked: inout Set<Int>) {
        tasks[row].sameAs = tasks[task].id
        tasks[task].sameAs = tasks[row].id
        linked.insert(task)
    }

    /// Folded words joined by one space: "Kẻ vẽ lại vạch sơn, hè phố." → "ke ve lai vach son he pho".
    /// Read on the fold's bytes: ASCII letters and digits, and any other scalar that is a letter or a
    /// number (a fold keeps what it cannot take to ASCII), make words; everything else parts them.
    static func key(_ text: String) -> String {
        let folded = Fold.key(text)
        return folded.isASCII ? words(ofASCIIFold: folded) : words(ofFold: folded)
    }

    /// `words(ofFold:)` of an ASCII fold (nearly every one), written straight into the key's storage.
    static func words(ofASCIIFold folded: String) -> String {
        var folded = folded
        return folded.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var space = false
                for b in bytes {
                    if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                        if space && count > 0 { out[count] = 0x20; count += 1 }
                        out[count] = b
                        count += 1
                        space = false
                    } else {
                        space = true
                    }
                }
                return count
            }
        }
    }

    /// A fold's words joined by one space.
    static func words(ofFold folded: String) -> String {
        var folded = folded
        return folded.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var length = 1
                var word: Bool
                if b < 0x80 {
                    word = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                } else {
                    length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    length = min(length, bytes.count - i)
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self).unicodeScalars.first
                    word = scalar.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
                }
                if word {
                    if space && !out.isEmpty { out.append(0x20) }
                    if length == 1 { out.append(b) } else { out.append(contentsOf: bytes[i..<(i + length)]) }
                    space = false
                } else {
                    space = true
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
