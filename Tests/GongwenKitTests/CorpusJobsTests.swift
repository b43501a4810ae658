import Foundation
import XCTest
@testable import GongwenKit

/// `gongwen corpus --out` writes the same JSON, byte for byte, whatever `--jobs` is: the order
/// notices finish in must not leak into any file.
final class CorpusJobsTests: XCTestCase {
    /// The corpus notices that decode (about 40, of every size, so the jobs interleave), in a temporary corpus.
    func corpus() throws -> TempCorpus {
        let c = try TempCorpus.standard()
        let dirs = [TestSupport.corpus, TestSupport.sharedCorpus].compactMap { $0 }
        for (k, url) in dirs.flatMap(TestSupport.notices(in:)).enumerated() where (try? Decoder.read(path: url.path)) != nil {
            try c.writeBytes("n\(k).txt", Array(try Data(contentsOf: url)))
        }
        return c
    }

    /// The `.json` files of a folder, by name.
    func jsonFiles(_ dir: String) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }
        return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0))) })
    }

    func testJSONIsByteIdenticalWithOneJobAndTwoInProcess() throws {
        let c = try corpus()
        _ = try c.run(jobs: 1, out: c.root + "/one")
        _ = try c.run(jobs: 2, out: c.root + "/two")
        let one = try jsonFiles(c.root + "/one"), two = try jsonFiles(c.root + "/two")
        XCTAssertGreaterThan(one.count, 10)
        XCTAssertEqual(Set(one.keys), Set(two.keys))
        for (name, data) in one { XCTAssertEqual(two[name], data, "\(name) differs between --jobs 1 and --jobs 2") }
    }

    func testJSONIsByteIdenticalWithOneJobAndTwoThroughTheCommand() throws {
        guard let gongwen = BuiltBinary.gongwen else { throw XCTSkip("no built gongwen beside the tests") }
        let c = try corpus()
        for (jobs, out) in [(1, "one"), (2, "two")] {
            let r = try OutputTestSupport.run(gongwen, ["corpus", c.dir, "--expected", c.expected, "--out", c.root + "/" + out, "--jobs", "\(jobs)"])
            XCTAssertEqual(r.status, 1, "every notice is new: \(r.err)")
        }
        let one = try jsonFiles(c.root + "/one"), two = try jsonFiles(c.root + "/two")
        XCTAssertGreaterThan(one.count, 10)
        XCTAssertEqual(Set(one.keys), Set(two.keys))
        for (name, data) in one { XCTAssertEqual(two[name], data, "\(name) differs between --jobs 1 and --jobs 2") }
    }
}
