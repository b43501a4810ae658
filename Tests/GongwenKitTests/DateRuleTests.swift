import XCTest
@testable import GongwenKit

/// deadline.before-notice, date.impossible, date.format, date.garbled.
final class DateRuleTests: XCTestCase {
    typealias T = DiagnosticTestSupport

    func testDeadlineBeforeTheNoticeDate() {
        let text = T.notice(date: "2023年7月25日", body: "1.开展甲工作，3月底前完成。（牵头单位：县发改局）\n2.开展乙工作，2023年9月底前完成。（牵头单位：县财政局）")
        let (d, source) = T.found(.deadlineBeforeNotice, text)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(T.text(d.first?.span, source), "3月底前")
        XCTAssertEqual(d.first?.labels.map { T.text($0.span, source) }, ["2023年7月25日"])
        XCTAssertTrue(d.first?.message.contains("（2023-03-31）早于本文的成文日期（2023-07-25）") ?? false, d.first?.message ?? "")
        XCTAssertEqual(d.first?.notes, ["原文时限未写年份，按文件年份2023年推算"])
    }

    func testNoDateNoComparison() {
        let text = plan("1.开展甲工作，2020年3月底前完成。（牵头单位：县发改局）")
        XCTAssertEqual(T.diagnostics(.deadlineBeforeNotice, text), [])
    }

    func testImpossibleDates() {
        let text = T.notice(body: "1.开展甲工作，10月31日前完成。（牵头单位：县发改局）\n2.开展乙工作，11月31日前完成。（牵头单位：县财政局）\n3.自2023年13月1日起施行新规定。（牵头单位：县水利局）\n4.2024年2月29日前完成丁工作。（牵头单位：县水利局）")
        let (d, source) = T.found(.dateImpossible, text)
        XCTAssertEqual(d.map { T.text($0.span, source) }, ["11月31日前完成", "2023年13月1日"])
        XCTAssertEqual(d.map(\.severity), [.error, .error])
        XCTAssertTrue(d[0].message.contains("2023年11月只有30天"), d[0].message)
        XCTAssertTrue(d[1].message.contains("没有13月"), d[1].message)
    }

    func testImpossibleYearIsLeftToTheExtractor() {
        let text = plan("1.0403年底前完成甲工作。（牵头单位：县发改局）")
        let all = Pipeline.process(SourceText(name: "t", text: text)).diagnostics
        XCTAssertEqual(all.map(\.code), ["date.impossible-year"])
    }

    func testAGarbledSigningDateKeepsTheSignatureAndIsReported() {
        for (written, missing) in [("2022121日", "缺少“年”“月”"), ("2022年121日", "缺少“月”")] {
            let text = T.notice(date: written, body: "1.开展甲工作。（牵头单位：县发改局）")
            let (d, source) = T.found(.dateGarbled, text)
            XCTAssertEqual(d.map { T.text($0.span, source) }, [written])
            XCTAssertTrue(d.first?.message.contains(missing) ?? false, d.first?.message ?? "")
            let h = Pipeline.process(source).header
            XCTAssertEqual(h.signedBy?.names, ["某某县人民政府办公室"])
            XCTAssertNil(h.date)
        }
        XCTAssertEqual(T.diagnostics(.dateGarbled, T.notice(body: "1.开展甲工作。（牵头单位：县发改局）")), [])
    }

    func testSigningDateAgainstTheStandard() {
        for (written, expected) in [("二〇二三年七月二十五日", "2023年7月25日"), ("2023年07月05日", "2023年7月5日"), ("2023年7月5号", "2023年7月5日")] {
            let (d, source) = T.found(.dateFormat, T.notice(date: written, body: "1.开展甲工作。（牵头单位：县发改局）"))
            XCTAssertEqual(d.count, 1, written)
            XCTAssertEqual(T.text(d.first?.span, source), written)
            XCTAssertTrue(d.first?.message.contains("应写作“\(expected)”") ?? false, d.first?.message ?? "")
        }
        XCTAssertEqual(T.diagnostics(.dateFormat, T.notice(date: "2023年7月25日", body: "1.开展甲工作。")), [])
    }

    func testDottedDatesUnderASignatureOrBeforePrinted() {
        let signed = T.notice(date: "2023.7.25", body: "1.开展甲工作。（牵头单位：县发改局）")
        let (d, source) = T.found(.dateFormat, signed)
        XCTAssertEqual(d.map { T.text($0.span, source) }, ["2023.7.25"])
        XCTAssertTrue(d.first?.message.hasPrefix("成文日期“2023.7.25”应写作“2023年7月25日”") ?? false, d.first?.message ?? "")
        let printed = T.notice(body: "1.开展甲工作。（牵头单位：县发改局）") + "\n抄送：县委办。\n某某县人民政府办公室　2023-7-26印发\n"
        XCTAssertEqual(T.diagnostics(.dateFormat, printed).map(\.message.first), ["印"])
        let zero = T.diagnostics(.dateFormat, T.notice(date: "2023.07.05", body: "1.开展甲工作。"))
        XCTAssertTrue(zero.first?.message.hasSuffix("年、月、日之间不用“.”分隔；月、日不编虚位") ?? false, zero.first?.message ?? "")
    }

    func testDatesBeforeTheStandardAndTableCellsAreLeftAlone() {
        XCTAssertEqual(T.diagnostics(.dateFormat, T.notice(date: "二〇一一年三月五日", body: "1.开展甲工作。")), [])
        let table = plan("序号\n任务\n时间节点\n1\n开展甲工作\n2023.7.25")
        XCTAssertEqual(T.diagnostics(.dateFormat, table), [])
    }
}
