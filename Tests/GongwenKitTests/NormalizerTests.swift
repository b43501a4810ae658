import XCTest
@testable import GongwenKit

final class NormalizerTests: XCTestCase {
    func normalize(_ text: String) -> (NormalizedText, SourceText) {
        let source = SourceText(name: "t", text: text)
        return (Normalizer.normalize(source), source)
    }

    func paragraphs(_ text: String) -> [String] {
        let (n, _) = normalize(text)
        return n.paragraphs.map { n.string($0) }
    }

    func testPageBreakInsideAWordIsJoined() {
        let text = "对人工投加脱硫脱硝剂的简易设施实施自动化改造，取缔直接向烟道内喷洒脱硫脱硝剂等敷衍式治理工艺，提升工业炉\n\n窑各排污环节环境治理水平。"
        XCTAssertEqual(paragraphs(text), ["对人工投加脱硫脱硝剂的简易设施实施自动化改造，取缔直接向烟道内喷洒脱硫脱硝剂等敷衍式治理工艺，提升工业炉窑各排污环节环境治理水平。"])
    }

    func testBreakInsideABracketIsJoined() {
        XCTAssertEqual(paragraphs("加强管理。（牵\n\n头单位：县水利局）"), ["加强管理。（牵头单位：县水利局）"])
        XCTAssertEqual(paragraphs("《乡宁县水环境质\n量再提升行动计划》已经同意。"), ["《乡宁县水环境质量再提升行动计划》已经同意。"])
    }

    func testBreakInsideAHeadingMarkerIsJoined() {
        XCTAssertEqual(paragraphs("做好工作。\n（\n三）加强监管"), ["做好工作。", "（三）加强监管"])
    }

    /// A heading cut after a verb that wants its object goes on; one that ends with its verb does not.
    func testAHeadingCutAfterABareVerbIsJoined() {
        XCTAssertEqual(paragraphs("1\n.\n加强\n油气供应保障。\n加大勘探开发力度。"), ["1.加强油气供应保障。", "加大勘探开发力度。"])
        XCTAssertEqual(paragraphs("（一）交通结构优化\n推进运输结构调整。"), ["（一）交通结构优化", "推进运输结构调整。"])
    }

    func testStraySpacesAreDropped() {
        XCTAssertEqual(paragraphs("医保基金是“救 命钱”，2023 年（晋政办发〔2022〕95 号）"), ["医保基金是“救命钱”，2023年（晋政办发〔2022〕95号）"])
        XCTAssertEqual(paragraphs("依据 GB/T 9704-2012 执行"), ["依据GB/T 9704-2012执行"])
    }

    func testPageNumbersAreDropped() {
        let (n, _) = normalize("第一段没有结束的很长很长很长很长很长很长很长很长的句子写到这里\n— 3 —\n继续写完。\n-4-\n")
        XCTAssertEqual(n.paragraphs.map { n.string($0) }, ["第一段没有结束的很长很长很长很长很长很长很长很长的句子写到这里继续写完。"])
        XCTAssertEqual(n.dropped.count, 2)
    }

    func testConverterResidueIsCleaned() {
        XCTAssertEqual(paragraphs("强化 $PM_{2.5}$ 和 O_3 协同控制，NO_x 减排。"), ["强化PM2.5和O3协同控制，NOx减排。"])
    }

    func testFullWidthDigitsAndLettersFold() {
        XCTAssertEqual(paragraphs("２０２４年ＶＯＣｓ治理"), ["2024年VOCs治理"])
    }

    func testNoiseLinesAreExcluded() {
        let text = "---\n标题: 某通知\n---\n【法宝引证码】CLI.1\n原文链接：https://example.org\n首页 > 政务公开 > 政策文件\n关于做好工作的通知\n[ 打印 ] [ 关闭 ]\n"
        let (n, _) = normalize(text)
        XCTAssertEqual(n.paragraphs.map { n.string($0) }, ["关于做好工作的通知"])
        XCTAssertEqual(n.excluded.count, 7)
    }

    func testWebsiteMetadataFieldsAreExcludedEvenWhenSpacedOut() {
        let text = "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n文件编号:  长政办发〔2023〕7号 发布机构:  县政府办公室\n分   类 政务公开\n县人民政府办公室关于印发重点工作责任分解的通知\n分类推进垃圾处理，文号统一编排。\n"
        XCTAssertEqual(paragraphs(text), ["县人民政府办公室关于印发重点工作责任分解的通知", "分类推进垃圾处理，文号统一编排。"])
    }

    func testTitleLinesAreNotJoinedToTheBody() {
        XCTAssertEqual(paragraphs("乡宁县2023年空气质量提升行动计划\n\n为深入打好蓝天保卫战，制定本方案。"),
                       ["乡宁县2023年空气质量提升行动计划", "为深入打好蓝天保卫战，制定本方案。"])
    }

    func testOrganLinesAndDatesStayApart() {
        XCTAssertEqual(paragraphs("安徽省推进三地一区建设领导小组改革开放新高地执行小组办公室\n2022年3月23日"),
                       ["安徽省推进三地一区建设领导小组改革开放新高地执行小组办公室", "2022年3月23日"])
    }

    /// A line that is only a 发文字号 is not the end of a long line above it, unless that line stops
    /// on a word, as a sentence citing the number does.
    func testADocNumberLineStandsAlone() {
        XCTAssertEqual(paragraphs("为做好节能降碳工作，推动全省各地各部门认真贯彻落实省政府办公厅\n某政办发〔2024〕39号\n文件精神，制定本方案。").first,
                       "为做好节能降碳工作，推动全省各地各部门认真贯彻落实省政府办公厅某政办发〔2024〕39号")
        XCTAssertEqual(paragraphs("_发布时间：2024-08-06_ _来源：某省人民政府网_ _字号：[大][中][小]_\n某政办发〔2024〕39号"),
                       ["_发布时间：2024-08-06__来源：某省人民政府网__字号：[大][中][小]_", "某政办发〔2024〕39号"])
        // Inside a sentence it is only part of the line: `…根据` / `某政办发〔2024〕39号文件要求…` still joins.
        XCTAssertEqual(paragraphs("为做好节能降碳工作，推动全省各地各部门落实有关部署要求，根据\n某政办发〔2024〕39号文件要求，制定本方案。").count, 1)
    }

    /// A PDF converter breaks the line wherever the font changes between Latin digits and Chinese:
    /// the pieces of a date or a 发文字号 are joined again, a signature stays above its date, and a
    /// table's row number stays a cell of its own.
    func testNumbersBrokenAtAFontChangeAreJoined() {
        XCTAssertEqual(paragraphs("存量新能源项目是指\n2025\n年\n6\n月\n1\n日前投产的新能源项目。"),
                       ["存量新能源项目是指2025年6月1日前投产的新能源项目。"])
        XCTAssertEqual(paragraphs("某省发展和改革委员会\n某省能源局\n20\n23\n年\n10\n月\n19\n日"),
                       ["某省发展和改革委员会", "某省能源局", "2023年10月19日"])
        XCTAssertEqual(paragraphs("某能源规发〔2023〕\n251\n号"), ["某能源规发〔2023〕251号"])
        XCTAssertEqual(paragraphs("主要指标\n3\n年度目标"), ["主要指标", "3", "年度目标"])
        XCTAssertEqual(paragraphs("完成以下任务：\n3\n月度调度"), ["完成以下任务：", "3", "月度调度"])
        // The next row number of a table whose time column comes first (`2` after `1`, or `1` under
        // `序号`) stands alone even above `年内`; a date's `1` / `月` / `2` / `日` is no row run.
        XCTAssertEqual(paragraphs("序号\n时间节点\n工作任务\n1\n年内\n启动调研\n2\n年底前\n完成验收"),
                       ["序号", "时间节点", "工作任务", "1", "年内", "启动调研", "2", "年底前", "完成验收"])
        XCTAssertEqual(paragraphs("存量项目是指\n2025\n年\n1\n月\n2\n日前投产的项目。"), ["存量项目是指2025年1月2日前投产的项目。"])
    }

    /// A square bracket a converter left at the end of a line (`抄送：[`, what remains of a link)
    /// holds no lines together past a sentence's end; an opener at a line's end still joins the next.
    func testASquareBracketEndingALineHoldsNothingOpen() {
        XCTAssertEqual(paragraphs("抄送：[\n区委办公室，区人大常委会办公室。\n某某区人民政府办公室\n2026年4月3日印发"),
                       ["抄送：[区委办公室，区人大常委会办公室。", "某某区人民政府办公室", "2026年4月3日印发"])
        XCTAssertEqual(paragraphs("根据《某某办法》（某政发[\n2024]12号）要求，制定本方案。"), ["根据《某某办法》（某政发[2024]12号）要求，制定本方案。"])
    }

    /// A PDF heading broken at its font runs: after adverbs that want their verb, and before a last
    /// word alone with the full stop. A short sentence under a complete heading stays apart.
    func testAHeadingBrokenBeforeItsLastWord() {
        XCTAssertEqual(paragraphs("2.\n积极安全有序\n发展核电。\n在确保安全的前提下，有序推进核电项目建设。"),
                       ["2.积极安全有序发展核电。", "在确保安全的前提下，有序推进核电项目建设。"])
        XCTAssertEqual(paragraphs("4.\n促进\n新型储能\n发展。\n积极拓展新型储能应用场景。"), ["4.促进新型储能发展。", "积极拓展新型储能应用场景。"])
        XCTAssertEqual(paragraphs("二、保障措施\n加强组织领导。"), ["二、保障措施", "加强组织领导。"])
        // A closing formula under the last item is no heading's last word.
        XCTAssertEqual(paragraphs("一、加强组织领导\n二、强化督促检查\n特此通知。"), ["一、加强组织领导", "二、强化督促检查", "特此通知。"])
    }

    func testEveryNormalizedOffsetMapsBackToTheSameCharacter() {
        let text = "  一、总体 要求\r\n\r\n（牵\n\n头单位：县 发改局）$PM_{2.5}$ ２０２３ 年\n— 2 —\n结束。"
        let (n, source) = normalize(text)
        for i in 0..<n.scalars.count where n.scalars[i] != "\n" {
            let o = n.map.original(i)
            XCTAssertEqual(CharClass.foldWidth(source.scalars[o]), n.scalars[i], "offset \(i)")
        }
    }

    func testTheOffsetMapIsMonotone() {
        let (n, _) = normalize("第一段。\n\n— 2 —\n第二段没有结束的很长很长很长很长很长很长很长很长很长的句子写到\n这里结束。\n第三段。")
        var last = -1
        for i in 0..<n.scalars.count {
            let o = n.map.original(i)
            XCTAssertGreaterThan(o, last, "offset \(i)")
            last = o
        }
    }

    func testARowNumberLineStandsAlone() {
        XCTAssertEqual(paragraphs("屋顶光伏覆盖面积达到50%\n3\n既有车站探索光伏建筑一体化项目拓宽应用场景\n4\n"),
                       ["屋顶光伏覆盖面积达到50%", "3", "既有车站探索光伏建筑一体化项目拓宽应用场景", "4"])
    }

    func testOCRPageMarkersAndMixedBracketWidths() {
        let (n, _) = normalize("国家能源局某监管办公室\n--- 第 1 页 OCR ---\n某监能市场函［2024]44号\n关于印发《某省电力市场秩序突出问题\n专项监管实施方案》的通知\n")
        XCTAssertEqual(n.paragraphs.map { n.string($0) }, ["国家能源局某监管办公室", "某监能市场函［2024]44号", "关于印发《某省电力市场秩序突出问题专项监管实施方案》的通知"])
        XCTAssertEqual(n.dropped.count, 1)
    }

    func testAMarkerSplitFromItsDelimiterAndText() {
        XCTAssertEqual(paragraphs("（一）全力确保能源供应安全。\n1\n.\n加强油气供应保障。\n2\n.\n做好煤炭供应保障。\n"),
                       ["（一）全力确保能源供应安全。", "1.加强油气供应保障。", "2.做好煤炭供应保障。"])
    }
}
