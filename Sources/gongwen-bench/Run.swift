import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen-bench run` (the default): builds the inputs, measures every case in a child process,
/// prints the table and writes the JSON.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every case (the default).")

    @Option(help: "Write the figures here as JSON.")
    var out = "bench.json"

    @Option(help: "The shipped notices (their first *.txt is the example).")
    var corpus = "Corpus"

    @Option(help: "The shared annotated corpus, when present.")
    var shared = "../shared/corpus"

    @Option(help: "Seconds to repeat each small case for (medians are taken over the repeats).")
    var seconds = 2.0

    @Option(help: "How many notices go in the folder for the corpus run.")
    var folderSize = 2000

    @Flag(help: "Skip the 100 MB notice (for a quick look).")
    var quick = false

    func run() throws {
        let plan = try BenchPlan(corpus: corpus, shared: shared, seconds: seconds, folderSize: folderSize, quick: quick)
        defer { try? FileManager.default.removeItem(atPath: plan.temp) }
        var results: [BenchResult] = []
        for c in try plan.cases() {
            FileHandle.standardError.write(Data("measuring \(c.name) …\n".utf8))
            results.append(try plan.measure(c))
        }
        let report = Report(command: "swift run -c release gongwen-bench " + CommandLine.arguments.dropFirst().joined(separator: " "),
                            machine: Machine.current(), results: results, checks: Checks.evaluate(results, plan: plan))
        print(report.table())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(encoder.encode(report), to: out)
        print("figures written to \(out)")
    }
}
