import XCTest
@testable import KHParse

final class NormalizationToneTests: XCTestCase {
    private func run(_ text: String, _ style: ToneStyle) -> String {
        TextNormalizer.normalize(text, options: NormalizationOptions(toneStyle: style)).text
    }

    func testClassic() {
        assertSameText(run("hoà khoẻ thuỷ Uỷ ban", .classic), "hòa khỏe thủy Ủy ban")
        assertSameText(run("Thành uỷ, UỶ BAN, Văn hoá", .classic), "Thành ủy, ỦY BAN, Văn hóa")
        assertSameText(run("hòa khỏe thủy Ủy ban", .classic), "hòa khỏe thủy Ủy ban")
    }

    func testModern() {
        assertSameText(run("hòa khỏe thủy Ủy ban", .modern), "hoà khoẻ thuỷ Uỷ ban")
        assertSameText(run("Thành ủy, ỦY BAN, văn hóa", .modern), "Thành uỷ, UỶ BAN, văn hoá")
        assertSameText(run("HÒA BÌNH", .modern), "HOÀ BÌNH")
    }

    func testSameInBothStyles() {
        let same = "hoàn huỳnh quý già thuở quyết hoạch khuyến người ngoài khuỷu Nguyễn Thủy"
        assertSameText(run("hoàn huỳnh quý già thuở quyết hoạch khuyến người ngoài khuỷu", .modern),
                       "hoàn huỳnh quý già thuở quyết hoạch khuyến người ngoài khuỷu")
        assertSameText(run(same, .classic), same)
        assertSameText(run("hoàn huỳnh quý già thuở quyết", .keep), "hoàn huỳnh quý già thuở quyết")
    }

    func testWrongInBothIsAlwaysRepaired() {
        for style in ToneStyle.allCases {
            assertSameText(run("qúy gìa lựơng hòan QÚY", style), "quý già lượng hoàn QUÝ", "\(style)")
        }
    }

    func testKeepLeavesStyleAlone() {
        assertSameText(run("hoà hòa thuỷ thủy", .keep), "hoà hòa thuỷ thủy")
    }

    func testNonSyllablesUntouched() {
        for style in ToneStyle.allCases {
            assertSameText(run("KH-UBND QĐ-TTg café Hoà2 ÀB x̀y", style), "KH-UBND QĐ-TTg café Hoà2 ÀB x̀y", "\(style)")
        }
    }

    func testRepairName() {
        let r = TextNormalizer.normalize("Thành uỷ")
        XCTAssertEqual(r.repairs, ["tone-placement"])
        XCTAssertEqual(TextNormalizer.normalize("Thành ủy").repairs, [])
    }

    /// The seeds mix both styles; afterwards each phrase has one form per style.
    func testSeedsComeOutInOneForm() throws {
        for (name, seed) in try seedTexts() {
            let classic = run(seed, .classic), modern = run(seed, .modern)
            for absent in ["Thành uỷ", "UỶ BAN", "Văn hoá", "văn hoá", "Uỷ ban"] {
                XCTAssertFalse(classic.contains(absent), "\(name) classic \(absent)")
            }
            for absent in ["Thành ủy", "ỦY BAN", "Văn hóa", "văn hóa", "Ủy ban"] {
                XCTAssertFalse(modern.contains(absent), "\(name) modern \(absent)")
            }
            assertSameText(run(classic, .modern), modern)
            assertSameText(run(modern, .classic), classic)
        }
    }
}
