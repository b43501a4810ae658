import Foundation
import XCTest
@testable import GongwenKit

/// `gongwen validate` runs the semantic rules on a JSON notice when its source is found unchanged.
final class ValidateSemanticTests: XCTestCase {
    /// The plan `body` written to `notice.txt` in `dir`, and the notice gongwen reads from it.
    func extracted(_ body: String, in dir: Scratch) throws -> Notice {
        Pipeline.process(try Decoder.read(path: try dir.write("notice.txt", plan(body))))
    }

    func testRulesRunAgainstTheSourceBesideTheJSON() throws {
        let dir = try Scratch()
        let body = "1.开展工作。（县发改局负责）\n2.推进建设。（县水利局负责）\n3.强化督导。（县农业农村农村局负责，县农业农村局配合）"
        var notice = try extracted(body, in: dir)
        // Edited elsewhere: the second task renumbered 1, so numbering repeats.
        notice.documents[0].outline[0].children[1].number = 1
        let jsonPath = try dir.write("notice.json", Array(JSONEmitter.encode(notice)))

        let report = try OutputValidator.validate(path: jsonPath)
        XCTAssertTrue(report.isValid, "\(report.problems)")
        XCTAssertNil(report.semanticNote)
        let codes = Set(report.diagnostics.map(\.code))
        XCTAssertTrue(codes.contains("unit.garbled"), "\(codes)")
        XCTAssertTrue(codes.contains { $0.hasPrefix("outline.") }, "\(codes)")

        // A changed source is not used.
        try dir.write("notice.txt", plan(body) + "。")
        let stale = try OutputValidator.validate(path: jsonPath)
        XCTAssertTrue(stale.diagnostics.isEmpty)
        XCTAssertNotNil(stale.semanticNote)
    }

    /// A semantic rule's error names the line of the source notice, and says so: "line N" alone
    /// read as a line of the checked file.
    func testARuleErrorNamesTheSourceLine() throws {
        let dir = try Scratch()
        let notice = try extracted("1.开展工作，2024年2月30日前完成。（县发改局负责）", in: dir)
        let report = try OutputValidator.validate(path: try dir.write("notice.json", Array(JSONEmitter.encode(notice))))
        let impossible = report.problems.filter { $0.message.hasPrefix("date.impossible") }
        XCTAssertEqual(impossible.count, 1, "\(report.problems)")
        XCTAssertTrue(impossible.first?.location.hasPrefix("source line ") ?? false, "\(impossible)")
    }

    /// An edited file may number an item up to Int.max: the numbering rule names the gap at once
    /// (it once listed every missing number, and `number + 1` overflowed).
    func testHugeItemNumbersInAnEditedFileAreAGapNotAHang() throws {
        let dir = try Scratch()
        var notice = try extracted("1.开展工作。（县发改局负责）\n2.推进建设。（县水利局负责）\n3.强化督导。（县农业局负责）", in: dir)
        notice.documents[0].outline[0].children[1].number = 35_555_555_555_555_555
        notice.documents[0].outline[0].children[2].number = Int.max
        let report = try OutputValidator.validate(path: try dir.write("notice.json", Array(JSONEmitter.encode(notice))))
        XCTAssertNil(report.semanticNote)
        let gaps = report.diagnostics.filter { $0.code == "outline.gap" }.map(\.message)
        XCTAssertEqual(gaps.count, 2, "\(gaps)")
        XCTAssertTrue(gaps[0].contains("缺少“2.”至“35555555555555554.”"), "\(gaps)")
    }

    /// A whole number written as a float (`1e16`) is an integer to JSON Schema and to the reader,
    /// so the rules run; a value the model cannot hold makes the file invalid, with the reason,
    /// where the rules used to be skipped with the file called valid.
    func testNumbersTheSchemaAllowsAreReadOrRefusedNeverSkipped() throws {
        let dir = try Scratch()
        let json = String(decoding: try JSONEmitter.encode(try extracted("1.开展工作。（县发改局负责）", in: dir)), as: UTF8.self)
        let jsonPath = try dir.write("notice.json", json.replacingOccurrences(of: "\"year\" : 2024", with: "\"year\" : 1e16"))
        let float = try OutputValidator.validate(path: jsonPath)
        XCTAssertTrue(float.isValid, "\(float.problems)")
        XCTAssertNil(float.semanticNote)

        try dir.write("notice.json", json.replacingOccurrences(of: "\"year\" : 2024", with: "\"year\" : 1e19"))
        let wide = try OutputValidator.validate(path: jsonPath)
        XCTAssertEqual(wide.problems.map(\.description), ["/: gongwen cannot read this back as a notice: expected Int, found number"])
    }

    /// A span past 32 bits is refused by the span check, in JSON and in XML alike, before the file
    /// is read back (in XML it used to reach `SourceSpan` and stop the program).
    func testASpanPast32BitsIsRefusedInBothForms() throws {
        let dir = try Scratch()
        let notice = try extracted("1.开展工作。（县发改局负责）", in: dir)
        let json = String(decoding: try JSONEmitter.encode(notice), as: UTF8.self)
        let first = try XCTUnwrap(json.range(of: "\"line\" : 1\n"))
        let jsonReport = try OutputValidator.validate(path: try dir.write("notice.json", json.replacingCharacters(in: first, with: "\"line\" : 5000000000\n")))
        XCTAssertEqual(jsonReport.problems.map(\.message), ["5000000000 is past 2147483647, the largest offset or line a span can have"])

        // Every line number in the XML made eleven digits long (`1` becomes ` 99999999991`).
        let xml = String(decoding: try XMLEmitter.encode(notice), as: UTF8.self)
        let wide = xml.replacingOccurrences(of: " line=\"", with: " line=\" 9999999999")
        XCTAssertNotEqual(wide, xml)
        let xmlReport = try OutputValidator.validate(path: try dir.write("notice.xml", wide))
        XCTAssertFalse(xmlReport.isValid)
        XCTAssertTrue(xmlReport.problems.allSatisfy { $0.message.hasSuffix("is past 2147483647, the largest offset or line a span can have") }, "\(xmlReport.problems)")
    }

    /// Reading gongwen XML back gives the notice it was written from, for every Corpus notice.
    func testXMLReadsBackToTheSameNotice() throws {
        var checked = 0
        for url in TestSupport.notices(in: TestSupport.corpus) {
            guard let source = try? Decoder.read(path: url.path) else { continue }
            let notice = Pipeline.process(source)
            let (root, problems) = LibXML.parseValue(try XMLEmitter.encode(notice))
            XCTAssertEqual(problems.count, 0, url.lastPathComponent)
            XCTAssertEqual(root.flatMap(XMLNoticeReader.notice), notice, url.lastPathComponent)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20)
    }
}
