import Foundation
import XCTest
@testable import GongwenKit

/// Output that cannot be written gives a clear error and exit code 73, and never leaves a
/// half-written file: the previous file stays as it was, and no temporary file is left behind.
final class OutputFailureTests: XCTestCase {
    func testAFullDevice() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        let r = try GongwenRun.run(["extract", input, "-o", "/dev/full"], in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: /dev/full: cannot write: no space left on device\n")
        var st = stat()
        XCTAssertEqual(stat("/dev/full", &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFCHR, "/dev/full must still be the device, not a file renamed onto it")
    }

    func testStandardOutputOnAFullDevice() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        let r = try GongwenRun.run(["extract", input], shell: #"exec "$0" "$@" >/dev/full"#, in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: standard output: cannot write: no space left on device\n")
    }

    func testAClosedStandardOutput() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        let r = try GongwenRun.run(["extract", input], shell: #"exec "$0" "$@" >&-"#, in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: standard output: cannot write: it is closed\n")
        XCTAssertEqual(dir.read("notice.txt"), BadInput.notice, "nothing may land in a file that took descriptor 1")
    }

    /// Standard error a pipe nobody reads: the message is lost, but the exit code still tells (it
    /// used to stop the program with a trap, exit 132). The pause lets the reader end first.
    func testAStandardErrorThatIsABrokenPipe() throws {
        let dir = try Scratch()
        let r = try GongwenRun.run(["extract", "missing.txt"],
                                   shell: #"{ sleep 0.5; "$0" "$@"; echo $? >"STATUS"; } 2>&1 >/dev/null | : ; exit $(cat "STATUS")"#
                                       .replacingOccurrences(of: "STATUS", with: dir.file("status")), in: dir)
        XCTAssertEqual(r.status, 66)
    }

    /// `gongwen corpus` prints its report on standard output: one that cannot take it is exit 73.
    func testACorpusReportThatCannotBeWritten() throws {
        let dir = try Scratch()
        for folder in ["in", "expected"] { try FileManager.default.createDirectory(atPath: dir.file(folder), withIntermediateDirectories: false) }
        try dir.write("in/notice.txt", BadInput.notice)
        for (shell, reason) in [(#"exec "$0" "$@" >&-"#, "it is closed"), (#"exec "$0" "$@" >/dev/full"#, "no space left on device")] {
            let r = try GongwenRun.run(["corpus", dir.file("in"), "--expected", dir.file("expected"), "--in-process"], shell: shell, in: dir)
            XCTAssertEqual(r.status, 73, shell)
            XCTAssertEqual(r.stderr, "gongwen: standard output: cannot write: \(reason)\n", shell)
        }
    }

    /// A name of 250 bytes is allowed (255 is the limit); its temporary name must fit too.
    func testAnOutputNameNearTheLengthLimit() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        let name = String(repeating: "公", count: 81) + ".json"
        XCTAssertEqual(name.utf8.count, 248)
        let r = try GongwenRun.run(["extract", input, "-o", dir.file(name)], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(dir.names, ["notice.txt", name])
        XCTAssertLessThanOrEqual(AtomicFile.temporaryName(for: name).utf8.count, 255)
    }

    /// Ctrl-C while the output is being written: exit 130, the previous file as it was, and no
    /// temporary file left beside it (one of 11 MB was). The test waits for the temporary file to
    /// appear, so the signal comes in the middle of the write.
    func testCtrlCDuringTheWriteLeavesNoTemporaryFile() throws {
        guard let binary = GongwenRun.binary else { throw XCTSkip("the gongwen binary is not built beside the tests") }
        let dir = try Scratch()
        let one = try String(contentsOf: TestSupport.root.appendingPathComponent("Corpus/01_county-notice-issues-three-plans.txt"), encoding: .utf8)
        let input = try dir.write("big.txt", String(repeating: one, count: 200))
        try dir.write("out.json", "previous\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["extract", input, "-o", dir.file("out.json")]
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, !dir.names.contains(where: { $0.hasSuffix(".tmp") }), Date() < deadline { usleep(2000) }
        XCTAssertTrue(process.isRunning, "the write ended before the test saw its temporary file")
        process.interrupt()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertEqual(dir.names, ["big.txt", "out.json"])
        XCTAssertEqual(dir.read("out.json"), "previous\n")
    }

    /// Ctrl-C while a notice's baselines are replaced waits for the set: both files are new, never
    /// the JSON new and the XML old (`removePending` is what the interrupt handler calls).
    func testAnInterruptionWaitsForWritesThatBelongTogether() throws {
        let dir = try Scratch()
        let (json, xml) = (try dir.write("a.json", "old\n"), try dir.write("a.xml", "old\n"))
        let firstWritten = DispatchSemaphore(value: 0)
        Thread {
            AtomicFile.together {
                try? AtomicFile.write(Data("new\n".utf8), to: json)
                firstWritten.signal()
                usleep(300_000)
                try? AtomicFile.write(Data("new\n".utf8), to: xml)
            }
        }.start()
        firstWritten.wait()
        AtomicFile.removePending()
        defer { AtomicFile.reopenAfterTest() }
        XCTAssertEqual(dir.read("a.json"), "new\n")
        XCTAssertEqual(dir.read("a.xml"), "new\n")
    }

    func testAnUnwritableFolderLeavesThePreviousFile() throws {
        let (asNobody, skip) = GongwenRun.permissionsBite
        if let skip { throw XCTSkip(skip) }
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        try FileManager.default.createDirectory(atPath: dir.file("locked"), withIntermediateDirectories: false)
        try dir.write("locked/out.json", "previous\n")
        chmod(dir.file("locked"), 0o555)
        let r = try GongwenRun.run(["extract", input, "-o", dir.file("locked/out.json")], asNobody: asNobody, in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: \(dir.file("locked/out.json")): cannot write: the folder \(dir.file("locked")) is not writable (permission denied)\n")
        XCTAssertEqual(dir.read("locked/out.json"), "previous\n")
    }

    func testAMissingFolder() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        let r = try GongwenRun.run(["extract", input, "-o", dir.file("nowhere/out.json")], in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: \(dir.file("nowhere/out.json")): cannot write: the folder \(dir.file("nowhere")) does not exist\n")
    }

    func testADirectoryAsTarget() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        let r = try GongwenRun.run(["extract", input, "-o", dir.path], in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: \(dir.path): cannot write: it is a directory\n")
    }

    /// The disk fills half way (a file size limit of 4 KiB stands in for it): the old file stays, no temporary file is left.
    func testAWriteThatFailsHalfWayLeavesThePreviousFile() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        try dir.write("out.json", "previous\n")
        let r = try GongwenRun.run(["extract", input, "-o", dir.file("out.json")], shell: #"ulimit -f 4; exec "$0" "$@""#, in: dir)
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "gongwen: \(dir.file("out.json")): cannot write: file too large\n")
        XCTAssertEqual(dir.read("out.json"), "previous\n")
        XCTAssertEqual(dir.names, ["notice.txt", "out.json"])
    }

    /// A good write replaces the file whole and keeps its permissions; a symbolic link stays a link.
    func testASuccessfulWriteReplacesTheFileAndKeepsItsMode() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        try dir.write("out.json", "previous\n")
        chmod(dir.file("out.json"), 0o600)
        XCTAssertEqual(symlink("out.json", dir.file("link.json")), 0)
        let r = try GongwenRun.run(["extract", input, "-o", dir.file("link.json")], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual((try? FileManager.default.destinationOfSymbolicLink(atPath: dir.file("link.json"))), "out.json")
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("out.json")))) as? [String: Any]
        XCTAssertNotNil(written?["documents"])
        var st = stat()
        stat(dir.file("out.json"), &st)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        XCTAssertEqual(dir.names, ["link.json", "notice.txt", "out.json"])
    }

    /// A link to a file not made yet (a chain of two, one relative) stays a link: the file is made
    /// where it points (it was replaced by a regular file).
    func testALinkToAFileNotMadeYetStaysALink() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        try FileManager.default.createDirectory(atPath: dir.file("real"), withIntermediateDirectories: false)
        XCTAssertEqual(symlink("real/middle.json", dir.file("link.json")), 0)
        XCTAssertEqual(symlink(dir.file("real/out.json"), dir.file("real/middle.json")), 0)
        let r = try GongwenRun.run(["extract", input, "-o", dir.file("link.json")], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir.file("link.json")), "real/middle.json")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir.file("real/middle.json")), dir.file("real/out.json"))
        XCTAssertTrue(dir.read("real/out.json")?.contains("\"documents\"") ?? false)
    }

    /// `-o /dev/stdout` writes the open standard output, so a shell's `>>` still appends.
    func testDevStdoutAppends() throws {
        let dir = try Scratch()
        let input = try dir.write("notice.txt", BadInput.notice)
        try dir.write("log.txt", "kept\n")
        let r = try GongwenRun.run(["extract", input, "-o", "/dev/stdout"], shell: #"exec "$0" "$@" >>"$GW_LOG""#.replacingOccurrences(of: "$GW_LOG", with: dir.file("log.txt")), in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(dir.read("log.txt")?.hasPrefix("kept\n{") == true)
    }
}

/// Files are written only through `AtomicFile`: no other way of writing a file appears in the sources
/// of the library and the command (`Data.write(to:)`, `FileManager.createFile`, `FileHandle` for
/// writing, `fopen`, or `open` with `O_TRUNC`/`O_APPEND`).
final class AtomicWritesOnlyTests: XCTestCase {
    static let forbidden = [#"\.write\(to: *(URL|url|[a-z]+URL)\b"#, #"\.write\(toFile:"#, #"createFile\("#, #"FileHandle\(forWriting"#,
                            #"FileHandle\(forUpdating"#, #"\bfopen\("#, #"O_TRUNC"#, #"O_APPEND"#]
    /// Files that may, and why: none of them writes gongwen's output.
    static let exempt = [
        "GongwenKit/Emit/AtomicFile.swift": "it is the one way",
        "GongwenKit/Corpus/ChildProcess.swift": "a corpus worker's standard error goes to a scratch log, which is read back, not output",
        "gongwen-bench/": "the benchmark is a developer's tool, not gongwen; it writes its figures and synthetic inputs",
    ]

    func testNoOtherWayOfWritingFiles() throws {
        let sources = TestSupport.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        XCTAssertGreaterThan(files.count, 50)
        let patterns = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
        for file in files where !Self.exempt.keys.contains(where: { file.hasPrefix($0) }) {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for p in patterns where p.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                XCTFail("\(file) writes a file with \(p.pattern) instead of AtomicFile.write")
            }
        }
    }

    /// The patterns catch what they are meant to.
    func testThePatternsMatch() throws {
        let samples = ["try data.write(to: url)", "try d.write(to: URL(fileURLWithPath: p))", "x.write(toFile: p, atomically: true)",
                       "FileManager.default.createFile(atPath: p, contents: d)", "FileHandle(forWritingAtPath: p)", "open(p, O_WRONLY | O_TRUNC)"]
        let patterns = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
        for s in samples {
            XCTAssertTrue(patterns.contains { $0.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }, s)
        }
        let fine = "try Terminal.write(to: output) { write in try AtomicFile.write(to: path, produce) }"
        XCTAssertFalse(patterns.contains { $0.firstMatch(in: fine, range: NSRange(fine.startIndex..., in: fine)) != nil })
    }
}
