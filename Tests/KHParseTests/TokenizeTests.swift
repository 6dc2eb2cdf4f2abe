import XCTest
@testable import KHParse

/// Runs Sources/KHParse/Tokenize/Corpus/markers.tsv: each line must read as the marker listed.
final class TokenizeTests: XCTestCase {
    func testMarkerCorpus() throws {
        let rows = try corpusRows(Paths.sources.appendingPathComponent("Tokenize/Corpus/markers.tsv"))
        XCTAssertGreaterThan(rows.count, 20)
        for (line, cells) in rows {
            let read = MarkerReader.read(cells[0])
            if cells[1] == "-" {
                XCTAssertNil(read, "markers.tsv:\(line) \"\(cells[0])\" must not read as a marker, got \(String(describing: read))")
                continue
            }
            guard let (marker, rest) = read else { XCTFail("markers.tsv:\(line) \"\(cells[0])\" read as no marker"); continue }
            XCTAssertEqual(marker.style.rawValue, cells[1], "markers.tsv:\(line)")
            XCTAssertEqual(marker.number ?? "", cells[2], "markers.tsv:\(line)")
            XCTAssertEqual(rest, cells[3], "markers.tsv:\(line)")
        }
    }

    func testLetterIAfterHIsALetterNotRoman() {
        XCTAssertEqual(MarkerReader.read("i. Kiểm tra", previousLetter: 8)?.0.style, .letter)
        XCTAssertNil(MarkerReader.read("i. kiểm tra", previousLetter: 8))
    }

    func testLabels() {
        XCTAssertEqual(LabelReader.read("Thời gian hoàn thành: Tháng 3/2023.")?.label, "Thời gian hoàn thành")
        XCTAssertEqual(LabelReader.read("Thời gian hoàn thành: Tháng 3/2023.")?.rest, "Tháng 3/2023.")
        XCTAssertEqual(LabelReader.read("Cơ quan chủ trì: Sở Nội vụ")?.label, "Cơ quan chủ trì")
        XCTAssertNil(LabelReader.read("Về chế độ thông tin báo cáo: Định kỳ"))
        XCTAssertNil(LabelReader.read("Trong đó: Nhà trường ký cam kết"))
    }
}
