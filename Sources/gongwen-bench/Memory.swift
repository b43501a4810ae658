import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen-bench memory FILE`: resident memory after each stage of `gongwen extract --format json`
/// on one file, and the peak inside each stage (Linux: `VmRSS` and `VmHWM` from
/// `/proc/self/status`; the peak is reset before each stage through `/proc/self/clear_refs`).
struct Memory: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show resident memory after each stage, and each stage's peak, on one notice.",
        discussion: "Example: swift run -c release gongwen-bench memory /tmp/notice-100MB.txt")

    @Argument(help: "The notice to process.") var file: String

    func run() throws {
        func row(_ stage: String, _ figures: (Int, Int) = Self.status()) {
            print("| \(stage) | \(figures.0 / 1000) | \(figures.1 / 1000) |")
            Self.resetPeak()
        }
        let start = Self.status()
        Self.resetPeak()
        // Read first, so a file that cannot be read leaves no half table.
        let source = try Decoder.read(path: file)
        print("| after | resident MB | peak in stage MB |")
        print("|---|---:|---:|")
        row("start", start)
        row("decode")
        let notice = Pipeline.process(source) { row($0.rawValue) }
        var written = 0
        try JSONEmitter.write(notice) { written += $0.count }
        row("emit JSON (\(written / 1_000_000) MB)")
    }

    /// VmRSS and VmHWM in kB (0 where /proc is not there).
    static func status() -> (Int, Int) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func value(_ key: String) -> Int {
            text.split(separator: "\n").first { $0.hasPrefix(key) }
                .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[1]) } ?? 0
        }
        return (value("VmRSS:"), value("VmHWM:"))
    }

    /// Resets VmHWM to the current resident size (Linux ≥ 4.0).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
