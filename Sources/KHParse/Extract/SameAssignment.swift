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
        let keys = Dictionary(uniqueKeysWithValues: (body + rows).map { ($0, key(tasks[$0].text)) })

        // Equal texts, through a dictionary; then containment, through an index of the body tasks
        // by the word trigrams that begin some row (so long documents stay linear).
        var byKey: [String: [Int]] = [:]
        for i in body where !keys[i]!.isEmpty { byKey[keys[i]!, default: []].append(i) }
        var linked = Set<Int>()
        var pending: [Int] = []
        for r in rows {
            let k = keys[r]!
            if !k.isEmpty, let i = byKey[k]?.first(where: { !linked.contains($0) }) {
                connect(r, i, &tasks, &linked)
            } else {
                pending.append(r)
            }
        }
        let starts = Set(pending.compactMap { trigram(keys[$0]!) })
        guard !starts.isEmpty else { return }
        var byStart: [String: [Int]] = [:]
        for i in body where !linked.contains(i) {
            let words = keys[i]!.split(separator: " ")
            guard words.count >= 3 else { continue }
            var seen = Set<String>()
            for w in 0...(words.count - 3) {
                let t = words[w..<(w + 3)].joined(separator: " ")
                if starts.contains(t), seen.insert(t).inserted { byStart[t, default: []].append(i) }
            }
        }
        for r in pending {
            let k = keys[r]!
            guard k.split(separator: " ").count >= minimumWords, let t = trigram(k) else { continue }
            let needle = " " + k + " "
            if let i = byStart[t]?.first(where: { !linked.contains($0) && (" " + keys[$0]! + " ").contains(needle) }) {
                connect(r, i, &tasks, &linked)
            }
        }
    }

    private static func connect(_ row: Int, _ task: Int, _ tasks: inout [PlanTask], _ linked: inout Set<Int>) {
        tasks[row].sameAs = tasks[task].id
        tasks[task].sameAs = tasks[row].id
        linked.insert(task)
    }

    /// Folded words joined by one space: "Kẻ vẽ lại vạch sơn, hè phố." → "ke ve lai vach son he pho".
    static func key(_ text: String) -> String {
        let folded = Fold.key(text)
        var out = ""
        var space = false
        for ch in folded {
            if ch.isLetter || ch.isNumber {
                if space && !out.isEmpty { out.append(" ") }
                out.append(ch)
                space = false
            } else {
                space = true
            }
        }
        return out
    }

    private static func trigram(_ key: String) -> String? {
        let words = key.split(separator: " ", maxSplits: 3)
        return words.count >= 3 ? words[0..<3].joined(separator: " ") : nil
    }
}
