import Foundation
import XCTest
@testable import GongwenKit

/// `gongwen corpus` end to end on a small throw-away corpus: new, update, ok, changed, stale, order.
final class CorpusRunTests: XCTestCase {
    func testFirstRunFindsEverythingNewThenUpdateRecordsAndTheNextRunPasses() throws {
        let c = try TempCorpus.standard()
        let first = try c.run()
        XCTAssertEqual(first.verdicts.map(\.status), Array(repeating: .new, count: 5))
        XCTAssertEqual(first.exitCode, ExitCode.checkFailed)

        let update = try c.run(update: true)
        XCTAssertEqual(update.exitCode, ExitCode.ok)
        XCTAssertTrue(update.verdicts.allSatisfy(\.updated))
        let files = try FileManager.default.contentsOfDirectory(atPath: c.expected).sorted()
        XCTAssertEqual(files, ["a-plan.json", "a-plan.xml", "b-plan.json", "b-plan.xml", "c-plan.json", "c-plan.xml",
                               "empty.error.json", "image.error.json"])

        let again = try c.run()
        XCTAssertEqual(again.verdicts.map(\.status), Array(repeating: .ok, count: 5))
        XCTAssertEqual(again.exitCode, ExitCode.ok)
        XCTAssertTrue(again.printed.contains("ok       empty.txt  (refused: input.empty, as expected)"))
    }

    func testARefusedFileRecordsItsErrorWithTheRelativePath() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        let error = try JSONDecoder().decode(ExpectedError.self, from: Data(contentsOf: URL(fileURLWithPath: c.expected + "/empty.error.json")))
        XCTAssertEqual(error, ExpectedError(code: "input.empty", exitCode: 65, message: "empty.txt: the file is empty"))
        let json = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: c.expected + "/a-plan.json")))
        XCTAssertEqual(json["source"]?["name"], .string("a-plan.txt"), "baselines must not depend on where the corpus lies")
    }

    func testAChangedBaselineValueFailsWithItsPointerAndUpdateMakesItPassAgain() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        let path = c.expected + "/a-plan.json"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try original.replacingOccurrences(of: "\"县生态环境局\"", with: "\"县环保局\"").write(toFile: path, atomically: true, encoding: .utf8)

        let changed = try c.run()
        XCTAssertEqual(changed.exitCode, ExitCode.checkFailed)
        let v = try XCTUnwrap(changed.verdict("a-plan.txt"))
        XCTAssertEqual(v.status, .changed)
        XCTAssertTrue(v.differences.contains(Difference(artifact: "json", location: "/documents/0/tasks/0/units/lead/0/name",
                                                        expected: "\"县环保局\"", actual: "\"县生态环境局\"")), "\(v.differences)")
        XCTAssertTrue(changed.printed.contains("    json /documents/0/tasks/0/units/lead/0/name: expected \"县环保局\", actual \"县生态环境局\""))
        XCTAssertEqual(changed.verdicts.filter { $0.status != .ok }.count, 1, "the other notices are still checked")

        XCTAssertEqual(try c.run(update: true).exitCode, ExitCode.ok)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok)
    }

    func testANoticeThatNowExtractsInsteadOfBeingRefusedIsAChange() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try c.write("empty.txt", plan("1.做好某项工作。（牵头单位：县财政局）"))
        let v = try XCTUnwrap(try c.run().verdict("empty.txt"))
        XCTAssertEqual(v.status, .changed)
        XCTAssertEqual(Set(v.differences.map(\.artifact)), ["json", "xml", "error.json"])
        _ = try c.run(update: true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: c.expected + "/empty.error.json"), "update removes the stale error baseline")
        XCTAssertTrue(FileManager.default.fileExists(atPath: c.expected + "/empty.json"))
    }

    func testStaleBaselinesFailTheCheckAndUpdateRemovesThemButNeverGold() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: c.expected + "/gone.json"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: c.expected + "/a-plan.gold.json"))
        try Data("notes".utf8).write(to: URL(fileURLWithPath: c.expected + "/README.md"))
        let check = try c.run()
        XCTAssertEqual(check.stale.map { ($0 as NSString).lastPathComponent }, ["gone.json"])
        XCTAssertEqual(check.exitCode, ExitCode.checkFailed)
        let update = try c.run(update: true)
        XCTAssertEqual(update.removedStale.map { ($0 as NSString).lastPathComponent }, ["gone.json"])
        for kept in ["a-plan.gold.json", "README.md"] { XCTAssertTrue(FileManager.default.fileExists(atPath: c.expected + "/" + kept), kept) }
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok)
    }

    func testTheReportIsTheSameWhateverTheNumberOfJobs() throws {
        let c = try TempCorpus.standard()
        for k in 0..<12 { try c.write("n\(k).txt", plan("\(k + 1).事项\(k)。（牵头单位：县第\(k)局）")) }
        _ = try c.run(update: true)
        try c.write("n3.txt", plan("4.事项改。（牵头单位：县另一局）"))
        let one = try c.run(jobs: 1).printed
        for jobs in [2, 5, 17] { XCTAssertEqual(try c.run(jobs: jobs).printed, one, "jobs \(jobs)") }
        XCTAssertTrue(one.contains("changed  n3.txt"))
    }

    func testOutWritesEveryResult() throws {
        let c = try TempCorpus.standard()
        let out = c.root + "/results"
        _ = try c.run(out: out)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
        let views = ["csv", "html", "json", "units.csv", "xml"]
        XCTAssertEqual(files, ["a-plan", "b-plan", "c-plan"].flatMap { n in views.map { "\(n).\($0)" } } + ["empty.error.json", "image.error.json"])
        let page = try String(contentsOfFile: out + "/a-plan.html", encoding: .utf8)
        XCTAssertTrue(page.contains("县生态环境局"), "the review page is the real one")
        XCTAssertFalse(FileManager.default.fileExists(atPath: c.expected + "/a-plan.html"), "views have no baseline")
    }

    func testMissingFolderAndEmptyFolderAreRefused() throws {
        let c = try TempCorpus()
        XCTAssertThrowsError(try c.run()) { XCTAssertEqual($0 as? CorpusError, .noNotices(c.dir)) }
        let options = CorpusOptions(dir: c.root + "/nope", expected: c.expected)
        XCTAssertThrowsError(try CorpusRun.run(options, extractor: InProcessExtractor())) { XCTAssertEqual(($0 as? CorpusError)?.exitCode, 66) }
    }
}
