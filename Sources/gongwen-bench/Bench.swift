import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen-bench`: speed and memory of gongwen, per stage and end to end, on the example, the
/// corpora, large synthetic notices and a folder of 2,000 notices. Run it in a release build:
/// `swift run -c release gongwen-bench [--out bench.json]`.
@main
struct GongwenBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen-bench",
        abstract: "Measure gongwen's speed (MB/s, notices/s) and peak memory per stage and end to end.",
        discussion: "Run in a release build: swift run -c release gongwen-bench [--out bench.json]",
        subcommands: [Run.self, Memory.self, Loop.self, Child.self],
        defaultSubcommand: Run.self
    )
}

/// `gongwen-bench child` (hidden): measures one case in its own process and writes the result.
struct Child: ParsableCommand {
    static let configuration = CommandConfiguration(shouldDisplay: false)

    @Option var spec: String
    @Option var result: String

    func run() throws {
        let c = try JSONDecoder().decode(BenchCase.self, from: Data(contentsOf: URL(fileURLWithPath: spec)))
        var r = c.kind == .threads ? try ThreadRunner.run(c) : try StageRunner.run(c)
        r.vmHWMKiB = Spawn.vmHWM()
        try JSONEncoder().encode(r).write(to: URL(fileURLWithPath: result))
    }
}
