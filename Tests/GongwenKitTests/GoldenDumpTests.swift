import Foundation
import XCTest
@testable import GongwenKit

/// Compares the dumps of the parse (paragraphs, tokens, outline, tasks) of a few Corpus notices with
/// golden files beside this test. `RECORD_GOLDEN=1 swift test` re-records them, and the test then
/// fails saying so, so recording never passes silently.
final class GoldenDumpTests: XCTestCase {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let notices = ["01_county-notice-issues-three-plans", "03_city-key-task-division", "16_attached-task-table-and-member-list"]

    func testDumpsMatchTheGoldenFiles() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        var recorded: [String] = []
        for name in Self.notices {
            let url = TestSupport.corpus.appendingPathComponent(name + ".txt")
            guard FileManager.default.fileExists(atPath: url.path) else { XCTFail("missing \(url.path)"); continue }
            let source = try Decoder.read(path: url.path)
            let notice = Pipeline.process(source)
            let dumps = [("paragraphs", TreeDump.paragraphs(source)), ("tokens", TreeDump.tokens(source)),
                         ("outline", TreeDump.outline(notice)), ("tasks", TreeDump.tasks(notice))]
            for (stage, actual) in dumps {
                let file = Self.golden.appendingPathComponent("\(name).\(stage).txt")
                if record {
                    try AtomicFile.write(Data(actual.utf8), to: file.path)
                    recorded.append(file.lastPathComponent)
                    continue
                }
                let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                if expected != actual {
                    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
                    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
                    let k = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
                    XCTFail("\(file.lastPathComponent) differs at line \(k + 1):\n  expected: \(k < e.count ? String(e[k]) : "<end>")\n  actual:   \(k < a.count ? String(a[k]) : "<end>")\n(re-record with RECORD_GOLDEN=1 after reviewing)")
                }
            }
        }
        if record { XCTFail("recorded \(recorded.count) golden files; run again without RECORD_GOLDEN to check them") }
    }
}
