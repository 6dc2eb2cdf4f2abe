#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tone placement styles of normalization.md step 8.
///
/// `.classic` writes "Thành ủy", `.modern` "Thành uỷ".
public enum ToneStyle: String, Sendable, CaseIterable {
    /// hòa, khỏe, thủy, Ủy ban — most state documents.
    case classic
    /// hoà, khoẻ, thuỷ, Uỷ ban — QĐ 1989/QĐ-BGDĐT.
    case modern
    /// leave placement alone (only spellings wrong in both styles, like `qúy`, are repaired).
    case keep
}

/// How the text is normalized: `NormalizationOptions(toneStyle: .modern)` writes hoà, thuỷ.
public struct NormalizationOptions: Sendable {
    /// Where tone marks go in `oa`, `oe`, `uy` syllables.
    public var toneStyle: ToneStyle
    /// The encoding the text was decoded from. `.tcvn3` applies the all-caps repair of TCVN3's
    /// "H" fonts (`KẾ HOạCH` → `KẾ HOẠCH`) to every line, not only to repaired mojibake.
    public var sourceEncoding: TextEncoding?
    /// Look for TCVN3/VNI mojibake inside Unicode text (step 3).
    public var repairMojibake: Bool

    /// Options; `sourceEncoding` and `repairMojibake` are set by the parser itself.
    public init(toneStyle: ToneStyle = .classic, sourceEncoding: TextEncoding? = nil, repairMojibake: Bool = true) {
        self.toneStyle = toneStyle
        self.sourceEncoding = sourceEncoding
        self.repairMojibake = repairMojibake
    }
}

/// Text after the normalize stage, with the names of the repairs that changed something.
struct NormalizedText: Sendable {
    var text: String
    /// Step names in the order the steps ran, e.g. ["mojibake-tcvn3", "nfc", "tone-placement"].
    var repairs: [String]
    /// First line (1-based) whose encoding was repaired (mojibake or TCVN3 capitals), for the
    /// `encoding-repaired` diagnostic.
    var firstRepairedLine: Int?

    init(text: String, repairs: [String], firstRepairedLine: Int? = nil) {
        self.text = text
        self.repairs = repairs
        self.firstRepairedLine = firstRepairedLine
    }
}

/// Unicode text in, one canonical text out. Never adds or removes a line: CRLF and CR become LF,
/// nothing else touches line breaks, so line numbers stay those of the input file.
/// `normalize("Ban Thường vụ Thành uỷ\r\n")` → `"Ban Thường vụ Thành ủy\n"`,
/// repairs `["line-endings", "tone-placement"]`.
enum TextNormalizer {
    /// Repair names in the order the steps run.
    enum Step: Int, CaseIterable {
        case lineEndings, mojibakeTCVN3, mojibakeVNI, tcvn3Caps, invisible, spaces, compatibility,
             markOrder, nfc, lookAlikes, bullets, tonePlacement

        var name: String {
            switch self {
            case .lineEndings: return "line-endings"
            case .mojibakeTCVN3: return "mojibake-tcvn3"
            case .mojibakeVNI: return "mojibake-vni"
            case .tcvn3Caps: return "tcvn3-caps"
            case .invisible: return "invisible-characters"
            case .spaces: return "spaces"
            case .compatibility: return "compatibility"
            case .markOrder: return "mark-order"
            case .nfc: return "nfc"
            case .lookAlikes: return "look-alikes"
            case .bullets: return "private-use-bullets"
            case .tonePlacement: return "tone-placement"
            }
        }
    }

    /// Buffers reused from line to line, so that a line costs no allocation.
    struct Scratch {
        var scalars: [Unicode.Scalar] = []
        var spare: [Unicode.Scalar] = []
        var letters = [VietnameseLetter](repeating: VietnameseLetter(base: 0, shape: .none, tone: .none, upper: false), count: 9)
        var done = [Bool](repeating: false, count: Step.allCases.count)
        var firstRepairedLine: Int?
        var tallies = Mojibake.TallyCache()
        /// Taken from `CleanWords`' pool for one text and given back after.
        var words: CleanWords
    }

    static func normalize(_ text: String, options: NormalizationOptions = NormalizationOptions()) -> NormalizedText {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        let (repairs, firstRepaired) = eachLine(text, options: options) { line, broken, _ in
            out.append(contentsOf: line)
            if broken { out.append(0x0A) }
        }
        return NormalizedText(text: String(decoding: out, as: UTF8.self), repairs: repairs, firstRepairedLine: firstRepaired)
    }

    /// The normalized text as its lines, as `LineCleaner.rawLines` would cut them, without the whole
    /// text being built (and checked as UTF-8) first.
    static func normalizeLines(_ text: String, options: NormalizationOptions = NormalizationOptions())
        -> (lines: [String], repairs: [String], firstRepairedLine: Int?) {
        var lines: [String] = []
        lines.reserveCapacity(lineCount(text))   // doubling would leave up to half the array unused
        let utf8 = text.utf8
        let (repairs, firstRepaired) = eachLine(text, options: options) { line, _, own in
            // A line left as it stands, with a letter beyond ASCII, is a slice of the text, which the decoder
            // found valid UTF-8: copied without being checked again. Checking its bytes (`String(decoding:)`)
            // spares a retain and a release of the text but costs more time: in CPU-time samples of a batch
            // run the normalizer took 11.9% of the run with the check, 10.0% with the slice. An ASCII line
            // is made from its bytes: their check is a word-at-a-time test for a high bit, cheaper than the
            // slice's index and scalar-boundary work.
            if let own {
                let from = utf8.index(utf8.startIndex, offsetBy: own.lowerBound)
                lines.append(String(Substring(utf8[from..<utf8.index(from, offsetBy: own.count)])))
            } else {
                lines.append(String(decoding: line, as: UTF8.self))
            }
        }
        return (text.isEmpty ? [""] : lines, repairs, firstRepaired)
    }

    /// The number of lines `eachLine` hands on: one per LF, CR or CRLF, and one for a last line without.
    /// The LFs and CRs are found with `memchr` (most bytes are neither), less the CRs an LF follows.
    static func lineCount(_ text: String) -> Int {
        withUTF8Bytes(text) { b in
            guard let base = b.baseAddress, !b.isEmpty else { return 0 }
            func each(_ byte: UInt8, _ body: (Int) -> Void) {
                var at = 0
                while at < b.count, let hit = memchr(base + at, Int32(byte), b.count - at) {
                    let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    body(i)
                    at = i + 1
                }
            }
            var count = 0
            each(0x0A) { _ in count += 1 }
            each(0x0D) { i in if i + 1 >= b.count || b[i + 1] != 0x0A { count += 1 } }
            return b.last == 0x0A || b.last == 0x0D ? count : count + 1
        }
    }

    /// Normalizes `text` line by line and hands each line's bytes to `body`, with whether a line break
    /// followed it and, for a line beyond ASCII that no step changed, its bytes' offsets in `text`; returns
    /// the names of the repairs made and the first line repaired.
    private static func eachLine(_ text: String, options: NormalizationOptions,
                                 _ body: (UnsafeBufferPointer<UInt8>, _ broken: Bool, _ own: Range<Int>?) -> Void) -> ([String], Int?) {
        var input = text
        var scratch = Scratch(words: CleanWords.take(for: options))
        defer { CleanWords.give(scratch.words) }
        scratch.scalars.reserveCapacity(512)
        scratch.spare.reserveCapacity(512)
        input.withUTF8 { bytes in
            var out: [UInt8] = []     // one line's normalized bytes, reused
            out.reserveCapacity(512)
            let n = bytes.count
            var start = 0
            var line = 1
            while start < n {
                var end = start
                var ascii = true
                // Eight bytes at a time while none is a line break (most lines are tens of bytes).
                if let base = bytes.baseAddress {
                    var high: UInt64 = 0
                    while end + 8 <= n {
                        let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self).littleEndian
                        if ByteLanes.equal(word, 0x0A) | ByteLanes.equal(word, 0x0D) != 0 { break }
                        high |= word
                        end += 8
                    }
                    if high & 0x8080_8080_8080_8080 != 0 { ascii = false }
                }
                while end < n {
                    let b = bytes[end]
                    if b == 0x0A || b == 0x0D { break }
                    if b >= 0x80 { ascii = false }
                    end += 1
                }
                let broken = end < n
                let lineBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if ascii || (end - start <= 2 * pieceBytes && options.sourceEncoding != .tcvn3
                             && CleanWords.lineIsClean(lineBytes, options: options, scratch: &scratch)) {
                    body(lineBytes, broken, ascii ? nil : start..<end)   // an ASCII line's bytes are checked fast
                } else {
                    // A very long line (a whole document without line breaks) is taken in pieces cut
                    // between words: every step works within a syllable, and the scalar buffers stay
                    // small instead of four times the line. Its bytes get their room at once (growing
                    // by doubling would overshoot by up to half) and give it back after.
                    if end - start > out.capacity { out = []; out.reserveCapacity(end - start + (end - start) / 16) }
                    out.removeAll(keepingCapacity: true)
                    defer { if out.capacity > 1 << 20 { out = [] } }
                    var from = start
                    while from < end {
                        let to = pieceEnd(bytes, from: from, end: end)
                        normalizeLine(UnsafeBufferPointer(rebasing: bytes[from..<to]), line: line, options: options, scratch: &scratch, into: &out)
                        from = to
                    }
                    out.withUnsafeBufferPointer { body($0, broken, nil) }
                }
                guard broken else { break }
                if bytes[end] == 0x0D {
                    scratch.done[Step.lineEndings.rawValue] = true
                    start = end + 1 < n && bytes[end + 1] == 0x0A ? end + 2 : end + 1
                } else {
                    start = end + 1
                }
                line += 1
            }
        }
        let repairs = Step.allCases.filter { scratch.done[$0.rawValue] }.map(\.name)
        return (repairs, scratch.firstRepairedLine)
    }

    /// Lines up to this many bytes are normalized whole.
    static let pieceBytes = 1 << 16

    /// Where the piece of a line that starts at `from` ends: the line's end, or after a space or tab
    /// past `pieceBytes` (after ASCII punctuation when no space comes within as many bytes again).
    static func pieceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        guard end - from > 2 * pieceBytes else { return end }
        var i = from + pieceBytes
        let limit = from + 2 * pieceBytes
        var punctuation: Int?
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 { return i + 1 }
            if punctuation == nil, b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A { punctuation = i + 1 }
            if i >= limit, let punctuation { return punctuation }
            i += 1
        }
        return end
    }

    /// Steps 3–8 on one line that holds non-ASCII bytes.
    static func normalizeLine(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, options: NormalizationOptions,
                              scratch: inout Scratch, into out: inout [UInt8]) {
        var s = scratch.scalars
        scratch.scalars = []
        defer { scratch.scalars = s }
        var quiet = decodeUTF8(bytes, into: &s)
        var changed = false
        func mark(_ step: Step) { scratch.done[step.rawValue] = true; changed = true }

        // 3. Legacy-font mojibake, before invisible characters (TCVN3 ư is 0xAD, a soft hyphen).
        var encodingRepaired = false
        var tcvn3Line = options.sourceEncoding == .tcvn3
        if options.repairMojibake && Mojibake.mayContain(s), let kind = Mojibake.repair(&s, tallies: &scratch.tallies) {
            mark(kind == .tcvn3 ? .mojibakeTCVN3 : .mojibakeVNI)
            encodingRepaired = true
            if kind == .tcvn3 { tcvn3Line = true }
        }
        if tcvn3Line && Mojibake.repairCaps(&s) {
            mark(.tcvn3Caps)
            encodingRepaired = true
        }
        if encodingRepaired {
            quiet = false
            if scratch.firstRepairedLine == nil { scratch.firstRepairedLine = line }
        }
        // Steps 4–7 leave a line of quiet scalars (see `isQuiet`) as it is.
        if !quiet {
            // 4. Invisible characters and spaces.
            if ScalarSteps.removeInvisible(&s) { mark(.invisible) }
            if ScalarSteps.mapSpaces(&s) { mark(.spaces) }
            // 5. Compatibility forms.
            if ScalarSteps.compatibility(&s, into: &scratch.spare) { mark(.compatibility) }
            // 6. Mark order, then NFC.
            let (reordered, composed) = MarkOrder.compose(&s)
            if reordered { mark(.markOrder) }
            if composed { mark(.nfc) }
            // 7. Look-alikes and private-use bullets.
            if ScalarSteps.lookAlikes(&s) { mark(.lookAlikes) }
            if ScalarSteps.privateUseBullets(&s) { mark(.bullets) }
        }
        // 8. Tone placement.
        if TonePlacement.apply(&s, style: options.toneStyle, scratch: &scratch.letters) { mark(.tonePlacement) }

        // A line no step changed is its own bytes.
        if changed {
            for scalar in s { UTF8Writer.append(scalar, to: &out) }
        } else {
            out.append(contentsOf: bytes)
        }
    }

    /// A scalar that steps 4–7 never change, whatever stands beside it: ASCII and C1 controls, Latin
    /// letters and signs but the no-break space, soft hyphen and the look-alikes of Đ/đ, Vietnamese
    /// precomposed letters, and general punctuation but its spaces and invisible characters.
    @inline(__always)
    static func isQuiet(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0xA0: return true
        case 0xA0, 0xAD, 0xD0, 0xF0, 0x189, 0x256: return false
        case 0xA1..<0x300, 0x1E00...0x1EFF: return true
        case 0x2000...0x200D, 0x202F, 0x205F, 0x2060: return false
        case 0x2010...0x206F: return true
        default: return false
        }
    }

    /// Valid UTF-8 (it comes from a String) → scalars; returns whether every scalar `isQuiet`.
    @inline(__always)
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into s: inout [Unicode.Scalar]) -> Bool {
        // At most one scalar a byte: the array is given its room once and written through a pointer (an
        // append per scalar checked room and ownership each time), then cut to what was written.
        let n = bytes.count
        s.removeAll(keepingCapacity: true)
        s.append(contentsOf: repeatElement(" ", count: n))
        var quiet = true
        let count = s.withUnsafeMutableBufferPointer { out -> Int in
            var i = 0, count = 0
            while i < n {
                let b = UInt32(bytes[i])
                var v: UInt32
                if b < 0x80 {
                    v = b; i += 1
                } else if b < 0xE0 {
                    v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b < 0xF0 {
                    v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                if b >= 0x80 && !isQuiet(v) { quiet = false }
                out[count] = Unicode.Scalar(v) ?? "\u{FFFD}"
                count += 1
            }
            return count
        }
        s.removeSubrange(count...)
        return quiet
    }
}

