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
                     "STT\tNội dung\n1\tA\n\t\n", "a) b) c)\n(Công an thành phố)\n", DeadlineOutOfRangeTests.plan,
                     DeadlineOutOfRangeTests.plan.replacingOccurrences(of: "(trong vòng 8000 năm kể từ ngày ký)",
                                                                      with: "(8 giờ 30 phút, thứ Năm, ngày 14/3/2026)")] {
            documents.append(JSONWriter(pretty: false).string(parse(text: text).json))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kh-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, doc) in documents.enumerated() {
            try Data(doc.utf8).write(to: dir.appendingPathComponent("doc\(i).json"))
        }
        let script = """
        import json, sys, glob
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        bad = 0
        for path in sorted(glob.glob(sys.argv[2] + "/*.json")):
            for error in validator.iter_errors(json.load(open(path))):
                bad += 1
                print(path, list(error.absolute_path), error.message[:200])
        sys.exit(1 if bad else 0)
        """
        let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, Paths.schema.path, dir.path])
        XCTAssertEqual(result.status, 0, "schema validation failed (is python3 -m pip install jsonschema done?):\n\(result.out)\(result.err)")
    }
}
