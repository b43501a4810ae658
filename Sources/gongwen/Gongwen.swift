import ArgumentParser
import GongwenKit

/// The `gongwen` command: reads Chinese government notices (公文) and writes structured data.
@main
struct Gongwen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Turn Chinese government notices (公文) into structured, schema-valid data.",
        discussion: """
        Examples:
          gongwen extract notice.txt                # JSON on standard output
          gongwen extract notice.txt -o notice.json
          gongwen extract - < notice.txt            # read standard input
          gongwen extract Corpus/01_county-notice-issues-three-plans.txt

        Exit codes: 0 ok; 1 a check failed; 64 usage (also an argument that is
        not UTF-8); 65 input refused (empty, binary, undecodable, too large);
        66 input cannot be opened; 70 internal error; 73 output not written.
        """,
        version: "gongwen \(version) (output contract \(Notice.currentSchemaVersion))",
        subcommands: [Extract.self, Dump.self, Schema.self, ValidateFiles.self, Corpus.self, Eval.self, CorpusWorkerCommand.self]
    )

    /// The release of the tool; the output contract has its own version (`schemaVersion`).
    static let version = "0.1.0"

    /// Guards the standard streams before anything opens a file, refuses arguments that are not
    /// UTF-8 (a file name in GBK would name another file), then runs the command.
    static func main() {
        StandardStreams.prepare()
        let notUTF8 = FileName.argumentsNotUTF8()
        for arg in notUTF8 { Terminal.error("argument \(arg.position): " + FileName.notUTF8(arg.shown)) }
        if !notUTF8.isEmpty { exit(withError: ExitCode(GongwenKit.ExitCode.usage)) }
        main(nil)
    }
}
