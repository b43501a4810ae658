import XCTest
@testable import GongwenKit

/// From original spans back to normalized offsets.
final class SpanLocatorTests: XCTestCase {
    func testNormalizedRangeInvertsSpan() {
        let text = "标题\n\n一、重点任务\n1.开展  工作。（牵头单位：县发改局）\n2.推进工作。\n"
        let source = SourceText(name: "t.txt", text: text)
        let lexed = Lexer.lex(Normalizer.normalize(source))
        let c = ParseContext(source: source, lexed: lexed)
        for p in c.paragraphs {
            for lo in p.range.lowerBound..<p.range.upperBound {
                let r = lo..<min(p.range.upperBound, lo + 2)
                XCTAssertEqual(c.normalizedRange(c.span(r)), r, "\(r)")
            }
            XCTAssertEqual(c.paragraphIndex(at: p.range.lowerBound), p.index)
        }
    }
}
