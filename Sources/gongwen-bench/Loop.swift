import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen-bench loop FILE...`: runs decode → JSON over the files again and again for a set time,
/// with nothing else in the process, so a profiler (`perf record`) sees only the pipeline.
struct Loop: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run decode → JSON over the files repeatedly (for a profiler).",
        discussion: "Example: perf record -g .build/release/gongwen-bench loop Corpus/*.txt --seconds 10")

    @Argument(help: "The notices to process (files that cannot be read are skipped).") var files: [String]
    @Option(help: "How long to keep going.") var seconds: Double = 5

    func run() throws {
        let start = StageRunner.now()
        var passes = 0, bytes = 0
        repeat {
            for file in files {
                guard let notice = try? Pipeline.run(path: file) else { continue }
                try JSONEmitter.write(notice) { bytes += $0.count }
            }
            passes += 1
        } while StageRunner.now() - start < seconds
        let elapsed = StageRunner.now() - start
        let input = files.reduce(0) { $0 + StageRunner.fileSize($1) }
        print(String(format: "%d passes in %.2f s: %.2f ms a pass, %.1f MB/s of input (%d bytes of JSON)",
                     passes, elapsed, elapsed / Double(passes) * 1000, Double(input * passes) / elapsed / 1e6, bytes))
    }
}
