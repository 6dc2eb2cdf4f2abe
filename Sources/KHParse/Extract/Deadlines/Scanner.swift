/// One token of a deadline phrase: a word (folded), a number or a sign, with its place in the
/// text as written so that a statement's `text` is a slice of the original.
///
/// The wide fields come first and the bytes last, so that a token takes 56 bytes, not 80: a text of signs
/// (grid borders) is a token a byte, and its array was the peak memory of such an input. A token holds no
/// reference (a word's key is packed; `Tokens.key(_:)` makes it when asked): copying one retains nothing, and a
/// word costs no string.
struct DeadlineToken: Sendable {
    typealias Kind = WordToken.Kind

    /// A word's folded key ("thang") packed (`PackedKey`) when one to eight bytes; 0 for a longer key
    /// (in the scan's `longKeys` at `long`) and for numbers and signs.
    var packed: UInt64 = 0
    var lower: String.Index
    var upper: String.Index
    var value: Int = 0            // numbers; capped so that junk digits never overflow
    var digits: Int = 0
    var kind: Kind
    var word: Vocab?
    var symbol: UInt8 = 0         // ASCII sign; "-" also for en/em dashes; 0 for any other sign
    var spaced: Bool              // whitespace (or nothing at all) before it
    /// Where `DeadlineScanner.Tokens.longKeys` holds the key of a word `packed` does not tell; -1 for the others.
    var long: Int32 = -1
}

/// Splits a phrase into tokens over its folded form ("Quý II/2026" → quy ii / 2026): `WordScanner`'s tokens,
/// words looked up in the grammar's vocabulary, signs as their ASCII byte ("-" also for en/em dashes).
enum DeadlineScanner {
    /// A phrase's tokens, and the keys of over eight bytes (or with a last NUL) that their `packed` does not hold.
    struct Tokens {
        var tokens: [DeadlineToken] = []
        var longKeys: [String] = []

        /// The folded key of the word at `i` ("thang"); "" for a number or a sign.
        func key(_ i: Int) -> String {
            let token = tokens[i]
            if token.long >= 0 { return longKeys[Int(token.long)] }
            return token.packed == 0 ? "" : PackedKey.string(token.packed)
        }
    }

    static func tokens(_ text: String) -> Tokens {
        var tokens: [DeadlineToken] = []
        var longKeys: [String] = []
        tokens.reserveCapacity(32)
        let utf8 = text.utf8
        WordScanner.scan(text, otherLetters: .signs) { scanned, key in
            if scanned.kind == .symbol && scanned.scalar < 0x20 { return }   // control characters: no sign of the grammar
            var token = DeadlineToken(lower: utf8.index(utf8.startIndex, offsetBy: scanned.start),
                                      upper: utf8.index(utf8.startIndex, offsetBy: scanned.end), kind: scanned.kind,
                                      spaced: scanned.spaced)
            switch scanned.kind {
            case .word:
                // Packed once, for the token and the vocabulary (`Vocab.of`, which packs a key the same way).
                if let packed = PackedKey.exact(key) {
                    token.packed = packed
                    token.word = Vocab.byPacked[packed: packed]
                } else {
                    token.long = Int32(truncatingIfNeeded: longKeys.count)
                    longKeys.append(String(decoding: key, as: UTF8.self))
                    token.word = Vocab.of(key)
                }
            case .number:
                token.value = scanned.value
                token.digits = scanned.digits
            case .symbol:
                let v = scanned.scalar
                token.symbol = v < 0x80 ? UInt8(v) : WordScanner.isDash(v) ? 0x2D : 0
            }
            tokens.append(token)
        }
        return Tokens(tokens: tokens, longKeys: longKeys)
    }
}
