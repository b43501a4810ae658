import Foundation
import XCTest
@testable import GongwenKit

/// The streaming JSON writer says the same as Foundation's `JSONEncoder`, byte-identically from run
/// to run, with keys in declaration order, absent optionals left out and strings escaped.
final class JSONEmitterTests: XCTestCase {
    func testSameValueAsJSONEncoderOnTheCorpus() throws {
        let files = TestSupport.notices(in: TestSupport.corpus)
        try XCTSkipIf(files.isEmpty, "Corpus/ has no notices yet")
        try checkAgainstFoundation(files)
    }

    func testSameValueAsJSONEncoderOnTheSharedCorpus() throws {
        guard let dir = TestSupport.sharedCorpus else { throw XCTSkip("../shared/corpus is absent") }
        try checkAgainstFoundation(TestSupport.notices(in: dir))
    }

    func checkAgainstFoundation(_ files: [URL]) throws {
        var checked = 0
        for url in files {
            guard let source = try? Decoder.read(path: url.path) else { continue }
            let notice = Pipeline.process(source)
            let foundation = JSONEncoder()
            foundation.outputFormatting = [.sortedKeys]
            let expected = try JSONSerialization.jsonObject(with: foundation.encode(notice)) as! NSDictionary
            for pretty in [true, false] {
                let ours = try JSONEmitter.encode(notice, pretty: pretty)
                XCTAssertEqual(try JSONSerialization.jsonObject(with: ours) as! NSDictionary, expected, url.lastPathComponent)
                XCTAssertEqual(ours, try JSONEmitter.encode(notice, pretty: pretty), "\(url.lastPathComponent): not the same bytes twice")
                XCTAssertEqual(ours, try JSONEmitter.encodeGenerically(notice, pretty: pretty), "\(url.lastPathComponent): direct spans differ")
                var streamed = Data()
                try JSONEmitter.write(notice, pretty: pretty) { streamed.append(contentsOf: $0) }
                XCTAssertEqual(streamed, ours, "\(url.lastPathComponent): streaming differs")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0)
    }

    /// Exact bytes for a small value: declaration order, nil left out, escapes, nesting, empty containers.
    func testExactBytes() throws {
        struct Inner: Encodable { var b: Int; var a: [String] }
        struct Outer: Encodable {
            var zeta = "q\"\\/\n\t\u{01}中"
            var alpha: Int? = nil
            var mid = -42
            var inner = Inner(b: 7, a: ["x", "y"])
            var empty: [Int] = []
            var flag = true
            var ratio = 0.5
        }
        let compact = String(decoding: try JSONEmitter.encode(Outer(), pretty: false), as: UTF8.self)
        XCTAssertEqual(compact, #"{"zeta":"q\"\\/\n\t\u0001中","mid":-42,"inner":{"b":7,"a":["x","y"]},"empty":[],"flag":true,"ratio":0.5}"# + "\n")
        let pretty = String(decoding: try JSONEmitter.encode(Inner(b: 1, a: []), pretty: true), as: UTF8.self)
        XCTAssertEqual(pretty, "{\n  \"b\" : 1,\n  \"a\" : []\n}\n")
    }

    /// One signer is an object, several a list (a single-value container holding another value).
    func testOneOrSeveralThroughASingleValueContainer() throws {
        let span = SourceSpan(start: 0, end: 2, line: 1)
        let one = String(decoding: try JSONEmitter.encode(OneOrSeveral.one(Located(text: "县", span: span)), pretty: false), as: UTF8.self)
        XCTAssertEqual(one, #"{"text":"县","span":{"start":0,"end":2,"line":1}}"# + "\n")
        let several = String(decoding: try JSONEmitter.encode(OneOrSeveral.several([Named(name: "甲", span: span)]), pretty: false), as: UTF8.self)
        XCTAssertEqual(several, #"[{"name":"甲","span":{"start":0,"end":2,"line":1}}]"# + "\n")
    }

    /// Every integer width and Float, as properties and in arrays (they reach the encoder through
    /// their own `encode(to:)` and a single-value container).
    func testOtherPrimitives() throws {
        struct Numbers: Encodable {
            var a: Int8 = -8
            var b: Int32 = 1 << 30
            var c: UInt64 = .max
            var d: Int64 = .min
            var e: UInt16? = 7
            var f: Float = 0.25
            var g: [Int32] = [1, -2]
            var h: [Float] = [1.5]
        }
        let json = String(decoding: try JSONEmitter.encode(Numbers(), pretty: false), as: UTF8.self)
        XCTAssertEqual(json, #"{"a":-8,"b":1073741824,"c":18446744073709551615,"d":-9223372036854775808,"e":7,"f":0.25,"g":[1,-2],"h":[1.5]}"# + "\n")
        let refused = ExpectedError(code: "input.empty", exitCode: 65, message: "empty")
        XCTAssertEqual(String(decoding: try refused.encoded(), as: UTF8.self),
                       "{\n  \"code\" : \"input.empty\",\n  \"exitCode\" : 65,\n  \"message\" : \"empty\"\n}\n")
    }

    func testNonFiniteNumbersAreRefused() {
        XCTAssertThrowsError(try JSONEmitter.encode([Double.nan]))
    }
}
