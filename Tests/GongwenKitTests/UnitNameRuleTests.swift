import XCTest
@testable import GongwenKit

/// unit.garbled and unit.variant.
final class UnitNameRuleTests: XCTestCase {
    typealias T = DiagnosticTestSupport

    func testRepeatedFragmentWithTheRightFormElsewhere() {
        let text = plan("1.开展甲工作。（牵头单位：县农业农村农村局）\n2.开展乙工作。（牵头单位：县农业农村局）")
        let (d, source) = T.found(.unitGarbled, text)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(T.text(d.first?.span, source), "县农业农村农村局")
        XCTAssertEqual(d.first?.labels.map { T.text($0.span, source) }, ["县农业农村局"])
        XCTAssertTrue(d.first?.message.contains("“农村”重复了一次，疑为“县农业农村局”") ?? false, d.first?.message ?? "")
    }

    /// A "name" past 64 characters (an edited file held one of 31,415) is not searched: the search
    /// is cubic in the length, and no unit's name is that long.
    func testOnlyNameLengthTextIsSearchedForRepeats() {
        XCTAssertEqual(GarbledUnitRule.repeated("县农业农村农村局")?.1, "县农业农村局")
        XCTAssertNil(GarbledUnitRule.repeated("县农业农村农村局" + String(repeating: "林", count: 60)))
    }

    func testRepeatedFragmentAcrossAPageBreak() {
        let text = plan("1.开展甲工作，加强指导。（县农业农村农\n\n村局、县水利局等按职责分工负责）")
        let (d, source) = T.found(.unitGarbled, text)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(T.text(d.first?.span, source).filter { !$0.isWhitespace }, "县农业农村农村局")
        XCTAssertEqual(d.first?.labels, [], "the right form occurs nowhere; it is still a plausible name")
    }

    func testNamesWithoutARepeatedFragmentAreLeftAlone() {
        let text = T.notice(body: "1.开展甲工作。（牵头单位：县委办；配合单位：县委宣传部、县人大办、县县域经济发展中心）") + "\n抄送：县委办，人大办，政协办，法院，检察院。\n"
        XCTAssertEqual(T.diagnostics(.unitGarbled, text), [])
        XCTAssertEqual(T.diagnostics(.unitVariant, text), [])
    }

    func testLongerAndShorterFormsOfOneUnit() {
        let text = plan("1.开展甲工作。（牵头单位：临汾市生态环境局乡宁分局）\n2.开展乙工作。（牵头单位：临汾市生态环境局乡宁分局）\n3.开展丙工作。（市生态环境局乡宁分局牵头，县水利局配合）")
        let (d, source) = T.found(.unitVariant, text)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(T.text(d.first?.span, source), "市生态环境局乡宁分局")
        XCTAssertEqual(d.first?.labels.map(\.message), ["较短的写法", "较完整的写法"])
        XCTAssertEqual(d.first?.labels.map { T.text($0.span, source) }, ["市生态环境局乡宁分局", "临汾市生态环境局乡宁分局"])
        XCTAssertTrue(d.first?.message.contains("“市生态环境局乡宁分局”（1处）和“临汾市生态环境局乡宁分局”（2处）") ?? false, d.first?.message ?? "")
    }

    func testGroupsSubUnitsAndKindsAreNotVariants() {
        let text = plan("1.开展甲工作。（牵头单位：县公安局；配合单位：县公安局交警大队）\n2.开展乙工作。（牵头单位：相关乡镇人民政府；配合单位：各相关乡镇人民政府）\n3.开展丙工作。（牵头单位：人民政府；配合单位：昌宁镇人民政府）")
        XCTAssertEqual(T.diagnostics(.unitVariant, text), [])
    }
}
