import Foundation
import XCTest
@testable import GongwenKit

/// The libxml2 wrapper on hostile and odd input: entity bombs, external entities, DOCTYPEs,
/// characters XML forbids, and problems reported with their lines.
final class LibXMLTests: XCTestCase {
    func problems(_ xml: String) throws -> [String] {
        let (doc, parseProblems) = LibXML.parse(Data(xml.utf8))
        guard let doc else { return parseProblems.map(\.description) }
        return try OutputSchemas.xsd.get().validate(doc).map(\.description)
    }

    func testEntityBombIsRefusedQuickly() {
        var dtd = "<!ENTITY a0 \"lol\">"
        for k in 1...12 { dtd += "<!ENTITY a\(k) \"" + String(repeating: "&a\(k - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE n [\(dtd)]>\n<n>&a12;</n>"
        let start = Date()
        let (doc, problems) = LibXML.parse(Data(xml.utf8))
        XCTAssertNil(doc)
        XCTAssertFalse(problems.isEmpty)
        XCTAssertEqual(Set(problems).count, problems.count, "repeated messages are reported once")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testExternalEntitiesAreNeverLoaded() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-secret-\(UUID().uuidString).txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE n [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
        <n a="1">&x;</n>
        """
        let (doc, _) = LibXML.parse(Data(xml.utf8))
        XCTAssertEqual(doc?.doctypeLine, 2)
        XCTAssertFalse(doc?.root?.text.contains("TOP-SECRET") ?? false)
        XCTAssertEqual(try OutputValidator.validate(Array(xml.utf8), path: "x.xml").problems.map(\.description),
                       ["line 2: a DOCTYPE declaration is not allowed: gongwen XML has none, and its entities are not expanded"])
    }

    func testForbiddenCharactersAreDroppedBeforeSerializing() throws {
        let tree = XMLTree("n", ["a": "x\u{1}y\u{FFFE}"], text: "page\u{0C}break\u{0B}\ttab\r\nline", namespace: "urn:t")
        let data = LibXML.serialize(tree)
        let (doc, problems) = LibXML.parse(data)
        XCTAssertEqual(problems, [])
        let back = try XCTUnwrap(doc?.root)
        XCTAssertEqual(back.text, "pagebreak\ttab\r\nline")
        XCTAssertEqual(back[attribute: "a"], "xy")
        XCTAssertEqual(back.namespace, "urn:t")
        XCTAssertEqual(XMLText.legal("a\u{0}b\u{1F}c😀"), "abc😀")
    }

    func testNoticeWithControlCharactersStillGivesValidXML() throws {
        var notice = FullNotice.make()
        notice.documents[0].tasks[0].text = "严格\u{0C}项目准入\u{7}"
        let data = try XMLEmitter.encode(notice)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("<text>严格项目准入</text>"))
    }

    func testInvalidModelIsReportedAsABug() {
        var notice = FullNotice.make()
        notice.documents[0].tasks[0].recurring[0].frequency = "sometimes"
        XCTAssertThrowsError(try XMLEmitter.encode(notice)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("the XML output fails gongwen's own schema (a bug in gongwen"), text)
            XCTAssertTrue(text.contains("'sometimes'"), text)
        }
    }

    /// What the XSD cannot say (a span that ends before it starts) is checked on the built tree too.
    func testBackwardSpanIsReportedAsABug() {
        var notice = FullNotice.make()
        notice.header.title?.span = SourceSpan(start: 80, end: 70, line: 2)
        XCTAssertThrowsError(try XMLEmitter.encode(notice)) { error in
            XCTAssertTrue("\(error)".hasSuffix("element title: the span ends (70) before it starts (80)"), "\(error)")
        }
    }

    /// Minified XML puts every element on line 1: the same problem on five elements is five
    /// problems, not one (only the parser's repeats are merged).
    func testTheSameProblemOnElementsOfOneLineIsListedForEach() throws {
        let xml = String(decoding: try XMLEmitter.encode(FullNotice.make()), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "<unit ", with: "<unit bogus=\"1\" ")
        let report = try OutputValidator.validate(Array(xml.utf8), path: "min.xml")
        let bogus = report.problems.filter { $0.message.contains("'bogus'") }
        XCTAssertEqual(bogus.count, xml.components(separatedBy: "<unit ").count - 1, "\(report.problems)")
        XCTAssertGreaterThan(bogus.count, 1)
        XCTAssertEqual(Set(bogus.map(\.location)), ["line 1"])
    }

    func testProblemsCarryTheirLines() throws {
        XCTAssertEqual(try problems("<a>\n<b>\n</a>"), ["line 3: Opening and ending tag mismatch: b line 2 and a", "line 3: Premature end of data in tag a line 1"])
        let wrongRoot = try problems("<notice xmlns=\"urn:other\"/>")
        XCTAssertEqual(wrongRoot, ["line 1: Element '{urn:other}notice': No matching global declaration available for the validation root."])
    }

    func testSchemaThatDoesNotCompileSaysWhy() {
        XCTAssertThrowsError(try LibXML.Schema(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\" type=\"nope\"/></xs:schema>")) {
            XCTAssertTrue("\($0)".contains("nope"), "\($0)")
        }
    }
}
