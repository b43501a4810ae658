import XCTest
@testable import GongwenKit

/// outline.gap, outline.repeat, outline.order on small plans.
final class OutlineRuleTests: XCTestCase {
    typealias T = DiagnosticTestSupport

    func outline(_ items: String) -> [Diagnostic] {
        Pipeline.process(SourceText(name: "t.txt", text: plan(items))).diagnostics.filter { $0.code.hasPrefix("outline.") }
    }

    func testGapIsReportedAtTheItemAfterIt() {
        let text = plan("1.开展甲工作。\n2.开展乙工作。\n4.开展丁工作。")
        let (d, source) = T.found(.outlineGap, text)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(T.text(d.first?.span, source), "4.")
        XCTAssertTrue(d.first?.message.contains("缺少“3.”") ?? false, d.first?.message ?? "")
        XCTAssertEqual(d.first?.labels.map { T.text($0.span, source) }, ["2."])
        XCTAssertEqual(d.first?.severity, .warning)
    }

    func testRepeatAndOrder() {
        let d = outline("（一）甲。\n（二）乙。\n（二）丙。\n（四）丁。\n（三）戊。")
        XCTAssertEqual(d.map(\.code), ["outline.repeat", "outline.order"], d.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(d[0].message.contains("“（二）”重复"))
        XCTAssertTrue(d[1].message.contains("“（三）”排在“（四）”之后"))
    }

    func testListStartingAfterOne() {
        let d = outline("（二）甲。\n（三）乙。")
        XCTAssertEqual(d.map(\.code), ["outline.gap"])
        XCTAssertTrue(d[0].message.contains("从“（二）”开始，缺少“（一）”"), d[0].message)
    }

    func testTopLevelAndDeeperLevels() {
        let d = outline("1.甲。\n（1）子甲。\n（3）子丙。\n2.乙。\n二、其他\n四、另外")
        XCTAssertEqual(d.map(\.code), ["outline.gap", "outline.gap"], d.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(d[0].message.contains("缺少“（2）”"))
        XCTAssertTrue(d[1].message.contains("缺少“三、”"))
    }

    func testNumberingThatGoesOnAcrossSectionsIsRight() {
        XCTAssertEqual(outline("（一）甲\n1.子一。\n2.子二。\n（二）乙\n3.子三。\n4.子四。\n二、其他\n5.子五。"), [])
        XCTAssertEqual(outline("（一）甲\n1.子一。\n2.子二。\n（二）乙\n1.子一。"), [])
    }

    func testGoingOnWithAGapIsAGap() {
        let d = outline("（一）甲\n1.子一。\n2.子二。\n（二）乙\n4.子四。")
        XCTAssertEqual(d.map(\.code), ["outline.gap"])
        XCTAssertTrue(d[0].message.contains("接在上一节的“2.”之后，缺少“3.”"), d[0].message)
    }

    func testAttachmentNoteListIsNotOutline() {
        let text = plan("1.开展甲工作。\n2.开展乙工作。\n3.开展丙工作。") + "附件：1.某某工作任务清单\n2.某某目标分解表\n3.某某指标表\n"
        XCTAssertEqual(outline(text), [])
        // Under another label the same lines are numbered wrongly.
        XCTAssertEqual(outline(text.replacingOccurrences(of: "附件：", with: "另附：")).map(\.code), ["outline.repeat", "outline.repeat"])
    }

    func testListsUnderUnnumberedHeadingsCountAgain() {
        let text = "某某办法\n第十七条 有下列情形之一的，应当更新目录：\n（一）依据变化的；\n（二）职能变化的；\n第四十四条 有下列情形之一的，给予处分：\n（一）未按照规定建设的；\n（二）未按照规定编制的；\n（四）拒绝归集的。\n"
        let d = outline(text)
        XCTAssertEqual(d.map(\.code), ["outline.gap"], d.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(d.first?.message.contains("从“（二）”跳到“（四）”，缺少“（三）”") ?? false)
    }

    func testMissingMarkersAreWrittenInTheDocumentsStyle() {
        XCTAssertEqual(MarkerText.like("（十二）", 13), "（十三）")
        XCTAssertEqual(MarkerText.like("二十、", 21), "二十一、")
        XCTAssertEqual(MarkerText.like("3、", 10), "10、")
        XCTAssertEqual(MarkerText.like("②", 3), "③")
        XCTAssertEqual(MarkerText.list("1.", [3...5, 8...8]), "“3.”至“5.”、“8.”")
    }

    func testMissingNumbersAreFoundAsRunsHoweverWideTheGap() {
        XCTAssertEqual(OutlineNumberingRule.missingRuns(between: 2, and: 9, present: [1, 2, 6, 9, 12]), [3...5, 7...8])
        XCTAssertEqual(OutlineNumberingRule.missingRuns(between: 2, and: 4, present: [3]), [])
        XCTAssertEqual(OutlineNumberingRule.missingRuns(between: 1, and: Int.max, present: [1, 5, Int.max]), [2...4, 6...(Int.max - 1)])
    }
}
