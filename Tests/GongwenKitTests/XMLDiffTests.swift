import Foundation
import XCTest
@testable import GongwenKit

/// The XML comparison behind `gongwen corpus`: paths, values, alignment of child elements, and the tree libxml2 reads.
final class XMLDiffTests: XCTestCase {
    /// A notice with one document and `tasks`, each `(id, [(role, unit)])`, indented as gongwen writes it.
    func notice(_ tasks: [(String, [(String, String)])], root: String = "notice", namespace: String = "urn:gongwen:1.0") -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(root) xmlns=\"\(namespace)\" schemaVersion=\"1.0\">\n  <documents>\n"
        out += "    <document id=\"d1\" start=\"0\" end=\"99\" line=\"1\">\n      <tasks\(tasks.isEmpty ? "/" : "")>\n"
        for (id, units) in tasks {
            out += "        <task id=\"\(id)\" number=\"1\">\n          <heading>\(id)的标题</heading>\n          <units>\n"
            for (role, name) in units { out += "            <unit role=\"\(role)\" start=\"1\" end=\"5\" line=\"2\">\(name)</unit>\n" }
            out += "          </units>\n        </task>\n"
        }
        return out + (tasks.isEmpty ? "" : "      </tasks>\n") + "    </document>\n  </documents>\n</\(root)>\n"
    }

    func diff(_ expected: String, _ actual: String) -> [Difference] {
        XMLComparison.compare(Data(expected.utf8), Data(actual.utf8), artifact: "xml")
    }

    let three: [(String, [(String, String)])] = [
        ("d1.t1", [("lead", "县财政局")]),
        ("d1.t2", [("lead", "县教育局")]),
        ("d1.t3", [("lead", "县水利局"), ("support", "县发改局"), ("support", "县自然资源局")]),
    ]

    func testAChangedAttributeIsReportedAtItsPath() {
        var changed = three
        changed[2].1[1].0 = "lead"
        XCTAssertEqual(diff(notice(three), notice(changed)), [
            Difference(artifact: "xml", location: "/notice/documents/document/tasks/task[3]/units/unit[2]/@role",
                       expected: "\"support\"", actual: "\"lead\""),
        ])
    }

    func testAnAddedElementIsOneAdditionAtItsActualPath() {
        var added = three
        added.insert(("d1.t9", [("lead", "县民政局")]), at: 1)
        let d = diff(notice(three), notice(added))
        XCTAssertEqual(d.count, 1, "\(d)")
        XCTAssertEqual(d.first?.location, "/notice/documents/document/tasks/task[2]")
        XCTAssertNil(d.first?.expected)
        XCTAssertEqual(d.first?.actual, #"<task id="d1.t9" number="1"><heading>d1.t9的标题</heading><units><unit end="5" line="2" role="lead" start="1">县民政局</unit></units></task>"#)
    }

    func testARemovedElementIsReportedAtItsExpectedPath() {
        var removed = three
        removed[2].1.remove(at: 1)
        XCTAssertEqual(diff(notice(three), notice(removed)), [
            Difference(artifact: "xml", location: "/notice/documents/document/tasks/task[3]/units/unit[2]",
                       expected: #"<unit end="5" line="2" role="support" start="1">县发改局</unit>"#, actual: nil),
        ])
    }

    func testAChangedTextIsReportedAtItsTextNode() {
        var changed = three
        changed[0].1[0].1 = "县财政厅"
        XCTAssertEqual(diff(notice(three), notice(changed)), [
            Difference(artifact: "xml", location: "/notice/documents/document/tasks/task[1]/units/unit/text()",
                       expected: "\"县财政局\"", actual: "\"县财政厅\""),
        ])
    }

    func testLayoutAndAttributeOrderDoNotMatter() {
        let compact = #"<notice schemaVersion="1.0" xmlns="urn:gongwen:1.0"><documents><document line="1" end="99" start="0" id="d1"><tasks/></document></documents></notice>"#
        XCTAssertEqual(diff(notice([]), compact), [])
        XCTAssertEqual(diff(notice([]), compact.replacingOccurrences(of: "<tasks/>", with: "<tasks> </tasks>")).map(\.location),
                       ["/notice/documents/document/tasks/text()"], "white space in an element without children is its text")
    }

    func testWhiteSpaceInsideATextIsADifference() {
        let e = #"<n xmlns="urn:t"><text>甲 乙</text></n>"#
        XCTAssertEqual(diff(e, e.replacingOccurrences(of: "甲 乙", with: "甲\n乙")),
                       [Difference(artifact: "xml", location: "/n/text/text()", expected: "\"甲 乙\"", actual: "\"甲\\n乙\"")])
    }

    func testAnElementOfAnotherNameIsARemovalAndAnAddition() {
        let e = #"<h xmlns="urn:t"><title>T</title><issuer>甲</issuer><date>D</date></h>"#
        let a = #"<h xmlns="urn:t"><title>T</title><issuers><organ>甲</organ></issuers><date>D</date></h>"#
        XCTAssertEqual(diff(e, a), [
            Difference(artifact: "xml", location: "/h/issuer", expected: "<issuer>甲</issuer>", actual: nil),
            Difference(artifact: "xml", location: "/h/issuers", expected: nil, actual: "<issuers><organ>甲</organ></issuers>"),
        ])
    }

    func testANamespaceOrRootChangeIsReported() {
        XCTAssertEqual(diff(notice(three), notice(three, namespace: "urn:gongwen:2.0")).map(\.location), ["/notice/@xmlns"])
        XCTAssertEqual(diff(notice([]), notice([], root: "other")).map(\.location), ["/"])
    }

    func testAFileThatDoesNotParseIsOneDifferenceForTheWholeFile() {
        let d = diff(notice(three), "<notice><unclosed></notice>")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.location, "")
        XCTAssertTrue(d.first?.actual?.hasPrefix("(not well-formed XML: line 1:") ?? false, "\(d)")
        XCTAssertEqual(diff("", notice(three)).first?.expected?.hasPrefix("(the expected file is not well-formed XML"), true)
    }

    func testParseValueSortsAttributesDropsLayoutAndKeepsEntitiesUnexpanded() throws {
        let xml = "<!DOCTYPE n [<!ENTITY e \"x\">]>\n<n xmlns=\"urn:t\" z=\"1\" a=\"2\">\n  <c>&e;&amp;</c>\n  <d xmlns=\"\"> </d>\n</n>"
        let (value, problems) = LibXML.parseValue(Data(xml.utf8))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(value, XMLValue("n", attributes: [.init("xmlns", "urn:t"), .init("z", "1"), .init("a", "2")], children: [
            XMLValue("c", text: "&e;&"), XMLValue("d", attributes: [.init("xmlns", "")], text: " "),
        ]))
        XCTAssertEqual(value?.attributes.map(\.name), ["a", "xmlns", "z"])
    }

    func testTheGongwenOutputOfARealNoticeReadsBackEqualToItself() throws {
        let notice = Pipeline.process(SourceText(name: "x.txt", text: plan("1.推进河道整治。（牵头单位：县水利局；配合单位：县财政局）")))
        let data = try XMLEmitter.encode(notice)
        let relaid = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n  ", with: "\n")
        XCTAssertNotEqual(Data(relaid.utf8), data)
        XCTAssertEqual(XMLComparison.compare(data, Data(relaid.utf8), artifact: "xml"), [])
    }
}
