import XCTest
@testable import GongwenKit

final class TimeTests: XCTestCase {
    func times(_ sentence: String, title: String = "某某县2024年重点工作实施方案") -> Task? {
        TestSupport.tasks(plan("1.开展工作。\(sentence)（牵头单位：县发改局）", title: title)).first
    }

    func deadline(_ sentence: String) -> [String?] { times(sentence)?.deadlines.map(\.date) ?? [] }

    func testMonthEnds() {
        XCTAssertEqual(deadline("2023年9月底前完成。"), ["2023-09-30"])
        XCTAssertEqual(deadline("10月底前完成排查。"), ["2024-10-31"])
        XCTAssertEqual(deadline("10月底完成排查。"), ["2024-10-31"])
        XCTAssertEqual(deadline("2月底前完成。"), ["2024-02-29"])
        XCTAssertEqual(deadline("十月底前完成。"), ["2024-10-31"])
    }

    func testBeforeAMonthIsTheMonthBefore() {
        XCTAssertEqual(deadline("6月前完成。"), ["2024-05-31"])
        XCTAssertEqual(deadline("2025年3月前完成。"), ["2025-02-28"])
        XCTAssertEqual(deadline("1月前完成。"), ["2023-12-31"])
    }

    func testDaysYearEndsHalvesAndQuarters() {
        XCTAssertEqual(deadline("10月15日前报送。"), ["2024-10-15"])
        XCTAssertEqual(deadline("年底前全面完成。"), ["2024-12-31"])
        XCTAssertEqual(deadline("2023年底前完成。"), ["2023-12-31"])
        XCTAssertEqual(deadline("上半年完成。"), ["2024-06-30"])
        XCTAssertEqual(deadline("三季度末完成。"), ["2024-09-30"])
        XCTAssertEqual(deadline("第一季度完成。"), ["2024-03-31"])
    }

    func testStartsAndRecurrences() {
        let t = times("8月起每季度报送一次，自2024年7月1日起每月通报。")
        XCTAssertEqual(t?.starts.map(\.date), ["2024-08-01", "2024-07-01"])
        XCTAssertEqual(t?.recurring.map(\.text), ["每季度", "每月"])
        XCTAssertEqual(t?.recurring.map(\.frequency), ["quarterly", "monthly"])
        XCTAssertEqual(times("每1-2周开展一次巡查。")?.recurring.map(\.text), ["每1-2周"])
        XCTAssertEqual(times("每年开展评估，每半年通报。")?.recurring.map(\.text), ["每年", "每半年"])
    }

    func testGoalHorizonIsNotADeadline() {
        XCTAssertEqual(deadline("到2025年，覆盖率达到90%。"), [])
    }

    func testScrambledYearGivesNoDateAndADiagnostic() {
        let n = TestSupport.notice(plan("1.开展工作。0403年底前建设完成平台。（牵头单位：县发改局）"))
        XCTAssertEqual(n.documents[0].tasks[0].deadlines.map(\.date), [nil])
        XCTAssertTrue(n.diagnostics.contains { $0.code == "date.impossible-year" })
    }

    func testYearComesFromThePlanTitle() {
        XCTAssertEqual(times("9月底前完成。", title: "某某县2022年大气污染防治行动计划")?.deadlines.map(\.date), ["2022-09-30"])
    }

    func testDeadlineSpansPointAtTheWords() {
        let text = plan("1.开展工作。2023年9月底前完成。（牵头单位：县发改局）")
        let n = TestSupport.notice(text)
        let d = n.documents[0].tasks[0].deadlines[0]
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[d.span.start..<d.span.end])), "2023年9月底前")
    }

    func testRelativeYearsAndMonthForms() {
        XCTAssertEqual(deadline("明年6月底前完成。"), ["2025-06-30"])
        XCTAssertEqual(deadline("6月份前完成。"), ["2024-05-31"])
        XCTAssertEqual(deadline("10月中旬前完成。"), ["2024-10-20"])
        XCTAssertEqual(deadline("到2025年底，覆盖率达到90%。"), [])
        XCTAssertEqual(deadline("6月中旬召开推进会。"), [])
    }

    func testAMonthOpeningAClauseIsAMilestone() {
        XCTAssertEqual(deadline("（6月底取得阶段性成效并持续推进）"), ["2024-06-30"])
        XCTAssertEqual(deadline("（11月取得明显成效）"), ["2024-11-30"])
        XCTAssertEqual(deadline("（6月份取得明显成效）"), ["2024-06-30"])
        XCTAssertEqual(deadline("7月底前完成前期手续。10月底完善平台功能。"), ["2024-07-31", "2024-10-31"])
        // Not milestones: a horizon, a span, a time inside a sentence, a part of a month.
        XCTAssertEqual(deadline("截至6月底，已建成平台。"), [])
        XCTAssertEqual(deadline("到6月底基本建成平台。"), [])
        XCTAssertEqual(deadline("6月以来成效明显。"), [])
        XCTAssertEqual(deadline("5月底到6月开展检查。"), [])
        XCTAssertEqual(deadline("计划6月召开会议。"), [])
        XCTAssertEqual(deadline("（6月中旬开展评估）"), [])
    }

    /// A time that picks out what a policy applies to, or that a condition names, is no due date.
    func testACutOffOrAConditionIsNoDeadline() {
        XCTAssertEqual(deadline("对2025年6月1日前签订储能租赁合同的存量项目给予支持。"), [])
        XCTAssertEqual(deadline("若年底仍未达到年度规模，则不再滚动清算。"), [])
        XCTAssertEqual(deadline("年底前仍未达到年度规模的，不再滚动清算。"), ["2024-12-31"])
    }

    func testABareYearOpeningAClauseIsDueByItsEndButARangeIsNot() {
        XCTAssertEqual(deadline("2025年形成处置能力。"), ["2025-12-31"])
        XCTAssertEqual(deadline("2025年至2027年结合财政状况持续推进更新。"), [])
        XCTAssertEqual(deadline("2025年到2027年每年更新一批。"), [])
    }

    func testABareYearIsDueOnlyWhenItsClauseSaysWhatIsDone() {
        XCTAssertEqual(deadline("2025年建成数据平台。"), ["2025-12-31"])
        XCTAssertEqual(deadline("2025年机制电量参照年度方案确定。"), [])
        XCTAssertEqual(deadline("2028年逐步扩大至全市范围。"), [])
    }

    func testAYearBrokenFromItsUnitByAPageConverterIsOneTime() {
        let task = times("原则上按年度分解，2026\n年起机制电量按月分解至\n12\n个月。")
        XCTAssertEqual(task?.starts.map(\.date), ["2026-01-01"])
    }
}
