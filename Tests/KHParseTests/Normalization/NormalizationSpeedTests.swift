import Foundation
import XCTest
@testable import KHParse

/// Throughput of the normalize stage. Skipped unless KH_BENCH_FILE names a UTF-8 file; run as
/// `KH_BENCH_FILE=/tmp/big.txt swift test -c release --filter NormalizationSpeedTests` and compare
/// with `time uconv -x any-nfc /tmp/big.txt > /dev/null`.
final class NormalizationSpeedTests: XCTestCase {
    func testThroughput() throws {
        guard let path = ProcessInfo.processInfo.environment["KH_BENCH_FILE"] else { throw XCTSkip("KH_BENCH_FILE not set") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let megabytes = Double(text.utf8.count) / 1_000_000
        for style in [ToneStyle.classic, .keep] {
            let start = Date()
            let result = TextNormalizer.normalize(text, options: NormalizationOptions(toneStyle: style))
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "normalize %@: %.1f MB in %.2f s = %.1f MB/s", style.rawValue, megabytes, seconds, megabytes / seconds), result.repairs)
            if let out = ProcessInfo.processInfo.environment["KH_BENCH_OUT"], style == .classic {
                try result.text.write(toFile: out, atomically: false, encoding: .utf8)
            }
        }
    }
}
