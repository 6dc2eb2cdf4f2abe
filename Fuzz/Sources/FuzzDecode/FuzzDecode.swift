// Decoding (detection, and every legacy encoding forced as `--from` does) and normalization.
@testable import KHParse
import CFuzzer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let selector = Int(data[0])
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let encodings = TextEncoding.allCases
    // 0: detect; 1…n: forced.
    let choice = selector % (encodings.count + 1)
    let forced = choice == 0 ? nil : encodings[choice - 1]
    guard let decoded = try? TextDecoder.decode(bytes, from: forced) else { return 0 }
    var options = NormalizationOptions(toneStyle: selector & 0x80 != 0 ? .modern : .classic)
    options.sourceEncoding = TextEncoding(rawValue: decoded.encoding)
    _ = TextNormalizer.normalize(decoded.text, options: options)
    return 0
}

@_cdecl("FuzzDecode_main")
public func fuzzDecodeMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzDecode)
}
