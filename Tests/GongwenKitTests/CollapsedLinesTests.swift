import XCTest
@testable import GongwenKit

/// A web page crawled into one line is cut back into its paragraphs (CollapsedLines).
final class CollapsedLinesTests: XCTestCase {
    /// One line, as a crawler leaves it: single spaces where paragraphs were, or nothing at all.
    static let page = "当前位置： 首页政务公开最新文件区管委会文件 某区管委会关于印发水污染防治工作方案的通知 时间：2015-12-30 11:39 微信 微博 某综管〔2015〕278号某区管委会关于印发水污染防治工作方案的通知 区直各单位，各乡镇人民政府：现将《某区水污染防治工作方案》印发给你们，请认真贯彻执行。 某区管委会2015年12月25日某区水污染防治工作方案 为切实加大水污染防治力度，制定本方案。一、总体要求坚持节水优先。二、主要任务（一）全面控制污染物排放1．狠抓工业污染防治。2017年底前完成整治。（区环境局牵头，区经济局等参与）2．强化城镇生活污染治理。2018年底前全面完成。（区建设局牵头）（二）推动经济结构转型升级1．调整产业结构。依法淘汰落后产能。（区经济局牵头）" + String(repeating: "（此处为正文的其余部分。）", count: 40)

    func testTheHeaderOfAOneLinePageIsReadBack() {
        let h = TestSupport.notice(Self.page).header
        XCTAssertNil(h.issuerMark, "the breadcrumb is not a 发文机关标志")
        XCTAssertEqual(h.title?.text, "某区管委会关于印发水污染防治工作方案的通知")
        XCTAssertEqual(h.docNumber?.text, "某综管〔2015〕278号")
        XCTAssertEqual(h.recipients?.map(\.name), ["区直各单位", "各乡镇人民政府"])
        XCTAssertEqual(h.signedBy?.names, ["某区管委会"])
        XCTAssertEqual(h.date, "2015-12-25")
    }

    func testItsOutlineIsCutAtMarkersThatContinueOrOpenAList() {
        let n = TestSupport.notice(Self.page)
        XCTAssertEqual(n.documents.map(\.title.text), ["某区水污染防治工作方案"])
        let tasks = n.documents.first?.tasks ?? []
        XCTAssertEqual(tasks.map(\.path), [["二、", "（一）", "1．"], ["二、", "（一）", "2．"], ["二、", "（二）", "1．"]])
        XCTAssertEqual(tasks.first?.units.lead.map(\.name), ["区环境局"])
        XCTAssertEqual(tasks.first?.deadlines.map(\.date), ["2017-12-31"])
    }

    func testShortLinesAndNumbersInsideSentencesAreLeftAlone() {
        let line = String(repeating: "全年新增1.5万吨，其中第（一）项为2023年6月30日前完成的。", count: 30)
        let s = Array(line.unicodeScalars)
        XCTAssertEqual(CollapsedLines.cuts(s, 0..<s.count).count, 0)
        let short = Array("区直各单位：现将方案印发。 一、总体要求".unicodeScalars)
        let lines = CollapsedLines.split(short, [Normalizer.Line(content: 0..<short.count, terminator: short.count)])
        XCTAssertEqual(lines.count, 1)
    }

    func testARoleLabelIsNoRecipientList() {
        let line = String(repeating: "开展工作。", count: 170) + "责任单位：各区属国企3.加快产业化项目拓展。"
        let s = Array(line.unicodeScalars)
        let ends = CollapsedLines.cuts(s, 0..<s.count).map(\.end)
        XCTAssertFalse(ends.contains(line.unicodeScalars.count - "各区属国企3.加快产业化项目拓展。".unicodeScalars.count))
    }
}
