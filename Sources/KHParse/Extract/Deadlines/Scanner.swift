/// One token of a deadline phrase: a word (folded), a number or a sign, with its place in the
/// text as written so that a statement's `text` is a slice of the original.
///
/// The wide fields come first and the bytes last, so that a token takes 56 bytes, not 80: a text of signs
/// (grid borders) is a token a byte, and its array was the peak memory of such an input.
struct DeadlineToken: Sendable {
    typealias Kind = WordToken.Kind

    var key: String = ""          // folded word: "thang"
    var lower: String.Index
    var upper: String.Index
    var value: Int = 0            // numbers; capped so that junk digits never overflow
    var digits: Int = 0
    var kind: Kind
    var word: Vocab?
    var symbol: UInt8 = 0         // ASCII sign; "-" also for en/em dashes; 0 for any other sign
    var spaced: Bool              // whitespace (or nothing at all) before it
}

/// Splits a phrase into tokens over its folded form ("Quý II/2026" → quy ii / 2026): `WordScanner`'s tokens,
/// words looked up in the grammar's vocabulary, signs as their ASCII byte ("-" also for en/em dashes).
enum DeadlineScanner {
    static func tokens(_ text: String) -> [DeadlineToken] {
        var tokens: [DeadlineToken] = []
        tokens.reserveCapacity(32)
        let utf8 = text.utf8
        WordScanner.scan(text, otherLetters: .signs) { scanned, key in
            if scanned.kind == .symbol && scanned.scalar < 0x20 { return }   // control characters: no sign of the grammar
            var token = DeadlineToken(lower: utf8.index(utf8.startIndex, offsetBy: scanned.start),
                                      upper: utf8.index(utf8.startIndex, offsetBy: scanned.end), kind: scanned.kind,
                                      spaced: scanned.spaced)
            switch scanned.kind {
            case .word:
                token.key = String(decoding: key, as: UTF8.self)
                token.word = Vocab.of(key)
            case .number:
                token.value = scanned.value
                token.digits = scanned.digits
            case .symbol:
                let v = scanned.scalar
                token.symbol = v < 0x80 ? UInt8(v) : WordScanner.isDash(v) ? 0x2D : 0
            }
            tokens.append(token)
        }
        return tokens
    }
}
