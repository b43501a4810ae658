import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen eval`: precision, recall and F1 against hand-made gold annotations.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score gongwen against the gold annotations (*.gold.json) of a folder: precision, recall and F1 per field.",
        discussion: """
        For every NAME.gold.json, extracts NAME.txt and compares field by field: documents, tasks, headings, units per role (lead, support, responsible) and in any role, deadlines, starts, recurring, citations and their numbers, header. Figures are micro over the folder and per notice, and they are those of ../shared/tools/score.py on the same inputs (the gold format is GOLD_FORMAT.md beside it). By default text is compared as score.py compares it: white space removed, full-width letters and digits, dashes and parentheses folded; --strict compares it as written. The overall F1 is the mean of the key fields' F1 (tasks, headings, units, lead, support, responsible, deadlines, citations, header) over those with anything to find.

        Examples:
          gongwen eval Corpus
          gongwen eval ../shared/corpus --min 0.97 --min-field 0.93 --json eval.json
          gongwen eval Corpus --strict --verbose

        Exit codes: 0 the overall F1 reaches --min and no field is below --min-field; 1 not so, or a notice could not be extracted; 65 a gold file is not valid JSON; 66 no such folder, or no gold files in it; 73 --json could not be written.
        """
    )

    @Argument(help: "The folder holding NAME.txt and NAME.gold.json.")
    var dir: String

    @Option(help: "Also write the figures here as JSON.")
    var json: String?

    @Option(help: "Exit with 1 when the overall F1 is below this.")
    var min: Double = 0

    @Option(help: "Exit with 1 when any field's F1 is below this.")
    var minField: Double = 0

    @Flag(help: "Compare text exactly as written (default: ignore white space, full-width forms, dash and parenthesis forms).")
    var strict = false

    @Flag(name: .shortAndLong, help: "List every mismatch.")
    var verbose = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let result: EvalResult
        do {
            result = try EvalRun.run(dir: dir, strict: strict, predict: EvalRun.pipeline(maxBytes: input.maxBytes))
        } catch let e as EvalError {
            Terminal.error(e.description)
            throw ExitCode(GongwenKit.ExitCode.cannotOpen)
        }
        try Terminal.write(Data(EvalReport.table(result, verbose: verbose).utf8), to: nil)
        if let json { try Terminal.write(try EvalReport.json(result), to: json) }
        // The report lists them too; standard error says why the exit code is 65.
        for line in result.badGold { Terminal.error(line) }
        if result.totals.overallF1 < min { Terminal.error(String(format: "overall F1 %.4f is below --min %g", result.totals.overallF1, min)) }
        for field in result.fieldsBelow(minField) {
            Terminal.error(String(format: "%@ F1 %.4f is below --min-field %g", field.rawValue, result.totals[field].f1, minField))
        }
        throw ExitCode(result.exitCode(min: min, minField: minField))
    }
}
