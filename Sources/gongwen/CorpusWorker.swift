import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen corpus-worker` (hidden): the child process `gongwen corpus` starts for each notice.
struct CorpusWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus-worker",
        abstract: "Extract one notice for `gongwen corpus` and leave the results as files in a folder (internal).",
        shouldDisplay: false
    )

    @Argument(help: "The notice.")
    var file: String

    @Option(help: "The notice's name in the corpus (the file name without .txt).")
    var name: String

    @Option(help: "The folder to leave the results in.")
    var result: String

    @Option(help: "Formats to render, comma-separated.")
    var formats: String = "json"

    @OptionGroup var input: InputOptions

    func run() throws {
        var chosen: [CorpusFormat] = []
        for name in formats.split(separator: ",") {
            guard let format = CorpusFormat.named(String(name)) else { throw ValidationError("unknown format \(name)") }
            chosen.append(format)
        }
        let (code, message) = CorpusWorker.runChild(NoticeFile(name: name, path: file), formats: chosen,
                                                    maxBytes: input.maxBytes, resultDir: result)
        if let message { Terminal.error(message) }
        throw ExitCode(code)
    }
}
