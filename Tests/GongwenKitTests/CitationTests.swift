import XCTest
@testable import GongwenKit

final class CitationTests: XCTestCase {
    func citations(_ text: String) -> [Citation] { TestSupport.notice(plan(text)).citations }

    func testDocNumberAfterTheTitle() {
        let c = citations("1.开展工作。根据《山西省空气质量再提升2022-2023年行动计划》（晋政办发〔2022〕95号）执行。")
        XCTAssertEqual(c.map(\.title), ["山西省空气质量再提升2022-2023年行动计划"])
        XCTAssertEqual(c.first?.docNumber?.text, "晋政办发〔2022〕95号")
        XCTAssertEqual(c.first?.docNumber?.agency, "晋政办发")
        XCTAssertEqual(c.first?.docNumber?.year, 2022)
        XCTAssertEqual(c.first?.docNumber?.serial, 95)
    }

    func testADocNumberWithParenthesesInsideTheBracket() {
        let c = citations("1.开展工作。根据《关于推进城镇污水处理厂新一轮招标工作的通知》（苏建函城(2023)575号）执行。")
        XCTAssertEqual(c.first?.docNumber?.text, "苏建函城(2023)575号")
    }

    func testANumberAfterTheDocumentTypeTheQuotesLeftOut() {
        let c = citations("1.开展工作。本意见施行后，原《某区建筑垃圾管理工作的意见（试行）》的通知（某建整办〔2024〕1号）同时废止。按照《城市停车设施技术标准》（DB22T 5132-2022）配建。")
        XCTAssertEqual(c.first?.docNumber?.text, "某建整办〔2024〕1号")
        XCTAssertEqual(c.last?.standard?.text, "DB22T 5132-2022")
        // The number of a notice that issues the quoted document is the notice's.
        let issued = citations("1.开展工作。按照国务院关于印发《空气质量持续改善行动计划》的通知（国发〔2023〕24号）要求推进。")
        XCTAssertNil(issued.first?.docNumber)
    }

    func testStandardCodesInsideAndAfter() {
        let c = citations("1.开展工作。满足《吸附法工业有机废气治理工程技术规范》(HJ2026)和《工业企业土壤和地下水自行监测技术指南（试行）（HJ1209—2021）》，按《党政机关公文格式》(GB/T 9704-2012)排版。")
        XCTAssertEqual(c.map(\.title), ["吸附法工业有机废气治理工程技术规范", "工业企业土壤和地下水自行监测技术指南（试行）", "党政机关公文格式"])
        XCTAssertEqual(c.map { $0.standard?.text }, ["HJ2026", "HJ1209—2021", "GB/T 9704-2012"])
    }

    func testOneEntryPerTitleWithEveryOccurrence() {
        let c = citations("1.开展工作。依据《中华人民共和国土壤污染防治法》，落实《中华人民共和国土壤污染防治法》。")
        XCTAssertEqual(c.count, 1)
        XCTAssertEqual(c.first?.spans.count, 2)
    }

    func testNestedTitlesAndAliases() {
        let c = citations("1.开展工作。印发《关于贯彻〈上海市生活垃圾管理条例〉的实施方案》。贯彻《上海市生活垃圾管理条例》（以下简称《条例》），落实《条例》要求。")
        XCTAssertEqual(c.map(\.title), ["关于贯彻〈上海市生活垃圾管理条例〉的实施方案", "上海市生活垃圾管理条例"])
        XCTAssertEqual(c.last?.spans.count, 2)
        XCTAssertEqual(c.last?.aliases.map(\.text), ["条例", "条例"])
    }
}
