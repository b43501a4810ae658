import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen corpus`: extracts a folder of notices and checks each against its expected output.
struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every notice (*.txt) of a folder and compare each with its expected output.",
        discussion: """
        Prints one line per notice (ok, changed, new, error), under a changed one each difference as a JSON pointer (NAME.json) or an XPath-like path (NAME.xml) with the expected and the actual value, and a summary. Inputs that must be refused (empty, binary) have the expected error as their baseline, NAME.error.json. Notices are extracted in worker processes (this same binary, each kept for many notices); one that runs over --timeout is stopped, so a notice that hangs or crashes is an error for that notice alone and the run goes on. The report is the same whatever --jobs is.

        Examples:
          gongwen corpus Corpus --expected Output
          gongwen corpus Corpus --expected Output --update   # accept the new results
          gongwen corpus Corpus --junit corpus.xml --jobs 2 --out /tmp/results

        Exit codes: 0 every notice matches its baseline; 1 a notice changed, is new or failed, or a baseline is stale; 66 no such folder, or no notices in it; 73 a file could not be written.
        """
    )

    @Argument(help: "The folder of notices (*.txt).")
    var dir: String

    @Option(help: "The folder of expected outputs (default: Output beside the notices' folder).")
    var expected: String?

    @Option(help: "Also write every result into this folder.")
    var out: String?

    @Option(help: "Notices extracted at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Rewrite the expected outputs that differ or are missing (atomically) and remove stale ones.")
    var update = false

    @Option(help: "Write a JUnit XML report here.")
    var junit: String?

    @Option(help: "Seconds one notice may take before it is stopped and reported as an error.")
    var timeout: Double = 30

    @Flag(help: "Extract in threads of this process instead of worker processes: a little faster, but a hang can only be abandoned, not stopped, and a crash ends the run.")
    var inProcess = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        // At most a day: the limit becomes a count of nanoseconds, which `inf` or 1e11 would overflow.
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be more than 0 and at most 86400 seconds (a day)") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: dir).standardized
        let expectedDir = expected ?? folder.deletingLastPathComponent().appendingPathComponent("Output").path
        let options = CorpusOptions(dir: dir, expected: expectedDir, out: out, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, update: update, timeLimit: timeout)
        let extractor: any NoticeExtractor = inProcess ? InProcessExtractor(maxBytes: input.maxBytes) : ChildProcessExtractor.selfInvoking(maxBytes: input.maxBytes)
        let workDir = (extractor as? ChildProcessExtractor)?.workDir
        Interrupts.handle { workDir.map { _ = try? FileManager.default.removeItem(atPath: $0) } }
        let console = CorpusConsole()
        let summary: CorpusSummary
        do {
            summary = try CorpusRun.run(options, extractor: extractor, observer: console.observer)
        } catch let error as CorpusError {
            Terminal.error(error.description)
            throw ExitCode(error.exitCode)
        }
        console.finish(summary)
        if let failure = console.outputFailure {
            Terminal.error("standard output: cannot write: \(failure)")
            throw ExitCode(GongwenKit.ExitCode.cannotWrite)
        }
        if let junit {
            try Terminal.write(Data(JUnitReport.xml(summary, suite: folder.lastPathComponent).utf8), to: junit)
        }
        throw ExitCode(summary.exitCode)
    }
}
