import Foundation
import XCTest
@testable import GongwenKit

/// Text that decodes but is not what a notice looks like: what is there is extracted, and a
/// diagnostic says what is missing.
final class BadInputContentTests: XCTestCase {
    /// Markers with nothing after them number no work: no tasks, one diagnostic per marker.
    func testListMarkersWithNoText() throws {
        let text = "某某县2024年重点工作实施方案\n一、\n二、\n（一）\n1.\n2、\n①\n⑴\n(1)\n"
        let source = SourceText(name: "markers.txt", text: text)
        let notice = Pipeline.process(source)
        XCTAssertEqual(notice.documents.flatMap(\.tasks).count, 0)
        let found = notice.diagnostics.filter { $0.code == "outline.empty-item" }
        XCTAssertEqual(found.map(\.message), ["一、", "二、", "（一）", "1.", "2、", "①", "⑴", "(1)"].map { "编号“\($0)”后面没有文字" })
        XCTAssertEqual(found.compactMap(\.span).map(\.line), Array(2...9))
    }

    /// An empty item among real ones is reported, and the real ones are still tasks.
    func testAnEmptyItemAmongTasks() throws {
        let text = BadInput.notice.replacingOccurrences(of: "二、保障措施\n", with: "二、保障措施\n3、\n")
        let notice = TestSupport.notice(text)
        XCTAssertEqual(BadInput.headings(notice), BadInput.cleanHeadings)
        XCTAssertEqual(notice.diagnostics.filter { $0.code == "outline.empty-item" }.map(\.message), ["编号“3、”后面没有文字"])
    }

    func testProseIsReadAndSaidNotToBeANotice() throws {
        let dir = try Scratch()
        let path = try dir.write("diary.txt", "今天天气很好，我们去公园散步。\n\n公园里有很多人，孩子们在草地上放风筝。\n")
        let r = try GongwenRun.run(["extract", path], in: dir)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.codes, ["notice.not-recognised"])
        let d = (r.json?["diagnostics"] as? [[String: Any]])?.first
        XCTAssertEqual(d?["message"] as? String, "这段文本看起来不是公文：没有找到标题、版头要素或编号条目")
        XCTAssertEqual(d?["notes"] as? [String], ["已读入2段文字，其中没有可提取的任务"])
        XCTAssertEqual(d?["severity"] as? String, "warning")
    }

    func testOtherTextIsSaidNotToBeANotice() {
        for text in ["The quick brown fox jumps over the lazy dog.\n", "name,age\nbob,3\nalice,4\n", "{\"a\": [1, 2, 3]}\n", "<html><body>hi</body></html>\n"] {
            XCTAssertEqual(TestSupport.notice(text).diagnostics.map(\.code), ["notice.not-recognised"], text)
        }
    }

    /// A real notice is never flagged as not one.
    func testANoticeIsRecognised() {
        XCTAssertFalse(TestSupport.notice(BadInput.notice).diagnostics.contains { $0.code == "notice.not-recognised" })
        for url in TestSupport.notices(in: TestSupport.corpus) {
            guard let source = try? Decoder.read(path: url.path) else { continue }
            XCTAssertFalse(Pipeline.process(source).diagnostics.contains { $0.code == "notice.not-recognised" }, url.lastPathComponent)
        }
    }
}
