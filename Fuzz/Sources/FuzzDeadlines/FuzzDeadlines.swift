// The deadline grammar on one untrusted phrase, in every position, with issue dates at the calendar's ends.
@testable import KHParse
import CFuzzer

private let contexts: [DeadlineContext] = [
    DeadlineContext(),
    DeadlineContext(issued: CivilDate(year: 2026, month: 4, day: 10)),
    DeadlineContext(issued: CivilDate(year: 9999, month: 12, day: 31)),
    DeadlineContext(issued: CivilDate(year: 1, month: 1, day: 1)),
    DeadlineContext(issued: nil, fallbackYear: 9998),
]
private let positions: [DeadlinePosition] = [.label, .parenthesis, .cell, .inline]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeadlines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let context = contexts[Int(data[0]) % contexts.count]
    let phrase = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    for position in positions {
        let found = DeadlineGrammar.read(phrase, position: position, context: context)
        // Every date is in the calendar (0001…9999); out-of-range phrases are `unparsed`, never a trap.
        for deadline in found {
            for date in [deadline.start, deadline.end].compactMap({ $0 }) {
                precondition((1...9999).contains(date.year), "a date outside the calendar: \(date)")
            }
        }
        for deadline in found { _ = JSONWriter(pretty: false).bytes(deadline.json) }
    }
    return 0
}

@_cdecl("FuzzDeadlines_main")
public func fuzzDeadlinesMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzDeadlines)
}
