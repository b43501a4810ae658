import Foundation
import XCTest
@testable import GongwenKit

/// `gongwen corpus` with the XML baseline: `NAME.xml` recorded, compared structurally, new when missing, removed when stale.
final class CorpusXMLBaselineTests: XCTestCase {
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func testUpdateRecordsTheXMLTooAndTheNextRunPasses() throws {
        let c = try TempCorpus.standard()
        XCTAssertEqual(try c.run(update: true).exitCode, ExitCode.ok)
        for name in ["a-plan", "b-plan", "c-plan"] { XCTAssertTrue(exists(c.expected + "/\(name).xml"), name) }
        for name in ["empty", "image"] { XCTAssertFalse(exists(c.expected + "/\(name).xml"), "a refused file has only its error") }
        let recorded = try Data(contentsOf: URL(fileURLWithPath: c.expected + "/a-plan.xml"))
        let source = try Decoder.decode(try Decoder.readBytes(path: c.dir + "/a-plan.txt", maxBytes: Decoder.defaultMaxBytes), name: "a-plan.txt")
        XCTAssertEqual(recorded, try XMLEmitter.encode(Pipeline.process(source)), "the baseline is what extract --format xml writes")
        let again = try c.run()
        XCTAssertEqual(again.verdicts.map(\.status), Array(repeating: .ok, count: 5))
        XCTAssertEqual(again.exitCode, ExitCode.ok)
    }

    func testAChangedXMLBaselineFailsWithItsPathAndUpdateMakesItPassAgain() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        let path = c.expected + "/a-plan.xml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let edited = original.replacingOccurrences(of: #"<unit role="support""#, with: #"<unit role="lead""#)
        XCTAssertNotEqual(edited, original)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)

        let changed = try c.run()
        XCTAssertEqual(changed.exitCode, ExitCode.checkFailed)
        let v = try XCTUnwrap(changed.verdict("a-plan.txt"))
        XCTAssertEqual(v.status, .changed)
        XCTAssertEqual(v.differences, [Difference(artifact: "xml", location: "/notice/documents/document/tasks/task[1]/units/unit[2]/@role",
                                                  expected: "\"lead\"", actual: "\"support\"")], "the JSON baseline still matches")
        XCTAssertTrue(changed.printed.contains("    xml /notice/documents/document/tasks/task[1]/units/unit[2]/@role: expected \"lead\", actual \"support\"\n"))

        XCTAssertEqual(try c.run(update: true).exitCode, ExitCode.ok)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok)
    }

    func testAMissingXMLBaselineIsNewAndUpdateRecordsIt() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try FileManager.default.removeItem(atPath: c.expected + "/b-plan.xml")
        let check = try c.run()
        let v = try XCTUnwrap(check.verdict("b-plan.txt"))
        XCTAssertEqual(v.status, .new)
        XCTAssertEqual(v.unrecorded, ["xml"])
        XCTAssertEqual(check.exitCode, ExitCode.checkFailed)
        XCTAssertTrue(check.printed.contains("new      b-plan.txt  (no b-plan.xml in the baseline)\n"))
        XCTAssertTrue(JUnitReport.xml(check, suite: "C").contains("no b-plan.xml; record it with gongwen corpus --update"))

        let update = try c.run(update: true)
        XCTAssertEqual(update.verdicts.filter(\.updated).map(\.file.name), ["b-plan"])
        XCTAssertTrue(exists(c.expected + "/b-plan.xml"))
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok)
    }

    func testAMissingXMLBesideAChangedJSONIsPartOfTheChange() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try FileManager.default.removeItem(atPath: c.expected + "/c-plan.xml")
        try c.write("c-plan.txt", plan("（一）完善制度。（牵头单位：县司法局）", title: "某某县2023年法治建设实施方案"))
        let v = try XCTUnwrap(try c.run().verdict("c-plan.txt"))
        XCTAssertEqual(v.status, .changed)
        XCTAssertTrue(v.differences.contains { $0.artifact == "xml" && $0.expected == "(no file c-plan.xml)" }, "\(v.differences)")
    }

    func testStaleXMLBaselinesAreRemovedByUpdate() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try Data("<gone/>".utf8).write(to: URL(fileURLWithPath: c.expected + "/gone.xml"))
        try FileManager.default.removeItem(atPath: c.dir + "/c-plan.txt")
        let check = try c.run()
        XCTAssertEqual(check.stale.map { ($0 as NSString).lastPathComponent }, ["c-plan.json", "c-plan.xml", "gone.xml"])
        XCTAssertEqual(check.exitCode, ExitCode.checkFailed)
        let update = try c.run(update: true)
        XCTAssertEqual(update.removedStale.map { ($0 as NSString).lastPathComponent }, ["c-plan.json", "c-plan.xml", "gone.xml"])
        for gone in ["gone.xml", "c-plan.xml", "c-plan.json"] { XCTAssertFalse(exists(c.expected + "/" + gone), gone) }
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok)
    }

    func testANoticeNowRefusedLosesItsXMLBaselineOnUpdate() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try c.write("a-plan.txt", "")
        let v = try XCTUnwrap(try c.run().verdict("a-plan.txt"))
        XCTAssertEqual(v.status, .changed)
        XCTAssertEqual(Set(v.differences.map(\.artifact)), ["json", "xml", "error.json"])
        _ = try c.run(update: true)
        XCTAssertFalse(exists(c.expected + "/a-plan.xml"))
        XCTAssertFalse(exists(c.expected + "/a-plan.json"))
        XCTAssertTrue(exists(c.expected + "/a-plan.error.json"))
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok)
    }
}
