/// Who leads, supports or is asked, read from a clause: "Công an thành phố chủ trì, phối hợp với
/// phòng Quản lý đô thị, UBND các phường" → lead [CA thành phố], support [phòng QLĐT, UBND các phường].
struct ResponsibilityClause: Sendable, Hashable {
    var lead: [Agency] = []
    var support: [Agency] = []
    var requested: [Agency] = []
    /// Whether the bodies open the sentence (false: "…, giao Sở X chủ trì …" deeper in it), so that a
    /// request in passing does not hide the lead the task inherits from its heading.
    var atStart = true

    var isEmpty: Bool { lead.isEmpty && support.isEmpty && requested.isEmpty }

    /// nil unless the clause names bodies (and only bodies, with their roles): "(TTATGT)",
    /// "(b/cáo)", "(nếu có)", "(01 đơn vị)", "(30%)" are not responsibility clauses.
    private static let memo = Memo<ResponsibilityClause?>()

    static func read(_ text: String) -> ResponsibilityClause? { memo.value(for: text, readUncached) }

    private static func readUncached(_ text: String) -> ResponsibilityClause? {
        var clause = ResponsibilityClause()
        for rawSegment in text.split(separator: ";") {
            var segment = String(rawSegment).trimmingCharacters()
            guard !segment.isEmpty else { continue }
            let lower = Casing.lowercased(segment)
            if let (_, asked) = AssigningVerb.opening(segment, among: [.deNghi]) {
                segment = String(asked)
                guard AgencyReader.beginsWithAgency(segment) else { return nil }
                clause.requested += AgencyReader.split(segment)
                continue
            }
            // "chủ trì: Sở Tư pháp", "Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ": a role's label, then its bodies.
            if let offset = segment.firstOffset(of: 0x3A, within: 32) {
                let colon = segment.utf8.index(segment.utf8.startIndex, offsetBy: offset)
                let key = Fold.key(segment[..<colon].trimmingSpaces())
                let isLead = leadLabels.contains(key), isSupport = supportLabels.contains(key)
                if isLead || isSupport {
                    let value = String(segment[segment.index(after: colon)...].trimmingSpaces())
                    guard AgencyReader.beginsWithAgency(value) else { return nil }
                    if isLead { clause.lead += AgencyReader.split(value) } else { clause.support += AgencyReader.split(value) }
                    continue
                }
            }
            // An acronym the glossary does not know still names a body when a role word follows:
            // "BCĐATGT chủ trì, phối hợp với Công an huyện".
            let acronym = segment.prefix { !$0.isWhitespace }
            let namedByRole = acronym.count >= 2 && Text.isAllCaps(acronym) && acronym.allSatisfy { $0.isLetter || $0 == "&" }
                && (lower.containsBytes(" chủ trì") || lower.containsBytes(" phối hợp"))
            guard AgencyReader.beginsWithAgency(segment) || namedByRole else { return nil }
            if let range = lower.byteRange(of: "phối hợp") {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let head = String(segment.prefix(offset))
                var tail = String(segment.dropFirst(offset + "phối hợp".count)).trimmingCharacters()
                if Casing.lowercased(tail).hasPrefix("với ") { tail = String(tail.dropFirst(4)) }
                // "UBND xã Cẩm Mỹ phối hợp": the role after the bodies; they support.
                if tail.isEmpty { clause.support += AgencyReader.split(head); continue }
                clause.lead += AgencyReader.split(head)
                // After "phối hợp (với)" come bodies, even generic ones ("cơ quan, đoàn thể").
                clause.support += AgencyReader.split(tail)
            } else {
                clause.lead += AgencyReader.split(segment)
            }
        }
        return clause.isEmpty ? nil : clause
    }

    private static let sentenceMemo = Memo<ResponsibilityClause?>()

    /// Who leads, supports or is asked in a task's sentence: "Giao Công an thành phố chủ trì, phối
    /// hợp với Sở Xây dựng …", "Sở Y tế: Chủ trì, phối hợp với …", "Giám đốc Sở Tư pháp có trách
    /// nhiệm …", and deep in a sentence: "…, giao Sở Tài chính chủ trì, phối hợp với …", "…; đề nghị
    /// Ủy ban MTTQ tỉnh phối hợp …". The list of bodies ends where its predicate begins (AgencyExtent).
    static func read(sentence text: String) -> ResponsibilityClause? { sentenceMemo.value(for: text, readSentence) }

    /// Openings of a purpose or a basis that stands before the subject, up to a comma.
    private static let purposeOpenings = ["để ", "trên cơ sở ", "nhằm "]

    /// The verbs that hand a task on deep in a sentence (", giao …", "; đề nghị …").
    private static let assigning: [AssigningVerb] = [.giao, .deNghi]

    private static func readSentence(_ text: String) -> ResponsibilityClause? {
        var body = text[...]
        let opening = Casing.lowercased(Text.prefix(text, characters: 12))
        if opening.hasPrefix("căn cứ ") {
            // "Căn cứ Kế hoạch này, các sở …" / "Căn cứ Kế hoạch này đề nghị …": the basis is no subject.
            let window = Text.prefix(text, characters: 300)
            let comma = window.firstIndex(of: ",")
            if let ask = window.byteRange(of: " đề nghị "), comma.map({ ask.lowerBound < $0 }) ?? true {
                body = text[text.index(after: ask.lowerBound)...]
            } else if let comma {
                body = text[text.index(after: comma)...].drop { $0 == " " }
            } else {
                return nil
            }
        } else if purposeOpenings.contains(where: opening.hasPrefix),
                  let comma = Text.prefix(text, characters: 300).firstIndex(of: ",") {
            // "Để xác định vị trí của dự án, Ủy ban nhân dân tỉnh … phối hợp …": the purpose or basis
            // before the comma is no subject; a body right after it is. (", giao Sở …" after it is an
            // assignment deeper in the sentence, read below.)
            let after = text[text.index(after: comma)...].drop { $0 == " " }
            if AgencyReader.beginsWithAgency(after) { body = after }
        }
        var clause = ResponsibilityClause()
        var rest: Substring
        var requested = false
        if let (verb, after) = AssigningVerb.opening(body) { requested = verb.asks; rest = after }
        else { rest = body }   // "Công an thành phố tham mưu …": the subject leads
        if !AgencyReader.beginsWithAgency(rest) {
            if let topic = afterTopic(body) {
                // "Cơ quan thực hiện: Sở Nội vụ chủ trì …", "Thực hiện mở tài khoản: UBND xã, phường phối hợp …".
                rest = topic
            } else {
                // "…, giao Sở X chủ trì …" / "…; đề nghị Z phối hợp …" deeper in the sentence.
                guard let (found, asks) = assignment(in: body) else { return labelled(in: body) }
                rest = found
                requested = asks
                clause.atStart = false
            }
        }
        // "Các cơ quan, đơn vị; UBND các phường liên quan chủ động …": the plan's own bodies may be
        // separated by ";", a request ends at it.
        guard let (bodies, end) = AgencyExtent.list(rest, semicolons: !requested) else { return nil }
        var after = rest[end...].drop { $0 == " " }
        if requested {
            clause.requested = bodies
            // "đề nghị Ủy ban MTTQ thành phố; các cơ quan, đơn vị … xây dựng": the request ends at
            // ";", the bodies after it are the plan's own.
            if after.first == ";" {
                let next = after.dropFirst().drop { $0 == " " }
                if let (own, ownEnd) = AgencyExtent.list(next) { clause.lead = own; after = next[ownEnd...] }
            }
        } else {
            clause.lead = bodies
        }
        if after.first == ":" { after = after.dropFirst().drop { $0 == " " } }
        // "Ủy ban nhân dân tỉnh giao Giám đốc các sở …", "UBND tỉnh đề nghị các cơ quan …": the issuer
        // hands the task on; the bodies after the verb do it.
        if !requested, let (verb, next) = AssigningVerb.opening(after), AgencyReader.beginsWithAgency(next),
           let (handed, handedEnd) = AgencyExtent.list(next) {
            if verb.asks { clause.lead = []; clause.requested = handed } else { clause.lead = handed }
            after = next[handedEnd...].drop { $0 == " " }
            if clause.lead.isEmpty { return clause }
        }
        // Support: "phối hợp (chặt chẽ) với …" in the same clause, after the bodies that lead or are asked to ("Đề nghị
        // Ủy ban MTTQ xã chủ trì, phối hợp với Hội Nông dân xã …").
        let window = Text.prefix(after, characters: 400)
        let clauseEnd = Text.firstIndex(ofASCII: [0x3B, 0x2E], in: window) ?? window.endIndex   // ; .
        let tail = window[..<clauseEnd]
        let named = !clause.lead.isEmpty || !clause.requested.isEmpty
        let lowered = named ? Casing.lowercased(tail) : ""
        if named, let range = lowered.byteRange(of: "phối hợp") {
            var support = tail.dropFirst(lowered.distance(from: lowered.startIndex, to: range.upperBound)).drop { $0 == " " }
            for filler in ["chặt chẽ ", "thường xuyên ", "với ", "cùng "] where Casing.lowercased(support).hasPrefix(filler) {
                support = support.dropFirst(filler.count)
            }
            if Casing.lowercased(support).hasPrefix("với ") { support = support.dropFirst(4) }
            if AgencyReader.beginsWithAgency(support), let (bodies, _) = AgencyExtent.list(support) { clause.support = bodies }
        }
        // "Sở Công Thương chủ trì kiểm soát …; phối hợp với Công an tỉnh kiểm tra …": the next clause, without a
        // subject of its own, goes on with the same bodies; "…; Công an tỉnh phối hợp xử lý …" names who supports.
        if named, clause.support.isEmpty, clauseEnd < window.endIndex, window[clauseEnd] == ";" {
            let next = after[after.index(after: clauseEnd)...].drop { $0 == " " }
            if let continued = read(subjectless: String(next)) {
                clause.support = continued.support
            } else if AgencyReader.beginsWithAgency(next), let (bodies, end) = AgencyExtent.list(next),
                      Casing.lowercased(Text.prefix(next[end...].drop { $0 == " " }, characters: 9)) == "phối hợp " {
                clause.support = bodies
            }
        }
        // "…; đề nghị Ủy ban MTTQ tỉnh phối hợp …" after the plan's own bodies.
        if !requested, let (found, asks) = assignment(in: after), asks, let (bodies, _) = AgencyExtent.list(found) {
            clause.requested = bodies
        }
        return clause.isEmpty ? nil : clause
    }

    /// Who supports, in a sentence without a subject whose lead is its heading's: "Chủ trì, phối hợp với Sở Nội vụ,
    /// Sở Y tế rà soát …" under "1. Sở Tài chính", "Phối hợp chặt chẽ với Công an tỉnh kiểm tra …". nil unless the
    /// sentence opens so and bodies follow "phối hợp"; `read(sentence:)` is nil for such a sentence, since no body
    /// in it does the task. Examples: Corpus/support.tsv.
    static func read(subjectless text: String) -> ResponsibilityClause? {
        // "Chủ trì", "Phối hợp", "Tiếp tục", "Tích cực", "Thường xuyên": told by the first byte first.
        guard let first = text.firstByte, first | 0x20 == 0x63 || first | 0x20 == 0x70 || first | 0x20 == 0x74 else { return nil }
        // "phối hợp" among the first bytes, found by a byte search before any character is read.
        if Self.opensWithSupport(text), let clause = supportOpening(text) { return clause }
        // "Chủ trì triển khai …; phối hợp với Báo Cần Thơ tuyên truyền …": the next clause names who supports.
        guard text.startsWithBytes("Chủ trì ") || text.startsWithBytes("chủ trì "),
              let semicolon = Text.firstIndex(ofASCII: [0x3B], in: Text.prefix(text, characters: 400)) else { return nil }
        let next = text[text.index(after: semicolon)...].drop { $0 == " " }
        guard next.startsWithBytes("phối hợp ") || next.startsWithBytes("Phối hợp ") else { return nil }
        return supportOpening(String(next))
    }

    /// `read(subjectless:)` of a text that opens with its support: "Chủ trì, phối hợp với Sở Nội vụ …", "Phối hợp
    /// chặt chẽ với Công an tỉnh …".
    private static func supportOpening(_ text: String) -> ResponsibilityClause? {
        var rest = Substring(Casing.lowercased(Text.prefix(text, characters: 48)))
        for opener in ["tiếp tục ", "chủ trì, ", "chủ trì và ", "chủ trì ", "chủ động ", "tích cực ", "thường xuyên "] where rest.hasPrefix(opener) {
            rest = rest.dropFirst(opener.count)
        }
        guard rest.hasPrefix("phối hợp ") else { return nil }
        rest = rest.dropFirst("phối hợp ".count)
        for filler in ["chặt chẽ ", "thường xuyên ", "với ", "cùng "] where rest.hasPrefix(filler) { rest = rest.dropFirst(filler.count) }
        // The same place in the text as written (lower-casing keeps every character).
        let bodies = text.dropFirst(Text.prefix(text, characters: 48).count - rest.count)
        guard AgencyReader.beginsWithAgency(bodies), let (found, _) = AgencyExtent.list(bodies) else { return nil }
        var clause = ResponsibilityClause()
        clause.support = found
        return clause
    }

    /// "hối hợp " ("phối hợp ", "Phối hợp ") within the first 64 bytes.
    private static let supportVerb: [UInt8] = Array("hối hợp ".utf8)

    private static func opensWithSupport(_ text: String) -> Bool {
        let needle = supportVerb
        return withUTF8Bytes(text) { b in
            let end = min(b.count, 64)
            guard end >= needle.count else { return false }
            for i in 0...(end - needle.count) where b[i] == needle[0] {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
    }

    /// What follows a short topic and its colon when a body opens it: "Cơ quan thực hiện: Sở Y tế …". A topic
    /// that opens with "Về" may be long, as in a notice's conclusions: "Về điều chuyển số vốn dư, không có khả năng
    /// giải ngân trong năm 2025 (…): Ủy ban nhân dân tỉnh Thanh Hóa rà soát …".
    private static func afterTopic(_ text: Substring) -> Substring? {
        let namedTopic = text.startsWithBytes("Về ") || text.startsWithBytes("về ")
        guard let colon = Text.firstIndex(ofASCII: [0x3A], in: Text.prefix(text, characters: namedTopic ? 400 : 80)) else { return nil }
        let topic = text[..<colon]
        // A sentence before the colon ("Rà soát thủ tục. Cơ quan chủ trì: …") makes it a label inside the text (`labelled`).
        guard namedTopic || topic.split(separator: " ").count <= 10 && !topic.containsByte(0x2C) && !topic.containsByte(0x3B)
                && !topic.containsBytes(". ") else { return nil }
        var rest = text[text.index(after: colon)...].drop { $0 == " " }
        if let (_, after) = AssigningVerb.opening(rest, among: [.giao]) { rest = after }
        return AgencyReader.beginsWithAgency(rest) ? rest : nil
    }

    /// Folded labels inside a sentence that name who leads or supports: "… ban hành. Cơ quan chủ trì: Phòng Tư pháp;
    /// phối hợp: Văn phòng HĐND và UBND huyện; thời gian: tháng 9/2025."
    private static let leadLabels: Set<String> = ["co quan chu tri", "don vi chu tri", "chu tri", "co quan thuc hien", "don vi thuc hien"]
    private static let supportLabels: Set<String> = ["co quan phoi hop", "don vi phoi hop", "phoi hop"]

    /// The bodies that labels after a sentence's first statement name (". Cơ quan chủ trì: …", "; phối hợp: …"): each
    /// label stands after ". " or "; " and before ":", its bodies after it. nil when no lead label names a body.
    private static func labelled(in text: Substring) -> ResponsibilityClause? {
        guard text.containsBytes(":") else { return nil }
        var clause = ResponsibilityClause()
        var from = text.startIndex
        while let colon = Text.firstIndex(ofASCII: [0x3A], in: text[from...]) {
            from = text.index(after: colon)
            let before = text[..<colon]
            // The label: the words since the last ". " or "; ", within 40 bytes of the colon.
            guard let start = Text.lastStatementStart(before, within: 40) else { continue }
            // "; - Cơ quan phối hợp:": a bullet's sign before the label is not part of it.
            let label = Fold.key(before[start...].drop { $0 == "-" || $0 == "+" || $0 == "*" || $0 == " " })
            let isLead = leadLabels.contains(label), isSupport = supportLabels.contains(label)
            guard isLead || isSupport else { continue }
            let value = text[from...].drop { $0 == " " }
            guard AgencyReader.beginsWithAgency(value), let (bodies, _) = AgencyExtent.list(value) else { continue }
            if isLead { clause.lead += bodies } else { clause.support += bodies }
        }
        return clause.lead.isEmpty ? nil : clause
    }

    /// The first ", giao …", "; đề nghị …", ". Đề nghị …" in the sentence that names a body; whether it asks.
    private static func assignment(in text: Substring) -> (Substring, Bool)? {
        let lowered = Casing.lowercased(Text.prefix(text, characters: 1200))
        var best: (String.Index, Int, Bool)?
        for verb in assigning {
            var from = lowered.startIndex
            while let range = lowered.byteRange(of: verb.written, from: from) {
                from = range.upperBound
                let before = lowered[..<range.lowerBound].reversed().drop { $0 == " " }.first
                guard before == "," || before == ";" || before == "." || before == ":" || before == nil
                        || lowered[..<range.lowerBound].hasSuffix(" và ") else { continue }
                let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
                if best == nil || offset < best!.1 { best = (range.upperBound, offset, verb.asks) }
                break
            }
        }
        guard let (_, offset, asks) = best else { return nil }
        let found = text.dropFirst(offset)
        guard AgencyReader.beginsWithAgency(found) else { return nil }
        return (found, asks)
    }
}
