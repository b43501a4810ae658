import Foundation
import XCTest
@testable import GongwenKit

/// For every value extracted from every notice we have, the original text under its span equals
/// the value, up to the normalizations (white space, page numbers, full-width folding, converter residue).
final class SpanPropertyTests: XCTestCase {
    func testEverySpanLeadsBackToItsValueInTheCorpus() throws {
        let files = TestSupport.notices(in: TestSupport.corpus)
        try XCTSkipIf(files.isEmpty, "Corpus/ has no notices yet")
        try check(files)
    }

    func testEverySpanLeadsBackToItsValueInTheSharedCorpus() throws {
        guard let dir = TestSupport.sharedCorpus else { throw XCTSkip("../shared/corpus is absent") }
        try check(TestSupport.notices(in: dir))
    }

    func check(_ files: [URL]) throws {
        var checked = 0
        for url in files {
            guard let source = try? Decoder.read(path: url.path) else { continue }
            let notice = Pipeline.process(source)
            let json = try JSONSerialization.jsonObject(with: JSONEmitter.encode(notice))
            walk(json, path: url.lastPathComponent) { value, span, where_ in
                checked += 1
                let original = source.text(Span(span.start, span.end))
                XCTAssertEqual(Self.comparable(original), Self.comparable(value), "\(where_) @\(span.start)-\(span.end)")
                XCTAssertLessThanOrEqual(span.end, source.characterCount, where_)
                XCTAssertEqual(span.line, source.line(of: span.start), where_)
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }

    /// Calls `visit` for every object with a span and a text value (`text`, `name`; a citation's `title` with each of its `spans`).
    func walk(_ node: Any, path: String, _ visit: (String, SourceSpan, String) -> Void) {
        if let dict = node as? [String: Any] {
            if let span = dict["span"] as? [String: Any], let s = sourceSpan(span), let value = (dict["text"] ?? dict["name"]) as? String,
               !path.hasSuffix("/outline") || dict["marker"] == nil {
                visit(value, s, path)
            }
            if let title = dict["title"] as? String, let spans = dict["spans"] as? [[String: Any]] {
                for span in spans { if let s = sourceSpan(span) { visit(title, s, path + "/citation") } }
            }
            for (k, v) in dict where k != "span" { walk(v, path: path + "/" + k, visit) }
        } else if let list = node as? [Any] {
            for (i, v) in list.enumerated() { walk(v, path: path + "/\(i)", visit) }
        }
    }

    func sourceSpan(_ d: [String: Any]) -> SourceSpan? {
        guard let a = d["start"] as? Int, let b = d["end"] as? Int, let l = d["line"] as? Int else { return nil }
        return SourceSpan(start: a, end: b, line: l)
    }

    /// Text with white space, page-number lines and converter residue (TeX, Markdown table pipes,
    /// emphasis and `<br>`) removed and full-width letters folded.
    static func comparable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let text = text.replacingOccurrences(of: "<br>", with: "")
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) {
            let scalars = Array(line.unicodeScalars)
            if NoiseRules.isPageNumber(scalars[...]) { continue }
            for c in scalars where !CharClass.isSpace(c) && c.value >= 0x20 && !"$_{}^#|*".unicodeScalars.contains(c) {
                out.append(CharClass.foldWidth(c))
            }
        }
        return String(out)
    }
}
