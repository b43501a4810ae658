import XCTest
@testable import GongwenKit

/// Layouts of real notices met in the fifth held-out round: crawler CSV records, OCR'd joint
/// issuance, a title below a page's metadata block, seal residue, wrapped name lists.
final class LayoutRuleTests: XCTestCase {
    func paragraphs(_ text: String) -> [String] {
        let n = Normalizer.normalize(SourceText(name: "t.txt", text: text))
        return n.paragraphs.map { n.string($0) }
    }

    // MARK: CSV record

    let record = """
    某某省人民政府办公厅关于印发某某省企业培育措施的通知,2023-05-06,有效,"
    某某省人民政府办公厅关于印发某某省企业培育措施的通知各市人民政府，省政府有关部门：　　《某某省企业培育措施》已经省政府同意，现印发给你们，请认真贯彻落实。
    一、建立培育库。每年摸排企业情况。（责任单位：省工业和信息化厅）
    二、加强服务保障。每季度调度一次。（责任单位：各市政府）
    某某省人民政府办公厅
    2023年5月4日",政策文件,http://example.gov.cn/a.html,http://example.gov.cn/b.html
    """

    func testCSVRecordFieldsAreCutAndTheTitleCopyEndsItsLine() {
        let n = Normalizer.normalize(SourceText(name: "t.txt", text: record))
        let ps = n.paragraphs.map { n.string($0) }
        XCTAssertEqual(ps.first, "某某省人民政府办公厅关于印发某某省企业培育措施的通知")
        XCTAssertEqual(ps[1], "各市人民政府，省政府有关部门：")
        XCTAssertEqual(ps.last, "2023年5月4日")
        XCTAssertFalse(ps.joined().contains("http"))
        XCTAssertFalse(ps.joined().contains("\""))
        // The title field (repeated by the text), the fields after it, and the tail are excluded.
        XCTAssertEqual(n.excluded.count, 3)
        let notice = TestSupport.notice(record)
        XCTAssertEqual(notice.header.title?.text, "某某省人民政府办公厅关于印发某某省企业培育措施的通知")
        XCTAssertEqual(notice.header.recipients?.map(\.name), ["各市人民政府", "省政府有关部门"])
        XCTAssertEqual(notice.header.date, "2023-05-04")
    }

    func testCSVTitleFieldStaysWhenTheTextDoesNotRepeatIt() {
        let text = "某县关于做好防汛工作的通知,2024年06月01日,\"\n各乡镇人民政府：\n现将有关事项通知如下。\n\",通知公告,http://x.cn/1.html"
        XCTAssertEqual(paragraphs(text), ["某县关于做好防汛工作的通知", "各乡镇人民政府：", "现将有关事项通知如下。"])
    }

    func testOrdinaryTextWithCommasIsNoRecord() {
        XCTAssertEqual(paragraphs("Word 2016,GB/T 9704,\"x\"\n正文。"), ["Word 2016,GB/T 9704,\"x\"", "正文。"])
        // A comma far into a long line (beyond any record's first fields) is looked at no further.
        let long = String(repeating: "字", count: 400) + ",2024-01-01,\"\n正文。\n\",x"
        XCTAssertTrue(paragraphs(long).joined().contains(",2024-01-01,\""))
        // The quote right after the title's comma leaves no fields between them (found by the fuzzer:
        // it made an empty range backwards and stopped the process).
        XCTAssertEqual(paragraphs("标题,\"正文第一行。\n第二行。\",栏目,http://x"), ["标题,\"正文第一行。", "第二行。\",栏目,http://x"])
    }

    // MARK: joint issuance, OCR

    let joint = """
    某某省发展和改革委员会办公厅
    文件
    某某省能源局综合司
    某发改能源[2024]12号
    某某省发展和改革委员会办公厅某某省能源局综合
    司关于做好2024年迎峰度夏工作的通知
    各市发展改革委：
    现将有关事项通知如下。
    一、加强监测。每周一上午报送情况。
    二、做好保障。6月15日起每日报送。
    能
    国
    局
    202年6月9日
    （主动公开）
    """

    func testStackedJointMarkGivesTheIssuersAndTheNumber() {
        let h = TestSupport.notice(joint).header
        XCTAssertEqual(h.issuers?.map(\.name), ["某某省发展和改革委员会办公厅", "某某省能源局综合司"])
        XCTAssertNil(h.issuerMark)
        XCTAssertNil(h.issuer)
        XCTAssertEqual(h.docNumber?.text, "某发改能源[2024]12号")
        XCTAssertEqual(h.title?.text, "某某省发展和改革委员会办公厅某某省能源局综合司关于做好2024年迎峰度夏工作的通知")
        XCTAssertEqual(h.disclosure?.text, "主动公开")
    }

    func testSealResidueIsNoSignatureAndAThreeDigitYearIsAGarbledDate() {
        let n = TestSupport.notice(joint)
        XCTAssertNil(n.header.signedBy)
        XCTAssertNil(n.header.date)
        let garbled = n.diagnostics.filter { $0.code == DiagnosticCode.dateGarbled.rawValue }
        XCTAssertEqual(garbled.count, 0, "no organ line above the date: nothing to report as a signing date")
        let signed = TestSupport.notice(joint.replacingOccurrences(of: "能\n国\n局\n", with: "某某省能源局\n"))
        XCTAssertEqual(signed.header.signedBy?.names, ["某某省能源局"])
        let d = signed.diagnostics.first { $0.code == DiagnosticCode.dateGarbled.rawValue }
        XCTAssertEqual(d?.message, "署名下的成文日期“202年6月9日”年份不是四位数字，无法确定是哪一天，未记录成文日期")
    }

    func testWeekdayAfterEveryWeekIsPartOfTheSchedule() {
        let tasks = TestSupport.tasks(joint)
        XCTAssertEqual(tasks.first?.recurring.map(\.text), ["每周一"])
        XCTAssertEqual(tasks.last?.recurring.map(\.text), ["每日"])
        XCTAssertEqual(tasks.last?.starts.map(\.date), ["2024-06-15"])
        let counted = TestSupport.tasks(plan("1.开展巡查。每周一次。（责任单位：县应急局）"))
        XCTAssertEqual(counted.first?.recurring.map(\.text), ["每周"])
    }

    func testTimesThatPickThingsOutAreNoDeadlines() {
        let tasks = TestSupport.tasks(plan("""
        1.确定改造范围。8月1日以前投产的项目视为存量项目，9月底前完成摸排。（责任单位：县能源局）
        2.加强统计。推动上年第四季度投产的企业及时入统。（责任单位：县统计局）
        3.严格审计。每年4月30日前将经审计的决算报告报送县财政局。（责任单位：县财政局）
        4.推进报废更新。对2015年6月30日前注册登记的柴油车给予补贴，10月底前完成申报。（责任单位：县商务局）
        """))
        XCTAssertEqual(tasks.map { $0.deadlines.map(\.text) }, [["9月底前"], [], ["4月30日前"], ["10月底前"]])
    }

    func testABareTimeAfterATimeLabelIsDueByItsEnd() {
        let tasks = TestSupport.tasks(plan("""
        1.部署实施。制定实施方案。（责任部门：县交通局。时间节点：2025年3月）
        2.联调联试。开展系统联调。（责任部门：县交通局，完成时限：2025年）
        3.正式运行。系统上线运行。（责任部门：县交通局。时间节点：2025年5月底前）
        """))
        XCTAssertEqual(tasks.map { $0.deadlines.map(\.date) }, [["2025-03-31"], ["2025-12-31"], ["2025-05-31"]])
    }

    func testPastTimesAndHowLongAReliefLastsAreNoDeadlines() {
        let tasks = TestSupport.tasks(plan("""
        1.落实税费减免。2030年前，对集中式充换电设施用电免收需量电费，10月底前出台细则。（责任单位：县发展改革局）
        2.支持以旧换新。对已于2025年1月8日前注册登记在本人名下的汽车给予补贴，6月底前完成申报。（责任单位：县商务局）
        3.推进设施建设。2025年底前，对全县充电设施开展排查。（责任单位：县能源局）
        """))
        XCTAssertEqual(tasks.map { $0.deadlines.map(\.text) }, [["10月底前"], ["6月底前"], ["2025年底前"]])
    }

    func testHoursCutOffsAndDutyByFunction() {
        let tasks = TestSupport.tasks(plan("""
        1.做好申报。请于2025年1月10日24时前报送材料。（县商务局、县财政局按职能分别负责）
        2.清理补贴。截至2023年12月31日前已处理但尚未补贴的，按规定补贴。（县财政局负责）
        """))
        XCTAssertEqual(tasks.map { $0.deadlines.map(\.date) }, [["2025-01-10"], []])
        // `至2025年年底` is how long a policy runs: the second 年 starts no `年底` of its own.
        XCTAssertEqual(TestSupport.tasks(plan("1.稳岗返还。执行期限至2025年年底。（县人社局负责）")).first?.deadlines.count, 0)
        XCTAssertEqual(tasks.first?.units.responsible.map(\.name), ["县商务局", "县财政局"])
    }

    func testOnlyHeSeparatesNamesAmongConjunctions() {
        let tasks = TestSupport.tasks(plan("""
        1.规范运营。建立运营管理制度。（各市、县级政府及《管理办法》涉及的相关部门负责）
        2.加强监管。开展联合检查。（县农业农村局和县水利局负责）
        """))
        XCTAssertEqual(tasks.map { $0.units.lead.map(\.name) }, [["各市、县级政府及《管理办法》涉及的相关部门"], ["县农业农村局", "县水利局"]])
    }

    func testAGlossAfterAUnitIsNoPartOfIt() {
        let tasks = TestSupport.tasks(plan("""
        1.推动转化。支持成果转化。（责任单位：市发改委，相关区人民政府〈含开发区、风景区管委会，下同〉）
        2.建立培育库。每年摸排企业。（责任单位：各市（含定州、辛集市，下同）政府，省工业和信息化厅）
        """))
        XCTAssertEqual(tasks.map { $0.units.responsible.map(\.name) },
                       [["市发改委", "相关区人民政府"], ["各市（含定州、辛集市，下同）政府", "省工业和信息化厅"]])
    }

    func testWebPageFooterIsOutsideTheNotice() {
        let page = plan("1.建立合作机制。推动园区与企业建立长期合作关系。\n2.加强监测。每月通报一次。（责任单位：县能源局）") + """
        关联文件
        公共服务
        各市能源局网站
        国家能源局
        主办单位：某某省能源局
        ©某某省能源局版权所有,如需转载，请注明来源
        地址：某某市并州北路67号邮编：030012
        网站地图
        """
        let n = TestSupport.notice(page)
        XCTAssertEqual(n.documents.first?.tasks.count, 2)
        XCTAssertEqual(n.documents.first?.tasks.first?.units.isEmpty, true)
        XCTAssertFalse(n.documents.first?.tasks.last?.text.contains("主办单位") ?? true)
        // A signature and its date above a footer stay in the notice.
        let signed = TestSupport.notice("某某县人民政府关于做好防汛工作的通知\n各乡镇人民政府：\n请认真落实。\n某某县人民政府\n2024年6月1日\n网站地图\n版权所有：某某县人民政府")
        XCTAssertEqual(signed.header.signedBy?.names, ["某某县人民政府"])
        XCTAssertEqual(signed.header.date, "2024-06-01")
    }

    // MARK: title and body

    func testTitleBelowAPagesMetadataBlockIsTheOneTheRecipientsFollow() {
        let page = (["某某省能源局", "首页", "政务公开", "政务服务", "互动交流", "政府信息公开", "法定主动公开目录", "最新文件", "标题：",
                     "某某省能源局关于印发《绿电园区建设指引》的通知", "某能源规发〔2025〕22号", "电力", "2025年11月10日", "是否有效：", "是",
                     "某某省能源局", "关于印发《绿电园区建设指引》的通知", "某能源规发〔2025〕22号", "各市能源局：",
                     "现将《绿电园区建设指引》印发给你们。", "某某省能源局", "2025年11月10日"]).joined(separator: "\n")
        let h = TestSupport.notice(page).header
        XCTAssertEqual(h.title?.text, "某某省能源局关于印发《绿电园区建设指引》的通知")
        XCTAssertEqual(h.title?.span.line, 16)
        XCTAssertEqual(h.docNumber?.text, "某能源规发〔2025〕22号")
        XCTAssertEqual(h.recipients?.map(\.name), ["各市能源局"])
        XCTAssertEqual(h.issuer?.text, "某某省能源局")
    }

    func testNameBrokenAboveTheAboutLineBelongsToTheTitle() {
        let text = "某某省能源监管局某某自治区\n能源局关于提升并网安全能力的通知\n各有关电力企业：\n现将有关事项通知如下。"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.title?.text, "某某省能源监管局某某自治区能源局关于提升并网安全能力的通知")
        XCTAssertEqual(h.issuer?.text, "某某省能源监管局某某自治区能源局")
        XCTAssertEqual(h.issuer?.span.start, 0)
        // A website's name above a one-line title is not taken in.
        let site = TestSupport.notice("某县人民政府门户网站\n某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。").header
        XCTAssertEqual(site.title?.text, "某县人民政府办公室关于做好防汛工作的通知")
    }

    func testAttachmentNoteEndsANoticesOwnBody() {
        let text = """
        某某县人民政府办公室关于做好防汛工作的通知
        各乡镇人民政府：
        现将有关事项通知如下。
        一、落实责任。各乡镇要落实防汛责任。
        二、加强值守。各乡镇要加强值班值守。
        附件：1.防汛情况周报
        2.防汛情况月报
        某某县人民政府办公室
        2024年6月1日
        附件1
        防汛情况周报
        一、本周雨情
        （一）降雨情况
        上周，全县降雨XX毫米，较常年偏多XX%，非计划
        停运XX座。
        """
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.count, 1)
        XCTAssertEqual(n.documents.first?.title.text, "某某县人民政府办公室关于做好防汛工作的通知")
        XCTAssertEqual(n.documents.first?.tasks.map(\.marker), ["一、", "二、"])
        XCTAssertEqual(n.header.signedBy?.names, ["某某县人民政府办公室"])
    }

    // MARK: line joins

    func testSentenceEndingLikeATitleWordStillJoins() {
        XCTAssertEqual(paragraphs("上周，全县降雨XX毫米，较常年偏多XX%，水库非计划\n停运XX座。"), ["上周，全县降雨XX毫米，较常年偏多XX%，水库非计划停运XX座。"])
        XCTAssertEqual(paragraphs("某某县2024年重点工作推进计划\n一、总体要求"), ["某某县2024年重点工作推进计划", "一、总体要求"])
    }

    func testOneCitationAfterAnotherJoins() {
        let text = "为贯彻落实《某某省关于加强电力系统稳定工作的指导意见》（某发改能源〔2023〕1294号）\n《某某局关于提升涉网安全能力的通知》（某能发安全〔2024〕79号）要求，现就有关事项通知如下。"
        XCTAssertEqual(paragraphs(text).count, 1)
    }

    func testNameListWrappedInsideANameJoins() {
        let text = "各市能源局，国家电网某某省电力有限公司，某某发电有限责任公司、某某新能源有限公司，中国国际工程\n咨询有限公司、某某电力设计院有限公司：\n现将有关事项通知如下。"
        XCTAssertEqual(paragraphs(text).first, "各市能源局，国家电网某某省电力有限公司，某某发电有限责任公司、某某新能源有限公司，中国国际工程咨询有限公司、某某电力设计院有限公司：")
        // A cell of names under a line of names that ends whole stays a line of its own.
        XCTAssertEqual(paragraphs("县财政局、县发改局、县自然资源局、县住建局、县交通局\n县农业农村局、县水利局").count, 2)
    }

    func testMinistryDepartmentsEndLikeNames() {
        XCTAssertTrue(OrgRules.looksLikeName("国家能源局电力安全监管司"))
    }

    // MARK: Markdown exports

    let markdownPage = """
    # 某市人民政府关于印发某市设备更新实施方案的通知_某市人民政府门户网站

    **文号**:某府〔2024〕33号
    **发文机构**:某市人民政府
    **来源**:[http://www.example.gov.cn/a.html](http://www.example.gov.cn/a.html)

    -[![](http://www.example.gov.cn/logo.png)](http://www.example.gov.cn/)
    -[政务公开](http://www.example.gov.cn/zwgk.html)
    \\[打印\\]

    | 索 引 号： | 014150827/2024-00091 | 主题分类： | |
    | 发文字号： | 某府〔2024〕33号 | 发布日期： | 2024-05-20 |

    某府〔2024〕33号
    市政府关于印发某市设备更新
    实施方案的通知
    各县级市（区）人民政府，市各委办局：
    现将《某市设备更新实施方案》印发给你们，请认真贯彻执行。
    某市人民政府
    2024年5月18日
    某市设备更新实施方案
    **一、总体要求**
    推动设备更新。
    附件1
    2024年某市设备更新任务清单
    | 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |
    | --- | --- | --- | --- |
    | 一、实施设备更新行动 |
    | 1 | 工业 | 组织实施技术改造项目100个以上。 | 市工信局 |
    | 2 | 能源与<br>环境 | 技术改造煤电机组。 | 市发改委 |
    | 二、实施回收循环利用行动 |
    | 3 | 资源回收 | 投建回收网点45个。 | 市供销总社、城投集团 |
    """

    func testMarkdownExportHeaderAndTaskTable() {
        let n = TestSupport.notice(markdownPage)
        let h = n.header
        XCTAssertEqual(h.title?.text, "市政府关于印发某市设备更新实施方案的通知")
        XCTAssertEqual(h.docNumber?.text, "某府〔2024〕33号")
        XCTAssertEqual(h.recipients?.map(\.name), ["各县级市（区）人民政府", "市各委办局"])
        // The title calls the organ by its level; the signature names it.
        XCTAssertEqual(h.issuer?.text, "某市人民政府")
        XCTAssertEqual(n.documents.map(\.title.text), ["某市设备更新实施方案", "2024年某市设备更新任务清单"])
        let rows = n.documents.last?.tasks ?? []
        XCTAssertEqual(rows.map(\.number), [1, 2, 3])
        XCTAssertEqual(rows.map { $0.units.lead.map(\.name) }, [["市工信局"], ["市发改委"], ["市供销总社", "城投集团"]])
        XCTAssertTrue(rows[1].text.contains("能源与环境"))
    }

    func testMarkdownMarkupIsDroppedAndLinksKeepTheirText() {
        let ps = paragraphs(markdownPage)
        XCTAssertEqual(ps.first, "某市人民政府关于印发某市设备更新实施方案的通知")
        XCTAssertTrue(ps.contains("-政务公开"))
        XCTAssertFalse(ps.contains { $0.contains("打印") }, "[打印], once unescaped, is site furniture")
        XCTAssertFalse(ps.contains { $0.contains("logo") })
        XCTAssertFalse(ps.joined().contains("**"))
        XCTAssertFalse(ps.joined().contains("http"))
        XCTAssertFalse(ps.contains { $0.hasPrefix("文号") || $0.contains("索引号") || $0.contains("014150827") })
        XCTAssertTrue(ps.contains("一、总体要求"))
        // A bracket that is no link stays.
        XCTAssertEqual(paragraphs("国能发电力[2020]40号"), ["国能发电力[2020]40号"])
    }

    func testSealedOnBehalfIsNoSigner() {
        let n = TestSupport.notice("某区联席会议办公室关于做好工作的通知\n各街镇：\n请认真落实。\n某区联席会议办公室\n某区商务委员会（代章）\n2024年4月16日")
        XCTAssertEqual(n.header.signedBy?.names, ["某区联席会议办公室"])
        XCTAssertNil(n.header.issuers)
    }
}
