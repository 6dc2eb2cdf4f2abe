import Foundation
import XCTest
@testable import KHParse

/// Fixtures/tables/: one PHỤ LỤC excerpt of the Hải Phòng plan drawn as a tab table (`tabs.txt`) and
/// as each other shape. Every shape must read back to the tab rows, cell for cell.
final class TableShapeTests: XCTestCase {
    private func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("tables/\(name)"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// The twin read the way `Tokenizer` reads tab rows.
    private func tabRows() throws -> [[String]] {
        try lines("tabs.txt").filter { $0.contains("\t") }.map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
        }
    }

    private func assertSameRows(_ name: String, _ shape: FoundTable.Shape, file: StaticString = #filePath, line: UInt = #line) throws {
        let found = TableShapes.find(in: try lines(name))
        XCTAssertEqual(found.count, 1, "\(name): one table", file: file, line: line)
        guard let table = found.first else { return }
        XCTAssertEqual(table.shape, shape, file: file, line: line)
        let expected = try tabRows()
        XCTAssertEqual(table.rows.count, expected.count, "\(name): row count", file: file, line: line)
        for (k, (row, want)) in zip(table.rows, expected).enumerated() {
            XCTAssertEqual(row.cells, want, "\(name): row \(k) (line \(row.line))", file: file, line: line)
            XCTAssertLessThanOrEqual(row.line, row.lastLine, file: file, line: line)
        }
        // Rows come in input order and inside the claimed lines.
        XCTAssertEqual(table.rows.map(\.line), table.rows.map(\.line).sorted(), file: file, line: line)
        XCTAssertTrue(table.rows.allSatisfy { table.lines.contains($0.line - 1) && table.lines.contains($0.lastLine - 1) }, file: file, line: line)
    }

    func testTabFixtureHasHeaderRepeatAndContinuation() throws {
        let rows = try tabRows()
        XCTAssertEqual(rows.count, 9)
        XCTAssertEqual(rows.filter { $0[0] == "STT" }.count, 2)
        XCTAssertEqual(rows.filter { $0[0].isEmpty }.count, 1)
        XCTAssertTrue(TableShapes.find(in: try lines("tabs.txt")).isEmpty, "tab rows are the tokenizer's, not a shape's")
    }

    /// Readers skipped for want of their marks (`TableShapes.Marks`) would have found nothing: the tables of
    /// every fixture and golden input are those of all five readers run in turn.
    func testShapesWithoutTheirMarksAreNotLookedFor() throws {
        func allReaders(_ lines: [String]) -> [String] {
            var claimed = [Bool](repeating: false, count: lines.count)
            var free = lines
            var found: [FoundTable] = []
            for read in [HTMLTables.find, CellTables.find, GridTables.find, PipeTables.find, AlignedTables.find] {
                for table in read(free) where !table.lines.contains(where: { claimed[$0] }) {
                    for i in table.lines { claimed[i] = true; free[i] = "" }
                    found.append(table)
                }
            }
            found.sort { $0.lines.lowerBound < $1.lines.lowerBound }
            return TableShapes.mergePageBreaks(found, lines: lines).map { "\($0.shape) \($0.lines) \($0.rows.map(\.cells))" }
        }
        var inputs = try ["tabs.txt", "pipe.md.txt", "grid.txt", "html.txt", "aligned.txt"].map(lines)
        for url in Paths.goldenInputs() {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { continue }
            inputs.append(text.components(separatedBy: "\n"))
        }
        var tables = 0
        for lines in inputs {
            let expected = allReaders(lines)
            tables += expected.count
            XCTAssertEqual(TableShapes.find(in: lines).map { "\($0.shape) \($0.lines) \($0.rows.map(\.cells))" }, expected)
        }
        XCTAssertGreaterThan(tables, 5)
        let marks = TableShapes.Marks(["text", "  | a |", "\t+--+", "x <b>"])
        XCTAssertTrue(marks.bar && marks.plus && marks.tag)
        XCTAssertFalse(TableShapes.Marks(["a | b", "1 + 2", "", "  "]).bar)
        XCTAssertFalse(TableShapes.Marks(["a | b", "1 + 2"]).plus)
    }

    func testPipeTableReadsLikeTabs() throws { try assertSameRows("pipe.md.txt", .pipe) }
    func testGridTableReadsLikeTabs() throws { try assertSameRows("grid.txt", .grid) }
    func testHTMLTableReadsLikeTabs() throws { try assertSameRows("html.txt", .html) }
    func testAlignedTableReadsLikeTabs() throws { try assertSameRows("aligned.txt", .aligned) }

    /// What the pipeline makes of the rows: the same Table as the tab twin's, line numbers aside.
    func testTableReaderSeesTheSameTable() throws {
        let tabLines = try lines("tabs.txt")
        let tabRows = tabLines.enumerated().filter { $0.element.contains("\t") }.map { index, line in
            TableLine(cells: line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }, line: index + 1)
        }
        let twinRead = TableReader.read(tabRows, id: "T1", caption: nil)
        let (twin, twinDropped) = (twinRead.table, twinRead.dropped)
        for name in ["pipe.md.txt", "grid.txt", "html.txt", "aligned.txt"] {
            let found = try XCTUnwrap(TableShapes.find(in: try lines(name)).first, name)
            let read = TableReader.read(found.rows, id: "T1", caption: nil)
            let (table, dropped) = (read.table, read.dropped)
            XCTAssertEqual(table.columns, twin.columns, name)
            XCTAssertEqual(table.roles, twin.roles, name)
            XCTAssertEqual(table.rows.map(\.cells), twin.rows.map(\.cells), name)
            XCTAssertEqual(dropped.count, twinDropped.count, "\(name): the repeated header is dropped")
        }
    }

    func testRowLinesPointAtTheirPhysicalLines() throws {
        let grid = try lines("grid.txt")
        let table = try XCTUnwrap(TableShapes.find(in: grid).first)
        // The row of STT 4 starts on its own line and ends on the line above the next border.
        let row = try XCTUnwrap(table.rows.first { $0.cells[0] == "4" })
        XCTAssertTrue(grid[row.line - 1].hasPrefix("| 4 "))
        XCTAssertTrue(GridTables.isBorder(grid[row.lastLine]))
        XCTAssertGreaterThan(row.lastLine, row.line)
        // The claimed lines run from the first border to the last, page number between parts included.
        XCTAssertTrue(GridTables.isBorder(grid[table.lines.lowerBound]))
        XCTAssertTrue(GridTables.isBorder(grid[table.lines.upperBound]))
        XCTAssertTrue(grid[..<table.lines.lowerBound].allSatisfy { !$0.hasPrefix("+") && !$0.hasPrefix("|") })

        let aligned = try lines("aligned.txt")
        let at = try XCTUnwrap(TableShapes.find(in: aligned).first)
        let header = at.rows[0]
        XCTAssertEqual(header.lastLine, header.line + 1, "the wrapped header is one row of two lines")
        XCTAssertTrue(aligned[at.lines.upperBound].contains("2028"))
    }

    /// Every word on the claimed lines (markup aside) is in some cell.
    func testNoCellIsLost() throws {
        for name in ["pipe.md.txt", "grid.txt", "html.txt", "aligned.txt"] {
            let all = try lines(name)
            for table in TableShapes.find(in: all) {
                let cellWords = Set(table.rows.flatMap { $0.cells.flatMap { words($0) } })
                for i in table.lines where !TableShapes.isPageGap(all[i]) {
                    var text = all[i]
                    if table.shape == .html { text = CellText.decodeEntities(CellText.stripTags(text)) }
                    if table.shape == .pipe || table.shape == .grid { text = LineCleaner.stripEmphasis(text) }   // marks, not words
                    for word in words(text) where !isMarkup(word) {
                        XCTAssertTrue(cellWords.contains(word), "\(name):\(i + 1) lost \"\(word)\"")
                    }
                }
            }
        }
    }

    private func words(_ text: String) -> [String] {
        text.split { $0 == " " || $0 == "|" || $0 == "\t" }.map(String.init)
    }

    private func isMarkup(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { "+-=:".contains($0) } || word.hasPrefix("<")
    }

    func testFixturesParseAsDocuments() throws {
        for name in ["tabs.txt", "pipe.md.txt", "grid.txt", "html.txt", "aligned.txt"] {
            let output = try parse(Paths.fixtures.appendingPathComponent("tables/\(name)"))
            XCTAssertEqual(output.document.type.map { Fold.key($0) }, "ke hoach", name)
        }
    }

    // MARK: no table where there is none

    func testSeedsHoldNoOtherShape() throws {
        for seed in ["000_ceccd0ef4be28823.txt", "002_35f6f42cd9739a20.txt"] {
            let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("seeds/\(seed)"), encoding: .utf8)
            let found = TableShapes.find(in: text.components(separatedBy: "\n"))
            XCTAssertTrue(found.isEmpty, "\(seed): \(found.map { "\($0.shape) \($0.lines)" })")
        }
    }

    func testProseWithDoubleSpacesIsNoTable() {
        let prose = [
            "1. Mục đích",
            "- Triển khai  thực hiện quyết liệt,  hiệu quả Chỉ thị số 08-CT/TU  tạo chuyển biến tích cực,",
            "thay đổi  diện mạo tình hình  trật tự, an toàn giao thông;  trật tự đô thị,  quản lý vỉa hè.",
            "- Nâng cao  hiệu lực, hiệu quả  quản lý nhà nước  trong lĩnh vực giao thông,  TTĐT;  phát huy",
            "vai trò  trách nhiệm của cấp ủy,  chính quyền các cấp  và người đứng đầu.",
            // Justified PDF text: every gap widened.
            "Huy  động  sức  mạnh  tổng  hợp  của  cả  hệ  thống  chính  trị  và",
            "toàn  xã  hội  nhằm  kiềm  chế,  kéo  giảm  TNGT  bền  vững.  Xây",
            "dựng  môi  trường  giao  thông  an  toàn,  văn  minh,  hiện  đại,  diện",
            "mạo  đô  thị:  Sáng  -  Xanh  -  Sạch  -  Đẹp,  góp  phần  phục  vụ",
            // The two-column document header of a PDF.
            "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "THÀNH PHỐ HẢI PHÒNG                Độc lập - Tự do - Hạnh phúc",
            "Số: 122/KH-UBND                  Hải Phòng, ngày 10 tháng 4 năm 2026",
        ]
        XCTAssertTrue(TableShapes.find(in: prose).isEmpty, "\(TableShapes.find(in: prose).map { "\($0.shape) \($0.lines)" })")
    }

    func testMarkdownOddsAndEndsAreNoTable() {
        let lines = [
            "Kinh phí thực hiện | từ ngân sách thành phố.",
            "| Ghi chú: một ô đơn lẻ",
            "",
            "-----------------------------------",
            "+------------------+",
            "",
            "+ Tăng cường kiểm tra, xử lý vi phạm;",
            "a < b và c > d; tỷ lệ <5% hộ nghèo",
            "",
            "| chỉ một dòng | không có dòng kẻ |",
        ]
        XCTAssertTrue(TableShapes.find(in: lines).isEmpty, "\(TableShapes.find(in: lines).map { "\($0.shape) \($0.lines)" })")
    }

    func testHTMLStrayTextIsOneRow() {
        let table = TableShapes.find(in: ["<table><tr><td>1</td><td>Rà soát</td></tr>", "Ghi chú lạc", "<tr><td>2</td></tr></table>"])
        XCTAssertEqual(table.first?.rows.map(\.cells), [["1", "Rà soát"], ["Ghi chú lạc"], ["2"]])
    }

    func testUnclosedHTMLTableIsNoTable() {
        XCTAssertTrue(TableShapes.find(in: ["<table>", "<tr><td>1</td><td>Rà soát</td></tr>", "Văn bản tiếp theo"]).isEmpty)
    }

    // MARK: details of each shape

    func testPipeEscapesEmphasisAndWrappedRows() {
        let lines = [
            "| STT | Nội dung | Cơ quan chủ trì |",
            "|:---:|----------|-----------------|",
            "| 1 | Rà soát \\| bổ sung **quy chế** | Sở KH&amp;CN |",
            "|   | phối hợp liên ngành | |",
            "| 2 | Kiểm tra",
        ]
        let table = TableShapes.find(in: lines)
        XCTAssertEqual(table.count, 1)
        XCTAssertEqual(table.first?.rows.map(\.cells), [
            ["STT", "Nội dung", "Cơ quan chủ trì"],
            ["1", "Rà soát | bổ sung quy chế", "Sở KH&CN"],
            ["", "phối hợp liên ngành", ""],
            ["2", "Kiểm tra"],
        ])
        XCTAssertEqual(table.first?.rows.map(\.line), [1, 3, 4, 5])
        XCTAssertEqual(table.first?.lines, 0...4)
    }

    func testPipeTableWithoutRule() {
        let lines = ["Bảng 1", "| STT | Nội dung |", "| 1 | Rà soát |", "Hết bảng"]
        let table = TableShapes.find(in: lines)
        XCTAssertEqual(table.first?.lines, 1...2)
        XCTAssertEqual(table.first?.rows.map(\.cells), [["STT", "Nội dung"], ["1", "Rà soát"]])
    }

    func testGridTableMisalignedLineFallsBackToItsPipes() {
        let lines = [
            "+-----+-----------+",
            "| STT | Nội dung  |",
            "+=====+===========+",
            "| 1 | Rà soát, xử lý |",
            "|     | điểm đen  |",
            "+-----+-----------+",
        ]
        let table = TableShapes.find(in: lines)
        XCTAssertEqual(table.first?.rows.map(\.cells), [["STT", "Nội dung"], ["1", "Rà soát, xử lý điểm đen"]])
        XCTAssertEqual(table.first?.rows.last.map { [$0.line, $0.lastLine] }, [4, 5])
    }

    func testHTMLCaptionNestedTagsAndEntities() {
        let lines = [
            "Phụ lục: <table><caption>Bảng phân công</caption>",
            "<tr><th>STT</th><th>Nội&nbsp;dung</th><th>Thời gian</th>",
            "<tr><td>1<td colspan=\"2\"><p>Rà soát &lt;khẩn&gt;</p><p>&#272;&#x1ED9;i 1</p></td>",
            "<td>Quý&nbsp;II/2026</td></tr></table> (tiếp)",
        ]
        let table = TableShapes.find(in: lines)
        XCTAssertEqual(table.count, 1)
        XCTAssertEqual(table.first?.rows.map(\.cells), [["STT", "Nội dung", "Thời gian"], ["1", "Rà soát <khẩn> Đội 1", "Quý II/2026"]])
        XCTAssertEqual(table.first?.rows.map(\.line), [2, 3])
        XCTAssertEqual(table.first?.caption, "Phụ lục: Bảng phân công (tiếp)")
    }

    func testAlignedRowWithSingleSpaceBetweenCells() {
        // Line 3's task text runs up to the lead column with one space: cut there, since the line has
        // a real two-space gap elsewhere. The prose line after the blank line starts no row.
        let lines = [
            "STT  Nội dung nhiệm vụ        Cơ quan chủ trì   Thời gian",
            "1    Rà soát quy hoạch giao   Sở Xây dựng       Quý II/2026",
            "     thông tĩnh toàn thành của Sở Tài chính     (dự kiến)",
            "2    Kiểm tra, xử lý vi phạm  Công an TP        Thường xuyên",
            "3    Tuyên truyền             Sở VH TT&DL       Thường xuyên",
            "",
            "Văn bản tiếp theo không thuộc bảng, viết liền một dòng dài.",
        ]
        let table = TableShapes.find(in: lines)
        XCTAssertEqual(table.count, 1)
        XCTAssertEqual(table.first?.lines, 0...4)
        XCTAssertEqual(table.first?.rows[1].cells, ["1", "Rà soát quy hoạch giao thông tĩnh toàn thành của", "Sở Xây dựng Sở Tài chính", "Quý II/2026 (dự kiến)"])
        XCTAssertEqual(table.first?.rows.count, 4)
    }

    /// Many tables in one input: each is found, once (the readers' speed is measured in Benchmarks/, not here).
    func testManyTablesInOneInput() throws {
        var big: [String] = []
        let table = try lines("pipe.md.txt") + (try lines("grid.txt")) + (try lines("aligned.txt")) + (try lines("html.txt"))
        for _ in 0..<150 { big += table; big += ["", "Đoạn văn  có  khoảng trắng kép  giữa các  từ.", ""] }
        let found = TableShapes.find(in: big)
        XCTAssertEqual(found.count, 600)
        XCTAssertEqual(Dictionary(grouping: found, by: \.shape).mapValues(\.count), [.pipe: 150, .grid: 150, .aligned: 150, .html: 150])
    }
}

/// Issue 5: each shape fixture parses to the same tasks as its tab-separated twin.
final class TableShapePipelineTests: XCTestCase {
    private func tasks(_ name: String) throws -> [String] {
        let plan = try parse(Paths.fixtures.appendingPathComponent("tables/\(name)"))
        XCTAssertEqual(plan.tables.count, 1, name)
        return plan.tasks.filter { $0.origin == .table }.map { task in
            [task.id, task.text, task.lead.map { $0.name }.joined(separator: ";"), task.support.map { $0.name }.joined(separator: ";"),
             task.deadlines.map { TreeDump.describe($0) }.joined(separator: ";")].joined(separator: " | ")
        }
    }

    func testEveryShapeGivesTheTasksOfItsTabTwin() throws {
        let twin = try tasks("tabs.txt")
        XCTAssertEqual(twin.count, 6)
        for shape in ["pipe.md.txt", "grid.txt", "aligned.txt", "html.txt"] {
            XCTAssertEqual(try tasks(shape), twin, shape)
        }
    }
}
