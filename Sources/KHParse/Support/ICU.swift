import CICU

/// Swift face of the `CICU` shim: strings in, strings out, no ICU types.
enum ICU {
    enum Form: Int32 {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3
    }

    static var version: String { String(cString: khicu_version()) }

    static func normalize(_ text: String, _ form: Form) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        var status: Int32 = 0
        let quick = source.withUnsafeBufferPointer { khicu_is_normalized(form.rawValue, $0.baseAddress, Int32($0.count), &status) }
        if quick == 1 && status == 0 { return text }
        return callGrowing(initial: source.count + source.count / 2 + 16) { dest, cap, status in
            source.withUnsafeBufferPointer { khicu_normalize(form.rawValue, $0.baseAddress, Int32($0.count), dest, cap, status) }
        } ?? text
    }

    /// The folded matching key of normalization.md ("Quý II" → "quy ii", "Đồng" → "dong").
    static func fold(_ text: String) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return "" }
        return callGrowing(initial: source.count * 2 + 16) { dest, cap, status in
            source.withUnsafeBufferPointer { khicu_fold($0.baseAddress, Int32($0.count), dest, cap, status) }
        } ?? text.lowercased()
    }

    /// Decodes bytes with one of ICU's converters; nil when ICU has no such converter.
    static func decode(_ bytes: [UInt8], charset: String) -> (text: String, substitutions: Int)? {
        if bytes.isEmpty { return ("", 0) }
        var substitutions: Int32 = 0
        let text = callGrowing(initial: bytes.count * 2 + 16) { dest, cap, status in
            bytes.withUnsafeBufferPointer { khicu_decode(charset, $0.baseAddress, Int32($0.count), dest, cap, &substitutions, status) }
        }
        return text.map { ($0, Int(substitutions)) }
    }

    private static func callGrowing(initial: Int,
                                    _ body: (UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>) -> Int32) -> String? {
        var capacity = initial
        for _ in 0..<4 {
            var dest = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let length = dest.withUnsafeMutableBufferPointer { body($0.baseAddress, Int32(capacity), &status) }
            if status == 0 { return String(decoding: dest.prefix(Int(length)), as: UTF16.self) }
            if status != 1 { return nil }
            capacity = max(Int(length) + 16, capacity * 2)
        }
        return nil
    }
}
