import XCTest
@testable import GongwenKit

/// Which outline leaves are tasks (GOLD_FORMAT's rule): numbered leaves in the part that sets out
/// work; not under a preamble, safeguard or rule section unless they assign units themselves.
final class TaskSelectionTests: XCTestCase {
    func headings(_ body: String) -> [String] {
        TestSupport.tasks("某县2024年重点工作实施方案\n" + body).map(\.heading.text)
    }

    func testPreambleAndSafeguardLeavesAreNotTasks() {
        let body = "一、指导思想\n以新时代思想为指导。\n二、重点任务\n（一）开展排查。（牵头单位：县应急局）\n（二）完善台账。\n三、保障措施\n（一）加强组织领导。\n（二）强化督查考核。（责任单位：县督查室）\n"
        XCTAssertEqual(headings(body), ["开展排查", "完善台账", "强化督查考核"])
    }

    func testTheRuleSectionsOfAnAssessmentSchemeAreNotTasks() {
        let body = "一、考评对象\n各乡镇人民政府。\n二、考评方式\n（一）考评以日常监测为主。\n（二）实行百分制。\n三、考评指标\n1.全部开通全程网办。（6月底完成，牵头考核单位：县政务服务局）\n四、考评结果应用\n考评结果全县通报。\n"
        XCTAssertEqual(headings(body), ["全部开通全程网办"])
    }

    func testAnItemTitledLikeAGoalSectionIsNotATaskUnlessItAssigns() {
        let body = "一、重点行动\n（一）协同制造\n1．行动目标。到2018年建成平台。\n2．主要任务。培育平台型企业。牵头单位：区经发局，配合单位：区数字办\n（二）现代农业\n1．行动目标。完善服务体系。（区农村发展局负责）\n"
        XCTAssertEqual(headings(body), ["主要任务", "行动目标"])
    }

    /// A side box (专栏) lists projects, not tasks: its own numbered list, which starts at 1, is in
    /// the box; an item that continues the numbering before it, or a higher section, ends the box.
    func testANumberedListInASideBoxIsNotTasks() {
        let body = "一、重点任务\n（一）保障供应\n1.加强油气供应。加大勘探力度。\n2.完善输送网络。加强电网建设。\n专栏1 能源保障项目\n1.油气勘探：建设油气田群开发项目。\n2.电网：建设投产输变电工程。\n3.储备：建设商业储备库。\n（二）发展新能源\n1.发展海上风电。推动集中连片开发。\n专栏2 新能源项目\n海上风电：新增建成一批项目。\n2.发展光伏发电。坚持集中式和分布式并举。\n"
        XCTAssertEqual(headings(body), ["加强油气供应", "完善输送网络", "发展海上风电", "发展光伏发电"])
    }

    func testThePlansAttachmentNoteEndsItsItems() {
        let body = "一、实施步骤\n（一）部署实施阶段。制定实施方案。（责任部门：市交通委。时间节点：2025年3月）\n（二）正式运行阶段。系统上线运行。（责任部门：市交通委、市公安局。时间节点：2025年5月）\n附件：1．申请材料清单\n2．申请表\n3．业务流程\n"
        XCTAssertEqual(headings(body), ["部署实施阶段", "正式运行阶段"])
    }
}
