// The table readers (pipe, grid, space-aligned, HTML, lone-`|` cell tables) on untrusted lines, then the
// tokenizer with the tables laid over it, as the pipeline does.
@testable import KHParse
import CFuzzer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTables(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let rawLines = LineCleaner.rawLines(text)
    let found = TableShapes.find(in: rawLines)
    for table in found {
        precondition(table.lines.lowerBound >= 0 && table.lines.upperBound < rawLines.count, "a table outside the lines")
        for row in table.rows {
            precondition(row.line >= 1 && row.lastLine >= row.line && row.lastLine <= rawLines.count, "a row outside the lines")
        }
    }
    let cleaned = LineCleaner.clean(lines: rawLines)
    var tokens = Tokenizer.tokenize(cleaned.lines)
    if !found.isEmpty { Tokenizer.overlay(found, on: &tokens) }
    return 0
}

@_cdecl("FuzzTables_main")
public func fuzzTablesMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzTables)
}
