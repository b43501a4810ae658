import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen dump`: shows what each stage saw, one node per line with its span.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the paragraphs, outline or tasks gongwen read from a notice, one per line with spans.",
        discussion: """
        Examples:
          gongwen dump --stage paragraphs notice.txt
          gongwen dump --stage tokens notice.txt
          gongwen dump --stage outline notice.txt
          gongwen dump --stage tasks notice.txt
        """
    )

    /// The stage whose result is shown.
    enum Stage: String, ExpressibleByArgument, CaseIterable { case paragraphs, tokens, outline, tasks }

    @Option(help: "What to show: paragraphs, tokens, outline or tasks.")
    var stage: Stage = .outline

    @Argument(help: "The notice, or - for standard input.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let source = try input.read(file)
        let text: String
        switch stage {
        case .paragraphs: text = TreeDump.paragraphs(source)
        case .tokens: text = TreeDump.tokens(source)
        case .outline: text = TreeDump.outline(Pipeline.process(source))
        case .tasks: text = TreeDump.tasks(Pipeline.process(source))
        }
        try Terminal.write(Data(text.utf8), to: nil)
    }
}
