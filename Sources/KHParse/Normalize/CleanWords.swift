import Synchronization

/// The words of a document that steps 3–8 leave as they are, remembered by their bytes.
///
/// A Vietnamese text is made of a few thousand distinct words, nearly all of them with a letter beyond
/// ASCII, so nearly every line went through the scalar steps (decoded to scalars, looked at for
/// mojibake, its tones checked) only to come out unchanged. Each of those steps works within a word
/// that spaces bound, so a line whose every word is known to be clean is clean: it is handed on as its
/// own bytes. A word is clean when
/// - every scalar is quiet (`TextNormalizer.isQuiet`: steps 4–7 have nothing to do);
/// - it cannot start a mojibake repair (`Mojibake.mayRepair`);
/// - its tones are where the chosen style puts them (`TonePlacement.apply` moves nothing).
/// A word that is not clean, or not seen before, sends the line down the whole path.
///
/// The words of one text are mostly those of the last (a state document's vocabulary is small), so a
/// table outlives its text: it goes back to a pool, one table for each text being read at a time.
final class CleanWords: @unchecked Sendable {   // one text uses a table at a time: taken, then given back
    /// Words of up to this many bytes are remembered; longer ones are judged each time.
    static let keyBytes = 15

    /// Words of one to eight bytes (97% of the words with a letter beyond ASCII): the key is the word's
    /// bytes, zero-padded, in one integer (the last byte of a word is never NUL where it is remembered, so
    /// no two words share a key); 0 is an empty slot. Buckets of two slots in one cache line, the word
    /// judged last in the first. Raw memory: this is read for every word of the text.
    private let short: UnsafeMutablePointer<UInt64>
    private static let shortBuckets = 4096
    /// Words of nine to fifteen bytes, direct-mapped, two integers a slot: the word's bytes, zero-padded,
    /// and its length in the top byte of the second.
    private let long: UnsafeMutablePointer<UInt64>
    private static let longSlots = 1024

    /// The options the verdicts were made for.
    private var style: ToneStyle
    private var repairMojibake: Bool

    private init(_ options: NormalizationOptions) {
        short = .allocate(capacity: 2 * Self.shortBuckets)
        short.initialize(repeating: 0, count: 2 * Self.shortBuckets)
        long = .allocate(capacity: 2 * Self.longSlots)
        long.initialize(repeating: 0, count: 2 * Self.longSlots)
        style = options.toneStyle
        repairMojibake = options.repairMojibake
    }

    deinit {
        short.deallocate()
        long.deallocate()
    }

    private static let pool = Mutex<[CleanWords]>([])

    /// A table for a text normalized with `options`, from the pool when one is there.
    static func take(for options: NormalizationOptions) -> CleanWords {
        guard let words = pool.withLock({ $0.popLast() }) else { return CleanWords(options) }
        if words.style != options.toneStyle || words.repairMojibake != options.repairMojibake {
            words.short.update(repeating: 0, count: 2 * shortBuckets)
            words.long.update(repeating: 0, count: 2 * longSlots)
            words.style = options.toneStyle
            words.repairMojibake = options.repairMojibake
        }
        return words
    }

    /// Back to the pool once its text is read. The pool holds as many as were read at once (a batch's
    /// jobs), and never more than 16.
    static func give(_ words: CleanWords) {
        pool.withLock { if $0.count < 16 { $0.append(words) } }
    }

    /// Whether steps 3–8 leave every word of `line` (valid UTF-8, no line break) as it is, as
    /// `TextNormalizer.normalizeLine` would find. ASCII words are clean. A word's key is its bytes,
    /// read sixteen at a time where the line has them (a word is four to seven bytes: a byte at a time cost
    /// more than the lookup).
    static func lineIsClean(_ line: UnsafeBufferPointer<UInt8>, options: NormalizationOptions,
                            scratch: inout TextNormalizer.Scratch) -> Bool {
        guard let base = line.baseAddress else { return true }
        let n = line.count
        var i = 0
        while i < n {
            if line[i] == 0x20 || line[i] == 0x09 { i += 1; continue }
            let start = i
            var low: UInt64 = 0, high: UInt64 = 0
            if i + 16 <= n {
                // Sixteen bytes at once: the word ends at the first space or tab among them, or is too
                // long to remember (its end found byte by byte).
                let first = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                let second = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self).littleEndian
                let firstEnds = ByteLanes.equal(first, 0x20) | ByteLanes.equal(first, 0x09)
                if firstEnds != 0 {
                    let count = firstEnds.trailingZeroBitCount / 8
                    low = first & ~(UInt64.max << UInt64(8 * count))
                    i += count
                } else {
                    let secondEnds = ByteLanes.equal(second, 0x20) | ByteLanes.equal(second, 0x09)
                    if secondEnds != 0 {
                        let count = secondEnds.trailingZeroBitCount / 8
                        low = first
                        high = second & ~(UInt64.max << UInt64(8 * count))
                        i += 8 + count
                    } else {
                        i += 16
                        while i < n && line[i] != 0x20 && line[i] != 0x09 { i += 1 }
                    }
                }
            } else {
                var shift: UInt64 = 0
                while i < n {
                    let b = line[i]
                    if b == 0x20 || b == 0x09 { break }
                    if shift < 64 { low |= UInt64(b) << shift } else if shift < 128 { high |= UInt64(b) << (shift - 64) }
                    shift &+= 8
                    i += 1
                }
            }
            let word = UnsafeBufferPointer(rebasing: line[start..<i])
            if i - start > keyBytes {
                guard !ByteSearch.isASCII(word) else { continue }
                guard judge(word, options: options, scratch: &scratch) else { return false }
                continue
            }
            // ASCII words are clean.
            guard (low | high) & 0x8080_8080_8080_8080 != 0 else { continue }
            if i - start <= 8, line[i - 1] != 0 {
                // One to eight bytes, in a table small enough to stay in the nearest caches: with 16,384 slots
                // of sixteen bytes for every word, nearly half of this function's CPU-time samples fell just
                // after the load of a slot.
                let short = scratch.words.short
                let bucket = 2 * Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15) >> 52)
                if min(short[bucket] ^ low, short[bucket + 1] ^ low) == 0 { continue }   // either way, one branch
                guard judge(word, options: options, scratch: &scratch) else { return false }
                short[bucket + 1] = short[bucket]
                short[bucket] = low
                continue
            }
            high |= UInt64(i - start) << 56
            let slot = 2 * Int(truncatingIfNeeded: ((low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> 54)
            let long = scratch.words.long
            if long[slot] == low && long[slot + 1] == high { continue }
            guard judge(word, options: options, scratch: &scratch) else { return false }
            long[slot] = low
            long[slot + 1] = high
        }
        return true
    }

    /// The word run through the checks of steps 3–8 on its own.
    private static func judge(_ word: UnsafeBufferPointer<UInt8>, options: NormalizationOptions,
                              scratch: inout TextNormalizer.Scratch) -> Bool {
        var s = scratch.spare
        scratch.spare = []
        defer { scratch.spare = s }
        guard TextNormalizer.decodeUTF8(word, into: &s) else { return false }
        if options.repairMojibake && Mojibake.mayRepair(s, tallies: &scratch.tallies) { return false }
        return !TonePlacement.apply(&s, style: options.toneStyle, scratch: &scratch.letters)
    }
}
