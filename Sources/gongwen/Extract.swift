import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen extract`: one notice in, its structured data out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the header, documents, tasks, units, dates and citations of one notice.",
        discussion: """
        Examples:
          gongwen extract Corpus/01_county-notice-issues-three-plans.txt
          gongwen extract notice.txt --format json -o notice.json
          gongwen extract notice.txt --format xml -o notice.xml  # checked by its XSD
          cat notice.txt | gongwen extract -
          gongwen extract notice.txt --format csv -o ledger.csv  # task ledger
          gongwen extract notice.txt --format csv --by-unit      # a row per unit
          gongwen extract notice.txt --format html -o review.html  # review page
        """
    )

    @Argument(help: "The notice as a text file (UTF-8, UTF-16 or GB18030), or - for standard input.")
    var file: String

    @Option(name: .shortAndLong, help: "Output format: json, xml, csv (task ledger) or html (review page).")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Write here instead of standard output (atomically).")
    var output: String?

    @Flag(help: "Show diagnostics on standard error as source excerpts (the default when it is a terminal).")
    var diagnostics = false

    @Flag(help: "With --format csv: one row per unit, role and task, sorted by unit.")
    var byUnit = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        if byUnit && format != .csv { throw ValidationError("--by-unit needs --format csv") }
    }

    func run() throws {
        let source = try input.read(file)
        // Only the views and diagnostics excerpts show the text. Otherwise it is handed over: the
        // pipeline lets it go once normalized, which lowers a large notice's peak memory.
        guard format == .csv || format == .html || Terminal.showsDiagnostics(always: diagnostics) else {
            return try emit(Pipeline.process(consume source))
        }
        let notice = Pipeline.process(source)
        Terminal.showDiagnostics(notice.diagnostics, source, always: diagnostics)
        switch format {
        case .json, .xml: try emit(notice)
        case .csv, .html:
            let view: Views.Format = format == .html ? .html : byUnit ? .csvByUnit : .csv
            try Terminal.write(Views.render(view, notice: notice, source: source), to: output)
        }
    }

    /// Writes JSON (streamed: a large notice's JSON never sits whole in memory) or XML.
    func emit(_ notice: Notice) throws {
        if format == .json {
            try Terminal.write(to: output) { write in try JSONEmitter.write(notice, to: write) }
            return
        }
        do {
            try Terminal.write(try XMLEmitter.encode(notice), to: output)
        } catch let error as XMLEmitter.InvalidOutput {
            Terminal.error("\(file): internal error: \(error.description)")
            throw ExitCode(GongwenKit.ExitCode.internalError)
        }
    }
}

/// The formats `gongwen extract` writes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case xml
    case csv
    case html
}
