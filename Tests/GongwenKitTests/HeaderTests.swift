import XCTest
@testable import GongwenKit

final class HeaderTests: XCTestCase {
    let notice = """
    000123
    秘密★1年
    特急
    某某县人民政府办公室文件
    某政办发〔2024〕12号　　签发人：张三
    某某县人民政府办公室关于印发《某某县2024年重点工作实施方案》的通知
    各乡镇人民政府，县直有关部门：
    《某某县2024年重点工作实施方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。
    某某县人民政府办公室
    2024年3月5日
    （此件公开发布）
    某某县2024年重点工作实施方案
    一、重点任务
    1.开展工作。（牵头单位：县发改局）
    抄送：县委办，县人大办。
    某某县人民政府办公室　　2024年3月6日印发
    """

    func testEveryElement() {
        let h = TestSupport.notice(notice).header
        XCTAssertEqual(h.copyNumber?.text, "000123")
        XCTAssertEqual(h.secrecy?.text, "秘密★1年")
        XCTAssertEqual(h.urgency?.text, "特急")
        XCTAssertEqual(h.issuerMark?.text, "某某县人民政府办公室文件")
        XCTAssertEqual(h.issuer?.text, "某某县人民政府办公室")
        XCTAssertEqual(h.docNumber?.text, "某政办发〔2024〕12号")
        XCTAssertEqual(h.signatory?.names, ["张三"])
        XCTAssertEqual(h.title?.text, "某某县人民政府办公室关于印发《某某县2024年重点工作实施方案》的通知")
        XCTAssertEqual(h.recipients?.map(\.name), ["各乡镇人民政府", "县直有关部门"])
        XCTAssertEqual(h.signedBy?.names, ["某某县人民政府办公室"])
        XCTAssertEqual(h.date, "2024-03-05")
        XCTAssertEqual(h.disclosure?.text, "此件公开发布")
        XCTAssertEqual(h.cc?.map(\.name), ["县委办", "县人大办"])
        XCTAssertEqual(h.printedBy?.text, "某某县人民政府办公室")
        XCTAssertEqual(h.printDate, "2024-03-06")
    }

    func testTheIssuedPlanIsTheOnlyDocument() {
        let n = TestSupport.notice(notice)
        XCTAssertEqual(n.documents.map(\.title.text), ["某某县2024年重点工作实施方案"])
        XCTAssertEqual(n.documents[0].tasks.count, 1)
    }

    func testJointIssuersRunTogether() {
        let text = "关于印发《某区节能方案》的通知\n各有关单位：\n现将方案印发给你们。\n某区发展和改革委员会某区建设和管理委员会\n某区教育局\n2025年2月24日\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.signedBy?.names, ["某区发展和改革委员会", "某区建设和管理委员会", "某区教育局"])
        XCTAssertEqual(h.issuers?.count, 3)
    }

    func testRecipientCollectivesStayWhole() {
        let text = "关于加强监管的实施意见\n（国办发〔2023〕17号）\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加强监管，提出如下意见。\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.recipients?.map(\.name), ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"])
        XCTAssertEqual(h.docNumber?.serial, 17)
    }

    func testAttachmentLabelOnTheTitleLine() {
        let text = "某市人民政府办公室关于印发某市重点任务分工方案的通知\n各区人民政府：\n现印发给你们。\n某市人民政府办公室\n2024年3月12日\n附件1：某市2024年重点任务分工方案\n一、提升效能\n1.推行一件事。（市政务服务局负责）\n"
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["某市2024年重点任务分工方案"])
        XCTAssertEqual(n.documents.first?.year, 2024)
    }

    func testAResponsibilityBreakdownAfterTheSignatureIsADocument() {
        let text = "某县人民政府办公室关于印发2023年重点工作责任分解的通知\n各乡镇人民政府：\n现印发给你们。\n某县人民政府办公室\n2023年2月24日\n2023年政府工作报告重点工作责任分解\n一、县长牵头重点工作\n1.全力防范化解风险隐患。\n责任单位：县财政局。\n"
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["2023年政府工作报告重点工作责任分解"])
        XCTAssertEqual(n.documents.first?.tasks.first?.units.responsible.map(\.name), ["县财政局"])
    }

    func testAnAttachmentOfNumberedItemsThatAssignUnitsIsADocument() {
        let text = "某市人民政府办公室关于印发某市考评办法的通知\n各旗县区人民政府：\n现印发给你们。\n某市人民政府办公室\n2022年4月14日\n附件\n某市数字政府建设考评指标\n一、政务服务\n1.全部开通全程网办。（6月底完成，牵头考核单位：市政务服务局）\n2.升级热线平台。（持续推进，牵头考核单位：市政务服务局）\n"
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.map(\.title.text), ["某市数字政府建设考评指标"])
        XCTAssertEqual(n.documents.first?.tasks.first?.deadlines.map(\.date), ["2022-06-30"])
    }

    func testAWebCopyFromTheRecipientsOnHasNoTitleButASignature() {
        let text = "各市(州)人民政府、省级有关部门(单位):\n经省政府同意,现将《某省流通体系建设实施方案》印发给你们。\n某省发展和改革委员会\n2022年10月18日\n某省流通体系建设实施方案\n一、深化改革\n(一)加强市场体系建设。〔责任单位:省市场监管局〕\n"
        let n = TestSupport.notice(text)
        XCTAssertNil(n.header.title)
        XCTAssertEqual(n.header.recipients?.count, 2)
        XCTAssertEqual(n.header.signedBy?.names, ["某省发展和改革委员会"])
        XCTAssertEqual(n.header.date, "2022-10-18")
        XCTAssertEqual(n.documents.map(\.title.text), ["某省流通体系建设实施方案"])
    }

    func testRecipientsBelowARepeatedTitleLine() {
        let text = "某区人民政府文件\n某立政发〔2023〕2号\n某区人民政府关于印发《某区重点工作任务分工方案》的通知\n某立政发〔2023〕2号某区人民政府关于印发某区重点工作任务分工方案的通知\n某经济开发区,各街道办事处,各区直部门:\n现印发给你们。\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.recipients?.map(\.name), ["某经济开发区", "各街道办事处", "各区直部门"])
    }

    func testTheTitleBelowABreadcrumbCutOneItemPerLine() {
        let text = "【关于做好合同签订工作的通知(某发〔2020〕84号)】-某委员会\n首页\n>\n政务公开\n>\n政策\n>\n通知\n关于做好合同签订工作的通知(某发〔2020〕84号)\n发布时间：2020/12/02\n运行局\n[ 打印 ]\n国家发展改革委 国家能源局关于做好\n2021年电力中长期合同签订工作的通知\n某发〔2020〕84号\n各省发展改革委，各电力企业：\n为做好工作，现通知如下。\n一、抓紧签订合同\n国家发展改革委\n国 家 能 源 局\n2020年11月25日\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.title?.text, "国家发展改革委国家能源局关于做好2021年电力中长期合同签订工作的通知")
        XCTAssertEqual(h.docNumber?.text, "某发〔2020〕84号")
        XCTAssertEqual(h.recipients?.count, 2)
        XCTAssertEqual(h.issuers?.count, 2)
        XCTAssertNil(h.issuer, "a run of the joint issuers' names is not one issuer")
    }

    func testJointSignatureAndDateOnOneLine() {
        let text = "关于加快推进门诊费用跨省直接结算工作的通知\n各省医保局、财政厅：\n现就有关工作通知如下。\n一、加快推进\n（一）扩大联网定点医药机构范围。\n国家医保局 财政部 2021年4月12日\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.issuers?.map(\.name), ["国家医保局", "财政部"])
        XCTAssertEqual(h.date, "2021-04-12")
    }

    func testATitlesPeriodOnTheLineBelowIsPartOfIt() {
        let text = "某区人民政府办公室关于转发区消防支队《某区消防救援发展三年行动计划（2019—2021）》的通知\n各街道办事处：\n现转发给你们。\n某区人民政府办公室\n2019年3月5日\n某区消防救援发展三年行动计划\n（2019—2021）\n一、重点任务\n1.建设消防站。（区消防支队负责）\n"
        XCTAssertEqual(TestSupport.notice(text).documents.map(\.title.text), ["某区消防救援发展三年行动计划（2019—2021）"])
        let trial = "某县农村供水管理办法\n（试行）\n一、总则\n1.规范供水管理。（县水利局负责）\n"
        XCTAssertEqual(TestSupport.notice(trial).documents.map(\.title.text), ["某县农村供水管理办法（试行）"])
        // A stand-alone plan so titled keeps its own body beside an attached task table.
        let withTable = "某县农村供水工作方案\n（试行）\n一、重点任务\n1.规范供水管理。（县水利局负责）\n附件\n某县农村供水任务清单\n序号\n工作任务\n责任单位\n完成时限\n1\n排查供水设施。\n县水利局\n2025年6月底前\n"
        XCTAssertEqual(TestSupport.notice(withTable).documents.map(\.title.text), ["某县农村供水工作方案（试行）", "某县农村供水任务清单"])
    }

    func testAMemberListAttachmentIsNotADocumentNorPartOfOne() {
        let text = "某县2024年重点工作实施方案\n一、重点任务\n1.开展工作。（县发改局负责）\n附件\n某县重点工作领导小组成员名单\n1.张三 县长\n2.李四 副县长\n"
        let n = TestSupport.notice(text)
        XCTAssertEqual(n.documents.count, 1)
        XCTAssertEqual(n.documents[0].tasks.count, 1)
    }

    func testHeadingWithoutAFullStopLeavesTheAssignmentOut() {
        let t = TestSupport.tasks(plan("1.加快推进平台建设（牵头单位：县发改局）"))
        XCTAssertEqual(t.first?.heading.text, "加快推进平台建设")
        XCTAssertEqual(t.first?.units.lead.map(\.name), ["县发改局"])
    }

    func testLetterFormatMarkIsTheOrgansName() {
        let text = "某县人民政府\n某政函〔2024〕27号\n某县人民政府关于商请支持公路项目建设用地保障的函\n某市自然资源和规划局：\n恳请贵局给予支持。\n某县人民政府\n2024年6月12日\n（联系人：县自然资源局　陈晓东；电话：0796-5123456）\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.issuerMark?.text, "某县人民政府")
        XCTAssertEqual(h.issuer?.text, "某县人民政府")
        XCTAssertEqual(h.docNumber?.text, "某政函〔2024〕27号")
        XCTAssertEqual(h.title?.text, "某县人民政府关于商请支持公路项目建设用地保障的函")
        XCTAssertEqual(h.disclosure?.text, "联系人：县自然资源局 陈晓东；电话：0796-5123456")
    }

    func testMinutesMarkAndOrganLineAboveTitle() {
        let minutes = TestSupport.notice("某县人民政府常务会议纪要\n某政纪〔2024〕5号\n某县人民政府2024年第5次常务会议纪要\n会议研究了有关事项。\n").header
        XCTAssertEqual(minutes.issuerMark?.text, "某县人民政府常务会议纪要")
        XCTAssertNil(minutes.issuer)
        XCTAssertEqual(minutes.title?.text, "某县人民政府2024年第5次常务会议纪要")
        let decision = TestSupport.notice("某县人民政府文件\n某政发〔2024〕3号\n某县人民政府\n关于表彰先进集体的决定\n各乡镇人民政府：\n现予表彰。\n").header
        XCTAssertEqual(decision.title?.text, "某县人民政府关于表彰先进集体的决定")
    }

    func testJointSignatureOnOneLineWithWideSpaces() {
        let h = TestSupport.notice("关于联合开展专项整治的通知\n各有关单位：\n现将有关事项通知如下。\n国家发展改革委　　财政部　　生态环境部\n2024年5月6日\n").header
        XCTAssertEqual(h.signedBy?.names, ["国家发展改革委", "财政部", "生态环境部"])
    }

    func testFurnitureAboveTheTitleIsSkipped() {
        let h = TestSupport.notice("某某县政府门户网站\n当前栏目 政策解读\n某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n").header
        XCTAssertEqual(h.title?.text, "某县人民政府办公室关于做好防汛工作的通知")
        XCTAssertEqual(h.recipients?.map(\.name), ["各乡镇人民政府"])
    }

    func testJointTitleOverSeveralOrganLines() {
        let h = TestSupport.notice("澄州市教育局文件\n澄教发〔2024〕23号\n澄州市教育局　澄州市公安局\n澄州市卫生健康委员会关于印发《澄州市校园食品安全行动方案》的通知\n各县教育局：\n现印发给你们。\n").header
        XCTAssertEqual(h.title?.text, "澄州市教育局 澄州市公安局澄州市卫生健康委员会关于印发《澄州市校园食品安全行动方案》的通知")
    }

    /// Organs stacked one per line above the `关于` line, more than a title's lines hold, are the
    /// joint issuers' stack: the title starts at `关于`.
    func testAStackOfOrgansAboveTheTitleIsNotPartOfIt() {
        let text = "某市经济和信息化委员会\n某市财政局\n某市地方金融管理局\n某市商务委员会\n关于印发《某市支持新能源商用车发展政策措施》的通知\n某经信规范〔2025〕13号\n各有关单位：\n现印发给你们。\n"
        XCTAssertEqual(TestSupport.notice(text).header.title?.text, "关于印发《某市支持新能源商用车发展政策措施》的通知")
    }

    /// One organ line above an organ's `关于` line is a title's first lines, not a stack.
    func testOneOrganLineAboveATwoLineTitleIsNoStack() {
        let text = "某某市人民政府\n某某市人民政府办公室\n关于印发某某市安全生产专项整治方案的通知\n某政办发〔2024〕3号\n各区县人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2024年3月1日\n"
        XCTAssertEqual(TestSupport.notice(text).header.title?.text, "某某市人民政府办公室关于印发某某市安全生产专项整治方案的通知")
    }

    func testTwoSignatoriesOneOfThemPadded() {
        let h = TestSupport.notice("某县农业农村局文件\n某农发〔2025〕22号　　签发人：陈立新　周　敏\n某县农业农村局关于项目推进情况的报告\n某市农业农村局：\n现将有关情况报告如下。\n").header
        XCTAssertEqual(h.signatory?.names, ["陈立新", "周敏"])
    }

    func testRecipientsBelowAPostingTimeAndFontButtons() {
        let text = "某区人民政府办公室关于做好春耕工作的通知\n2023-01-05 10:00 某区人民政府办公室\n字体：\n[大]\n[中]\n[小]\n各街道办事处，区政府各部门：\n现将有关事项通知如下。\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.title?.text, "某区人民政府办公室关于做好春耕工作的通知")
        XCTAssertEqual(h.recipients?.map(\.name), ["各街道办事处", "区政府各部门"])
    }

    func testTheTitleTheRecipientsFollowPastFontButtons() {
        let text = "某省能源局-某省发展改革委关于印发某方案的通知\n返回主站\n您所在的位置：\n通知公告\n某省能源局关于印发某省能源发展实施方案的通知\n[大]\n[中]\n[小]\n各地级以上市发展改革局，有关能源企业：\n现印发给你们，请抓好落实。\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.title?.text, "某省能源局关于印发某省能源发展实施方案的通知")
        XCTAssertEqual(h.recipients?.count, 2)
    }

    /// A web copy's posting line under the title does not pull the 发文字号 line below it into one
    /// paragraph: a line that is only a 发文字号 stands alone.
    func testTheNumberBelowAWebPagesPostingLine() {
        let text = "某省人民政府办公厅关于印发《某省节能降碳工作方案》的通知\n\n_发布时间：2024-08-06_ _来源：某省人民政府网_ _字号：[大][中][小]_\n\n某政办发〔2024〕39号\n\n各市人民政府，省政府各部门：\n\n《某省节能降碳工作方案》已经省政府同意，现印发给你们。\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.docNumber?.text, "某政办发〔2024〕39号")
        XCTAssertEqual(h.recipients?.map(\.name), ["各市人民政府", "省政府各部门"])
    }

    /// A bracket a converter left open after `抄送：` ran the 抄送 line into the 印发 line below: the
    /// 印发机关 is what follows the last name, and the 抄送机关 are still read.
    func testACCLineRunIntoThePrintedLine() {
        let text = notice.replacingOccurrences(of: "抄送：县委办，县人大办。\n某某县人民政府办公室　　2024年3月6日印发",
                                               with: "抄送：[\n县委办，县人大办。\n某某县人民政府办公室\n2024年3月6日印发")
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.cc?.map(\.name), ["县委办", "县人大办"])
        XCTAssertEqual(h.printedBy?.text, "某某县人民政府办公室")
        XCTAssertEqual(h.printDate, "2024-03-06")
    }

    /// A web page's title names the organ without the place above it (`区人民政府办公室关于…`); the
    /// signature names it in full, and that is the issuer.
    func testTheSignatureNamesTheIssuerInFull() {
        let text = "区人民政府办公室关于做好春节期间安全生产工作的通知\n各街道办事处，区政府各部门：\n现将有关事项通知如下。\n一、加强隐患排查。（区应急局负责）\n某某区人民政府办公室\n2024年1月20日\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.issuer?.text, "某某区人民政府办公室")
        XCTAssertEqual(h.title?.text, "区人民政府办公室关于做好春节期间安全生产工作的通知")
    }

    func testRecipientsUnderAMetadataBlockWithTheNumberAbove() {
        let text = "某市设备更新行动方案\n政策原文\n-索引号：\nK2804/2025-1\n-发文机构：\n某市人民政府\n-有效性：有效\n某政发〔2024〕14号\n各区人民政府，市政府各委、办、局：\n现将《某市设备更新行动方案》印发给你们，请认真贯彻执行。\n"
        let h = TestSupport.notice(text).header
        XCTAssertEqual(h.recipients?.map(\.name), ["各区人民政府", "市政府各委、办、局"])
        XCTAssertEqual(h.docNumber?.text, "某政发〔2024〕14号")
    }

    func testNoRecipientsFromALabelWithAShortValueUnderIt() {
        let text = "某市设备更新行动方案\n-发文机构：\n某市人民政府\n一、总体要求\n（一）加快更新。（牵头单位：市发展改革委）\n"
        XCTAssertNil(TestSupport.notice(text).header.recipients)
    }

    func testTwoOrgansBeforeGuanyuAreTheIssuers() {
        let h = TestSupport.notice("山西省发展和改革委员会 山西省能源局关于印发《山西省煤炭行业碳达峰实施方案》的通知\n省直各有关单位：\n现印发给你们。\n").header
        XCTAssertEqual(h.issuers?.map(\.name), ["山西省发展和改革委员会", "山西省能源局"])
        XCTAssertNil(h.issuer)
        // One organ whose name holds another's (the province's state assets commission) is one issuer.
        let one = TestSupport.notice("某省人民政府国有资产监督管理委员会关于做好年度考核工作的通知\n各省属企业：\n现通知如下。\n").header
        XCTAssertEqual(one.issuer?.text, "某省人民政府国有资产监督管理委员会")
        XCTAssertNil(one.issuers)
    }
}
