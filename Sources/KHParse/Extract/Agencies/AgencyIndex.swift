/// Gives each body one name across the document and builds the top-level `agencies` index.
/// "Sở xây dựng" and "Sở Xây dựng" are one body: of the spellings that fold alike, the most
/// frequent wins (ties: the one with more capitals, then the first seen). In a plan issued by the
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
        // One key a spelling: `bodyKey` folds the name, and a plan names its few bodies thousands of times.
        var keys: [String: String] = [:]
        func key(_ name: String) -> String {
            if let key = keys[name] { return key }
            let key = bodyKey(name, home: home)
            keys[name] = key
            return key
        }
        var counts: [String: [String: Int]] = [:]
        var order: [String] = []
        func count(_ agency: Agency) {
            let key = key(agency.name)
            if counts[key] == nil { order.append(key); counts[key] = [:] }
            counts[key]![agency.name, default: 0] += 1
        }
        for task in tasks { (task.lead + task.support + task.requested).forEach(count) }
        var chosen: [String: String] = [:]
        for (key, spellings) in counts {
            chosen[key] = spellings.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let ca = a.key.filter(\.isUppercase).count, cb = b.key.filter(\.isUppercase).count
                if ca != cb { return ca < cb }
                return a.key > b.key
            }!.key
        }
        func fix(_ agency: Agency) -> Agency {
            Agency(name: chosen[key(agency.name)] ?? agency.name, text: agency.text)
        }
        for i in tasks.indices {
            tasks[i].lead = tasks[i].lead.map(fix)
            tasks[i].support = tasks[i].support.map(fix)
            tasks[i].requested = tasks[i].requested.map(fix)
        }

        var entries: [String: AgencyEntry] = [:]
        /// Entries are changed in place in the dictionary, and a task's id is listed once: tasks are
        /// read in order, so a task already listed is the list's last (a copy of the entry and a search
        /// of its list made a plan repeated many times quadratic).
        func add(_ id: String, to list: inout [String]) { if list.last != id { list.append(id) } }
        for task in tasks {
            for (list, role) in [(task.lead, 0), (task.support, 1), (task.requested, 2)] {
                for agency in list {
                    let key = key(agency.name)
                    if entries[key] == nil { entries[key] = AgencyEntry(name: agency.name, aliases: [], lead: [], support: [], requested: []) }
                    if agency.text != agency.name, !entries[key]!.aliases.contains(agency.text) { entries[key]!.aliases.append(agency.text) }
                    switch role {
                    case 0: add(task.id, to: &entries[key]!.lead)
                    case 1: add(task.id, to: &entries[key]!.support)
                    default: add(task.id, to: &entries[key]!.requested)
                    }
                }
            }
        }
        return order.compactMap { entries[$0] }
    }
}
