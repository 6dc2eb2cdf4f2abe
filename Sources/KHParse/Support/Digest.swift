import CDigest

/// SHA-256 through the system's libcrypto (see Sources/CDigest): one digest does not justify
/// compiling a whole crypto library into every build.
enum Digest {
    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        var out = [UInt8](repeating: 0, count: 32)
        let status = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { khdigest_sha256(input.baseAddress, input.count, $0.baseAddress) }
        }
        // libcrypto's SHA-256 has no failure mode for in-memory input short of allocation failure.
        precondition(status == 0, "libcrypto SHA-256 failed")
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in out {
            hex.append(hexDigit(byte >> 4))
            hex.append(hexDigit(byte & 0xF))
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The lowercase hex digit of a value below 16, as an ASCII byte (the digest's, and JSON's \u00XX escapes).
    static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }
}
