import Foundation
import XCTest
@testable import GongwenKit

/// `gongwen validate`, `gongwen schema` and `gongwen extract --format xml` as a user runs them:
/// the built binary on broken files, each message and each exit code.
final class ValidateCommandTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws { dir = try OutputTestSupport.temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func check(_ cases: [BrokenOutputs.Case], ext: String) throws {
        let gongwen = try OutputTestSupport.gongwen()
        for c in cases {
            let path = try write("\(c.name).\(ext)", c.text)
            let r = try OutputTestSupport.run(gongwen, ["validate", path])
            XCTAssertEqual(r.status, 1, "\(c.name): \(r.out)\(r.err)")
            XCTAssertTrue(r.out.contains("\(path): \(c.expected)"), "\(c.name): expected\n  \(c.expected)\nin\n\(r.out)\(r.err)")
            XCTAssertTrue(r.out.hasSuffix("1 of 1 file invalid\n"), r.out)
        }
    }

    func testBrokenJSONFiles() throws { try check(BrokenOutputs.json(), ext: "json") }

    func testBrokenXMLFiles() throws { try check(BrokenOutputs.xml(), ext: "xml") }

    func testValidFilesExitZero() throws {
        let gongwen = try OutputTestSupport.gongwen()
        let json = try write("a.json", BrokenOutputs.validJSON())
        let xml = try write("b.xml", BrokenOutputs.validXML(FullNotice.make(jointSigners: true)))
        let r = try OutputTestSupport.run(gongwen, ["validate", json, xml])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        let note = "semantic rules not run: the source notice.txt was not found unchanged (same SHA-256)"
        XCTAssertEqual(r.out, "\(json): \(note)\n\(json): valid JSON\n\(xml): \(note)\n\(xml): valid XML\n")
        XCTAssertEqual(try OutputTestSupport.run(gongwen, ["validate", "-"], stdin: Data(BrokenOutputs.validJSON().utf8)).status, 0)
    }

    /// A line break in a file name stays inside the file's line of the report, as in error messages.
    func testEachFileKeepsToItsOwnLines() throws {
        let gongwen = try OutputTestSupport.gongwen()
        let json = try write("a\nb.json", BrokenOutputs.validJSON())
        let shown = json.replacingOccurrences(of: "\n", with: "\\n")
        let r = try OutputTestSupport.run(gongwen, ["validate", json])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        let note = "semantic rules not run: the source notice.txt was not found unchanged (same SHA-256)"
        XCTAssertEqual(r.out, "\(shown): \(note)\n\(shown): valid JSON\n")
    }

    func testUnreadableFilesAndMixtures() throws {
        let gongwen = try OutputTestSupport.gongwen()
        let valid = try write("ok.json", BrokenOutputs.validJSON())
        let missing = dir.appendingPathComponent("missing.json").path
        var r = try OutputTestSupport.run(gongwen, ["validate", valid, missing])
        XCTAssertEqual(r.status, ExitCode.cannotOpen)
        XCTAssertEqual(r.err, "gongwen: \(missing): no such file\n")
        r = try OutputTestSupport.run(gongwen, ["validate", try write("empty.json", "")])
        XCTAssertEqual(r.status, ExitCode.refused)
        XCTAssertTrue(r.err.contains("empty.json: the file is empty"), r.err)
        r = try OutputTestSupport.run(gongwen, ["validate", try write("notes.txt", "hello")])
        XCTAssertEqual(r.status, ExitCode.checkFailed)
        XCTAssertTrue(r.out.contains("notes.txt: line 1: neither JSON (which starts with {) nor XML (which starts with <)"), r.out)
        // Every file is checked; the invalid one is reported, and the count says how many.
        let broken = try write("broken.json", BrokenOutputs.json()[0].text)
        r = try OutputTestSupport.run(gongwen, ["validate", "--quiet", valid, broken])
        XCTAssertEqual(r.status, ExitCode.checkFailed)
        XCTAssertFalse(r.out.contains("valid JSON"))
        XCTAssertTrue(r.out.hasSuffix("1 of 2 files invalid\n"), r.out)
    }

    func testSchemaCommandPrintsTheEmbeddedSchemas() throws {
        let gongwen = try OutputTestSupport.gongwen()
        XCTAssertEqual(try OutputTestSupport.run(gongwen, ["schema"]).out, JSONSchemaDocument.text)
        XCTAssertEqual(try OutputTestSupport.run(gongwen, ["schema", "--format", "xml"]).out, XSDDocument.text)
        let out = dir.appendingPathComponent("s.json").path
        XCTAssertEqual(try OutputTestSupport.run(gongwen, ["schema", "--format", "json", "-o", out]).status, 0)
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), JSONSchemaDocument.text)
    }

    /// `--version` names the tool's release and the output contract the schemas above describe.
    func testVersionNamesTheOutputContract() throws {
        let r = try OutputTestSupport.run(try OutputTestSupport.gongwen(), ["--version"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("gongwen "), r.out)
        XCTAssertTrue(r.out.hasSuffix(" (output contract \(Notice.currentSchemaVersion))\n"), r.out)
        XCTAssertTrue(JSONSchemaDocument.text.contains("\"const\": \"\(Notice.currentSchemaVersion)\""))
    }

    func testExtractXMLIsValidAndSaysTheSameAsJSON() throws {
        let gongwen = try OutputTestSupport.gongwen()
        let notice = TestSupport.corpus.appendingPathComponent("01_county-notice-issues-three-plans.txt").path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: notice), "Corpus/ has no 01 notice")
        let xml = dir.appendingPathComponent("n.xml").path
        let r = try OutputTestSupport.run(gongwen, ["extract", notice, "--format", "xml", "-o", xml])
        XCTAssertEqual(r.status, 0, r.err)
        let v = try OutputTestSupport.run(gongwen, ["validate", xml])
        XCTAssertEqual(v.status, 0, v.out)
        let tree = try XCTUnwrap(LibXML.parse(try Data(contentsOf: URL(fileURLWithPath: xml))).0?.root)
        XCTAssertEqual(tree.namespace, "urn:gongwen:1.0")
        let expected = Pipeline.process(try Decoder.read(path: notice))
        XCTAssertEqual(tree.allElements().filter { $0.name == "task" && $0[attribute: "id"] != nil }.count, expected.documents.map(\.tasks.count).reduce(0, +))
    }
}
