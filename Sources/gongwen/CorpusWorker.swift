import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen corpus-worker` (hidden): a worker process of `gongwen corpus`, which starts and feeds it.
struct CorpusWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus-worker",
        abstract: "Extract notices for `gongwen corpus`: JSON requests on standard input, results as files (internal).",
        shouldDisplay: false
    )

    @Option(help: "Formats to render, comma-separated.")
    var formats: String = "json"

    @OptionGroup var input: InputOptions

    func run() throws {
        var chosen: [CorpusFormat] = []
        for name in formats.split(separator: ",") {
            guard let format = CorpusFormat.named(String(name)) else { throw ValidationError("unknown format \(name)") }
            chosen.append(format)
        }
        throw ExitCode(CorpusWorker.serve(formats: chosen, maxBytes: input.maxBytes))
    }
}
