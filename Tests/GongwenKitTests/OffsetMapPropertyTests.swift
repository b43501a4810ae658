import XCTest
@testable import GongwenKit

/// Properties of the normalizer's offset map, on seeded random text (`RandomNoticeText`): every
/// normalized scalar maps inside the original, the map only moves forward, and the scalar there is
/// the one it came from (width-folded), except the separators and join spaces the normalizer inserts
/// (a separator comes from a line end, or from the spaces where a run-together line was cut).
final class OffsetMapPropertyTests: XCTestCase {
    static let texts = 400

    func testEveryScalarMapsBackInsideInOrderAndMatches() {
        var gen = RandomNoticeText(seed: 0x6F6E_6777)
        var checked = 0
        for k in 0..<Self.texts {
            let text = gen.text(pieces: 10 + gen.below(120))
            let source = SourceText(name: "random-\(k).txt", text: text)
            let n = Normalizer.normalize(source)
            let o = source.scalars
            var last = -1
            for i in 0..<n.scalars.count {
                let at = n.map.original(i)
                guard at >= 0, at < o.count else { return XCTFail("text \(k): scalar \(i) maps to \(at), outside 0..<\(o.count)\n\(debug(text))") }
                guard at > last else { return XCTFail("text \(k): scalar \(i) maps to \(at), not after \(last)\n\(debug(text))") }
                last = at
                let c = n.scalars[i]
                switch c {
                case "\n":
                    // A line end, or the white space where a line that held several paragraphs was cut.
                    XCTAssertTrue(Self.isLineEnd(o[at]) || CharClass.isSpace(o[at]), "text \(k): separator \(i) maps to \(debug(String(o[at])))")
                case " ":
                    XCTAssertTrue(CharClass.isSpace(o[at]) || Self.isLineEnd(o[at]), "text \(k): space \(i) maps to \(debug(String(o[at])))")
                default:
                    XCTAssertEqual(c, CharClass.foldWidth(o[at]), "text \(k): scalar \(i)\n\(debug(text))")
                }
                checked += 1
            }
            XCTAssertEqual(n.map.count, n.scalars.count, "text \(k)")
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    /// Paragraph spans lie inside the original, in reading order, without overlap; dropped and
    /// excluded spans lie inside too.
    func testParagraphSpansAreInsideAndInOrder() {
        var gen = RandomNoticeText(seed: 0x7370_616E)
        for k in 0..<Self.texts {
            let source = SourceText(name: "random-\(k).txt", text: gen.text(pieces: 10 + gen.below(120)))
            let n = Normalizer.normalize(source)
            var end = 0
            for r in n.paragraphs {
                XCTAssertFalse(n.scalars[r].contains("\n"), "text \(k): a paragraph holds a separator")
                let span = n.span(r)
                XCTAssertLessThanOrEqual(end, span.start, "text \(k): paragraphs overlap or go back")
                XCTAssertLessThan(span.start, span.end, "text \(k)")
                XCTAssertLessThanOrEqual(span.end, source.scalars.count, "text \(k)")
                end = span.end
            }
            for s in n.dropped + n.excluded {
                XCTAssertTrue(0 <= s.start && s.start <= s.end && s.end <= source.scalars.count, "text \(k): \(s)")
            }
        }
    }

    /// Through the whole pipeline: every span in the JSON output lies inside the original.
    func testEverySpanOfTheNoticeLiesInside() throws {
        var gen = RandomNoticeText(seed: 0x6E6F_7469)
        for k in 0..<(Self.texts / 4) {
            let source = SourceText(name: "random-\(k).txt", text: gen.text(pieces: 20 + gen.below(200)))
            let json = try JSONSerialization.jsonObject(with: JSONEmitter.encode(Pipeline.process(source)))
            walk(json) { start, end in
                XCTAssertTrue(0 <= start && start <= end && end <= source.scalars.count, "text \(k): span \(start)..<\(end)")
            }
        }
    }

    static func isLineEnd(_ c: Unicode.Scalar) -> Bool { [0x0A, 0x0D, 0x0C, 0x0B, 0x85, 0x2028, 0x2029].contains(c.value) }

    func debug(_ s: String) -> String { s.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() }

    func walk(_ node: Any, _ visit: (Int, Int) -> Void) {
        if let dict = node as? [String: Any] {
            if let s = dict["start"] as? Int, let e = dict["end"] as? Int { visit(s, e) }
            for v in dict.values { walk(v, visit) }
        } else if let list = node as? [Any] {
            for v in list { walk(v, visit) }
        }
    }
}
