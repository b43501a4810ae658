import Foundation
import XCTest
@testable import GongwenKit

/// The validator reads a checked document into the model from its parsed value; that must give
/// what Foundation's decoder gives from the bytes.
final class JSONValueDecoderTests: XCTestCase {
    func testEveryCorpusNoticeReadsBackAsFoundationReadsIt() throws {
        let files = TestSupport.notices(in: TestSupport.corpus)
        XCTAssertGreaterThan(files.count, 30)
        for url in files {
            guard let notice = try? Pipeline.run(path: url.path) else { continue }
            let bytes = [UInt8](try JSONEmitter.encode(notice))
            let foundation = try JSONDecoder().decode(Notice.self, from: Data(bytes))
            let ours = try JSONValueDecoder.decode(Notice.self, from: try JSONParser.parse(bytes))
            XCTAssertEqual(ours, foundation, url.lastPathComponent)
            XCTAssertEqual(ours, notice, url.lastPathComponent)
        }
    }

    func testNumbersAndMismatches() throws {
        XCTAssertEqual(try JSONValueDecoder.decode(Int.self, from: .double(3.0)), 3)
        XCTAssertEqual(try JSONValueDecoder.decode(Double.self, from: .int(2)), 2.0)
        XCTAssertEqual(try JSONValueDecoder.decode([Int?].self, from: .array([.int(1), .null])), [1, nil])
        XCTAssertThrowsError(try JSONValueDecoder.decode(Int.self, from: .double(2.5)))
        XCTAssertThrowsError(try JSONValueDecoder.decode(String.self, from: .int(1)))
        XCTAssertThrowsError(try JSONValueDecoder.decode(SourceSpan.self, from: .object(["start": .int(1)])))
    }

    /// A span keeps its offsets in 32 bits: a larger one in a file read back is an error, not a crash.
    func testASpanPast32BitsIsAnError() throws {
        let span = SourceSpan(start: 3, end: 5, line: 1)
        XCTAssertEqual(try JSONValueDecoder.decode(SourceSpan.self, from: .object(["start": .int(3), "end": .int(5), "line": .int(1)])), span)
        XCTAssertThrowsError(try JSONValueDecoder.decode(SourceSpan.self, from: .object(["start": .int(1 << 40), "end": .int(5), "line": .int(1)])))
        XCTAssertThrowsError(try JSONDecoder().decode(SourceSpan.self, from: Data(#"{"start":0,"end":-3000000000,"line":1}"#.utf8)))
    }
}
