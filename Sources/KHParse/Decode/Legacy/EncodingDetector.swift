/// The detector's answer: the chosen encoding, the decoded text, how sure it is.
struct EncodingGuess: Sendable {
    var encoding: TextEncoding
    var text: String
    /// Share of the words holding non-ASCII letters that are valid Vietnamese syllables in the
    /// chosen decoding, less a penalty for unmapped bytes; 0…1.
    var confidence: Double
    /// True when the text was too short or the runner-up scored too close to tell.
    var unsure: Bool

    init(encoding: TextEncoding, text: String, confidence: Double, unsure: Bool) {
        self.encoding = encoding
        self.text = text
        self.confidence = confidence
        self.unsure = unsure
    }
}

/// Which legacy encoding a byte string is in. ICU's charset detector knows none of them, so every
/// candidate decodes the bytes and the decoding whose words are most often valid Vietnamese
/// syllables wins: `ViÖt` (TCVN3 read as windows-1258) is not a syllable, `Việt` is.
enum EncodingDetector {
    /// Bytes scored at most; longer input is scored on its head (cut at a line end) and then
    /// decoded whole with the winner.
    static let sampleLimit = 256 * 1024

    /// Scores of one candidate decoding.
    struct Score: Sendable {
        var encoding: TextEncoding
        var score: Double
        var words: Int
    }

    /// For bytes that are not valid UTF-8 (BOMs, valid UTF-8 and binary refusal come before).
    /// Pure-ASCII input is answered `.viqr` when reading it as VIQR raises the share of valid
    /// syllables clearly, `.utf8` otherwise.
    /// `guess(Array("Vi\u{D6}t Nam".unicodeScalars.map { UInt8($0.value) }))` → `.tcvn3`.
    static func guess(_ bytes: [UInt8]) -> EncodingGuess {
        let sample = head(bytes)
        let scores = rank(sample)
        let best = scores[0]
        let second = scores.count > 1 ? scores[1].score : 0
        let margin = best.score - second
        let text = decodeCandidate(bytes, best.encoding).text
        let unsure = best.words < 3 || margin < 0.15 || best.score < 0.5
        return EncodingGuess(encoding: best.encoding, text: text, confidence: max(0, min(1, best.score)), unsure: unsure)
    }

    /// All candidates, best first (ties keep the order windows-1258, TCVN3, VNI, VISCII).
    static func rank(_ bytes: [UInt8]) -> [Score] {
        var candidates: [TextEncoding]
        if bytes.withUnsafeBufferPointer(ByteSearch.isASCII) {
            candidates = [.utf8, .viqr]
        } else {
            candidates = [.windows1258, .tcvn3, .vni, .viscii, .viqr]
            if looksLikeUTF16(bytes) { candidates = [.utf16le, .utf16be] + candidates }
        }
        var scores: [Score] = []
        for encoding in candidates {
            let (text, unmapped) = decodeCandidate(bytes, encoding)
            scores.append(score(text, unmapped: unmapped, encoding: encoding))
        }
        // Stable sort: the candidate order breaks ties.
        return scores.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
    }

    static func decodeCandidate(_ bytes: [UInt8], _ encoding: TextEncoding) -> (text: String, unmapped: Int) {
        LegacyCodec.decode(bytes, as: encoding)
    }

    static func score(_ text: String, unmapped: Int, encoding: TextEncoding) -> Score {
        let scalars = Array(text.unicodeScalars)
        var t = VietnameseSyllable.Tally()
        scalars.withUnsafeBufferPointer { VietnameseSyllable.tally($0, into: &t) }
        let bad = Double(unmapped + t.junk)
        let value: Double
        let words: Int
        if encoding == .utf8 || encoding == .viqr {
            // VIQR changes ASCII words too, so all words count, for UTF-8 alike.
            value = t.words == 0 ? 0 : (Double(t.valid) - 2 * bad) / Double(t.words)
            words = t.words
        } else {
            value = t.nonASCIIWords == 0 ? 0 : (Double(t.nonASCIIValid) - 2 * bad) / Double(t.nonASCIIWords)
            words = t.nonASCIIWords
        }
        return Score(encoding: encoding, score: value, words: words)
    }

    /// A declared encoding (`--from`) whose text does not read as Vietnamese, and the encoding that does.
    struct Doubt: Sendable {
        var declared: Score
        var likely: Score
    }

    /// The plausibility check of a declared encoding: its decoding scored like a detected one. When fewer than
    /// half of the words are valid syllables and another candidate (UTF-8 too, when the bytes are valid UTF-8)
    /// scores at least half and clearly better, the bytes are most likely in that one: `--from tcvn3` on a VNI
    /// file gives "Vieät Nam", which is not Vietnamese; VNI gives "Việt Nam", which is.
    static func doubt(_ bytes: [UInt8], declared: TextEncoding) -> Doubt? {
        let sample = head(bytes)
        let nonASCII = sample.contains { $0 >= 0x80 }
        // Every candidate is scored on the words with non-ASCII letters (the legacy metric), so UTF-8, the
        // legacy encodings and VIQR compare; pure ASCII compares all words.
        let metric: TextEncoding = nonASCII ? .windows1258 : .utf8
        func scored(_ encoding: TextEncoding) -> Score {
            let decoded: (text: String, unmapped: Int)
            switch encoding {
            case .utf8:
                let text = String(decoding: sample, as: UTF8.self)
                decoded = (text, text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
            case .utf16le, .utf16be:
                decoded = (TextDecoder.decodeForced(sample, encoding).text, 0)
            default:
                decoded = decodeCandidate(sample, encoding)
            }
            var s = score(decoded.text, unmapped: decoded.unmapped, encoding: metric)
            s.encoding = encoding
            return s
        }
        let declaredScore = scored(declared)
        guard declaredScore.words >= 3, declaredScore.score < 0.5 else { return nil }
        var candidates: [TextEncoding] = nonASCII ? [.windows1258, .tcvn3, .vni, .viscii, .viqr] : [.utf8, .viqr]
        if nonASCII, String(validating: sample, as: UTF8.self) != nil { candidates.insert(.utf8, at: 0) }
        if looksLikeUTF16(sample) { candidates = [.utf16le, .utf16be] + candidates }
        var best: Score?
        for encoding in candidates where encoding != declared {
            let s = scored(encoding)
            if best == nil || s.score > best!.score { best = s }
        }
        guard let best, best.score >= 0.5, best.score - declaredScore.score >= 0.15 else { return nil }
        return Doubt(declared: declaredScore, likely: best)
    }

    /// UTF-16 without BOM: NUL bytes at one parity in a third or more of the pairs.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        var even = 0, odd = 0
        for (k, b) in bytes.enumerated() where b == 0 { if k % 2 == 0 { even += 1 } else { odd += 1 } }
        return max(even, odd) * 3 >= bytes.count / 2
    }

    private static func head(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > sampleLimit else { return bytes }
        var end = sampleLimit
        while end > sampleLimit / 2, bytes[end - 1] != 0x0A { end -= 1 }
        return Array(bytes[0..<end])
    }
}
