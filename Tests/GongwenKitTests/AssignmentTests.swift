import XCTest
@testable import GongwenKit

final class AssignmentTests: XCTestCase {
    func units(_ task: String) -> (lead: [String], support: [String], responsible: [String]) {
        guard let t = TestSupport.tasks(plan(task)).first else { XCTFail("no task in \(task)"); return ([], [], []) }
        return (t.units.lead.map(\.name), t.units.support.map(\.name), t.units.responsible.map(\.name))
    }

    func testLabelledBracket() {
        let u = units("1.加强监管。做好工作。（牵头单位：县发改局；配合单位：县工信局、县能源局、相关乡镇人民政府）")
        XCTAssertEqual(u.lead, ["县发改局"])
        XCTAssertEqual(u.support, ["县工信局", "县能源局", "相关乡镇人民政府"])
    }

    func testParticipantsAndCoOrganisersAreSupport() {
        XCTAssertEqual(units("1.建设平台。（牵头单位：省卫生健康委，参加单位：省大数据局）").support, ["省大数据局"])
        let u = units("1.建设平台。（主办单位：市商务局；协办单位：市财政局）")
        XCTAssertEqual(u.lead, ["市商务局"])
        XCTAssertEqual(u.support, ["市财政局"])
        XCTAssertEqual(units("1.建设平台。（牵头考核单位：市考核办）").lead, ["市考核办"])
    }

    /// `（责任单位：…）` on its own line after the last of several sub-items that name no unit assigns
    /// them all; when they name units of their own, the line stays with the last one.
    func testAnAssignmentLineAfterSubItemsAssignsThemAll() {
        let shared = TestSupport.tasks(plan("1.落实属地主体责任\n（1）负责乡村道养护资金落实。\n（2）发挥镇级管理站作用。\n（3）指导村居爱路护路。\n（责任单位：区交通委、各街镇）\n2.推行路长制。（区交通委负责）"))
        XCTAssertEqual(shared.map { $0.units.responsible.map(\.name) }, [["区交通委", "各街镇"], ["区交通委", "各街镇"], ["区交通委", "各街镇"], []])
        XCTAssertEqual(shared.last?.units.lead.map(\.name), ["区交通委"])
        let own = TestSupport.tasks(plan("1.落实属地主体责任\n（1）负责乡村道养护资金落实。（区财政局负责）\n（2）发挥镇级管理站作用。\n（责任单位：区交通委、各街镇）"))
        XCTAssertEqual(own.map { $0.units.responsible.map(\.name) }, [[], ["区交通委", "各街镇"]])
    }

    func testResponsibleLabel() {
        XCTAssertEqual(units("1.推进建设。（责任单位：省经济和信息化厅、省财政厅）").responsible, ["省经济和信息化厅", "省财政厅"])
    }

    func testVerbPhrasings() {
        let u = units("1.扩大出口。（省商务厅牵头，合肥海关配合）")
        XCTAssertEqual(u.lead, ["省商务厅"])
        XCTAssertEqual(u.support, ["合肥海关"])
        XCTAssertEqual(units("1.扩大出口。（合肥海关负责）").lead, ["合肥海关"])
        XCTAssertEqual(units("1.扩大出口。（区发展改革委牵头，各相关部门等按职责分工负责）").responsible, ["各相关部门"])
        XCTAssertEqual(units("1.扩大出口。（各区政府分别负责）").responsible, ["各区政府"])
        XCTAssertEqual(units("1.扩大出口。（各街道办事处具体实施）").responsible, ["各街道办事处"])
        XCTAssertEqual(units("1.扩大出口。（县水利局牵头，县农业农村局按职责分工配合）").support, ["县农业农村局"])
    }

    func testSeveralAssignmentsInOneTaskAreUnited() {
        let u = units("1.扩大出口。建立清单。（合肥海关负责）巩固优势。（省商务厅牵头，合肥海关配合）")
        XCTAssertEqual(u.lead, ["合肥海关", "省商务厅"])
        XCTAssertEqual(u.support, ["合肥海关"])
    }

    func testAssignmentInItsOwnParagraph() {
        let u = units("（一）全面实施光伏工程。\n\n结合空间资源推进建设。\n\n（责任单位：区发展改革委、区建管委，打浦桥街道管理办）")
        XCTAssertEqual(u.responsible, ["区发展改革委", "区建管委", "打浦桥街道管理办"])
    }

    func testASCIIPunctuation() {
        let u = units("1.建设平台。(牵头单位:县发改局;配合单位:县工信局,县能源局)")
        XCTAssertEqual(u.lead, ["县发改局"])
        XCTAssertEqual(u.support, ["县工信局", "县能源局"])
    }

    func testCollectivesStayWholeAndEtcIsDropped() {
        XCTAssertEqual(units("1.建设平台。（责任单位：各区、市政府）").responsible, ["各区、市政府"])
        XCTAssertEqual(units("1.建设平台。（牵头单位：省发改委，参加单位：济南、青岛、烟台市政府）").support, ["济南、青岛、烟台市政府"])
        XCTAssertEqual(units("1.建设平台。（县水利局牵头，县自然资源局、县林业局等配合）").support, ["县自然资源局", "县林业局"])
        XCTAssertEqual(units("1.建设平台。（责任单位：区政府各委、办、局）").responsible, ["区政府各委、办、局"])
    }

    func testNamesJoinedByAnd() {
        XCTAssertEqual(units("1.建设平台。（责任单位：县农业农村局和县水利局）").responsible, ["县农业农村局", "县水利局"])
        XCTAssertEqual(units("1.建设平台。（责任单位：县发展和改革局）").responsible, ["县发展和改革局"])
    }

    /// A bracket of names alone after a sentence names the units responsible; plants and grid
    /// companies are units (`有关电厂`, `南方电网`).
    func testABareListOfUnitsIsResponsible() {
        XCTAssertEqual(units("1.做好煤炭供应。加强合作。（省能源局、各市能源主管部门，有关煤炭储运企业、有关电厂）").responsible,
                       ["省能源局", "各市能源主管部门", "有关煤炭储运企业", "有关电厂"])
        XCTAssertEqual(units("1.建设抽水蓄能电站。推进建设。（有关市能源主管部门、南方电网、省能源集团）").responsible,
                       ["有关市能源主管部门", "南方电网", "省能源集团"])
        XCTAssertEqual(units("1.建设电站。推进建设。（含抽水蓄能、新型储能）").responsible, [])
    }

    /// A `和` before a group word opens a collective, which keeps its `、`.
    func testAndBeforeACollective() {
        XCTAssertEqual(units("1.建设平台。（省发展改革委、省财政厅和各州、市人民政府按职责分工负责）").responsible,
                       ["省发展改革委", "省财政厅", "各州、市人民政府"])
        XCTAssertEqual(units("1.建设平台。（责任单位：县农业农村局和各乡镇人民政府、县水利局）").responsible,
                       ["县农业农村局", "各乡镇人民政府", "县水利局"])
        XCTAssertEqual(units("1.建设平台。（责任单位：县发展和改革局）").responsible, ["县发展和改革局"])
    }

    func testOtherLabelsEndTheList() {
        let u = units("1.建设平台。（责任单位：市教育局，各区县政府；完成时限：2024年6月底前）")
        XCTAssertEqual(u.responsible, ["市教育局", "各区县政府"])
    }

    func testProseAndOrdinaryBracketsAreNotAssignments() {
        let u = units("1.推动锅炉整治。推动工业锅炉（燃煤、燃气、生物质）稳定达标，国家医保局负责统筹。（以下简称医保基金）")
        XCTAssertTrue(u.lead.isEmpty && u.support.isEmpty && u.responsible.isEmpty)
    }

    func testLabelAfterASentenceWithoutBrackets() {
        let u = units("1.推行一件事。完善全流程网办。责任单位：市政务服务局、市市场监管局。完成时限：2024年6月底前。")
        XCTAssertEqual(u.responsible, ["市政务服务局", "市市场监管局"])
    }

    func testNamesSeparatedByWideSpaces() {
        XCTAssertEqual(units("1.建设平台。（责任单位：县发改局　县财政局）").responsible, ["县发改局", "县财政局"])
    }

    func testALevelListAfterAGroupStaysOneCollective() {
        let u = units("1.培养人才。（牵头单位：市科协，配合单位：各有关区、县级市）")
        XCTAssertEqual(u.support, ["各有关区、县级市"])
        XCTAssertEqual(units("1.培养人才。（配合单位：市工商局、市金融办）").support, ["市工商局", "市金融办"])
    }

    func testALabelInSquareBracketsWithAVerbAndAFurtherSentence() {
        let u = units("1.加强市场体系建设。推进建设。〔责任单位：省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕")
        XCTAssertEqual(u.responsible, ["省发展改革委", "商务厅"])
        XCTAssertEqual(units("1.优化准入环境。〔责任单位：省市场监管局〕").responsible, ["省市场监管局"])
    }

    func testClausesJoinedByADunhaoAndOrganisingVerbs() {
        let u = units("1.开展燃气隐患排查。（市交通委牵头负责、各区政府组织落实）")
        XCTAssertEqual(u.lead, ["市交通委"])
        XCTAssertEqual(u.responsible, ["各区政府"])
        let v = units("1.开展排查。（市住房城乡建设管理委牵头，市发展改革委、市国资委负责，市房管局、各区政府组织落实）")
        XCTAssertEqual(v.lead, ["市住房城乡建设管理委", "市发展改革委", "市国资委"])
        XCTAssertEqual(v.responsible, ["市房管局", "各区政府"])
        XCTAssertEqual(units("1.做好保障。（市民政局按职责组织配合）").support, ["市民政局"])
        XCTAssertEqual(units("1.做好保障。（市商务委、市公安局按职责分工负责落实）").responsible, ["市商务委", "市公安局"])
    }

    func testOfficeLabelsOfADepartmentsOwnPlan() {
        let u = units("1.改造农村户用厕所。全面推进改厕工作。责任处室：农业农村处、社会事业处")
        XCTAssertEqual(u.responsible, ["农业农村处", "社会事业处"])
        XCTAssertEqual(units("1.开展排查。（牵头科室：安全科；配合科室：办公室）").lead, ["安全科"])
    }

    func testABracketOpeningWithAnAssignmentThenANote() {
        let u = units("1.落实环境信息调查。（区资源生态局牵头负责;各片区负责配合落实，以下均需各片区配合落实，不再列出）")
        XCTAssertEqual(u.lead, ["区资源生态局"])
        XCTAssertEqual(u.support, ["各片区"])
    }

    func testAGroupAfterDengAndAListRunningIntoTheText() {
        XCTAssertEqual(units("1.培育夜间经济。（责任单位：各片区管理局、执法应急局等区直部门）").responsible, ["各片区管理局", "执法应急局"])
        XCTAssertEqual(units("1.强化金融支持。责任单位：区经济发展局、人行平潭支行各责任单位应认真对照本措施制定的实施细则，加强政策宣传").responsible,
                       ["区经济发展局"])
    }

    func testABareListOfUnitsAfterASentenceIsResponsible() {
        XCTAssertEqual(units("1.加强油气供应保障。加快推进油气田开发。（省能源局、各市能源主管部门，有关油气企业）").responsible,
                       ["省能源局", "各市能源主管部门", "有关油气企业"])
        // An alias bracket after a name, and examples inside a sentence, assign nothing.
        XCTAssertEqual(units("1.做好宣传。区委宣传部（区文明办、区政府新闻办）组织宣传。").responsible, [])
        XCTAssertEqual(units("1.做强国企。商业类企业（区金控集团、智慧岛公司）的营业收入增长10%。").responsible, [])
    }

    func testSupportingUnitsLabel() {
        XCTAssertEqual(units("1.推进城市更新。（牵头单位：区规划资源局；支撑单位：区建设管理委、区经委）").support, ["区建设管理委", "区经委"])
    }

    func testNamesInABracketOfTheirOwnAfterAnUnclosedLabel() {
        // The outer `（` is never closed; the names stand in `〔…〕` after the label.
        XCTAssertEqual(units("（四）建设农村充电网络。鼓励创建示范县。（责任单位：〔省发改委、农业农村厅（乡村振兴局）、文旅厅按职责分工负责〕").responsible,
                       ["省发改委", "农业农村厅（乡村振兴局）", "文旅厅"])
        // A bracket a name closes itself stays with the name.
        XCTAssertEqual(units("2.加强监管。\n牵头单位：市市场监管局（市知识产权局）").lead, ["市市场监管局（市知识产权局）"])
    }

    func testNamesRunTogetherInATableCellAreSplitAtALevel() {
        XCTAssertEqual(units("1.推进更新。（牵头单位：区住建局区市场监管局、区教育局）").lead, ["区住建局", "区市场监管局", "区教育局"])
        // A branch, a collective before a name, a party and government pair, a word that starts like a level.
        XCTAssertEqual(units("1.推进更新。（牵头单位：市公安局平川分局）").lead, ["市公安局平川分局"])
        XCTAssertEqual(units("1.推进更新。（牵头单位：各县（市、区）市场监督管理局）").lead, ["各县（市、区）市场监督管理局"])
        XCTAssertEqual(units("1.推进更新。（牵头单位：市委市政府督查室）").lead, ["市委市政府督查室"])
        XCTAssertEqual(units("1.推进更新。（牵头单位：区发改委区域发展中心）").lead, ["区发改委区域发展中心"])
    }

    func testANoteAfterTheNamesEndsThem() {
        XCTAssertEqual(units("1.推进更新。（责任单位：市交通委、市财政局；各责任单位按职责分工负责，下同）").responsible, ["市交通委", "市财政局"])
        // A name that holds a role word is still a name.
        XCTAssertEqual(units("1.加强领导。（牵头单位：市委组织部；配合单位：各项目牵头单位）").support, ["各项目牵头单位"])
    }

    func testAVerbAfterTheLastNameEndsTheListAfterIt() {
        XCTAssertEqual(units("1.推进更新。（责任单位：省发展改革委、财政厅、省消防救援局按职责分工负责；各项任务均需市县政府落实，不再列出）").responsible,
                       ["省发展改革委", "财政厅", "省消防救援局"])
    }

    func testAModifierAfterALabelledNameIsDropped() {
        XCTAssertEqual(units("1.加强充电设施建设。（责任单位：各相关职能部门按职责分工）").responsible, ["各相关职能部门"])
    }

    func testADutiesListItemNamesItsUnitsFirst() {
        XCTAssertEqual(units("2.区文明办：负责将垃圾分类工作纳入文明城区评选。").lead, ["区文明办"])
        XCTAssertEqual(units("（二）区财政局、区审计局。负责对运维项目成本分析报告质量进行把控。").lead, ["区财政局", "区审计局"])
        XCTAssertEqual(units("（四）区商务委。配合做好步行街的养护工作。").support, ["区商务委"])
        // A title that only looks like a name, with no role verb after it, assigns nothing.
        let title = units("32.中国留学人员广州科技交流会。坚持创新办会，优化创办模式。")
        XCTAssertEqual(title.lead + title.support + title.responsible, [])
    }
}
