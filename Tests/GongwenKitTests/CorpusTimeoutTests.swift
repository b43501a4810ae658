import Foundation
import XCTest
@testable import GongwenKit

/// A notice that hangs or crashes is an error for that notice only: the run goes on and reports the rest.
final class CorpusTimeoutTests: XCTestCase {
    func testASlowExtractionIsReportedAsATimeoutAndTheRunGoesOn() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        let release = DispatchSemaphore(value: 0)
        defer { release.signal() }
        let slow = ClosureExtractor { file, formats in
            if file.name == "b-plan" { _ = release.wait(timeout: .now() + 20) }
            return CorpusWorker.outcome(file, formats: formats)
        }
        let started = Date()
        let s = try c.run(jobs: 2, timeLimit: 0.3, extractor: slow)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(s.verdicts.map(\.file.name), ["a-plan", "b-plan", "c-plan", "empty", "image"], "fixed order, nothing lost")
        XCTAssertEqual(s.verdict("b-plan.txt")?.status, .error)
        XCTAssertTrue(s.verdict("b-plan.txt")?.detail?.contains("timed out after 0.3 s") ?? false)
        XCTAssertEqual(s.verdicts.filter { $0.status == .ok }.count, 4)
        XCTAssertEqual(s.exitCode, ExitCode.checkFailed)
        XCTAssertTrue(s.printed.contains("error    b-plan.txt  (timed out after 0.3 s"))
    }

    func testUpdateNeverRecordsAFailure() throws {
        let c = try TempCorpus.standard()
        let failing = ClosureExtractor { file, formats in file.name == "a-plan" ? .failed("boom") : CorpusWorker.outcome(file, formats: formats) }
        let s = try c.run(update: true, extractor: failing)
        XCTAssertEqual(s.exitCode, ExitCode.checkFailed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: c.expected + "/a-plan.json"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: c.expected + "/b-plan.json"))
    }

    func testAHangingChildProcessIsKilledAtTheLimit() throws {
        let c = try TempCorpus.standard()
        let hang = ChildProcessExtractor(executable: "/bin/sh", leadingArguments: ["-c", "sleep 30"], killGrace: 1)
        let file = NoticeFile(name: "a-plan", path: c.dir + "/a-plan.txt")
        let started = Date()
        let outcome = hang.extract(file, formats: [.json], timeLimit: 0.5)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the child must be stopped, not waited for")
        guard case .failed(let why) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertTrue(why.hasPrefix("timed out after 0.5 s"), why)
    }

    func testAChildThatIgnoresSIGTERMIsKilledWithItsChildren() throws {
        let c = try TempCorpus.standard()
        let stubborn = ChildProcessExtractor(executable: "/bin/sh", leadingArguments: ["-c", "trap '' TERM; sleep 30; true"], killGrace: 0.3)
        let started = Date()
        let outcome = stubborn.extract(NoticeFile(name: "a-plan", path: c.dir + "/a-plan.txt"), formats: [.json], timeLimit: 0.3)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(outcome, .failed("timed out after 0.3 s; the extraction was stopped"))
    }

    func testACrashingChildIsAnErrorWithItsSignalAndAFailingOneWithItsMessage() throws {
        let c = try TempCorpus.standard()
        let file = NoticeFile(name: "a-plan", path: c.dir + "/a-plan.txt")
        let crash = ChildProcessExtractor(executable: "/bin/sh", leadingArguments: ["-c", "kill -SEGV $$"])
        guard case .failed(let why) = crash.extract(file, formats: [.json], timeLimit: 10) else { return XCTFail() }
        XCTAssertTrue(why.contains("crashed (signal 11)"), why)
        let failing = ChildProcessExtractor(executable: "/bin/sh", leadingArguments: ["-c", "echo broken input >&2; exit 3"])
        XCTAssertEqual(failing.extract(file, formats: [.json], timeLimit: 10), .failed("the worker ended without answering (status 3): broken input"))
        let liar = ChildProcessExtractor(executable: "/bin/sh", leadingArguments: ["-c", #"while read l; do echo '{"ok":true}'; done"#])
        guard case .failed(let why3) = liar.extract(file, formats: [.json], timeLimit: 10) else { return XCTFail() }
        XCTAssertTrue(why3.contains("answered without its json output"), why3)
    }

    /// A worker that dies is replaced for the next notice, the run reports every notice, and the crash
    /// message holds what the worker wrote for that notice only.
    func testADeadWorkerIsReplacedAndTheRunGoesOn() throws {
        let c = try TempCorpus.standard()
        let script = #"while read l; do case "$l" in *a-plan*) echo "said for a" >&2;; *b-plan*) echo "said for b" >&2; kill -SEGV $$;; esac; echo '{"ok":false,"message":"answered"}'; done"#
        let fake = ChildProcessExtractor(executable: "/bin/sh", leadingArguments: ["-c", script])
        let s = try c.run(jobs: 1, extractor: fake)
        XCTAssertEqual(s.verdicts.map(\.detail), ["answered", "the extraction crashed (signal 11): said for b", "answered", "answered", "answered"])
        XCTAssertEqual(fake.workersStarted, 2, "one worker until the crash, one after")
    }

    /// The real worker (`gongwen corpus-worker`) gives exactly what the in-process extraction gives.
    func testTheWorkerProcessGivesTheSameResultAsInProcess() throws {
        guard let gongwen = BuiltBinary.gongwen else { throw XCTSkip("the gongwen binary is not built beside the tests") }
        let c = try TempCorpus.standard()
        let child = ChildProcessExtractor(executable: gongwen)
        for name in ["a-plan", "b-plan", "empty", "image"] {
            let file = NoticeFile(name: name, path: c.dir + "/\(name).txt")
            XCTAssertEqual(child.extract(file, formats: CorpusFormat.all, timeLimit: 30),
                           InProcessExtractor().extract(file, formats: CorpusFormat.all, timeLimit: 30), name)
        }
        XCTAssertEqual(try c.run(jobs: 2, update: true, extractor: child).exitCode, ExitCode.ok)
        XCTAssertLessThanOrEqual(child.workersStarted, 3, "workers are kept for many notices")
        XCTAssertEqual(try c.run().exitCode, ExitCode.ok, "baselines recorded through the worker pass in-process")
    }
}
