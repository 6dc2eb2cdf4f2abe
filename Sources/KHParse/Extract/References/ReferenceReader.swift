/// A cited document found in a text, before line numbers are attached (see `Reference`).
struct FoundReference: Sendable, Hashable {
    /// The cited span as written (type word through issuer), whitespace runs collapsed.
    var text: String
    /// Sentence case: "Chỉ thị", "Kế hoạch", "Luật".
    var type: String?
    /// Spaces removed: "122/KH-UBND".
    var number: String?
    var issued: CivilDate?
    var issuer: String?
    /// A law's name, folded ("dat dai" for "Luật Đất đai"): what tells two laws cited without numbers apart.
    var name: String? = nil
    /// The name ends where a law's name ends (`ReferenceParts.lawNameCloses`); else it may run on into the
    /// sentence ("Luật Bảo hiểm xã hội nếu đăng ký …"), and only its first words are sure.
    var nameCloses = false
    var range: Range<String.Index>
}

/// Finds the documents a text cites.
///
/// `ReferenceReader.find(in: "Thực hiện Chỉ thị số 08-CT/TU, ngày 04/3/2026 của Ban Thường vụ Thành uỷ về lãnh đạo")`
/// → one reference: type "Chỉ thị", number "08-CT/TU", issued 2026-03-04, issuer "Ban Thường vụ Thành uỷ",
/// text "Chỉ thị số 08-CT/TU, ngày 04/3/2026 của Ban Thường vụ Thành uỷ".
///
/// A type word counts when a document number follows it ("Nghị định số 100/2019/NĐ-CP"), when it is written with a
/// capital and "của"/"giữa" + an issuer follows ("Nghị quyết của Ban Thường vụ Tỉnh ủy"), or, for a law, when a name
/// follows ("Luật Giao thông đường bộ"). "Kế hoạch này" and "kế hoạch" in prose never count.
enum ReferenceReader {
    static func find(in text: String) -> [FoundReference] { find(in: ScanText(text)) }

    /// The citations of a scanned text (`DocumentIndex` scans each text once for every reader of this folder).
    static func find(in s: ScanText) -> [FoundReference] {
        guard s.mayCite else { return [] }   // see `mayCite(_:_:after:)`
        // Each word costs one lookup of its packed key (`DocumentType.citedFirstWords`, the values not read), and
        // only a type word starts the (short) reading of number, date and issuer.
        var found: [FoundReference] = []
        let firstWords = DocumentType.citedFirstWords
        var i = 0
        while i < s.count {
            let token = s[i]
            guard token.kind == .word, firstWords.contains(packed: token.packed), let head = DocumentType.head(s, at: i),
                  let ref = read(s, head: head, at: i) else {
                i += 1
                continue
            }
            found.append(ref.reference)
            i = ref.next
        }
        return found
    }

    /// Every citation has a number, an issuer after "của"/"giữa", or is a law, ordinance or the constitution
    /// by its name (`read` below): a text with none of these words cites nothing, and most paragraphs are such
    /// texts, so they skip the reading. `ScanText` asks this of each token as it scans (`ScanText.mayCite`):
    /// whether this token makes the text one that may cite: a number, "của", "giữa", "luật", or "lệnh"
    /// after "pháp", "pháp" after "hiến". `packed`, `previous`: the token's and the token before's
    /// `PackedKey` (0 for a token that is no word).
    static func mayCite(_ kind: WordToken.Kind, _ packed: UInt64, after previous: UInt64) -> Bool {
        switch kind {
        case .number: return true
        case .symbol: return false
        case .word:
            switch packed {
            case CitingWord.cua, CitingWord.giua, CitingWord.luat: return true
            case CitingWord.lenh: return previous == CitingWord.phap
            case CitingWord.phap: return previous == CitingWord.hien
            default: return false
            }
        }
    }

    /// The packed keys (`PackedKey`) of the words `mayCite` looks for, as constants a switch compares.
    enum CitingWord {
        static var cua: UInt64 { 0x61_75_63 }
        static var giua: UInt64 { 0x61_75_69_67 }
        static var luat: UInt64 { 0x74_61_75_6C }
        static var lenh: UInt64 { 0x68_6E_65_6C }
        static var phap: UInt64 { 0x70_61_68_70 }
        static var hien: UInt64 { 0x6E_65_69_68 }
    }

    private static func read(_ s: ScanText, head: DocumentType.Head, at i: Int) -> (reference: FoundReference, next: Int)? {
        var last = head.end - 1
        var number: String?
        var issued: CivilDate?
        var issuer: String?
        var k = head.end
        var hasName = head.type.alone
        var name: String?
        var nameCloses = false
        if let n = ReferenceParts.number(s, at: k) ?? qualifiedNumber(s, at: k) {
            number = n.text
            last = n.end - 1
            k = n.end
        } else if head.type.byName, s[i].capitalized, let end = ReferenceParts.lawName(s, at: k) {
            // "Luật Giao thông đường bộ (số 23/2008/QH12)".
            hasName = true
            // "Hiến pháp" names one document, whatever follows it: its citations are one reference.
            if !head.type.alone {
                name = Fold.key(s.slice(head.end, end - 1))
                nameCloses = ReferenceParts.lawNameCloses(s, at: end)
            }
            last = end - 1
            k = end
            if let n = ReferenceParts.number(s, at: k) { number = n.text; last = n.end - 1; k = n.end }
        }
        // Without a number only a capitalized type word cites (below): "kế hoạch", "chương trình" in prose are
        // let go before their date and issuer are read.
        if number == nil && !s[i].capitalized { return nil }
        // ", ngày 04/3/2026" / "ban hành ngày 15 tháng 5 năm 2025": the cited document's own date.
        if let d = ReferenceParts.dated(s, at: k) {
            issued = d.date
            last = d.end - 1
            k = d.end
        }
        if s.isWord(k, "cua") || s.isWord(k, "giua"), let end = ReferenceParts.issuer(s, at: k + 1) {
            issuer = s.slice(k + 1, end - 1)
            last = end - 1
            k = end
        }
        if number == nil {
            // Without a number: a capitalized type word that names its issuer, or a law by its name.
            let capital = s[i].capitalized
            guard capital, (head.type.byIssuer && issuer != nil) || (head.type.byName && hasName) else { return nil }
        }
        let ref = FoundReference(text: s.slice(i, last), type: head.type.name, number: number, issued: issued,
                                 issuer: issuer, name: name, nameCloses: nameCloses, range: s.range(i, last))
        return (ref, k)
    }

    /// "Chương trình phối hợp số 11/…", "Thông tư liên tịch số …": up to three lower-case words, then "số" + number.
    private static func qualifiedNumber(_ s: ScanText, at k: Int) -> (text: String, end: Int)? {
        var j = k
        for _ in 0..<3 {
            // Any lower-case words ("phối hợp", "liên tịch"): the "số" + number after them is what makes the citation.
            guard s.isAnyWord(j), !s[j].capitalized, !s.isWord(j, "so") else { return nil }
            j += 1
            if s.isWord(j, "so"), let n = ReferenceParts.number(s, at: j) { return n }
        }
        return nil
    }
}
