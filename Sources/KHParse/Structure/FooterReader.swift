/// The footer block: "Nơi nhận:" with its list, the signing authority ("TM. ỦY BAN NHÂN DÂN",
/// "KT. CHỦ TỊCH"), the position ("PHÓ CHỦ TỊCH") and the signer's name.
struct FooterReader {
    struct Result {
        var recipients: [String] = []
        var signer: Signer?
        /// Token indices the footer occupies (start..<end); nil when there is none.
        var range: Range<Int>?
        var dropped: [DroppedText] = []
    }

    static let authorityPrefixes = ["TM.", "KT.", "Q.", "TL.", "TUQ.", "T/M", "K/T"]

    static func isAuthority(_ text: String) -> Bool {
        authorityPrefixes.contains { text.hasPrefix($0 + " ") || text.hasPrefix($0) && text.count > $0.count + 1 && text.dropFirst($0.count).first == " " }
    }

    func read(_ tokens: [LineToken], from bodyStart: Int) -> Result {
        var result = Result()
        guard let start = footerStart(tokens, from: bodyStart) else { return result }
        var index = start
        var signer = Signer()
        var lastRecipient: Int?

        // Recipients.
        if Fold.key(tokens[index].line.text).hasPrefix("noi nhan") {
            let text = tokens[index].line.text
            if let colon = text.firstIndex(of: ":") {
                let rest = Self.recipient(String(text[text.index(after: colon)...]))
                if !rest.isEmpty { result.recipients.append(rest) }
            }
            index += 1
            while index < tokens.count {
                let token = tokens[index]
                if token.line.isBlank { index += 1; continue }
                if case let .item(marker, rest) = token.kind, marker.style == .bullet {
                    result.recipients.append(Self.recipient(rest))
                    lastRecipient = index
                    index += 1
                    continue
                }
                if Text.startsLowercase(token.line.text) || token.line.text.hasPrefix("("), !result.recipients.isEmpty {
                    result.recipients[result.recipients.count - 1] = Text.join(result.recipients.last!, Self.recipient(token.line.text))
                    lastRecipient = index
                    index += 1
                    continue
                }
                break
            }
        }

        // Authority, delegation, position, name.
        var end = (lastRecipient ?? start) + 1
        var sawSignature = false
        while index < tokens.count {
            let token = tokens[index]
            let text = token.line.text
            if text.isEmpty { index += 1; continue }
            if Self.isAuthority(text) {
                if text.hasPrefix("TM.") || text.hasPrefix("T/M") {
                    signer.authority = Casing.sentence(text)
                } else {
                    signer.delegation = Casing.sentence(text)
                }
                sawSignature = true
            } else if Text.isAllCaps(text), signer.position == nil, text.count <= 60, Self.isPosition(text) {
                signer.position = Casing.sentence(text)
                sawSignature = true
            } else if Fold.key(text).hasPrefix("(da ky") || Fold.key(text).hasPrefix("(ky ten") || Fold.key(text) == "da ky" {
                result.dropped.append(DroppedText(text: text, reason: .boilerplate, lines: LineRange(line: token.line.number)))
            } else if sawSignature, Self.looksLikeName(text) {
                signer.name = Text.isAllCaps(text) ? Self.titleCased(text) : text
                end = index + 1
                break
            } else {
                break
            }
            end = index + 1
            index += 1
        }
        if sawSignature { result.signer = signer }
        result.range = start..<max(end, start + 1)
        return result
    }

    /// The first "Nơi nhận" line, or else the first authority line followed by a signature.
    private func footerStart(_ tokens: [LineToken], from bodyStart: Int) -> Int? {
        var index = bodyStart
        while index < tokens.count {
            let text = tokens[index].line.text
            if let first = text.utf8.first, first == 0x4E || first == 0x6E {   // "N"/"n"
                let key = Fold.key(text.prefix(12))
                if key.hasPrefix("noi nhan") && (text.hasSuffix(":") || text.contains(":")) { return index }
            }
            index += 1
        }
        index = bodyStart
        while index < tokens.count {
            if Self.isAuthority(tokens[index].line.text) { return index }
            index += 1
        }
        return nil
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
            guard let f = word.first, f.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "." }
        }
    }

    static let positionWords = ["chu tich", "giam doc", "bi thu", "truong", "thu truong", "pho ", "chanh", "uy vien", "tong "]

    /// "PHÓ CHỦ TỊCH", "GIÁM ĐỐC": an all-caps line naming a post, not a person.
    static func isPosition(_ text: String) -> Bool {
        let key = Fold.key(text)
        return positionWords.contains { key.hasPrefix($0) || key.contains(" " + $0) }
    }

    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { Casing.capitalizedFirst($0.lowercased()) }.joined(separator: " ")
    }
}
