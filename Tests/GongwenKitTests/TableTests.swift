import XCTest
@testable import GongwenKit

final class TableTests: XCTestCase {
    let table = """
    附件
    某区2024年优化营商环境重点任务清单
    序号
    重点任务
    具体措施
    责任单位
    完成时限
    1
    提升开办效率
    企业开办时间压缩至1个工作日以内。
    区市场监管局
    2024年6月底前
    2
    推行非接触式办税，拓展办税缴费事项。
    区税务局、区财政局
    持续推进
    3
    保障要素供给
    加快盘活存量用地。
    区规划资源局
    2024年12月
    """

    func testAFlattenedTaskTableGivesOneTaskPerRow() {
        let n = TestSupport.notice(table)
        XCTAssertEqual(n.documents.map(\.title.text), ["某区2024年优化营商环境重点任务清单"])
        let tasks = n.documents[0].tasks
        XCTAssertEqual(tasks.map(\.number), [1, 2, 3])
        XCTAssertEqual(tasks.map(\.heading.text), ["企业开办时间压缩至1个工作日以内", "推行非接触式办税，拓展办税缴费事项", "加快盘活存量用地"])
        XCTAssertEqual(tasks.map { $0.units.responsible.map(\.name) }, [["区市场监管局"], ["区税务局", "区财政局"], ["区规划资源局"]])
        XCTAssertEqual(tasks.map { $0.deadlines.map(\.date) }, [["2024-06-30"], [], ["2024-12-31"]])
    }

    func testLeadAndSupportColumnsWithAnExtraUnitCell() {
        let text = """
        某区工作任务清单
        序号
        任务内容
        牵头部门
        配合部门
        时间节点
        1
        党政机关垃圾分类全覆盖。
        区机管局
        区绿化市容局
        区党政机关
        2019年9月
        """
        let t = TestSupport.notice(text).documents[0].tasks[0]
        XCTAssertEqual(t.units.lead.map(\.name), ["区机管局", "区绿化市容局"])
        XCTAssertEqual(t.units.support.map(\.name), ["区党政机关"])
        XCTAssertEqual(t.deadlines.map(\.date), ["2019-09-30"])
    }

    func testUnknownHeadingsAndRecurringTimeCells() {
        let text = "某县重点任务清单\n序号\n任务\n牵头单位\n配合单位\n完成时限\n备注\n1\n开展集体聚餐备案。\n各乡镇人民政府\n县市场监督管理局\n每季度\n无\n"
        let t = TestSupport.notice(text).documents[0].tasks[0]
        XCTAssertEqual(t.heading.text, "开展集体聚餐备案")
        XCTAssertEqual(t.units.lead.map(\.name), ["各乡镇人民政府"])
        XCTAssertEqual(t.recurring.map(\.text), ["每季度"])
    }
}
