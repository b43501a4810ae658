import XCTest
@testable import GongwenKit
final class ZZDebugTests: XCTestCase {
    func testDebug() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: "/tmp/r6").filter { $0.hasPrefix("h62") && $0.hasSuffix(".txt") }
        let source = try Decoder.read(path: "/tmp/r6/" + files[0])
        let c = ParseContext(source: source, lexed: Lexer.lex(Normalizer.normalize(source)))
        let start = c.paragraphs.firstIndex { c.string($0.range) == "序号" }!
        for k in start..<(start + 7) { print("DBG", k, c.string(c.paragraphs[k].range), String(describing: TableReader.column(c, c.paragraphs[k])), TableReader.isHeadingCell(c, k), String(describing: TableReader.serial(c, k)), TableReader.isGroupRow(c, k)) }
        print("DBG group", String(describing: TableReader.groupRow(c, Array(start..<c.paragraphs.count), at: 4, nil)))
        let t = TableReader.table(c, paragraphs: Array(start..<c.paragraphs.count))
        print("DBG rows", t?.rows.count ?? -1)
    }
}
