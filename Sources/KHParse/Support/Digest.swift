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
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in out {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
