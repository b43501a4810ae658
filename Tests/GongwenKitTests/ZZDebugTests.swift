import XCTest
@testable import GongwenKit
final class ZZDebugTests: XCTestCase {
    func testDebug() throws {
        let source = try Decoder.read(path: "/tmp/tt.txt")
        let c = ParseContext(source: source, lexed: Lexer.lex(Normalizer.normalize(source)))
        let rows = TableReader.read(c, paragraphs: Array(0..<c.paragraphs.count))!
        for r in rows {
            print("DBG row", r.number, "text", r.text.map { c.string(c.paragraphs[$0].range).prefix(12) }, "units", r.units.map { ($0.0, c.string(c.paragraphs[$0.1].range)) }, "all", r.all.map { c.string(c.paragraphs[$0].range).prefix(6) })
        }
    }
}
