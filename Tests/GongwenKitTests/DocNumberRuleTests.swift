import XCTest
@testable import GongwenKit

/// docnumber.format for the notice's own 发文字号 and the ones it cites.
final class DocNumberRuleTests: XCTestCase {
    typealias T = DiagnosticTestSupport

    func testHeaderNumberAgainstTheStandard() {
        let cases = [
            ("某政办发[2023]12号", "年份应使用六角括号“〔〕”，不用“[]”"),
            ("某政办发（2023）12号", "不用“（）”"),
            ("某政办发〔2023〕第12号", "发文顺序号不加“第”字"),
            ("某政办发〔2023〕012号", "发文顺序号不编虚位"),
        ]
        for (written, why) in cases {
            let (d, source) = T.found(.docNumberFormat, T.notice(docNumber: written, body: "1.开展甲工作。"))
            XCTAssertEqual(d.count, 1, written)
            XCTAssertEqual(T.text(d.first?.span, source), written)
            XCTAssertTrue(d.first?.message.contains(why) ?? false, d.first?.message ?? written)
            XCTAssertTrue(d.first?.message.contains("应写作“某政办发〔2023〕12号”") ?? false, d.first?.message ?? written)
        }
    }

    func testEveryProblemInOneDiagnostic() {
        let d = T.diagnostics(.docNumberFormat, T.notice(docNumber: "某政办发【2023】第012号", body: "1.开展甲工作。"))
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.message.components(separatedBy: "；").count, 3, d.first?.message ?? "")
    }

    func testCitedNumbers() {
        let text = T.notice(body: "1.根据《某某省行动计划》（某政发[2022]95号）和《某某市方案》（某市发〔2023〕14号），开展甲工作。")
        let (d, source) = T.found(.docNumberFormat, text)
        XCTAssertEqual(d.map { T.text($0.span, source) }, ["某政发[2022]95号"])
        XCTAssertTrue(d.first?.message.hasPrefix("所引《某某省行动计划》的发文字号") ?? false)
    }

    func testStandardNumberGivesNothing() {
        XCTAssertEqual(T.diagnostics(.docNumberFormat, T.notice(body: "1.开展甲工作。")), [])
    }
}
