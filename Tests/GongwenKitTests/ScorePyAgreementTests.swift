import Foundation
import XCTest
@testable import GongwenKit

/// `gongwen eval` must give score.py's figures on the same inputs: every field's P, R, F1 and counts,
/// every notice's per-field F1, the overall F1 and the broken count.
final class ScorePyAgreementTests: XCTestCase {
    static var scorePy: String? {
        let path = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/tools/score.py").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var python: String? { ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? pathLookup("python3") }

    static func pathLookup(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs score.py on `dir` with `cmd` and returns the JSON it wrote.
    func runScorePy(_ dir: String, cmd: String) throws -> JSONValue {
        guard let python = Self.python, let script = Self.scorePy else { throw XCTSkip("python3 or ../shared/tools/score.py is absent") }
        let out = NSTemporaryDirectory() + "/score-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [script, dir, "--cmd", cmd, "--json", out]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        XCTAssertTrue([0, 1, 2].contains(p.terminationStatus), "score.py exited with \(p.terminationStatus)")
        return try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: out)))
    }

    func number(_ v: JSONValue?) -> Double? {
        switch v {
        case .int(let i)?: return Double(i)
        case .double(let d)?: return d
        default: return nil
        }
    }

    /// Compares every figure score.py writes with ours; returns how many were compared.
    @discardableResult
    func assertAgree(_ py: JSONValue, _ ours: EvalResult, _ label: String) throws -> Int {
        let mine = try JSONValue.parse(try EvalReport.json(ours))
        var compared = 0
        func same(_ a: JSONValue?, _ b: JSONValue?, _ what: String) {
            compared += 1
            XCTAssertNotNil(number(a), "\(label) \(what): score.py has no figure")
            XCTAssertEqual(number(a), number(b), "\(label) \(what)")
        }
        same(py["overall_f1"], mine["overall_f1"], "overall_f1")
        for field in EvalField.allCases {
            for key in ["p", "r", "f1", "tp", "fp", "fn"] { same(py["fields"]?[field.rawValue]?[key], mine["fields"]?[field.rawValue]?[key], "\(field.rawValue).\(key)") }
        }
        guard case .object(let docs)? = py["documents"] else { XCTFail("\(label): no per-document figures"); return compared }
        XCTAssertEqual(Set(docs.keys), Set(ours.notices.map(\.name)), label)
        for (name, figures) in docs {
            for field in EvalField.allCases { same(figures[field.rawValue], mine["documents"]?[name]?[field.rawValue], "\(name) \(field.rawValue)") }
        }
        guard case .array(let broken)? = py["broken"] else { XCTFail("\(label): no broken list"); return compared }
        XCTAssertEqual(broken.count, ours.broken.count, "\(label) broken")
        return compared
    }

    /// The real notices, extracted by the gongwen binary for score.py and in-process for `gongwen eval`.
    func testAgreesWithScorePyOnTheSharedCorpus() throws {
        guard let dir = TestSupport.sharedCorpus else { throw XCTSkip("../shared/corpus is absent") }
        try agreeOnRealNotices(dir.path)
    }

    /// Corpus/ once it holds gold annotations.
    func testAgreesWithScorePyOnCorpus() throws {
        let dir = TestSupport.corpus.path
        let gold = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".gold.json") }
        try XCTSkipIf(gold.isEmpty, "Corpus/ has no gold annotations yet")
        try agreeOnRealNotices(dir)
    }

    func agreeOnRealNotices(_ dir: String) throws {
        let ours = try EvalRun.run(dir: dir, predict: EvalRun.pipeline())
        let py: JSONValue
        if let gongwen = BuiltBinary.gongwen {
            py = try runScorePy(dir, cmd: "'\(gongwen)' extract --format json {}")
        } else {
            // No binary beside the tests: give score.py the library's JSON through a mirror folder.
            let mirror = try TempCorpus()
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".gold.json") {
                let stem = String(name.dropLast(".gold.json".count))
                try FileManager.default.copyItem(atPath: dir + "/" + name, toPath: mirror.dir + "/" + name)
                let json = (try? Pipeline.run(path: dir + "/" + stem + ".txt")).flatMap { try? JSONEmitter.encode($0) } ?? Data("not json".utf8)
                try json.write(to: URL(fileURLWithPath: mirror.dir + "/" + stem + ".txt"))
            }
            py = try runScorePy(mirror.dir, cmd: "cat {}")
        }
        XCTAssertGreaterThan(try assertAgree(py, ours, dir), 100)
    }

    /// Awkward gold and predictions that exercise score.py's corners: restarted and missing numbers,
    /// numbers as strings, documents matched by position, duplicate citations, lists against objects in
    /// the header, dates with times, a prediction that is not JSON.
    func testAgreesWithScorePyOnAwkwardSyntheticPairs() throws {
        let c = try TempCorpus()
        for (name, gold, pred) in SyntheticPairs.all {
            try Data(gold.utf8).write(to: URL(fileURLWithPath: c.dir + "/\(name).gold.json"))
            try Data(pred.utf8).write(to: URL(fileURLWithPath: c.dir + "/\(name).txt"))
        }
        let py = try runScorePy(c.dir, cmd: "cat {}")
        let ours = try EvalRun.run(dir: c.dir, predict: { path in
            guard let data = FileManager.default.contents(atPath: path), let json = try? JSONValue.parse(data) else {
                return .failure(EvalPredictionError(message: "no JSON"))
            }
            return .success(json)
        })
        XCTAssertEqual(ours.broken.count, 1)
        XCTAssertGreaterThan(try assertAgree(py, ours, "synthetic"), 100)
        XCTAssertNotEqual(ours.totals.overallF1, 1.0, "the pairs must disagree somewhere, or the comparison proves little")
    }
}
