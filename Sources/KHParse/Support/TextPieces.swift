/// A text of more than 128 KB (a whole document on one line, or its lines read as one task) in pieces of
/// about 64 KB, cut after a sentence (". ", "; ") or else between words. The Extract readers that scan a
/// text into tokens (references, targets, the deadlines of a task's sentence) read such a text piece by
/// piece: a scan holds a token every byte or two of a text of numbers and signs, and none of what they
/// find runs across a sentence's end. Shorter texts are one piece.
enum TextPieces {
    static func pieces(_ text: String) -> [Substring] {
        let size = TextNormalizer.pieceBytes
        guard isLong(text) else { return [text[...]] }
        var copy = text
        let cuts: [Int] = copy.withUTF8 { bytes in
            var cuts: [Int] = []
            var from = 0
            while from < bytes.count {
                var to = TextNormalizer.pieceEnd(bytes, from: from, end: bytes.count)
                if to < bytes.count {
                    var i = from + size
                    while i + 1 < min(bytes.count, from + 2 * size) {
                        if bytes[i] == 0x2E || bytes[i] == 0x3B, bytes[i + 1] == 0x20 { to = i + 2; break }
                        i += 1
                    }
                }
                cuts.append(to)
                from = to
            }
            return cuts
        }
        var pieces: [Substring] = []
        var start = text.startIndex
        for cut in cuts {
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: cut)
            pieces.append(text[start..<end])
            start = end
        }
        return pieces
    }

    /// A text that `pieces` cuts: over twice `TextNormalizer.pieceBytes`.
    static func isLong(_ text: String) -> Bool { text.utf8.count > 2 * TextNormalizer.pieceBytes }

    /// `body` on the text as it stands (nearly every text: no array of one, no copy), or on each piece of a
    /// long one, made a string of its own. A piece with nowhere to cut is as long as the text was: it is read
    /// as it stands, never cut again.
    static func each(_ text: String, _ body: (String) -> Void) {
        guard isLong(text) else { return body(text) }
        for piece in pieces(text) { body(String(piece)) }
    }

    /// What `read` finds in the text, read as `each` reads it: the text's own answer as it is, for a short one.
    static func flatMap<Found>(_ text: String, _ read: (String) -> [Found]) -> [Found] {
        guard isLong(text) else { return read(text) }
        return pieces(text).flatMap { read(String($0)) }
    }
}
