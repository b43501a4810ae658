import XCTest
@testable import GongwenKit

/// The terminal rendering: columns with wide characters, labels, multi-line spans, long lines.
final class DiagnosticRendererTests: XCTestCase {
    func span(_ source: SourceText, _ start: Int, _ end: Int) -> SourceSpan { SourceSpan(Span(start, end), in: source) }

    /// The underline row under the source row that shows `line`.
    func rows(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    func testWideCharactersCountTwoColumns() {
        let source = SourceText(name: "n.txt", text: "标题\n（牵头单位：县农业农村农村局）\n")
        let start = 3 + 6   // after "（牵头单位："
        let d = Diagnostic(.warning, "unit.garbled", "名称重复", span: span(source, start, start + 8))
        let out = DiagnosticRenderer.render([d], source)
        let lines = rows(out)
        XCTAssertEqual(lines[0], "warning[unit.garbled]: 名称重复")
        XCTAssertEqual(lines[1], " --> n.txt:2:7")
        XCTAssertEqual(lines[3], "2 | （牵头单位：县农业农村农村局）")
        // Six wide characters before the span: 12 columns; eight wide characters under it: 16 carets.
        XCTAssertEqual(lines[4], "  | " + String(repeating: " ", count: 12) + String(repeating: "^", count: 16))
    }

    func testMixedWidthsAndLabels() {
        let source = SourceText(name: "n.txt", text: "1.A“甲”〔2023〕12号\n")
        let d = Diagnostic(.warning, "docnumber.format", "m", span: span(source, 6, 12),
                           labels: [.init(message: "here", span: span(source, 0, 2))], notes: ["n1"])
        let lines = rows(DiagnosticRenderer.render([d], source))
        // "1.A“甲”" is 1+1+1+1+2+1 = 7 columns; "〔2023〕" is 2+4+2 = 8.
        XCTAssertEqual(lines[4], "  | " + String(repeating: " ", count: 7) + String(repeating: "^", count: 8))
        XCTAssertEqual(lines[5], "  | -- here")
        XCTAssertEqual(lines[6], "  = note: n1")
    }

    func testSpanOverABlankLineShowsBothParts() {
        let source = SourceText(name: "n.txt", text: "甲（县农业农村农\n\n村局、县水利局）\n")
        let d = Diagnostic(.warning, "unit.garbled", "m", span: span(source, 2, 12))
        let lines = rows(DiagnosticRenderer.render([d], source))
        XCTAssertEqual(lines[3], "1 | 甲（县农业农村农")
        XCTAssertEqual(lines[4], "  |     ^^^^^^^^^^^^")
        XCTAssertEqual(lines[5], "...")
        XCTAssertEqual(lines[6], "3 | 村局、县水利局）")
        XCTAssertEqual(lines[7], "  | ^^^^")
    }

    func testLongLinesAreCutAroundTheSpan() {
        let long = String(repeating: "甲", count: 200) + "县农业农村农村局" + String(repeating: "乙", count: 200)
        let source = SourceText(name: "n.txt", text: long)
        let d = Diagnostic(.warning, "c", "m", span: span(source, 200, 208))
        let lines = rows(DiagnosticRenderer.render([d], source, maxWidth: 60))
        XCTAssertTrue(lines[3].hasPrefix("1 | ...甲"), lines[3])
        XCTAssertTrue(lines[3].hasSuffix("乙..."), lines[3])
        XCTAssertTrue(lines[3].contains("县农业农村农村局"))
        XCTAssertLessThanOrEqual(DisplayWidth.of(lines[3].unicodeScalars) - 4, 60 + 6)
        let shown = lines[3].dropFirst(4)
        let caret = lines[4].dropFirst(4)
        let before = shown.components(separatedBy: "县农业农村农村局")[0]
        XCTAssertEqual(caret.prefix(while: { $0 == " " }).count, DisplayWidth.of(before.unicodeScalars))
        XCTAssertEqual(caret.filter { $0 == "^" }.count, 16)
    }

    func testColourOnlyWhenAsked() {
        let source = SourceText(name: "n.txt", text: "甲乙\n")
        let d = Diagnostic(.error, "c", "m", span: span(source, 0, 1))
        XCTAssertFalse(DiagnosticRenderer.render([d], source).contains("\u{1B}["))
        XCTAssertTrue(DiagnosticRenderer.render([d], source, color: true).contains("\u{1B}[1;31m"))
    }

    func testEastAsianWidth() {
        let cases: [(Unicode.Scalar, Int)] = [
            ("a", 1), ("中", 2), ("（", 2), ("〔", 2), ("、", 2), ("。", 2), ("Ａ", 2), ("ｶ", 1), ("“", 1), ("—", 1),
            ("①", 1), ("\u{0301}", 0), ("😀", 2), ("가", 2), ("\u{20000}", 2), ("\u{3000}", 2),
        ]
        for (c, w) in cases { XCTAssertEqual(DisplayWidth.of(c), w, "U+\(String(c.value, radix: 16))") }
    }
}
