import XCTest
@testable import GongwenKit

/// bracket.unclosed: 《 and （ without their closing marks.
final class BracketRuleTests: XCTestCase {
    typealias T = DiagnosticTestSupport

    func testUnclosedTitleMarkAndBracketOncePerParagraph() {
        let text = plan("1.根据《某某办法（试行）的要求开展甲工作。\n2.开展乙工作（含丙、丁（戊）。\n3.开展己工作（庚）。")
        let (d, source) = T.found(.bracketUnclosed, text)
        XCTAssertEqual(d.map { T.text($0.span, source) }, ["《", "（"])
        XCTAssertEqual(d.map { $0.span?.line }, [5, 6])
        XCTAssertTrue(d[0].message.contains("书名号“《”没有对应的“》”"))
        XCTAssertTrue(d[1].message.contains("括号“（”没有对应的“）”"))
    }

    func testMixedWidthBracketsCloseEachOther() {
        XCTAssertEqual(T.diagnostics(.bracketUnclosed, plan("1.开展甲工作(牵头单位：县发改局）。\n（一)开展乙工作。")), [])
    }

    func testBracketClosedOnTheNextParagraphIsALineBreak() {
        // The normalizer keeps the break because the next line starts like a list marker.
        let text = plan("1.开展甲工作，提升（第\n2.阶段）水平。")
        XCTAssertEqual(Pipeline.process(SourceText(name: "t", text: text)).documents.first?.tasks.count, 2)
        XCTAssertEqual(T.diagnostics(.bracketUnclosed, text), [])
        XCTAssertEqual(T.diagnostics(.bracketUnclosed, plan("1.开展甲工作，提升（第\n2.阶段水平。")).count, 1)
    }
}
