import Foundation
import XCTest
@testable import GongwenKit

/// The review page: escaping, one mark per value, the text intact, diagnostics linked, nothing fetched.
final class HTMLEmitterTests: XCTestCase {
    let text = plan("""
    1.清理<script>alert("x")</script>类网页 & 'AT&T' 标签。2024年6月底前完成。（牵头单位：县发改局；配合单位：县财政局）

    2.落实《某某县<环保>条例》要求，\u{0C}每季度开展一次。（责任单位：县财政局）
    """)

    /// A notice with a full header (份号 … 印发日期).
    static let headed = """
    000123
    特急
    某某县人民政府办公室文件
    某政办发〔2024〕12号
    某某县人民政府办公室关于印发《某某县2024年重点工作实施方案》的通知
    各乡镇人民政府，县直有关部门：
    《某某县2024年重点工作实施方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。
    某某县人民政府办公室
    2024年3月5日
    某某县2024年重点工作实施方案
    一、重点任务
    1.开展工作。（牵头单位：县发改局）
    抄送：县委办，县人大办。
    某某县人民政府办公室　　2024年3月6日印发
    """

    func page(_ notice: Notice, _ source: SourceText) -> String { String(decoding: HTMLEmitter.page(notice, source: source), as: UTF8.self) }

    func testTextAndAttributesAreEscaped() {
        var w = HTMLWriter()
        w.text("<a href=\"x\">&'</a>")
        w.attr("title", "\"><script>")
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt; title=\"&quot;&gt;&lt;script&gt;\"")
    }

    func testControlsBecomeVisibleOneForOne() {
        var w = HTMLWriter()
        for c in "a\u{0C}b\u{01}\u{7F}\u{FFFF}\t\r\n中😀".unicodeScalars { w.scalar(c) }
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "a\u{240C}b\u{2401}\u{2421}\u{FFFD}\t\r\n中😀")
    }

    func testTheNoticeTextCannotInjectMarkup() {
        let source = SourceText(name: "<x>.txt", text: text)
        let html = page(Pipeline.process(source), source)
        XCTAssertFalse(html.contains("<script>alert"), "raw script from the notice")
        XCTAssertFalse(html.contains("<环保>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        XCTAssertEqual(html.components(separatedBy: "<script>").count, 2, "only the page's own script")
    }

    func testThePaneShowsTheOriginalTextExactly() {
        let source = SourceText(name: "t.txt", text: "\r\n" + text.replacingOccurrences(of: "\n", with: "\r\n"))
        let html = page(Pipeline.process(source), source)
        XCTAssertEqual(Self.pane(html), source.text(Span(0, source.characterCount)).replacingOccurrences(of: "\u{0C}", with: "\u{240C}"))
    }

    /// A long notice is cut into blocks at line starts; marks running over a cut continue after it.
    func testLongTextIsCutIntoBlocksWithoutLosingTextOrMarks() throws {
        let body = (1...300).map { "\($0).开展第\($0)项工作，推进落实。6月底前完成。（牵头单位：县发改局；配合单位：县财政局）\n" }.joined()
        let source = SourceText(name: "t.txt", text: plan(body))
        let notice = Pipeline.process(source)
        let html = page(notice, source)
        let blocks = html.components(separatedBy: "<div class=\"block\"").count - 1
        XCTAssertEqual(blocks, HTMLEmitter.blockCuts(source.lineStarts, HTMLEmitter.blockScalars, source.characterCount).count + 1)
        XCTAssertGreaterThan(blocks, 2)
        XCTAssertEqual(Self.pane(html), source.text(Span(0, source.characterCount)))
        XCTAssertEqual(html.components(separatedBy: " data-kind=\"").count - 1, Self.values(try JSONSerialization.jsonObject(with: JSONEmitter.encode(notice))))
    }

    /// The text the page shows in its text pane (tags dropped, entities decoded).
    static func pane(_ html: String) -> String {
        let start = html.range(of: "<div class=\"src\" id=\"src\" lang=\"zh-CN\">")!.upperBound
        let end = html.range(of: "</div></div>\n<aside")!.lowerBound
        return unescape(stripTags(String(html[start..<end])))
    }

    /// As many marks with `data-kind` as the JSON has values: objects with a span and a text, name
    /// or message, and each entry of a citation's `spans` (the rule scripts/check-html-chromium.sh uses).
    func testOneMarkPerValueOfTheJSON() throws {
        for text in [text, Self.headed] {
            let source = SourceText(name: "t.txt", text: text)
            let notice = Pipeline.process(source)
            let json = try JSONSerialization.jsonObject(with: JSONEmitter.encode(notice))
            let html = page(notice, source)
            let marks = html.components(separatedBy: " data-kind=\"").count - 1
            XCTAssertEqual(marks, Self.values(json))
            XCTAssertEqual(marks, Highlight.collect(notice).count)
            XCTAssertGreaterThan(marks, 8)
            let ids = html.components(separatedBy: " data-id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        }
    }

    func testKindsRolesAndLedgerLinks() {
        let source = SourceText(name: "t.txt", text: text)
        let html = page(Pipeline.process(source), source)
        XCTAssertTrue(html.contains("data-kind=\"unit\" data-id=\"d1.t1.lead.1\" id=\"v-d1.t1.lead.1\""))
        XCTAssertTrue(html.contains("data-role=\"lead\""))
        XCTAssertTrue(html.contains("data-kind=\"deadline\""))
        XCTAssertTrue(html.contains("data-kind=\"recurring\""))
        XCTAssertTrue(html.contains("data-kind=\"citation\""))
        XCTAssertTrue(html.contains("<tr tabindex=\"0\" id=\"row-d1.t1\" data-go=\"d1.t1\">"))
        XCTAssertTrue(html.contains("data-go=\"d1.t1.deadline.1\">2024-06-30（2024年6月底前）</a>"))
    }

    func testDiagnosticsAreMarkedAndLinked() {
        let source = SourceText(name: "t.txt", text: text)
        var notice = Pipeline.process(source)
        let unit = notice.documents[0].tasks[0].units.lead[0].span
        notice.diagnostics = [
            Diagnostic(.warning, "unit.variant", "“县发改局”另有写法", span: unit,
                       labels: [.init(message: "另一写法", span: notice.documents[0].tasks[1].units.responsible[0].span)], notes: ["请核对<名称>"]),
            Diagnostic(.note, "notice.general", "没有位置的问题", span: nil),
        ]
        let html = page(notice, source)
        XCTAssertTrue(html.contains("data-kind=\"diagnostic\" data-id=\"g1\""))
        XCTAssertTrue(html.contains("data-severity=\"warning\""))
        XCTAssertTrue(html.contains("data-kind=\"label\" data-id=\"g1.l1\""))
        XCTAssertTrue(html.contains("data-go=\"g1\">第\(unit.line)行</a>"))
        XCTAssertTrue(html.contains("data-go=\"g1.l1\""))
        XCTAssertTrue(html.contains("请核对&lt;名称&gt;"))
        XCTAssertTrue(html.contains("没有位置的问题"))
        XCTAssertFalse(html.contains("data-id=\"g2\""), "a diagnostic without a span has no mark")
    }

    func testTheHeaderCardListsTheElements() {
        let source = SourceText(name: "t.txt", text: Self.headed)
        let html = page(Pipeline.process(source), source)
        XCTAssertTrue(html.contains("<dt>发文字号</dt><dd><a href=\"#v-h.docNumber\" data-go=\"h.docNumber\">某政办发〔2024〕12号</a></dd>"))
        XCTAssertTrue(html.contains("<dt>成文日期</dt><dd>2024-03-05 <a"))
        XCTAssertTrue(html.contains("data-go=\"h.recipients.2\">县直有关部门</a>"))
    }

    func testNothingIsFetched() {
        let source = SourceText(name: "t.txt", text: text)
        let html = page(Pipeline.process(source), source)
        for banned in ["http://", "https://", "<link", " src=", "url(", "@import", "@font-face"] {
            XCTAssertFalse(html.contains(banned), banned)
        }
        XCTAssertTrue(html.contains("Content-Security-Policy"))
        XCTAssertTrue(html.contains("@media print"))
    }

    static func values(_ node: Any) -> Int {
        var n = 0
        if let d = node as? [String: Any] {
            if d["span"] is [String: Any], ["text", "name", "message"].contains(where: { d[$0] is String }) { n += 1 }
            if d["title"] != nil, let spans = d["spans"] as? [Any] { n += spans.count }
            for (k, v) in d where k != "span" && k != "spans" { n += values(v) }
        } else if let l = node as? [Any] {
            for v in l { n += values(v) }
        }
        return n
    }

    static func stripTags(_ s: String) -> String {
        var out = String.UnicodeScalarView(), inTag = false
        for c in s.unicodeScalars {
            if c == "<" { inTag = true } else if c == ">" && inTag { inTag = false } else if !inTag { out.append(c) }
        }
        return String(out)
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
