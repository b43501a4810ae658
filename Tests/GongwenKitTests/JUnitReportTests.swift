import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import GongwenKit

/// The JUnit report parses as XML, with one test case per notice and the differences in the failures.
final class JUnitReportTests: XCTestCase {
    func summary() -> CorpusSummary {
        let file = { (n: String) in NoticeFile(name: n, path: "/c/\(n).txt") }
        let tricky = "\"a<b & c>\" \u{0C}‘乡宁’ \u{FFFF}"
        return CorpusSummary(verdicts: [
            NoticeVerdict(file: file("ok-one"), status: .ok, seconds: 0.0123),
            NoticeVerdict(file: file("changed&<one>"), status: .changed,
                          differences: [Difference(artifact: "json", location: "/header/title/text", expected: tricky, actual: "\"x\"")]),
            NoticeVerdict(file: file("new-one"), status: .new),
            NoticeVerdict(file: file("broken"), status: .error, detail: "timed out after 30 s; \"stopped\" <now>"),
        ], update: false, stale: [], removedStale: [], problems: [], seconds: 1.5)
    }

    func testTheReportIsWellFormedWithOneTestCasePerNotice() throws {
        let xml = JUnitReport.xml(summary(), suite: "Corpus")
        let doc = try XMLDocument(data: Data(xml.utf8), options: [])
        XCTAssertEqual(try doc.nodes(forXPath: "//testcase").count, 4)
        XCTAssertEqual(try doc.nodes(forXPath: "//testcase/failure").count, 2)
        XCTAssertEqual(try doc.nodes(forXPath: "//testcase/error").count, 1)
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, "4")
        XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "2")
        XCTAssertEqual(root.attribute(forName: "errors")?.stringValue, "1")
        let failure = try XCTUnwrap(try doc.nodes(forXPath: "//testcase[@name='changed&<one>.txt']/failure").first)
        XCTAssertEqual(failure.stringValue, "json /header/title/text: expected \"a<b & c>\" ‘乡宁’ , actual \"x\"")
        let error = try XCTUnwrap(try doc.nodes(forXPath: "//error").first as? XMLElement)
        XCTAssertEqual(error.attribute(forName: "message")?.stringValue, "timed out after 30 s; \"stopped\" <now>")
    }

    /// A line break in a notice's name survives as a character reference: an XML reader turns a raw
    /// one inside an attribute into a space.
    func testALineBreakInANameSurvivesTheAttribute() throws {
        let s = CorpusSummary(verdicts: [NoticeVerdict(file: NoticeFile(name: "a\nb", path: "/c/a\nb.txt"), status: .ok)],
                              update: false, stale: [], removedStale: [], problems: [], seconds: 0)
        let doc = try XMLDocument(data: Data(JUnitReport.xml(s, suite: "Corpus").utf8), options: [])
        let testcase = try XCTUnwrap(doc.nodes(forXPath: "//testcase").first as? XMLElement)
        XCTAssertEqual(testcase.attribute(forName: "name")?.stringValue, "a\nb.txt")
    }

    func testXmllintAcceptsTheReport() throws {
        let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let xmllint else { throw XCTSkip("xmllint is not installed (apt-get install -y libxml2-utils)") }
        let c = try TempCorpus()
        let path = c.root + "/junit.xml"
        try Data(JUnitReport.xml(summary(), suite: "Corpus").utf8).write(to: URL(fileURLWithPath: path))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: xmllint)
        p.arguments = ["--noout", path]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
    }

    func testARealRunGivesOneTestCasePerNotice() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try c.write("b-plan.txt", plan("1.开展检查。（县消防救援大队负责）"))
        let doc = try XMLDocument(data: Data(JUnitReport.xml(try c.run(), suite: "C").utf8), options: [])
        XCTAssertEqual(try doc.nodes(forXPath: "//testcase").map { ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue ?? "" },
                       ["a-plan.txt", "b-plan.txt", "c-plan.txt", "empty.txt", "image.txt"])
        XCTAssertEqual(try doc.nodes(forXPath: "//testcase[@name='b-plan.txt']/failure").count, 1)
    }
}
