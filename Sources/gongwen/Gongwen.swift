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
          gongwen extract Corpus/01_county-notice-issues-three-plans.txt   # JSON on stdout
          gongwen extract notice.txt -o notice.json
          gongwen extract - < notice.txt                         # read standard input

        Exit codes: 0 ok; 1 a check failed; 64 usage; 65 input refused (empty, binary,
        undecodable, too large); 66 input cannot be opened; 70 internal error; 73 output not written.
        """,
        subcommands: [Extract.self, Dump.self, Schema.self, ValidateFiles.self, Corpus.self, Eval.self, CorpusWorkerCommand.self]
    )

    /// Guards the standard streams before anything opens a file, then runs the command.
    static func main() {
        StandardStreams.prepare()
        main(nil)
    }
}
