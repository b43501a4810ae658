import XCTest
@testable import GongwenKit

/// A page whose whole body sits in one HTML table cell, its paragraphs joined by `<br>`.
final class HTMLBreakTests: XCTestCase {
    func paragraphs(_ text: String) -> [String] {
        let n = Normalizer.normalize(SourceText(name: "t.txt", text: text))
        return n.paragraphs.map { n.string($0) }
    }

    func testBreaksInACollapsedCellAreParagraphBreaks() {
        let filler = String(repeating: "各相关部门要按照职责分工加强监督检查，", count: 40)
        let cell = "| 各相关部门：<br>为规范成品油流通秩序，现将有关事项通知如下：<br>一、整治重点<br>（一）非法运输整治。\(filler)依法查处。（责任单位：区交通运输局、市公安局平川分局）<br>（二）违规仓储整治。依法查处违规仓储行为。（责任单位：区应急局） |"
        let ps = paragraphs(cell)
        XCTAssertTrue(ps.contains("一、整治重点"), "\(ps)")
        XCTAssertEqual(ps.last, "（二）违规仓储整治。依法查处违规仓储行为。（责任单位：区应急局）")
        let tasks = TestSupport.tasks("某区人民政府办公室关于开展成品油市场整治的通知\n" + cell)
        XCTAssertEqual(tasks.map(\.heading.text), ["非法运输整治", "违规仓储整治"])
    }

    func testABreakInsideAShortCellIsAWrap() {
        XCTAssertEqual(paragraphs("| 能源与<br>环境 | 区发展改革委 |").first, "能源与环境")
    }
}
