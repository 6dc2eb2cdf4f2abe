/// Gives each body one name across the document and builds the top-level `agencies` index.
/// "Sở xây dựng" and "Sở Xây dựng" are one body: of the spellings that fold alike, the most
/// frequent wins (ties: the one with more capitals, then the one that sorts first). In a plan issued by the
/// UBND of tỉnh Lâm Đồng, "UBND tỉnh" and "Ủy ban nhân dân tỉnh Lâm Đồng" are one body too: the
/// issuer's own province or city is what a bare "tỉnh"/"thành phố" means.
enum AgencyIndex {
    /// The issuer's unit and place, folded: "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" → ("tinh", "lam dong").
    static func home(of issuer: String?) -> (unit: String, place: String)? {
        guard let issuer else { return nil }
        let words = Fold.key(issuer).split(separator: " ").map(String.init)
        // The last "tinh" or "thanh pho" followed by one to four words of letters: "lam dong", "ho chi minh".
        for i in stride(from: words.count - 2, through: 0, by: -1) {
            let unitLength = words[i] == "tinh" ? 1 : (words[i] == "thanh" && words[i + 1] == "pho" ? 2 : 0)
            guard unitLength > 0 else { continue }
            let place = words[(i + unitLength)...]
            guard (1...4).contains(place.count), place.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
            return (unitLength == 1 ? "tinh" : "thanh pho", place.joined(separator: " "))
        }
        return nil
    }

    /// The key that spellings of one body share: folded, without the issuer's own place name.
    static func bodyKey(_ name: String, home: (unit: String, place: String)?) -> String {
        let key = Fold.key(name)
        guard let home, key.hasSuffix(" " + home.unit + " " + home.place) else { return key }
        return String(key.dropLast(home.place.count + 1))
    }

    static func unify(tasks: inout [PlanTask], sections: inout [Section], abbreviations: [Abbreviation] = [],
                      issuer: String? = nil) -> [AgencyEntry] {
        let home = home(of: issuer)
        // The document's own abbreviations name bodies too: "Ban ATGTĐB (Ban An toàn giao thông
        // đường bộ)" defined once gives every later "Ban ATGTĐB" its full name.
        let own = abbreviations.filter { AgencyGlossary.expansions[$0.short] == nil }
        if !own.isEmpty {
            // Each name once: a plan names its few bodies thousands of times.
            var expanded: [String: String] = [:]
            func expand(_ agency: Agency) -> Agency {
                if let name = expanded[agency.name] { return Agency(name: name, text: agency.text) }
                let words = agency.name.split(separator: " ").map { word in
                    own.first { $0.short == word }.map { $0.long } ?? String(word)
                }
                let name = Casing.capitalizedFirst(words.joined(separator: " "))
                expanded[agency.name] = name
                return Agency(name: name, text: agency.text)
            }
            for i in tasks.indices {
                tasks[i].lead = tasks[i].lead.map(expand)
                tasks[i].support = tasks[i].support.map(expand)
                tasks[i].requested = tasks[i].requested.map(expand)
            }
        }
        // Each spelling is numbered once, with the group of the spellings its key (`bodyKey`) shares: a plan
        // names its few bodies thousands of times, and counts, choices and entries are then read from
        // arrays by number (a dictionary of names for each took a dozen string hashes a name).
        var spellingNumber: [String: Int] = [:]
        var spellings: [String] = []
        var groupOf: [Int] = []                          // a spelling's group
        var groupNumber: [String: Int] = [:]             // a key's group
        var counts: [[(spelling: Int, count: Int)]] = [] // a group's spellings, in the order first seen
        func spelling(_ name: String) -> Int {
            if let n = spellingNumber[name] { return n }
            let n = spellings.count
            spellingNumber[name] = n
            spellings.append(name)
            let key = bodyKey(name, home: home)
            if let group = groupNumber[key] {
                groupOf.append(group)
            } else {
                groupNumber[key] = counts.count
                groupOf.append(counts.count)
                counts.append([])
            }
            return n
        }
        // Each occurrence's group, in the order the loops below read the agencies (a task's lead, support,
        // then requested): the name is looked up once.
        var groups: [Int] = []
        for task in tasks {
            for agency in task.lead + task.support + task.requested {
                let n = spelling(agency.name), group = groupOf[n]
                groups.append(group)
                if let k = counts[group].firstIndex(where: { $0.spelling == n }) { counts[group][k].count += 1 } else { counts[group].append((n, 1)) }
            }
        }
        // Groups are numbered in the order first seen, which is the order of the index.
        let chosen = counts.map { group in
            group.max { a, b in
                if a.count != b.count { return a.count < b.count }
                let ca = spellings[a.spelling].filter(\.isUppercase).count, cb = spellings[b.spelling].filter(\.isUppercase).count
                if ca != cb { return ca < cb }
                return spellings[a.spelling] > spellings[b.spelling]
            }!.spelling
        }
        var next = 0
        func fix(_ agency: Agency) -> Agency {
            defer { next += 1 }
            return Agency(name: spellings[chosen[groups[next]]], text: agency.text)
        }
        for i in tasks.indices {
            tasks[i].lead = tasks[i].lead.map(fix)
            tasks[i].support = tasks[i].support.map(fix)
            tasks[i].requested = tasks[i].requested.map(fix)
        }

        var entries = [AgencyEntry?](repeating: nil, count: counts.count)
        /// A task's id is listed once: tasks are read in order, so a task already listed is the list's last
        /// (a search of the list made a plan repeated many times quadratic).
        func add(_ id: String, to list: inout [String]) { if list.last != id { list.append(id) } }
        next = 0
        for task in tasks {
            for (list, role) in [(task.lead, 0), (task.support, 1), (task.requested, 2)] {
                for agency in list {
                    let group = groups[next]
                    next += 1
                    if entries[group] == nil { entries[group] = AgencyEntry(name: agency.name, aliases: [], lead: [], support: [], requested: []) }
                    if agency.text != agency.name, !entries[group]!.aliases.contains(agency.text) { entries[group]!.aliases.append(agency.text) }
                    switch role {
                    case 0: add(task.id, to: &entries[group]!.lead)
                    case 1: add(task.id, to: &entries[group]!.support)
                    default: add(task.id, to: &entries[group]!.requested)
                    }
                }
            }
        }
        return entries.compactMap { $0 }
    }
}
