// The whole pipeline on untrusted bytes: decode → normalize → … → JSON, as `kh-parse FILE` runs it.
// The first byte picks the options (`--from`, `--issued` near the calendar's ends, tone style) so that the
// fuzzer explores them too; the rest is the document.
@testable import KHParse
import CFuzzer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let selector = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var options = ParseOptions()
    let encodings = TextEncoding.allCases
    // Most inputs are detected as the CLI would; one in four is read with a forced (often wrong) encoding.
    if selector & 3 == 0 { options.from = encodings[Int(selector >> 2) % encodings.count] }
    switch (selector >> 5) & 3 {
    case 1: options.issued = CivilDate(year: 9999, month: 12, day: 31)
    case 2: options.issued = CivilDate(year: 1, month: 1, day: 1)
    default: break
    }
    if selector & 0x80 != 0 { options.normalization.toneStyle = .modern }
    guard let plan = try? KHParser.parse(bytes: bytes, name: "fuzz", options: options) else { return 0 }
    let json = JSONWriter(pretty: false).bytes(plan.json)
    precondition(json.first == UInt8(ascii: "{") && json.last == UInt8(ascii: "}"), "the output is not a JSON object")
    return 0
}

@_cdecl("FuzzParse_main")
public func fuzzParseMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzParse)
}
