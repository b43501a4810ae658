import Foundation
import XCTest
@testable import GongwenKit

/// The CSV ledger: RFC 4180 quoting, BOM, CRLF, columns and cells, by-unit order.
final class CSVEmitterTests: XCTestCase {
    let text = plan("""
    1.推进"三线一单"落地，做好A,B两类排查。2024年6月底前完成摸底，10月底前全面完成。（牵头单位：县发改局；配合单位：县财政局、县工信局）

    2.开展督查。每季度开展一次。（责任单位：县财政局）
    """)

    func testFieldsAreQuotedOnlyWhenRFC4180RequiresIt() {
        XCTAssertEqual(CSVEmitter.field("县发改局"), "县发改局")
        XCTAssertEqual(CSVEmitter.field("县发改局，县财政局"), "县发改局，县财政局", "a full-width comma is text")
        XCTAssertEqual(CSVEmitter.field("A,B"), "\"A,B\"")
        XCTAssertEqual(CSVEmitter.field("推进\"三线一单\""), "\"推进\"\"三线一单\"\"\"")
        XCTAssertEqual(CSVEmitter.field("甲\n乙"), "\"甲\n乙\"")
        XCTAssertEqual(CSVEmitter.field("甲\r\n乙"), "\"甲\r\n乙\"")
        XCTAssertEqual(CSVEmitter.field("甲\r乙"), "\"甲\r乙\"")
        XCTAssertEqual(CSVEmitter.field(""), "")
        XCTAssertEqual(CSVEmitter.field(" 空格 "), " 空格 ", "spaces are kept and need no quotes")
        // Text that starts like a formula is shown as text, not evaluated.
        XCTAssertEqual(CSVEmitter.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(CSVEmitter.field("-微信公众号"), "'-微信公众号")
        XCTAssertEqual(CSVEmitter.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVEmitter.field("2023-09-30"), "2023-09-30")
    }

    func testBOMThenCRLFAfterEveryRecord() {
        let data = CSVEmitter.table(["a", "b"], [["1", "x\ny"], ["2", ""]])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "a,b\r\n1,\"x\ny\"\r\n2,\r\n")
    }

    func testEveryFieldRoundTripsThroughAnRFC4180Reader() {
        let nasty = ["", "plain", "a,b", "\"", "\"\"", "x\"y\"z", "line\nbreak", "cr\rlf\r\n", ",\"\n", "中文，逗号", "tab\there"]
        let rows = [nasty, nasty.reversed()]
        let data = CSVEmitter.table(["h"] + Array(repeating: "h", count: nasty.count - 1), rows)
        let parsed = RFC4180.parse(String(decoding: data.dropFirst(3), as: UTF8.self))
        XCTAssertEqual(parsed.count, 3)
        XCTAssertEqual(Array(parsed.dropFirst()), rows)
    }

    func testOneRowPerTaskWithTheLedgerColumns() throws {
        let notice = TestSupport.notice(text)
        let rows = RFC4180.parse(String(decoding: CSVEmitter.tasks(notice).dropFirst(3), as: UTF8.self))
        XCTAssertEqual(rows.first, CSVEmitter.taskColumns)
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows.allSatisfy { $0.count == 10 })
        let r = rows[1]
        XCTAssertEqual(r[0], "某某县2024年重点工作实施方案")
        XCTAssertEqual(r[1], "一、/1.")
        XCTAssertEqual(r[2], "推进\"三线一单\"落地，做好A,B两类排查")
        XCTAssertEqual(r[3], "县发改局")
        XCTAssertEqual(r[4], "县财政局、县工信局")
        XCTAssertEqual(r[5], "")
        XCTAssertEqual(r[6], "2024-06-30（2024年6月底前）；2024-10-31（10月底前）")
        XCTAssertEqual(r[9], "5")
        XCTAssertEqual(rows[2][5], "县财政局")
        XCTAssertEqual(rows[2][8], "每季度")
        let raw = String(decoding: CSVEmitter.tasks(notice), as: UTF8.self)
        XCTAssertTrue(raw.contains("\"推进\"\"三线一单\"\"落地，做好A,B两类排查\""), raw)
    }

    func testByUnitIsSortedByUnitThenRoleThenTask() {
        let notice = TestSupport.notice(text)
        let rows = RFC4180.parse(String(decoding: CSVEmitter.byUnit(notice).dropFirst(3), as: UTF8.self))
        XCTAssertEqual(rows.first, CSVEmitter.unitColumns)
        XCTAssertEqual(rows.dropFirst().map { [$0[0], $0[1], $0[3]] }, [
            ["县发改局", "牵头", "一、/1."],
            ["县工信局", "配合", "一、/1."],
            ["县财政局", "配合", "一、/1."],
            ["县财政局", "责任", "一、/2."],
        ])
    }

    func testANoticeWithoutTasksGivesTheHeaderRowOnly() {
        let notice = TestSupport.notice("关于召开会议的通知\n各单位：\n定于下周召开会议。\n")
        XCTAssertEqual(String(decoding: CSVEmitter.tasks(notice), as: UTF8.self), "\u{FEFF}" + CSVEmitter.taskColumns.joined(separator: ",") + "\r\n")
    }
}

/// A strict RFC 4180 reader for the tests (records end with CRLF; quoted fields may hold anything).
enum RFC4180 {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var quoted = false, wasQuoted = false
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < s.count, s[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true; wasQuoted = true
            } else if c == "," {
                row.append(String(field)); field = .init(); wasQuoted = false
            } else if c == "\r", i + 1 < s.count, s[i + 1] == "\n" {
                row.append(String(field)); rows.append(row); row = []; field = .init(); wasQuoted = false; i += 1
            } else {
                field.append(c)
            }
            i += 1
        }
        if !row.isEmpty || !field.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }
}
