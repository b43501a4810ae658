import XCTest
@testable import GongwenKit

/// Layouts of the seventh held-out round: a table inside a plan (`表2 …计划表` and its cells, one per
/// line), an attached task table whose label shares the title's line, its 参考文件 cells.
final class TableCaptionTests: XCTestCase {
    /// A web copy with a blank line after every line, as page crawls write them.
    let text = """
    某某区人民政府办公室关于转发《某某区海绵城市建设实施方案》的通知

    各街镇，区政府各委、办、局：

    区建设管理委制订的《某某区海绵城市建设实施方案》已经区政府同意，现转发给你们，请认真按照执行。

    某某区人民政府办公室

    2024年5月10日

    某某区海绵城市建设实施方案

    一、重点任务

    （一）强化规划引领

    1.编制系统方案。以排水分区为单元编制系统方案，2026年底前完成。编制计划见表2。（责任单位：区建设管理委）

    表2 某某区系统方案编制计划表

    年份

    系统方案编制区域

    达标评估计划

    2024年

    马陆社区

    2028年

    （二）推进项目建设

    1.推进海绵型公园建设。新改扩建公园绿地项目应全面落实海绵城市建设要求。（责任单位：区绿化市容局，各街镇）

    附件：某某区海绵城市建设重点任务分解表

    序号

    任务类型

    重点内容

    责任单位

    参考文件

    1

    系统方案

    编制海绵城市系统方案。

    区建设管理委

    《本市系统化全域推进海绵城市建设的实施意见》

    2

    达标评估

    有序开展海绵城市达标评估。

    区建设管理委、区水务局，各街镇

    《本市系统化全域推进海绵城市建设的实施意见》
    """

    func testATableCaptionAndItsCellsStayInsideTheDocument() {
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["某某区海绵城市建设实施方案", "某某区海绵城市建设重点任务分解表"])
        XCTAssertEqual(n.documents.first?.tasks.map(\.heading.text), ["编制系统方案", "推进海绵型公园建设"])
        XCTAssertEqual(n.documents.first?.tasks.last?.units.responsible.map(\.name), ["区绿化市容局", "各街镇"])
    }

    func testACitationCellIsNoDocumentTitle() {
        let tasks = TestSupport.notice(text).documents.last?.tasks ?? []
        XCTAssertEqual(tasks.map(\.heading.text), ["编制海绵城市系统方案", "有序开展海绵城市达标评估"])
        XCTAssertEqual(tasks.last?.units.responsible.map(\.name), ["区建设管理委", "区水务局", "各街镇"])
    }

    func testAnAttachmentLabelsTitleLineDoesNotRunIntoTheTableBelow() {
        let n = Normalizer.normalize(SourceText(name: "t.txt", text: text))
        let ps = n.paragraphs.map { n.string($0) }
        XCTAssertTrue(ps.contains("附件：某某区海绵城市建设重点任务分解表"), "\(ps)")
        XCTAssertTrue(ps.contains("序号"))
    }

    func testTableCaptionNeedsANumberAndAShortLine() {
        func caption(_ line: String) -> Bool {
            let c = ParseContext(source: SourceText(name: "t.txt", text: line),
                                 lexed: Lexer.lex(Normalizer.normalize(SourceText(name: "t.txt", text: line))))
            return DocumentSplitter.isTableCaption(c, c.paragraphs[0])
        }
        XCTAssertTrue(caption("表2 某某区系统方案编制计划表"))
        XCTAssertTrue(caption("表一：重点项目清单"))
        XCTAssertFalse(caption("表彰先进集体和个人"))
        XCTAssertFalse(caption("表2所列项目应于2024年底前完成，各街镇要按照计划逐项落实，确保按期完成各项建设任务，并于每月5日前向区建设管理委报送上月进度情况"))
    }

    func testTheCellsOfAMarkdownRowAreNoTitle() {
        // A report template after the plan: its heading cells `违法违规行为描述` and `处置措施` end like a
        // plan's title, and the notes under the table are numbered like tasks.
        let text = """
        某某区成品油非法经营专项整治行动方案
        一、重点任务
        （一）严格油品源头管控。严格检查运输车辆。（责任单位：区交通局）
        附件1
        成品油非法经营问题台账
        填报单位：街镇（盖章）时间：年月日
        |     |     |     |     |     |
        | --- | --- | --- | --- | --- |
        | 序<br>号 | 名称 | 违法违规行为<br>描述 | 处置措施 | 处置时限 |
        | 1 |  |  |  |  |
        备注：1.类型:非法加油点、非法流动加油车等
        2.非法经营品种:汽油、柴油等；
        """
        XCTAssertEqual(TestSupport.notice(text).documents.map(\.title.text), ["某某区成品油非法经营专项整治行动方案"])
    }
}
