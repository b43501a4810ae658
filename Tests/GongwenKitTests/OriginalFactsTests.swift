import XCTest
@testable import GongwenKit

/// The pipeline lets the original text go once it is normalized; what the parser still asks of the
/// original (where only white space was dropped, which paragraphs follow a `|`) is recorded by the
/// normalizer. Those records must answer as the original itself does, on every Corpus notice.
final class OriginalFactsTests: XCTestCase {
    func testTheRecordsAnswerAsTheOriginalDoes() throws {
        let files = TestSupport.notices(in: TestSupport.corpus) + (TestSupport.sharedCorpus.map { TestSupport.notices(in: $0) } ?? [])
        XCTAssertGreaterThan(files.count, 30)
        var gaps = 0, cells = 0
        for url in files {
            guard let source = try? Decoder.read(path: url.path) else { continue }
            let text = Normalizer.normalize(source)
            let c = ParseContext(source: source.withoutText(), lexed: Lexer.lex(text))
            let s = source.scalars, map = text.map
            for i in 1..<max(1, text.scalars.count) {
                let a = map.original(i - 1), b = map.original(i)
                let expected = b - a > 1 && (a + 1..<b).allSatisfy { CharClass.isSpace(s[$0]) }
                XCTAssertEqual(c.spaceDropped(before: i), expected, "\(url.lastPathComponent) at \(i)")
                if expected { gaps += 1 }
            }
            for p in c.paragraphs {
                var k = map.original(p.range.lowerBound)
                while k > 0, CharClass.isSpace(s[k - 1]) { k -= 1 }
                let expected = k > 0 && s[k - 1] == "|"
                XCTAssertEqual(DocumentSplitter.isMarkdownCell(c, p), expected, "\(url.lastPathComponent) paragraph \(p.index)")
                if expected { cells += 1 }
            }
        }
        XCTAssertGreaterThan(gaps, 0, "the notices hold dropped white space")
        XCTAssertGreaterThan(cells, 0, "the notices hold Markdown table cells")
    }

    func testASourceWithoutItsTextStillResolvesPositions() {
        let source = SourceText(name: "t.txt", text: "第一行\n第二行\r\n第三行")
        let bare = source.withoutText()
        XCTAssertTrue(bare.scalars.isEmpty)
        XCTAssertEqual(bare.characterCount, source.characterCount)
        XCTAssertEqual((0..<source.characterCount).map(bare.line), (0..<source.characterCount).map(source.line))
        XCTAssertEqual([bare.name, bare.sha256, bare.encoding], [source.name, source.sha256, source.encoding])
    }
}
