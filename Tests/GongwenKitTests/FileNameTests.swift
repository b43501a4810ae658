import Foundation
import XCTest
@testable import GongwenKit

/// File names that are not UTF-8 (关于 in GBK, as a Windows zip file leaves it) are refused by
/// name. Before, `extract` said "no such file", `-o` wrote a file whose name had U+FFFD in place of
/// the bytes, and `corpus` reported the notice as refused with `input.not-found`.
final class FileNameTests: XCTestCase {
    /// 关于 in GBK. (Not every GBK name is invalid UTF-8: 通知 is CD A8 D6 AA, which UTF-8 reads as
    /// U+0368 U+05AA. Such a name still reaches the file system as the same bytes.)
    static let gbk: [UInt8] = [0xB9, 0xD8, 0xD3, 0xDA]

    func testShownEscapesOnlyTheBytesThatAreNotUTF8() {
        XCTAssertTrue(FileName.isUTF8(Array("通知.txt".utf8)))
        XCTAssertEqual(FileName.shown(Array("通知.txt".utf8)), "通知.txt")
        XCTAssertFalse(FileName.isUTF8(Self.gbk))
        XCTAssertEqual(FileName.shown(Array("a".utf8) + Self.gbk + Array(".txt".utf8)), #"a\xB9\xD8\xD3\xDA.txt"#)
        // A UTF-8 sequence cut short, then valid text.
        XCTAssertEqual(FileName.shown(Array("通".utf8).prefix(2) + Array("知".utf8)), #"\xE9\x80知"#)
        XCTAssertTrue(FileName.isUTF8([UInt8]()))
    }

    func testAnArgumentThatIsNotUTF8IsAUsageErrorThatNamesIt() throws {
        let dir = try Scratch()
        try createFile(dir.path, Self.gbk + Array(".txt".utf8), BadInput.notice)
        let good = try dir.write("good.txt", BadInput.notice)
        let name = #"\271\330\323\332"#  // the GBK bytes, for printf(1)
        let read = try GongwenRun.run([], shell: #"exec "$0" extract "\#(dir.path)/$(printf '\#(name)').txt""#, in: dir)
        XCTAssertEqual(read.status, 64)
        XCTAssertEqual(read.stderr, "gongwen: argument 2: \(dir.path)/\\xB9\\xD8\\xD3\\xDA.txt: \(FileName.notUTF8Reason)\n")
        XCTAssertTrue(read.stdout.isEmpty)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let write = try GongwenRun.run([], shell: #"exec "$0" extract "\#(good)" -o "\#(dir.path)/$(printf '\#(name)').json""#, in: dir)
        XCTAssertEqual(write.status, 64)
        XCTAssertEqual(write.stderr, "gongwen: argument 4: \(dir.path)/\\xB9\\xD8\\xD3\\xDA.json: \(FileName.notUTF8Reason)\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), before, "nothing is written")
    }

    func testACorpusReportsSuchANoticeAsAnErrorAndChecksTheRest() throws {
        let c = try TempCorpus.standard()
        try createFile(c.dir, Self.gbk + Array(".txt".utf8), "（一）完善制度。（牵头单位：县司法局）")
        let summary = try c.run(update: true)
        let verdict = try XCTUnwrap(summary.verdict(#"\xB9\xD8\xD3\xDA.txt"#))
        XCTAssertEqual(verdict.status, .error)
        XCTAssertEqual(verdict.detail, FileName.notUTF8Reason)
        XCTAssertFalse(verdict.updated)
        XCTAssertEqual(summary.verdicts.filter { $0.status == .error }.count, 1)
        XCTAssertTrue(summary.printed.contains(#"error    \xB9\xD8\xD3\xDA.txt  (the file name is not UTF-8"#), summary.printed)
        XCTAssertTrue(FileManager.default.fileExists(atPath: c.expected + "/a-plan.json"), "the other notices are recorded")
    }

    /// A baseline whose name is not UTF-8 is not reported stale: no notice can have that name, and
    /// `--update` could not remove it by its text (it failed with exit 73).
    func testABaselineWhoseNameIsNotUTF8IsNoStaleBaseline() throws {
        let c = try TempCorpus.standard()
        _ = try c.run(update: true)
        try createFile(c.expected, Array("zz".utf8) + Self.gbk + Array(".json".utf8), "{}")
        XCTAssertEqual(try c.run().stale, [])
        let update = try c.run(update: true)
        XCTAssertEqual(update.problems, [])
        XCTAssertEqual(update.exitCode, ExitCode.ok)
    }

    /// Creates `dir/name` from raw name bytes, which `FileManager` (taking a `String`) cannot.
    private func createFile(_ dir: String, _ name: [UInt8], _ text: String) throws {
        let path = (Array(dir.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        XCTAssertEqual(write(fd, bytes, bytes.count), bytes.count)
    }
}
