import Foundation
import XCTest
@testable import GongwenKit

/// Inputs that are big or deep where notices are small and flat. Each is extracted; none may
/// crash or take quadratic time (sizes here are kept so the debug suite stays fast; the 100 MB
/// line and the timings are in `scripts/bad-inputs.sh`, on a release build).
final class BadInputSizeTests: XCTestCase {
    /// 10 MB without a line break: one paragraph, read whole, and not taken for a notice.
    func testTenMegabytesOnOneLine() throws {
        let unit = Array("各单位要加强组织领导，落实工作责任，确保各项任务按时完成。".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10 << 20)
        while bytes.count + unit.count <= 10 << 20 { bytes += unit }
        let source = try Decoder.decode(bytes, name: "line.txt")
        let notice = Pipeline.process(source)
        XCTAssertEqual(source.lineStarts.count, 1)
        XCTAssertEqual(notice.diagnostics.map(\.code), ["notice.not-recognised"])
        XCTAssertEqual(notice.source.characters, bytes.count / 3)
    }

    /// A million empty lines between the title and the tasks: tasks found, with their true line numbers.
    func testAMillionEmptyLines() throws {
        let lines = BadInput.notice.components(separatedBy: "\n")
        let text = lines[0..<6].joined(separator: "\n") + String(repeating: "\n", count: 1_000_000) + "\n" + lines[6...].joined(separator: "\n")
        let notice = TestSupport.notice(text)
        XCTAssertEqual(BadInput.headings(notice), BadInput.cleanHeadings)
        XCTAssertEqual(notice.documents.flatMap(\.tasks).first?.span.line, 1_000_008)
    }

    /// 10,000 brackets inside each other, closed; then 10,000 `《` and 10,000 `（` left open.
    func testTenThousandNestedAndUnclosedBrackets() throws {
        let n = 10_000
        let deep = "1.落实" + String(repeating: "（", count: n) + "细则" + String(repeating: "）", count: n) + "。（牵头单位：县财政局）"
        let text = "某某县2024年重点工作实施方案\n一、重点任务\n\(deep)\n2.编制" + String(repeating: "《", count: n) +
            "规划\n3.完善" + String(repeating: "（", count: n) + "制度\n"
        let notice = TestSupport.notice(text)
        let tasks = notice.documents.flatMap(\.tasks)
        XCTAssertEqual(tasks.first?.units.lead.map(\.name), ["县财政局"])
        XCTAssertFalse(notice.diagnostics.filter { $0.code == "bracket.unclosed" }.isEmpty)
        XCTAssertNoThrow(try JSONEmitter.encode(notice))
    }

    /// A plan with 10,000 numbered tasks (100 sections of 100): every one is read, with its unit, and
    /// the unit index holds them all.
    func testTenThousandTasks() throws {
        var text = "某某县2024年重点工作实施方案\n"
        for section in 1...100 {
            text += "\(Self.han(section))、第\(section)部分任务\n"
            for i in 1...100 { text += "\(i).加强第\(section)-\(i)项工作，确保按期完成。（牵头单位：县发展改革局；配合单位：县财政局）\n" }
        }
        let notice = TestSupport.notice(text)
        let tasks = notice.documents.flatMap(\.tasks)
        XCTAssertEqual(tasks.count, 10_000)
        XCTAssertEqual(tasks.last?.heading.text, "加强第100-100项工作，确保按期完成")
        XCTAssertEqual(tasks.last?.path, ["一百、", "100."])
        XCTAssertEqual(Set(tasks.map(\.id)).count, 10_000)
        XCTAssertEqual(notice.units.first { $0.name == "县发展改革局" }?.tasks.lead.count, 10_000)
    }

    /// One task naming 2,000 units and citing 2,000 documents, each then named again: every one is
    /// listed once (the lists are de-duplicated without comparing each name with every other).
    func testOneTaskNamingThousandsOfUnitsAndDocuments() throws {
        let n = 2_000
        let units = (0..<n).map { "县第\($0)局" } + (0..<10).map { "县第\($0)局" }
        let titles = (0..<n).map { "《某某县第\($0)号规划》" } + (0..<10).map { "《某某县第\($0)号规划》" }
        let text = "某某县2024年重点工作实施方案\n一、重点任务\n1.落实" + titles.joined(separator: "、") + "要求。（牵头单位：" + units.joined(separator: "、") + "）\n"
        let notice = TestSupport.notice(text)
        let task = try XCTUnwrap(notice.documents.flatMap(\.tasks).first)
        XCTAssertEqual(task.units.lead.count, n)
        XCTAssertEqual(Set(task.units.lead.map(\.name)).count, n)
        XCTAssertEqual(task.citations.count, n)
        XCTAssertEqual(notice.citations.count, n)
    }

    /// `n` (1…100) in Chinese numerals, as section markers write it.
    static func han(_ n: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        if n == 100 { return "一百" }
        if n < 10 { return String(digits[n]) }
        return (n / 10 == 1 ? "" : String(digits[n / 10])) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
    }
}
