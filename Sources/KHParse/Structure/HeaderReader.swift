/// The header block of an administrative document (Nghị định 30/2020/NĐ-CP): issuer, quốc hiệu
/// and tiêu ngữ, số/ký hiệu, địa danh and date, tên loại, trích yếu.
///
/// The block is found where it stands, not only at the top: web exports put site chrome (banners,
/// metadata cells) above it, which goes to `dropped` as `site-chrome`. It is read in units
/// (`BlockUnits`), so the same rules serve PDF lines, Word paragraphs and cell-per-line exports,
/// and a unit flattened onto one line ("BỘ TÀI CHÍNH Số: 12/2025/TT-BTC | CỘNG HÒA …") is cut
/// into its statements first.
struct HeaderReader {
    struct Result {
        var document = DocumentInfo()
        /// Index of the first token of the body.
        var bodyStart = 0
        var dropped: [DroppedText] = []
        var found = false
        /// Where the trích yếu stands, for references cited in it.
        var titleLines: LineRange?
        /// Token index where the header block starts (what stands before it is site chrome).
        var start = 0
        /// Words after the tên loại on its own line ("THÔNG BÁO KẾT LUẬN CỦA …"): the trích yếu's start.
        var titlePrefix: String?
        /// Token indexes of the tables the header was read from: their cells are in the header's fields and dropped text.
        var tablesRead: Set<Int> = []
    }

    /// Openings of the first body paragraph, which end a wrapped trích yếu.
    static let bodyOpenings = ["can cu", "thuc hien", "de ", "nham ", "theo ", "trien khai", "tiep tuc", "qua "]

    /// How far into the document the header block is looked for, in units.
    static let searchLimit = 400

    func read(_ tokens: [LineToken]) -> Result {
        var units = Units(tokens, limit: Self.searchLimit)
        guard let anchor = Self.anchor(&units) else { return Result() }
        var result = Result()
        // The issuer stands above the anchor (its own cell, or the lines above the quốc hiệu).
        var first = anchor
        while first > 0, anchor - first < 4, Self.isIssuerLine(units[first - 1].text), !units[first].opensCell || first == anchor {
            first -= 1
        }
        result.start = units[first].tokens.lowerBound

        var issuerLines: [String] = []
        var sawType = false
        var sawSubject = false
        var u = first
        var index = units[first].tokens.lowerBound
        // A table the header is read from counts as read once the header went past it, having read it from its first
        // row to its last (rows above the header's first unit, or a header that ends inside it, leave the cells to the table).
        var openTable: (token: Int, next: Int, count: Int)?
        scan: while let unit = units.unit(u) {
            if let table = openTable, !(unit.fromTable && unit.tokens.lowerBound == table.token) {
                if table.next == table.count { result.tablesRead.insert(table.token) }
                openTable = nil
            }
            if unit.fromTable {
                if let table = openTable, table.next == unit.tableRow { openTable?.next += 1 }
                else if openTable == nil, unit.tableRow == 0 { openTable = (unit.tokens.lowerBound, 1, unit.tableRows) }
                else { openTable = (unit.tokens.lowerBound, -1, unit.tableRows) }   // not read whole: left to the table
            }
            for (piece, kind) in units.statements(u) {
                switch kind {
                case .boilerplate:
                    result.dropped.append(DroppedText(text: piece.text, reason: .boilerplate, lines: unit.lines))
                case .rule:
                    result.dropped.append(DroppedText(text: piece.text, reason: .decoration, lines: unit.lines))
                case let .number(number):
                    if result.document.number == nil { result.document.number = number }
                case let .placeAndDate(place, date):
                    result.document.place = place
                    result.document.issued = date
                    // Its values are document fields; the line's own words are kept beside them.
                    result.dropped.append(DroppedText(text: piece.text, reason: .boilerplate, lines: unit.lines))
                case let .type(type, written, rest):
                    guard piece.isWhole || piece.isLast else { fallthrough }
                    result.document.type = type
                    // "KE HOACH", or a wrong --from's "KÉ HOÀCH": the type is read, the words are kept.
                    if DocumentKinds.differs(written: written, from: type) {
                        result.dropped.append(DroppedText(text: written, reason: .boilerplate, lines: unit.lines))
                    }
                    sawType = true
                    index = unit.tokens.upperBound
                    if !rest.isEmpty { result.titlePrefix = rest; result.titleLines = unit.lines }
                    break scan
                case .issuer where result.document.number == nil && result.document.place == nil && issuerLines.count < 6:
                    issuerLines.append(piece.text)
                case .subject:
                    // "V/v …" under the số of a Công văn: its trích yếu.
                    result.document.title = piece.text
                    result.titleLines = unit.lines
                    sawSubject = true
                case .other where result.document.number != nil && result.document.place == nil && Fold.key(piece.text).hasPrefix("ve "):
                    // "Về hướng dẫn …" under the số of a Công văn: its subject without "V/v".
                    result.document.title = piece.text
                    result.titleLines = unit.lines
                    sawSubject = true
                default:
                    if piece.isWhole { break scan }
                    // Part of a flattened header that is none of the above: kept, never lost.
                    result.dropped.append(DroppedText(text: piece.text, reason: .boilerplate, lines: unit.lines))
                }
            }
            index = unit.tokens.upperBound
            u += 1
        }
        if units.unit(u) == nil { index = u > 0 ? units[u - 1].tokens.upperBound : 0 }
        // The end of the last statement the header took: what follows it up to the body's first unit is
        // blank lines, or tables, which units do not see.
        let headerEnd = index
        if !sawType, let unit = units.unit(u) { index = unit.tokens.lowerBound }
        guard sawType || result.document.number != nil || result.document.issued != nil else {
            return Result()   // no header: the body starts at the top
        }
        result.found = true
        if !issuerLines.isEmpty { result.document.issuer = Casing.issuer(lines: issuerLines) }
        if sawType {
            index = readTitle(tokens, from: index, into: &result)
        } else if let number = result.document.number {
            // No tên loại line: the ký hiệu names the type ("KH-UBND" → Kế hoạch); a numbered
            // letter with a "V/v" subject is a Công văn.
            result.document.type = sawSubject ? "Công văn" : DocumentKinds.type(ofNumber: number)
        }
        // A table there (a letter's "Kính gửi" and "Đồng kính gửi" cells) opens the body: the body began
        // after it, and its cells were in neither the header nor the body.
        if headerEnd < index, let table = tokens[headerEnd..<index].firstIndex(where: \.isTable) { index = table }
        result.bodyStart = index
        return result
    }

    /// The trích yếu: the lines after the type, up to the first body paragraph.
    private func readTitle(_ tokens: [LineToken], from start: Int, into result: inout Result) -> Int {
        var index = start
        var title: [String] = result.titlePrefix.map { [$0] } ?? []
        var blanks = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isTable { break }   // no part of a title, and blank to the test below
            if token.line.isBlank {
                blanks += 1
                if (blanks > 2 || token.line.cellBreak) && !title.isEmpty { break }
                index += 1
                continue
            }
            let text = token.line.text
            if case .text = token.kind {} else if !token.line.continuesAbove { break }
            if let last = title.last, !token.line.continuesAbove {
                // "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" above a decision's preamble is no part of it,
                // and neither is the sentence-case paragraph after a capitals title.
                // (Compared on the line's first words: "THỦ TƯỚNG CHÍNH PHỦ điện:" opens a Công điện's body.)
                let head = text.split(separator: " ", maxSplits: 3).prefix(3).joined(separator: " ")
                // (A short last line is compared too when lines stand above it: "… VỚI LÃNH ĐẠO TỈNH" / "ĐẮK LẮK".)
                if !Text.isShorter(last, than: 8) || title.count > 1, Text.isAllCaps(head) != Text.isAllCaps(last) && !Text.startsLowercase(text) { break }
                let key = Fold.key(text)
                if Self.bodyOpenings.contains(where: { key.hasPrefix($0) }) || Text.endsClause(last) && !Text.startsLowercase(text) { break }
                if !Text.startsLowercase(text) && !Text.isShorter(last, than: 121) { break }   // over 120 characters
                // "THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" in capitals under a capitals title, right above
                // "Căn cứ …": the authority that enacts a decision or resolution, which opens its preamble.
                if Self.enactsBelow(tokens, at: index, key: key) { break }
            }
            title.append(text)
            result.titleLines = result.titleLines.union(LineRange(line: token.line.number))
            blanks = 0
            index += 1
        }
        if !title.isEmpty {
            var joined = ""
            for line in title { Text.append(line, to: &joined) }   // in place, not a new text per line
            result.document.title = joined
        }
        return index
    }

    /// The first words of an enacting authority's line: a post and its body, or a council that resolves.
    static let authorityOpenings = ["chu tich ", "bo truong ", "thu tuong ", "uy ban nhan dan ", "hoi dong nhan dan ", "giam doc ",
                                    "cuc truong ", "tong cuc truong ", "thong doc ", "chu nhiem ", "tong giam doc ", "truong ban ",
                                    "tong kiem toan ", "vien truong ", "chanh an ", "ban thuong vu ", "ban chap hanh "]
    /// An enacting body whose whole line is its name ("CHÍNH PHỦ" also opens "CHÍNH PHỦ NƯỚC CỘNG HÒA … LÀO" in a title).
    static let authorityLines: Set<String> = ["chinh phu", "quoc hoi", "uy ban thuong vu quoc hoi", "thu tuong chinh phu"]

    /// Whether the line is an enacting authority's, told from its folded `key`.
    static func opensAuthority(_ key: String) -> Bool {
        authorityLines.contains(key) || authorityOpenings.contains { key.hasPrefix($0) }
    }

    /// Whether the line at `index` (folded: `key`) is an enacting authority in capitals, on its own line or
    /// wrapped onto one more, that "Căn cứ …" follows.
    static func enactsBelow(_ tokens: [LineToken], at index: Int, key: String) -> Bool {
        guard opensAuthority(key), Text.isAllCaps(tokens[index].line.text) else { return false }
        var i = index + 1
        var capitals = 0
        while i < tokens.count, i - index < 8 {
            let line = tokens[i].line
            i += 1
            if line.isBlank { continue }
            if Fold.key(Text.prefix(line.text, characters: 8)).hasPrefix("can cu") { return true }
            // The authority wrapped: "CHỦ TỊCH ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI". A line that opens an authority of
            // its own is the one above the preamble, and this one still the title's ("… ỦY BAN NHÂN DÂN CẤP XÃ").
            guard Text.isAllCaps(line.text), capitals == 0, !opensAuthority(Fold.key(line.text)) else { return false }
            capitals += 1
        }
        return false
    }

    // MARK: - Finding the block

    /// The first unit that surely belongs to a header block: the quốc hiệu, a tên loại standing
    /// alone in capitals near the top, or a số/ký hiệu or dated place with another header statement
    /// beside it.
    static func anchor(_ units: inout Units) -> Int? {
        var u = 0
        while let unit = units.unit(u) {
            defer { u += 1 }
            let kinds = units.statements(u).map(\.kind)
            if kinds.contains(where: { if case .boilerplate = $0 { return true } else { return false } }),
               units.key(u).containsBytes("cong hoa") || units.key(u).containsBytes(Self.partyMotto) {
                return u
            }
            if u < 40, case .type(_, _, let rest)? = kinds.first, kinds.count == 1, rest.isEmpty { return u }
            let dated = kinds.contains { kind in
                switch kind {
                case .number, .placeAndDate: return true
                default: return false
                }
            }
            if dated {
                var v = max(0, u - 4)
                while v < u + 5, let other = units.unit(v) {
                    let heads = units.statements(v).contains { _, kind in
                        switch kind {
                        case .number, .placeAndDate, .boilerplate, .type: return other.lines != unit.lines
                        default: return false
                        }
                    }
                    if heads { return u }
                    v += 1
                }
            }
        }
        return nil
    }

    static func isIssuerLine(_ text: String) -> Bool {
        Text.isAllCaps(text) && text.count <= 80 && !text.hasSuffix(":")
            && { if case .issuer = classify(text) { return true } else { return false } }()
    }

    // MARK: - Statements

    struct Piece {
        var text: String
        var isWhole: Bool
        var isLast: Bool
    }

    /// A unit cut at "|" and at rule runs ("------", "____"), and before "Số:" or the quốc hiệu
    /// when they follow other text on a flattened line. Most units are one piece.
    static func statements(_ unit: BlockUnit) -> [Piece] { statements(unit, key: Fold.key(unit.text)) }

    /// `statements(unit)`, `key` being the unit's folded text.
    static func statements(_ unit: BlockUnit, key: String) -> [Piece] {
        let text = unit.text
        // A header table flattened to tabs (copied out of Word) or to " | " (a web export) holds a cell per statement.
        let flattened = text.containsBytes("|") || text.containsBytes("\t") || text.containsBytes("---") || text.containsBytes("___")
            || (key.containsBytes(" so:") && !key.hasPrefix("so")) || (key.containsBytes("cong hoa xa hoi") && !key.hasPrefix("cong hoa"))
            || key.containsBytes("viet namdoc lap") || key.containsBytes("viet nam doc lap")
            || (key.containsBytes(Self.partyMotto) && !key.hasPrefix(Self.partyMotto)) || text.hasPrefix("*")
        guard flattened else { return [Piece(text: text, isWhole: true, isLast: true)] }
        var pieces: [String] = []
        var current = ""
        // What `current` holds, kept as it grows (reading it whole at every character made a long
        // flattened line take time with the square of its length): any content, its lower-case and
        // upper-case letters (Text.isAllCaps).
        var hasContent = false, lowercase = false, uppercase = 0
        func flush() {
            // A rule's last odd "_" that emphasis stripping left behind.
            var t = current.trimmingCharacters()
            while t.hasSuffix("_") { t = String(t.dropLast(1)).trimmingCharacters() }
            if !t.isEmpty { pieces.append(t) }
            current = ""
            hasContent = false; lowercase = false; uppercase = 0
        }
        func append(_ c: Character) {
            current.append(c)
            if c != " " && c != "\t" { hasContent = true }
            for scalar in c.unicodeScalars {
                let p = scalar.properties
                if p.isLowercase { lowercase = true } else if p.isUppercase { uppercase += 1 }
            }
        }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "|" || c == "\t" { flush(); i += 1; continue }
            // The star under a party organ's name ("ĐẢNG ỦY XÃ …" / "*"), before the place and date on its line.
            if c == "*", !hasContent {
                var j = i
                while j < chars.count, chars[j] == "*" { j += 1 }
                flush(); pieces.append(String(chars[i..<j])); i = j; continue
            }
            if c == "-" || c == "_" || c == "=" {
                var j = i
                while j < chars.count, chars[j] == c { j += 1 }
                if j - i >= 4 { flush(); pieces.append(String(chars[i..<j])); i = j; continue }
            }
            // A new statement starts at "Số" + ":" after other words, and at the quốc hiệu or tiêu ngữ.
            if hasContent {
                var starts = false
                let initial = Fold.key(String(c))
                if initial == "s" || initial == "c" || initial == "d" {
                    let restKey = Fold.key(String(chars[i..<min(chars.count, i + 22)]))
                    starts = (restKey.hasPrefix("so:") || restKey.hasPrefix("so :")) && chars[i - 1] == " " && !lowercase && uppercase >= 2
                        || restKey.hasPrefix("cong hoa xa hoi") || restKey.hasPrefix(Self.partyMotto)
                }
                if !starts && c.isLetter {
                    // Only the end of what came before is read: does it end with the tiêu ngữ's "Hạnh phúc"?
                    var head = String(current.suffix(32)).trimmingCharacters()
                    while head.hasSuffix("_") { head.removeLast() }   // a rule's odd "_" left by emphasis stripping
                    starts = Fold.key(head).hasSuffix("hanh phuc")
                }
                if starts { flush() }
            }
            append(c)
            i += 1
        }
        flush()
        return pieces.enumerated().map { Piece(text: $0.element, isWhole: pieces.count == 1, isLast: $0.offset == pieces.count - 1) }
    }

    /// The first units of a document, read from its tokens as far as they are asked for, each cut into
    /// statements and classified once: the anchor's search asks a unit and its neighbours, and the block's
    /// reading asks the same units again.
    struct Units {
        private var reader: BlockUnits.Reader
        private let limit: Int
        private var units: [BlockUnit] = []
        private var keys: [String?] = []
        private var classified: [[(piece: Piece, kind: Statement)]?] = []
        private var exhausted = false

        init(_ tokens: [LineToken], limit: Int) {
            reader = BlockUnits.Reader(tokens, 0..<tokens.count, tablesWithin: 3)
            self.limit = limit
        }

        /// The unit at `u`, or nil past the last one (or past `limit`).
        mutating func unit(_ u: Int) -> BlockUnit? {
            while units.count <= u, !exhausted {
                if units.count < limit, let next = reader.next() {
                    units.append(next)
                    keys.append(nil)
                    classified.append(nil)
                } else {
                    exhausted = true
                }
            }
            return u < units.count ? units[u] : nil
        }

        /// A unit already asked for by `unit(_:)`.
        subscript(u: Int) -> BlockUnit { units[u] }

        /// The unit's text folded (`Fold.key`).
        mutating func key(_ u: Int) -> String {
            if let key = keys[u] { return key }
            let key = Fold.key(units[u].text)
            if isKept(u) { keys[u] = key }
            return key
        }

        /// Whether what is worked out for the unit is kept: not for a unit of a long text (a page on one
        /// line), which would be held twice more besides its text.
        private func isKept(_ u: Int) -> Bool { units[u].text.utf8.count <= 4 * HeaderReader.statementLimit }

        /// The unit's statements (`HeaderReader.statements`) and what each is (`classify`).
        mutating func statements(_ u: Int) -> [(piece: Piece, kind: Statement)] {
            if let done = classified[u] { return done }
            let key = key(u)
            let bytes = units[u].text.utf8.count
            let pieces = HeaderReader.statements(units[u], key: key).map { piece in
                // A statement that is the unit's whole text is classified on the key already made. (Cutting
                // only takes characters away, so a piece of the text's length is the text.)
                (piece: piece, kind: piece.text.utf8.count == bytes ? HeaderReader.classify(piece.text, key: key) : HeaderReader.classify(piece.text))
            }
            if isKept(u) { classified[u] = pieces }
            return pieces
        }
    }

    enum Statement {
        case boilerplate
        case rule
        case number(String)
        case placeAndDate(String, CivilDate?)
        /// The tên loại, its words as written, and any words after it on the same line (the start of
        /// the trích yếu).
        case type(String, written: String, rest: String)
        case issuer
        /// "V/v …" (về việc): the subject line of a Công văn.
        case subject
        case other
    }

    /// The Party's motto, which stands where a state body's quốc hiệu does: "ĐẢNG CỘNG SẢN VIỆT NAM", folded.
    static let partyMotto = "dang cong san viet nam"

    /// A header statement is short; a longer text is body (read in full, a long one took several times
    /// its size in memory to be told so).
    static let statementLimit = 4_000

    static func classify(_ text: String) -> Statement {
        guard text.utf8.count <= statementLimit else { return .other }
        return classify(text, key: Fold.key(text))
    }

    /// `classify(text)`, `key` being `text` folded.
    static func classify(_ text: String, key: String) -> Statement {
        guard text.utf8.count <= statementLimit else { return .other }
        if key.hasPrefix("cong hoa xa hoi chu nghia viet nam") || key.hasPrefix("doc lap - tu do - hanh phuc")
            || key.hasPrefix("doc lap-tu do-hanh phuc") || key.hasPrefix("doc lap – tu do – hanh phuc") || key.hasPrefix(partyMotto) {
            return .boilerplate
        }
        if isRule(text) || text.utf8.allSatisfy({ $0 == 0x2A }) { return .rule }
        if let number = number(text, key: key) { return .number(number) }
        if key.hasPrefix("v/v") { return .subject }
        if let (place, date) = placeAndDate(text) { return .placeAndDate(place, date) }
        if Text.isAllCaps(Text.prefix(text, characters: 40)), let line = DocumentKinds.typeLine(text) {
            return .type(line.name, written: line.written, rest: line.rest)
        }
        if Text.isAllCaps(text), !text.containsBytes(".") || text.count > 6 { return .issuer }
        return .other
    }

    /// Four or more of "-", "_", "=" and spaces, nothing else: told on the bytes (each is one byte and a
    /// character of its own when only these bytes follow it), not by counting the characters of every unit.
    static func isRule(_ text: String) -> Bool {
        text.utf8.count >= 4 && text.utf8.allSatisfy { $0 == 0x2D || $0 == 0x5F || $0 == 0x3D || $0 == 0x20 }
    }

    /// "Số: 122 /KH-UBND" → "122/KH-UBND"; also "Số 125-KH/TU" and "Luật số: 60/2024/QH15".
    static func number(_ text: String, key: String) -> String? {
        guard namesNumber(key) else { return nil }
        let words = key.split(separator: " ", maxSplits: 4)   // "số" is among the first four words
        guard let at = words.prefix(4).firstIndex(where: { $0 == "so" || $0 == "so:" || $0.hasPrefix("so:") }) else { return nil }
        let hadColon = key.containsBytes("so:") || key.containsBytes("so :")
        // Words before "số" name the type ("Luật số: 60/2024/QH15"), never a sentence ("Căn cứ Thông tư số …").
        if at > 0 {
            guard hadColon, at <= 2, DocumentKinds.names.contains(where: { words[..<at].joined(separator: " ") == $0.key }) else { return nil }
        }
        // The first ":" (or the first place the word after which the number stands is written), found by
        // the standard library's own search, not Foundation's.
        let after: String.Index
        if hadColon {
            guard let colon = text.firstIndex(of: ":") else { return nil }
            after = text.index(after: colon)
        } else {
            // The first four words are enough (`at` is among them): a long text is not split whole.
            guard let range = text.firstRange(of: Text.words(text, maxSplits: 4)[at]) else { return nil }
            after = range.upperBound
        }
        // At most 40 characters but spaces and tabs: read no further than the 41st (a body line with "số" among
        // its first words and a colon later went on to the end of its paragraph).
        var value = ""
        var kept = 0
        for c in text[after...] where c != " " && c != "\t" {
            kept += 1
            guard kept <= 40 else { return nil }
            value.append(c)
        }
        guard kept > 0 else { return nil }
        // Without a colon the rest must look like a ký hiệu: digits, "/" or "-", capitals.
        if !hadColon {
            guard value.first?.isASCIIDigit == true, value.containsBytes("/") || value.containsBytes("-"),
                  value.contains(where: { $0.isUppercase }) else { return nil }
        }
        guard value.containsBytes("/") || value.containsBytes("-") || value.allSatisfy(\.isASCIIDigit) else { return nil }
        return String(value)
    }

    /// One of the key's first four words is "so" or opens with "so:": what `number` asks first, told on
    /// the bytes (most statements are no number line, and splitting them into words made an array each).
    private static func namesNumber(_ key: String) -> Bool {
        withUTF8Bytes(key) { b in
            var word = 0
            var i = 0
            while i < b.count, word < 4 {
                if b[i] == 0x20 { i += 1; continue }
                var end = i
                while end < b.count, b[end] != 0x20 { end += 1 }
                if end - i >= 2, b[i] == 0x73, b[i + 1] == 0x6F, end - i == 2 || b[i + 2] == 0x3A { return true }
                word += 1
                i = end
            }
            return false
        }
    }

    /// "Hải Phòng, ngày 10 tháng 4 năm 2026" → ("Hải Phòng", 2026-04-10). The date may be blank
    /// in a draft ("ngày … tháng … năm 2026"): the place is still read.
    static func placeAndDate(_ text: String) -> (String, CivilDate?)? {
        guard mayNameDay(text) else { return nil }
        // The place ends at the comma before "ngày", or at "ngày" itself ("Hà Nội ngày 01 …").
        // Eight words and the rest whole: the rest is folded and read for numbers, which spaces only part.
        let words = Text.words(text, maxSplits: 8)
        guard let at = words.prefix(8).firstIndex(where: { word in
            // A fold keeps an ASCII first byte (lower-cased): a word that opens with ASCII other than "n" is no
            // "ngày", told before its key is made.
            guard let first = word.utf8.first, first | 0x20 == 0x6E || first >= 0x80 else { return false }
            let key = Fold.key(word)
            return key == "ngay" || key == "ngay,"
        }), at >= 1 else { return nil }
        var placeText = words[..<at].joined(separator: " ")
        if placeText.hasSuffix(",") {
            placeText.removeLast()
        } else if !words[..<at].allSatisfy(Text.startsUppercase) {
            return nil   // without the comma, only a proper name: "Hà Nội ngày 01 …", not "Căn cứ Luật … ngày"
        }
        let place = placeText.trimmingCharacters()
        guard !place.isEmpty, Text.words(place).count <= 6, Text.startsUppercase(place) || place.first == "." || place.first == "…" else { return nil }
        let rest = Fold.key(words[at...].joined(separator: " "))
        guard rest.trimmingCharacters().hasPrefix("ngay") else { return nil }
        // The numbers wherever they stand ("18 tháng 11năm 2025" has lost a space).
        var numbers: [Int] = []
        var digits = ""
        for c in rest + " " {
            if c.isASCIIDigit { digits.append(c); continue }
            if !digits.isEmpty, digits.count <= 4, let n = Int(digits) { numbers.append(n) }
            digits = ""
        }
        var date: CivilDate?
        if numbers.count == 3 { date = CivilDate(year: numbers[2], month: numbers[1], day: numbers[0]) }
        return (place, date)
    }
}

extension HeaderReader {
    /// Whether the bytes hold "ng", a run of "a"s and non-ASCII bytes, then "y", in any case: every
    /// spelling of "ngày" that folds to "ngay" does. Most texts fail this before they are split.
    static func mayNameDay(_ text: String) -> Bool {
        withUTF8Bytes(text) { b in
            var i = 0
            while i + 3 < b.count {
                guard b[i] | 0x20 == 0x6E, b[i + 1] | 0x20 == 0x67 else { i += 1; continue }
                var j = i + 2
                while j < b.count, b[j] | 0x20 == 0x61 || b[j] >= 0x80 { j += 1 }
                if j > i + 2, j < b.count, b[j] | 0x20 == 0x79 { return true }
                i += 1
            }
            return false
        }
    }
}

extension Casing {
    /// First words (folded) of an issuer's line that names a body of its own under the one above.
    private static let bodyOpenings: Set<String> = ["cuc", "so", "vu", "phong", "chi", "tong", "trung", "thue", "dang", "ban", "van",
                                                    "truong", "benh", "hoi"]

    /// "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" → "Ủy ban nhân dân thành phố Hải Phòng".
    static func issuer(_ text: String) -> String { sentence(text) }

    /// The issuer's lines: a line that opens with a body's head noun ("CỤC THUẾ" under "BỘ TÀI CHÍNH") names a body of
    /// its own and is cased as one ("Bộ Tài chính Cục Thuế"); any other line goes on with the name above it ("ỦY BAN
    /// NHÂN DÂN" / "THÀNH PHỐ CẦN THƠ" → "Ủy ban nhân dân thành phố Cần Thơ").
    static func issuer(lines: [String]) -> String {
        // ("ĐẢNG BỘ TỈNH LÂM ĐỒNG" / "ĐẢNG ỦY XÃ NAM BAN", "UBND TỈNH QUẢNG NINH" / "BAN CHỈ ĐẠO 389": two bodies.)
        var bodies: [String] = []
        for line in lines {
            let first = Fold.key(line.prefix { $0 != " " })
            // "ỦY" / "BAN NHÂN DÂN …": a name cut inside "Ủy ban" goes on.
            let cutName = first == "ban" && bodies.last.map { Fold.key($0).hasSuffix("uy") } == true
            if bodies.isEmpty || cutName || !Self.bodyOpenings.contains(first) {
                if bodies.isEmpty { bodies.append(line) } else { Text.append(line, to: &bodies[bodies.count - 1]) }
            } else {
                bodies.append(line)
            }
        }
        return bodies.map(issuer).joined(separator: " ")
    }
}

extension String {
    func trimmingCharacters() -> String { String(trimmingSpaces()) }
}
