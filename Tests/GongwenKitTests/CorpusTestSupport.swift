import Foundation
import XCTest
@testable import GongwenKit

/// A throw-away corpus folder (`C/`) with its baseline folder (`Output/`), removed after the test.
final class TempCorpus {
    let root: String
    var dir: String { root + "/C" }
    var expected: String { root + "/Output" }

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/gongwen-test.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        root = String(cString: made)
        try FileManager.default.createDirectory(atPath: root + "/C", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
    func writeBytes(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }

    /// Three small plans, an empty file and a binary file.
    static func standard() throws -> TempCorpus {
        let c = try TempCorpus()
        try c.write("a-plan.txt", plan("1.加强大气污染防治。2024年6月底前完成。（牵头单位：县生态环境局；配合单位：县发改局）\n2.推进河道整治。（责任单位：县水利局）"))
        try c.write("b-plan.txt", plan("1.开展安全生产检查。每季度开展一次。（县应急局负责）", title: "某某县2024年安全生产工作方案"))
        try c.write("c-plan.txt", plan("（一）完善制度。（牵头单位：县司法局）\n（二）强化督查。（牵头单位：县政府办）", title: "某某县2023年法治建设实施方案"))
        try c.write("empty.txt", "")
        try c.writeBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
        return c
    }

    func options(jobs: Int = 2, update: Bool = false, out: String? = nil, timeLimit: Double = 30) -> CorpusOptions {
        CorpusOptions(dir: dir, expected: expected, out: out, jobs: jobs, update: update, timeLimit: timeLimit)
    }

    func run(jobs: Int = 2, update: Bool = false, out: String? = nil, timeLimit: Double = 30,
             extractor: any NoticeExtractor = InProcessExtractor()) throws -> CorpusSummary {
        try CorpusRun.run(options(jobs: jobs, update: update, out: out, timeLimit: timeLimit), extractor: extractor)
    }
}

/// The built `gongwen` binary beside the test bundle, when this build has one.
enum BuiltBinary {
    static var gongwen: String? {
        // The test runner is `.build/<configuration>/gongwenPackageTests.xctest` (a program on Linux, a bundle on macOS).
        let runner = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let candidates = [runner, Bundle(for: TempCorpus.self).bundleURL].map { $0.deletingLastPathComponent().appendingPathComponent("gongwen").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension CorpusSummary {
    /// The report exactly as `gongwen corpus` prints it.
    var printed: String { verdicts.map(CorpusReport.lines).joined() + CorpusReport.summary(self) }

    func verdict(_ fileName: String) -> NoticeVerdict? { verdicts.first { $0.file.fileName == fileName } }
}
