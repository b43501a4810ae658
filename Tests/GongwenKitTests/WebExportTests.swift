import XCTest
@testable import GongwenKit

/// Web pages exported as text: a body in one HTML table cell, its paragraphs joined by `<br>`;
/// site furniture marked as a Markdown heading.
final class WebExportTests: XCTestCase {
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

    func testFurnitureMarkedAsAHeadingIsNoise() {
        let text = """
        # 某某市人民政府关于印发某某实施方案的通知

        ###### 信息来源：某某市人民政府信息提供日期：2024-07-29 【字体：大中小 】

        某府函〔2024〕337号

        各区人民政府，市有关单位：

        现将《某某实施方案》印发给你们，请认真组织实施。

        某某市人民政府

        2024年7月11日
        """
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.docNumber?.text, "某府函〔2024〕337号")
        XCTAssertEqual(h.recipients?.map(\.name), ["各区人民政府", "市有关单位"])
    }

    func testANumberPrintedAfterTheTitleIsTheNoticesNumber() {
        let text = """
        关于印发《某某省新能源上网电价改革实施方案》的通知(某发改价格〔2025〕480号)
        各市（州）发展改革委，国网某某省电力公司：
        现将《某某省新能源上网电价改革实施方案》印发给你们，请认真贯彻执行。
        某某省发展和改革委员会
        2025年9月29日
        """
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.title?.text, "关于印发《某某省新能源上网电价改革实施方案》的通知")
        XCTAssertEqual(h.docNumber?.text, "某发改价格〔2025〕480号")
    }

    func testAPagesNumberedMetadataListIsNoise() {
        let ps = paragraphs("01. \\[主题分类\\] \\-\\-\\--商贸、海关、旅游/其他\n05. \\[成文日期\\] 2024-04-27\n[发文字号]----某政发〔2024〕14号\n一、基础设施领域")
        XCTAssertEqual(ps, ["一、基础设施领域"])
    }

    func testAQuestionMarkStandingInForASpaceIsASpace() {
        let text = """
        关于印发某某省设备更新实施方案的通知
        各市州相关单位：
        现将《某某省设备更新实施方案》印发给你们，请认真贯彻落实。
        某某省工业和信息化厅 ？某某省发展和改革委员会
        2024年4月23日
        某某省设备更新实施方案
        ？ **一、重点任务**
        （一）实施扩能提质行动。推动企业设备更新。
        """
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.header.signedBy?.names, ["某某省工业和信息化厅", "某某省发展和改革委员会"])
        XCTAssertEqual(n.documents.first?.tasks.map(\.heading.text), ["实施扩能提质行动"])
        // A question mark after words is a question mark.
        XCTAssertEqual(paragraphs("是否已完成整改？是否建立台账？").first, "是否已完成整改？是否建立台账？")
    }

    func testAHeadingThatIsOnlyALinkIsARelatedArticle() {
        let ps = paragraphs("（四）加强宣传推广。继续落实《某某宣传方案》。\n## [某某负责同志就《关于做好节能降碳工作的意见》答记者问](http://www.example.gov.cn/jd/1.html \"答记者问\")\n## 附件")
        XCTAssertEqual(ps, ["（四）加强宣传推广。继续落实《某某宣传方案》。", "附件"])
    }

    func testThePrintLineEndsItsParagraph() {
        let ps = paragraphs("| 上海市某某区人民政府办公室2022年10月28日印发 |\n\n[网民留言](https://www.example.gov.cn/consult/add)")
        XCTAssertEqual(ps.first, "上海市某某区人民政府办公室2022年10月28日印发")
    }

    func testAHeadingIsAParagraphOfItsOwn() {
        let ps = paragraphs("## 某市人民政府办公厅关于印发《某市行动方案》的通知\n**某市人民政府办公厅关于印发《某市行动方案》的通知**\n某府办发〔2025〕16号")
        XCTAssertEqual(ps, ["某市人民政府办公厅关于印发《某市行动方案》的通知", "某市人民政府办公厅关于印发《某市行动方案》的通知", "某府办发〔2025〕16号"])
    }

    func testAListOfShortLinksIsAMenu() {
        let text = "## 政策原文\n1. [首页](https://www.example.gov.cn/index.html \"首页\")\n2. [政务公开](https://www.example.gov.cn/gk/index.html)\n- [近期信息公开](https://www.example.gov.cn/jq/)\n"
            + "某市人民政府办公厅关于印发某市行动方案的通知\n某府办发〔2025〕16号\n各区人民政府，市政府各委、办、局：\n现将《某市行动方案》印发给你们。\n"
            + "附件：\n1. [某市行动方案实施细则及分工安排表](https://www.example.gov.cn/fj/1.pdf)\n"
        XCTAssertEqual(paragraphs(text).filter { $0.contains("首页") || $0.contains("政务公开") || $0.contains("近期信息公开") }, [])
        XCTAssertTrue(paragraphs(text).contains { $0.contains("实施细则及分工安排表") }, "an attachment's longer name is no menu item")
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.title?.text, "某市人民政府办公厅关于印发某市行动方案的通知")
        XCTAssertEqual(h.docNumber?.text, "某府办发〔2025〕16号")
    }
}
