import Foundation
import XCTest
@testable import KHParse

/// Output is validated by a real JSON Schema validator (Python's `jsonschema`, installed by .ci/run).
final class SchemaTests: XCTestCase {
    func testEmbeddedSchemaEqualsSchemasFile() throws {
        let file = try String(contentsOf: Paths.schema, encoding: .utf8)
        XCTAssertEqual(PlanSchema.text, file, "run Scripts/embed-schema.sh after editing Schemas/plan.schema.json")
    }

    func testEveryEmittedDocumentValidates() throws {
        var documents: [String] = Paths.goldenInputs().map { JSONWriter(pretty: false).string(try! parse($0).json) }
        // Odd inputs too: they must still give schema-valid output.
        for text in ["", "x", "I.\n1.\n-\n", "Nơi nhận:\n- A;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n",
                     "STT\tNội dung\n1\tA\n\t\n", "KẾ HOẠCH\nA\nPhần thứ nhất\nNHIỆM VỤ\n1. Sở Y tế kiểm tra.\n", "a) b) c)\n(Công an thành phố)\n", DeadlineOutOfRangeTests.plan,
                     DeadlineOutOfRangeTests.plan.replacingOccurrences(of: "(trong vòng 8000 năm kể từ ngày ký)",
                                                                      with: "(8 giờ 30 phút, thứ Năm, ngày 14/3/2026)")] {
            documents.append(JSONWriter(pretty: false).string(parse(text: text).json))
        }
        if let errors = try schemaErrors(documents) { XCTFail(errors) }
    }
}
