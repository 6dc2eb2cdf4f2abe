/// The text of one table cell, whatever shape it came from: tags removed, HTML entities decoded,
/// whitespace collapsed and trimmed.
///
///     CellText.clean("  <b>Sở KH&amp;CN</b>,<br>Sở&nbsp;Xây   dựng ")   // "Sở KH&CN, Sở Xây dựng"
enum CellText {
    static func clean(_ raw: String) -> String {
        var text = raw
        if text.containsByte(0x3C) { text = stripTags(text) }       // "<"
        if text.containsByte(0x26) { text = decodeEntities(text) }  // "&"
        return collapse(text)
    }

    /// Markdown cells (pipe, grid) first lose emphasis marks and escapes, as prose lines do in
    /// `LineCleaner`, so that a cell reads the same as its tab-separated twin.
    static func cleanMarkdown(_ raw: String) -> String {
        var text = raw
        if text.containsByte(0x2A) || text.containsByteTwice(0x5F) { text = LineCleaner.stripEmphasis(text) }
        if text.containsByte(0x5C) { text = LineCleaner.unescapeMarkdown(text) }
        return clean(text)
    }

    /// Whether `cleanMarkdown` may change a collapsed text: only where it holds "*", "__", "\\", "<" or "&"
    /// (collapsing a collapsed text changes nothing).
    static func mayClean(_ text: String) -> Bool {
        text.containsByte(0x2A) || text.containsByteTwice(0x5F) || text.containsByte(0x5C) || text.containsByte(0x3C)
            || text.containsByte(0x26)
    }

    /// Collapses runs of whitespace (spaces, tabs, line breaks, no-break spaces: Unicode's White_Space)
    /// into one space and trims. Works on bytes and returns the text itself when nothing changes, which
    /// is most cells and most texts.
    static func collapse(_ text: some StringProtocol) -> String {
        withUTF8Bytes(text) { bytes -> String in
            if isCollapsed(bytes) { return String(text) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pending = false
            var i = 0
            while i < bytes.count {
                let width = whitespaceWidth(bytes, at: i)
                if width > 0 { pending = !out.isEmpty; i += width; continue }
                if pending { out.append(0x20); pending = false }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// No whitespace at either end, and every whitespace a single ASCII space.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true    // a space at the start is not collapsed
        var i = 0
        while i < bytes.count {
            // Eight bytes at once when they hold no byte below 0x20 and no first byte of a Unicode space (C2,
            // E2, E3; E1 only before 9A): then only ASCII spaces are whitespace there, and two in a row answer.
            // (Reading from a later byte of a character is harmless: no such byte opens a space.)
            if i + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                let ogham = ByteLanes.equal(word, 0xE1) & (ByteLanes.equal(word, 0x9A) >> 8 | 0x80 << 56)
                let other = ByteLanes.below(word, 0x20) | ByteLanes.equal(word, 0xC2) | ByteLanes.equal(word, 0xE2)
                    | ByteLanes.equal(word, 0xE3) | ogham
                if other == 0 {
                    let spaces = ByteLanes.equal(word, 0x20)
                    if spaces & (spaces << 8 | (previousSpace ? 0x80 : 0)) != 0 { return false }
                    previousSpace = spaces >> 56 != 0
                    i += 8
                    continue
                }
            }
            let width = whitespaceWidth(bytes, at: i)
            if width > 0 {
                if previousSpace || width > 1 || bytes[i] != 0x20 { return false }
                previousSpace = true
                i += width
            } else {
                previousSpace = false
                i += 1
            }
        }
        return !previousSpace || bytes.isEmpty
    }

    /// The length in bytes of the White_Space character at `i`, or 0.
    @inline(__always)
    private static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        let n = b.count
        switch c {
        case 0xC2 where i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0): return 2
        case 0xE1 where i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80: return 3                       // U+1680
        case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] <= 0x8A || b[i + 2] == 0xA8 || b[i + 2] == 0xA9 || b[i + 2] == 0xAF):
            return b[i + 2] >= 0x80 ? 3 : 0                                                              // U+2000–200A, 2028, 2029, 202F
        case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0x9F: return 3                       // U+205F
        case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3                       // U+3000
        default: return 0
        }
    }

    /// Removes `<tag …>` and `</tag>`; a tag that breaks a line (`<br>`, `<p>`, `<div>`, `<li>`) leaves
    /// a space. "a < b" and "<5%" are text: a tag starts with a letter, "/" or "!".
    static func stripTags(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "<", let tag = HTMLTag(scalars) else { out.unicodeScalars.append(scalar); continue }
            scalars = scalars.dropFirst(tag.length - 1)
            if tag.breaksLine { out.append(" ") }
        }
        return out
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    ]

    /// `&amp; &nbsp; &lt; &gt; &quot; &#NNN; &#xHH;` and a few typographic names; anything else stays as written.
    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            // An entity is short: look for ";" within 10 characters only.
            if let semi = after.prefix(10).firstIndex(of: ";"), let decoded = entity(after[..<semi]) {
                out += decoded
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    private static func entity(_ name: Substring) -> String? {
        if let value = named[String(name)] { return value }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let code, code != 0, let scalar = Unicode.Scalar(code) else { return nil }
        return String(Character(scalar))
    }

    /// Trims the given characters from both ends.
    static func trim(_ text: String, _ set: String) -> String {
        var s = text[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast(1) }
        return String(s)
    }
}

/// One HTML tag read from the scalars after its "<": `<td colspan="2">` → name "td", length 16.
struct HTMLTag {
    /// Lower-cased name without "/": "td", "br", "table"; "!" for comments and doctypes.
    var name: String
    var closing: Bool
    /// Scalars from "<" to ">" inclusive.
    var length: Int

    var breaksLine: Bool { ["br", "p", "div", "li", "tr", "td", "th", "table", "caption"].contains(name) }

    /// `rest` starts after "<"; nil when the "<" does not open a tag or the ">" is missing.
    init?(_ rest: Substring.UnicodeScalarView) {
        var iterator = rest.makeIterator()
        guard let first = iterator.next() else { return nil }
        var closing = false, name = "", length = 2
        var next: Unicode.Scalar? = first
        if first == "/" { closing = true; next = iterator.next(); length += 1 }
        guard let start = next, start.properties.isAlphabetic && start.isASCII || start == "!" else { return nil }
        if start == "!" { name = "!" }
        var inName = start != "!"
        var scalar: Unicode.Scalar? = start
        while let s = scalar {
            if s == ">" { self.name = name.lowercased(); self.closing = closing; self.length = length; return }
            if s == "<" { return nil }   // "<" again before ">": not a tag
            if inName {
                if s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) { name.unicodeScalars.append(s) }
                else { inName = false }
            }
            length += 1
            scalar = iterator.next()
        }
        return nil
    }
}
