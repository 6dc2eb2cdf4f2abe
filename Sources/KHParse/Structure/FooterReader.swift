/// The footer block: "Nơi nhận:" with its list, the signing authority ("TM. ỦY BAN NHÂN DÂN",
/// "KT. CHỦ TỊCH"), the position ("PHÓ CHỦ TỊCH") and the signer's name.
///
/// Read in units (`BlockUnits`), so that an authority wrapped inside its emphasis ("**TM. ỦY BAN" /
/// "NHÂN DÂN**") or a name split over two lines is one statement. In the cell-per-line layout the
/// recipients fill their cell, whatever their lines start with.
struct FooterReader {
    struct Result {
        var recipients: [String] = []
        var signer: Signer?
        /// Token indices the footer occupies (start..<end); nil when there is none.
        var range: Range<Int>?
        var dropped: [DroppedText] = []
    }

    static let authorityPrefixes = ["TM.", "KT.", "Q.", "TL.", "TUQ.", "T/M", "K/T", "T.M.", "K.T."]

    /// "Nơi nhận" in any case and marks opens the recipients' list: the one test of it (the footer, the
    /// two-column layout, the cell tables' block lines).
    static func opensRecipients(_ text: some StringProtocol) -> Bool {
        // Its key starts with "n": an ASCII first byte must be N or n.
        guard let first = text.utf8.first, first == 0x4E || first == 0x6E || first >= 0x80 else { return false }
        // A Latin letter beyond ASCII folds to its own letters first ("Đ" → "d"): one that does not fold to
        // "n" is told without a fold of the text.
        if first >= 0x80, let fold = withUTF8Bytes(text, { LetterTable.shared.fold(WordScanner.decode($0, at: 0).0) }),
           fold.packed & 0xFF != 0x6E {
            return false
        }
        return Fold.key(Text.prefix(text, characters: 12)).hasPrefix("noi nhan")
    }

    static func isAuthority(_ text: String) -> Bool {
        // "KT. CHỦ TỊCH", and "KT.TRƯỞNG BAN" with its space lost. Every prefix opens with K, Q or T.
        guard let first = text.utf8.first, first == 0x4B || first == 0x51 || first == 0x54 else { return false }
        let prefixed = authorityPrefixes.contains { prefix in
            guard text.hasPrefix(prefix) else { return false }
            guard let next = text.dropFirst(prefix.count).first else { return true }
            return next == " " || prefix.hasSuffix(".") && next.isUppercase
        }
        return prefixed || periodlessAuthority(text) != nil
    }

    /// An authority line in sentence case, its prefix kept as written: "KT. Chủ tịch", "KT Giám đốc".
    static func authorityCased(_ text: String) -> String {
        guard let (prefix, rest) = periodlessAuthority(text) else { return Casing.sentence(text) }
        return prefix + Casing.sentence(rest)
    }

    /// "KT GIÁM ĐỐC", "TL BỘ TRƯỞNG", "TM ỦY BAN NHÂN DÂN": an authority whose period was lost, told only in
    /// capitals and before a post or a body (a line opening with "TM", "KT" or "TL" and a space is rarely more).
    /// Its prefix as written and the rest; nil for any other text.
    private static func periodlessAuthority(_ text: String) -> (prefix: String, rest: String)? {
        guard let prefix = periodlessPrefixes.first(where: { text.startsWithBytes($0) }) else { return nil }
        let rest = String(text.dropFirst(prefix.count)).trimmingCharacters()
        guard !rest.isEmpty, text.count <= 80, Text.isAllCaps(text), isPosition(rest) || AgencyReader.beginsWithAgency(rest) else { return nil }
        return (prefix, rest)
    }

    /// "KT.", "TM.", "TL." and "TUQ." of `authorityPrefixes` without their period ("Q" alone is too short to tell).
    private static let periodlessPrefixes = ["KT ", "TM ", "TL ", "TUQ "]

    func read(_ tokens: [LineToken], from bodyStart: Int) -> Result {
        var result = Result()
        let list = recipientsLine(tokens, from: bodyStart)
        // The signature above the list (its cell came first, or it is signed above a list set below it): taken when it
        // reads to the "Nơi nhận" line, blank lines between. Else it stayed body text, a task's tail.
        if let list {
            for top in signatureStarts(tokens, above: list, from: bodyStart) {
                var dropped: [DroppedText] = []
                let signature = readSignature(tokens, top..<list, end: top + 1, dropped: &dropped)
                guard let signer = signature.signer, tokens[signature.end..<list].allSatisfy(\.line.isBlank) else { continue }
                result.dropped = dropped
                let (last, _) = readRecipients(tokens, at: list, into: &result)
                result.signer = signer
                result.range = signedMark(tokens, above: top, from: bodyStart, into: &result)..<(last + 1)
                return result
            }
        }
        guard let start = list ?? firstAuthority(tokens, from: bodyStart) else { return result }
        var index = start
        var lastRecipient: Int?
        if Self.opensRecipients(tokens[start].line.text) {
            (lastRecipient, index) = readRecipients(tokens, at: start, into: &result)
        }
        let signature = readSignature(tokens, index..<tokens.count, end: (lastRecipient ?? start) + 1, dropped: &result.dropped)
        result.signer = signature.signer
        let top = lastRecipient == nil && signature.signer != nil ? signedMark(tokens, above: start, from: bodyStart, into: &result) : start
        result.range = top..<max(signature.end, start + 1)
        return result
    }

    /// "(Đã ký)" on its own line right above the signature at `start` (web copies set it over "TM. …" as well as
    /// under the post) is the signature's mark, kept with the boilerplate: where the footer starts.
    private func signedMark(_ tokens: [LineToken], above start: Int, from bodyStart: Int, into result: inout Result) -> Int {
        guard let above = (bodyStart..<start).last(where: { !tokens[$0].line.isBlank }) else { return start }
        let text = tokens[above].line.text
        guard text.utf8.count <= 40, Self.isSignedMark(Fold.key(text)) else { return start }
        result.dropped.append(DroppedText(text: text, reason: .boilerplate, lines: LineRange(line: tokens[above].line.number)))
        return above
    }

    /// The recipients' list of the "Nơi nhận" line at `start`, into `result`: the last token of the list, and the
    /// token where reading stopped.
    private func readRecipients(_ tokens: [LineToken], at start: Int, into result: inout Result) -> (last: Int, next: Int) {
        var index = start
        var lastRecipient = start
        let inCell = (0..<start).reversed().first { !tokens[$0].line.isBlank || tokens[$0].line.cellBreak }
            .map { tokens[$0].line.cellBreak } ?? false
        let text = tokens[index].line.text
        if let colon = text.firstIndex(of: ":") {
            // The label itself is fixed wording, kept with the other boilerplate.
            result.dropped.append(DroppedText(text: String(text[...colon]), reason: .boilerplate, lines: LineRange(line: tokens[index].line.number)))
            let rest = Self.recipient(String(text[text.index(after: colon)...]))
            if !rest.isEmpty { result.recipients.append(rest) }
        }
        index += 1
        var crossedCell = false   // a cell boundary since the last recipient's line: its text ends there
        while index < tokens.count {
            let token = tokens[index]
            if token.line.isBlank {
                if token.line.cellBreak && inCell { break }
                crossedCell = crossedCell || token.line.cellBreak
                index += 1
                continue
            }
            let text = token.line.text
            if Self.isAuthority(text) || !inCell && Text.isAllCaps(text) && Self.isPosition(text) { break }
            // Each recipient is kept as written until the list ends: a wrapped one keeps the comma at its cut
            // ("… các Vụ: CN," / "KTTH, NN …"), and only its own last ";" or "," goes.
            if let item = Self.bullet(token) {
                result.recipients.append(item.trimmingCharacters())
            } else if inCell || Text.startsLowercase(text) || text.hasPrefix("(") || result.recipients.last?.last == ","
                        || !crossedCell && result.recipients.last.map(Self.isCutRecipient) == true
                            && (!Text.isAllCaps(text) || !Self.isCutRecipient(text)),   // "TTĐTCP;", not a signature's body
                      !result.recipients.isEmpty {
                // A wrapped recipient ("- VPUBNDTP: các PCVP," / "Các phòng: TH, NC …", "… Thư ký PTTgCP, Cổng" /
                // "TTĐTCP, các Vụ: …"): the line above ended without the ";" or "." that closes a recipient.
                Text.append(text.trimmingCharacters(), to: &result.recipients[result.recipients.count - 1])   // in place
            } else if inCell {
                result.recipients.append(text.trimmingCharacters())
            } else {
                break
            }
            lastRecipient = index
            crossedCell = false
            index += 1
        }
        result.recipients = result.recipients.map(Self.recipient).filter { !$0.isEmpty }
        return (lastRecipient, index)
    }

    /// The signature in `range` (authority, delegation, position, name), read in units so that wrapped statements
    /// read whole: the signer (nil when none was read), and where the footer's tokens end (`end` at least).
    private func readSignature(_ tokens: [LineToken], _ range: Range<Int>, end start: Int,
                               dropped: inout [DroppedText]) -> (signer: Signer?, end: Int) {
        var signer = Signer()
        var end = start
        var sawSignature = false
        // The last authority line as written while it ends with a comma ("KT. TRƯỞNG BAN BAN CHÍNH SÁCH," /
        // "THUẾ QUỐC TẾ"), and what its field held before it.
        var openAuthority: (raw: String, delegation: Bool, before: String?)?
        // The authority line just read, if the unit before this one was one.
        var lastAuthority: (raw: String, delegation: Bool, before: String?)?
        // An authority line (or one with its wrapped body) as the signer's authority or delegation: "TL. BỘ TRƯỞNG"
        // over "KT. CỤC TRƯỞNG" are both delegations, in order, `before` being the one above.
        func record(_ raw: String, delegation: Bool, before: String?) {
            let cased = Self.authorityCased(raw)
            if delegation { signer.delegation = before.map { Text.join($0, cased) } ?? cased } else { signer.authority = cased }
            openAuthority = raw.hasSuffix(",") ? (raw, delegation, before) : nil
            lastAuthority = (raw, delegation, before)
        }
        let units = BlockUnits.read(tokens, range.lowerBound..<min(range.upperBound, range.lowerBound + 40))
        var u = 0
        while u < units.count {
            let unit = units[u]
            let text = unit.text
            let key = Fold.key(text)
            let authority = Self.isAuthority(text)
            let afterAuthority = lastAuthority
            lastAuthority = nil
            if let open = openAuthority, Text.isAllCaps(text), !authority {
                // The authority's body wrapped onto a line of its own.
                record(open.raw + " " + text, delegation: open.delegation, before: open.before)
            } else if let open = afterAuthority, signer.position == nil, Text.isAllCaps(text), !authority, !Self.isPosition(text),
                      u + 1 < units.count, Self.isAuthority(units[u + 1].text) || Text.isAllCaps(units[u + 1].text) && Self.isPosition(units[u + 1].text) {
                // "TM. ỦY BAN NHÂN" / "DÂN" / "KT. CHỦ TỊCH": the body cut without a comma, told by the
                // delegation or post that still follows it.
                record(open.raw + " " + text, delegation: open.delegation, before: open.before)
            } else if authority {
                let delegation = !(text.hasPrefix("TM") || text.hasPrefix("T/M") || text.hasPrefix("T.M."))
                record(text, delegation: delegation, before: delegation ? signer.delegation : signer.authority)
                sawSignature = true
            } else if key.hasPrefix("xac thuc van ban hop nhat"), !sawSignature {
                // A consolidated text's attestation heading over its signature: fixed wording.
                dropped.append(DroppedText(text: text, reason: .boilerplate, lines: unit.lines))
            } else if Text.isAllCaps(text), signer.position == nil, text.count <= 60,
                      Self.isPosition(text) || sawSignature || u + 1 < units.count && Self.looksLikeName(units[u + 1].text) {
                signer.position = Casing.sentence(text)
                sawSignature = true
            } else if sawSignature, let position = signer.position, Text.isAllCaps(text), text.count <= 60, Self.isPosition(text),
                      u + 1 < units.count, Self.looksLikeName(units[u + 1].text) {
                // A second post over the name ("TRƯỞNG BAN" / "PHÓ THỦ TƯỚNG" / "Nguyễn Chí Dũng"): the signer holds
                // both. Told by the name below it: a name in capitals may read as a post ("TRƯƠNG …", "TỐNG …").
                signer.position = position + ", " + Casing.sentence(text)
            } else if Self.isSignedMark(key) {
                dropped.append(DroppedText(text: text, reason: .boilerplate, lines: unit.lines))
            } else if sawSignature, Self.looksLikeName(text) || Text.isAllCaps(text) && Self.looksLikeName(Self.titleCased(text))
                        || Self.looksLikeName(Self.withoutRank(text)) {
                var name = text
                var last = unit
                // "Nguyễn Văn" / "An": a name wrapped before its last word.
                if u + 1 < units.count, units[u + 1].tokens.lowerBound == unit.tokens.upperBound, name.split(separator: " ").count <= 3,
                   Text.isAllCaps(units[u + 1].text) == Text.isAllCaps(name),
                   Self.looksLikeName(units[u + 1].text) || Self.isNameTail(units[u + 1].text),
                   name.split(separator: " ").count + units[u + 1].text.split(separator: " ").count <= 6 {
                    name = Text.join(name, units[u + 1].text)
                    last = units[u + 1]
                }
                signer.name = Text.isAllCaps(name) ? Self.titleCased(name) : name
                end = last.tokens.upperBound
                break
            } else {
                break
            }
            end = unit.tokens.upperBound
            u += 1
        }
        return (sawSignature ? signer : nil, end)
    }


    /// "(Đã ký)", "[đã ký]", "(Ký tên, đóng dấu)", "(Ký, ghi rõ họ tên)".
    static func isSignedMark(_ key: String) -> Bool {
        let inner = key.trimmingCharacters(in: "()[]* ")
        return inner.hasPrefix("da ky") || inner.hasPrefix("ky ten") || inner.hasPrefix("ky,") || inner.hasPrefix("ky va")
            || inner == "ky" || inner.hasPrefix("ky ghi ro")
    }

    /// "- Như Điều 3;", "-Vụ Pháp chế;", "+ Bộ Tài chính;": a recipient's own line.
    static func bullet(_ token: LineToken) -> String? {
        if case let .item(marker, rest) = token.kind, marker.style == .bullet { return String(rest) }
        let text = token.line.text
        if let first = text.first, first == "-" || first == "+" || first == "•" || first == "–",
           let second = text.dropFirst().first, second == " " || second.isUppercase {
            return String(text.dropFirst()).trimmingCharacters()
        }
        return nil
    }

    /// The first "Nơi nhận:" line after the body's start.
    private func recipientsLine(_ tokens: [LineToken], from bodyStart: Int) -> Int? {
        (bodyStart..<tokens.count).first { Self.opensRecipients(tokens[$0].line.text) && tokens[$0].line.text.containsBytes(":") }
    }

    /// The first authority line after the body's start: the footer of a text without "Nơi nhận".
    private func firstAuthority(_ tokens: [LineToken], from bodyStart: Int) -> Int? {
        (bodyStart..<tokens.count).first { Self.isAuthority(tokens[$0].line.text) }
    }

    /// Where a signature right above the "Nơi nhận" line at `list` may start, the topmost first: its authority line,
    /// or a post in capitals ("GIÁM ĐỐC", signed without "TM."/"KT."), among the twelve lines of text above the list.
    private func signatureStarts(_ tokens: [LineToken], above list: Int, from bodyStart: Int) -> [Int] {
        var starts: [Int] = []
        var lines = 0
        var index = list
        while index > bodyStart, lines < 12 {
            index -= 1
            let line = tokens[index].line
            if line.isBlank { continue }
            lines += 1
            let text = line.text
            // A post is short and in capitals: both told before its characters are counted (a body line stops at its
            // first lower-case letter).
            if Self.isAuthority(text) || text.utf8.count <= 240 && Text.isAllCaps(text) && text.count <= 60 && Self.isPosition(text) {
                starts.append(index)
            }
        }
        return starts.reversed()
    }

    /// Whether a recipient's line as written stops before its own end: with no ";", "." or ")" (nor a cell's "|").
    static func isCutRecipient(_ text: String) -> Bool {
        guard let last = text.utf8.last(where: { $0 != 0x20 }) else { return false }
        return last != 0x3B && last != 0x2E && last != 0x29 && last != 0x7C   // ";", ".", the ")" of "(b/c)", a cell's "|"
    }

    /// "- CT, các PCT UBND TP;" → "CT, các PCT UBND TP".
    static func recipient(_ text: String) -> String {
        var s = text.trimmingCharacters()
        while let last = s.last, last == ";" || last == "," || last == "." && !s.hasSuffix("./.") { s.removeLast(); s = s.trimmingCharacters() }
        return s
    }

    /// "Lê Anh Quân", "HOÀNG BÁ HUY": two to six capitalized words, no digits.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard Text.startsUppercase(word) else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "." }
        }
    }

    /// "Thượng tướng Võ Minh Lương" → "Võ Minh Lương": an officer signs with their rank before their name.
    static func withoutRank(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, ranks.contains(Fold.key(words[0] + " " + words[1])) else { return "" }
        return String(words[2])
    }

    /// The general and field officers' ranks of the army and the police, folded.
    private static let ranks: Set<String> = ["dai tuong", "thuong tuong", "trung tuong", "thieu tuong",
                                             "dai ta", "thuong ta", "trung ta", "thieu ta"]

    /// The last one or two words of a wrapped name ("Tuấn", "Văn Tuấn").
    static func isNameTail(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...2).contains(words.count) && words.allSatisfy { w in Text.startsUppercase(w) && w.allSatisfy(\.isLetter) }
            && !Text.isAllCaps(text)
    }

    static let positionWords = ["chu tich", "giam doc", "bi thu", "truong", "thu truong", "pho ", "chanh", "uy vien", "tong ",
                                "thong doc", "chu nhiem", "vien truong", "kiem toan", "thu tuong", "bo truong", "chanh an"]

    /// "PHÓ CHỦ TỊCH", "GIÁM ĐỐC": an all-caps line naming a post, not a person.
    static func isPosition(_ text: String) -> Bool {
        let key = Fold.key(text)
        return positionWords.contains { key.hasPrefix($0) || key.containsBytes(" " + $0) }
    }

    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { Casing.capitalizedFirst($0.lowercased()) }.joined(separator: " ")
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast(1) }
        return String(s)
    }
}
