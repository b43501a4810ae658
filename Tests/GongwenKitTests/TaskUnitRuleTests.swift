import XCTest
@testable import GongwenKit

/// task.no-unit: only where most tasks of a document name a unit.
final class TaskUnitRuleTests: XCTestCase {
    typealias T = DiagnosticTestSupport

    func testTaskWithoutUnitWhereMostHaveOne() {
        let text = plan("1.开展甲工作。（牵头单位：县发改局）\n2.开展乙工作。（牵头单位：县财政局）\n3.开展丙工作。（县水利局负责）\n4.开展丁工作。")
        let (d, source) = T.found(.taskNoUnit, text)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(T.text(d.first?.span, source), "开展丁工作")
        XCTAssertTrue(d.first?.message.contains("4项任务中有3项写明了") ?? false, d.first?.message ?? "")
    }

    func testPlanThatAssignsNoUnitsIsNotNoise() {
        XCTAssertEqual(T.diagnostics(.taskNoUnit, plan("1.开展甲工作。\n2.开展乙工作。\n3.开展丙工作。\n4.开展丁工作。")), [])
    }

    func testHalfWithUnitsIsNotMost() {
        let text = plan("1.开展甲工作。（牵头单位：县发改局）\n2.开展乙工作。（牵头单位：县财政局）\n3.开展丙工作。（县水利局负责）\n4.开展丁工作。\n5.开展戊工作。\n6.开展己工作。")
        XCTAssertEqual(T.diagnostics(.taskNoUnit, text), [])
    }

    func testTaskSetToEveryoneIsNotMissingAUnit() {
        let text = plan("1.开展甲工作。（牵头单位：县发改局）\n2.开展乙工作。（牵头单位：县财政局）\n3.开展丙工作。（县水利局负责）\n4.严格值班值守。汛期各级各部门严格执行24小时值班制度。")
        XCTAssertEqual(T.diagnostics(.taskNoUnit, text), [])
    }

    func testEveryTaskWithUnitsGivesNothing() {
        let text = plan("1.开展甲工作。（牵头单位：县发改局）\n2.开展乙工作。（牵头单位：县财政局）\n3.开展丙工作。（县水利局负责）")
        XCTAssertEqual(T.diagnostics(.taskNoUnit, text), [])
    }
}
