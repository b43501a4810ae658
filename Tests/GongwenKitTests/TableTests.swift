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

    /// A cell that ends like a title (`…完成年度目标任务`) after its row's number is a cell, not the
    /// title of a new document: the rows after it were lost. Its column's name is none gongwen reads.
    func testACellEndingLikeATitleAfterItsRowNumber() {
        let text = """
        附件
        某区2024年经济社会发展预期目标任务分解表
        序号
        预期目标
        责任单位
        1
        地区生产总值增长5.5%左右
        区发展改革委
        2
        空气质量完成年度目标任务
        区生态环境局
        3
        节能减排降碳完成年度目标任务
        区发展改革委
        """
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["某区2024年经济社会发展预期目标任务分解表"])
        let tasks = n.documents[0].tasks
        XCTAssertEqual(tasks.map(\.number), [1, 2, 3])
        XCTAssertEqual(tasks.map { $0.units.responsible.map(\.name) }, [["区发展改革委"], ["区生态环境局"], ["区发展改革委"]])
        // No column is read as the work (`预期目标`): the cell in it is the heading, not the row number.
        XCTAssertEqual(tasks.map(\.heading.text), ["地区生产总值增长5.5%左右", "空气质量完成年度目标任务", "节能减排降碳完成年度目标任务"])
    }

    /// A page number alone on its line above an attachment's title is no table row's number: the
    /// title still starts a document.
    func testAPageNumberAboveATitleIsNoRowNumber() {
        let text = "某市人民政府关于印发某市2024年安全生产工作方案的通知\n各区县人民政府：\n现将《某市2024年安全生产工作方案》印发给你们，请认真贯彻执行。\n某市人民政府\n2024年1月5日\n2\n某市2024年安全生产工作方案\n一、加强隐患排查整治。（市应急局负责）\n二、强化执法检查。（市应急局负责）\n"
        XCTAssertEqual(TestSupport.notice(text).documents.map(\.title.text), ["某市2024年安全生产工作方案"])
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

    func testGroupRowsRowNumbersAndAnAttachedTableLabel() {
        let text = """
        某市交通领域光伏推广应用实施方案
        一、重点任务
        1.推进示范工程。（市交通委牵头）
        附表1
        任务分工表
        序号
        事项
        工作措施
        责任单位
        推进实施“光伏+”示范工程
        1
        “光伏+地铁”工程
        利用既有高架车站建设光伏，屋顶覆盖面积达到50%
        申通地铁集团
        2
        既有车站探索光伏建筑一体化项目，拓宽应用场景
        3
        “光伏+机场”工程
        利用候机楼、停车场等屋顶建设光伏。
        机场集团、各航空公司
        """
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["某市交通领域光伏推广应用实施方案", "任务分工表"])
        let rows = n.documents.last?.tasks ?? []
        XCTAssertEqual(rows.map(\.number), [1, 2, 3])
        XCTAssertEqual(rows.first?.heading.text, "利用既有高架车站建设光伏，屋顶覆盖面积达到50%")
        // Row 2 lacks the 事项 and 责任单位 cells: both are merged with row 1's, whose unit holds for it too.
        XCTAssertEqual(rows.map { $0.units.responsible.map(\.name) }, [["申通地铁集团"], ["申通地铁集团"], ["机场集团", "各航空公司"]])
    }

    /// An explicit empty unit cell (`—`) is not merged with the one above, and a merged cell does
    /// not reach across a group row.
    func testMergedUnitCellsStopAtEmptyCellsAndGroups() {
        let text = """
        任务分工表
        序号
        工作措施
        责任单位
        建设示范工程
        1
        利用既有车站建设光伏。
        申通地铁集团
        2
        探索光伏建筑一体化。
        —
        3
        研究光伏储能结合。
        推广应用阶段
        4
        推广分布式光伏。
        机场集团
        5
        开展交流合作。
        """
        let rows = TestSupport.notice(text).documents.last?.tasks ?? []
        XCTAssertEqual(rows.map { $0.units.responsible.map(\.name) }, [["申通地铁集团"], [], [], ["机场集团"], ["机场集团"]])
    }

    func testAGroupRowWithAColonAndAnAdvancingUnitColumn() {
        let text = "某区城市更新行动方案\n一、重点任务\n1.推进更新。（区建设管理委负责）\n附件\n某区城市更新重点任务清单\n序号\n工作任务\n推进单位\n行动一：再造发展新极行动（综合区域整体焕新）\n1\n推进走马塘片区规划研究\n区规划资源局、区建设管理委\n2\n推进大徐家阁地区规划研究\n区发展改革委\n"
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.last?.tasks.map { $0.units.responsible.map(\.name) }, [["区规划资源局", "区建设管理委"], ["区发展改革委"]])
    }

    func testAListOfStandingDutiesIsNoDocument() {
        let text = "某区建筑垃圾管理实施意见\n一、重点任务\n1.推动源头减量。（区建设管理委牵头）\n附件\n某区土方管理平台职责清单\n1.区建设管理委：负责平台建设。\n2.区绿化市容局：负责消纳调度。\n"
        XCTAssertEqual(TestSupport.notice(text).documents.map(\.title.text), ["某区建筑垃圾管理实施意见"])
    }

    func testAHeadingThatOpensWithARoleLabelAndEndsLikeATitle() {
        let text = "某片区消防安全大排查工作方案\n一、工作任务\n（一）全面排查。（各处室负责）\n附件1\n某片区消防安全大排查工作任务清单\n序号\n工作任务\n工作内容\n责任单位及分工\n完成时限\n1\n全面动员部署工作\n各部门要全面发动，召开专题会议进行动员部署。\n各处室（中心）\n2022年4月8日前\n2\n开展重点区域排查\n组织基层力量进行重点排查。\n各包村处室\n2022年4月20日前\n"
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["某片区消防安全大排查工作方案", "某片区消防安全大排查工作任务清单"])
        XCTAssertEqual(n.documents.last?.tasks.map { $0.units.responsible.map(\.name) }, [["各处室（中心）"], ["各包村处室"]])
        XCTAssertEqual(n.documents.last?.tasks.map { $0.deadlines.map(\.date) }, [["2022-04-08"], ["2022-04-20"]])
    }

    /// Rows numbered `（一）` (joined by the normalizer to the task's name), groups headed by `—` or
    /// `二` with numbering restarting in each, a heading repeated by a page break, and a merged
    /// name cell over two sub-rows, each with its own unit cells.
    func testMarkerNumberedRowsGroupsAndSubRows() {
        let text = """
        某区建筑垃圾管理实施意见任务分工表
        序号
        工作任务
        主要工作内容
        牵头单位
        配合单位
        —
        构建产消平衡的处置体系
        （一）
        推动源头减量
        在项目规划、设计文件中增加土方平衡内容。
        区建设管理委、区规划资源局
        区水务局、区房管局
        （二）
        落实转运码头建设
        根据码头工作方案建设转运码头。
        区建设管理委
        ——
        开展转运码头备案工作。
        区绿化市容局
        —
        二
        构建全过程监管体系
        序号
        工作任务
        主要工作内容
        牵头单位
        配合单位
        （一）
        加强备案申报管理
        严格执行处置核准和备案制度。
        区绿化市容局
        区土方工作
        专班
        """
        let n = TestSupport.notice(text)
        let tasks = n.documents.first?.tasks ?? []
        XCTAssertEqual(tasks.map(\.marker), ["（一）", "（二）", "（一）"])
        XCTAssertEqual(tasks.map(\.number), [1, 2, 1])
        XCTAssertEqual(tasks.map(\.heading.text), ["推动源头减量", "落实转运码头建设", "加强备案申报管理"])
        XCTAssertEqual(tasks.map { $0.units.lead.map(\.name) }, [["区建设管理委", "区规划资源局"], ["区建设管理委", "区绿化市容局"], ["区绿化市容局"]])
        XCTAssertEqual(tasks.map { $0.units.support.map(\.name) }, [["区水务局", "区房管局"], [], ["区土方工作专班"]])
        XCTAssertFalse(tasks.contains { $0.text.contains("序号") || $0.text.contains("构建") })
    }

    /// Group rows numbered `（一）` over rows numbered `1`, `2`: the groups are no rows.
    func testMarkerNamedGroupsOverDigitRows() {
        let text = """
        某区设备更新行动方案责任清单
        序号
        任务内容
        2024年目标
        牵头单位
        （一）实施设备更新行动
        1
        推动工业企业数字化改造
        创建智能车间3家。
        区工信局
        2
        推动能源设备更新改造
        更新老旧变压器850台。
        区发改委
        （二）实施回收循环利用行动
        3
        完善废旧产品回收体系
        新建回收网点10个。
        区商务局
        """
        let tasks = TestSupport.notice(text).documents.first?.tasks ?? []
        XCTAssertEqual(tasks.map(\.number), [1, 2, 3])
        XCTAssertEqual(tasks.map { $0.units.lead.map(\.name) }, [["区工信局"], ["区发改委"], ["区商务局"]])
        XCTAssertFalse(tasks.contains { $0.text.contains("行动") && $0.text.contains("实施") })
    }
}
