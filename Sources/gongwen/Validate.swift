import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen validate`: checks gongwen JSON or XML files against the output contract.
struct ValidateFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check gongwen JSON or XML files against the output schema and the span rules.",
        discussion: """
        XML is checked against the XSD (line and message per problem), JSON
        against the JSON Schema (JSON pointer and message per problem); then every
        span must end no earlier than it starts and within the source's
        characters. Each problem is printed as FILE: WHERE: MESSAGE. For both,
        the semantic rules (numbering, units, dates, 发文字号) then run against
        the source named in source.name when it is found unchanged: their
        warnings are printed, their errors make the file invalid.

        Examples:
          gongwen validate notice.json
          gongwen validate out/*.json out/*.xml

        Exit codes: 0 every file is valid; 1 a file is invalid; 66 a file
        cannot be opened; 65 a file is refused (empty, binary, too large);
        70 gongwen's own schema is broken. Every file is checked; a file that
        cannot be read decides the code over an invalid one.
        """
    )

    @Argument(help: "gongwen JSON or XML files (- for standard input).")
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print only problems, not a line per valid file.")
    var quiet = false

    @OptionGroup var input: InputOptions

    func run() throws {
        var refused: Int32?
        var invalid = 0
        var out = ""
        for path in files {
            let shown = OneLine.text(path)
            do {
                let report = try OutputValidator.validate(path: path, maxBytes: input.maxBytes)
                for d in report.diagnostics where d.severity != .error {
                    out += "\(shown): \(d.span.map { "source line \($0.line)" } ?? "/"): \(d.severity.rawValue)[\(d.code)]: \(d.message)\n"
                }
                if let note = report.semanticNote, !quiet { out += "\(shown): \(note)\n" }
                if report.isValid {
                    if !quiet { out += "\(shown): valid \(report.format?.rawValue.uppercased() ?? "")\n" }
                } else {
                    invalid += 1
                    out += report.problems.map { "\(shown): \($0.location): \($0.message)\n" }.joined()
                }
            } catch let error as InputError {
                Terminal.error(error.description)
                refused = refused ?? error.exitCode
            } catch {
                try Terminal.write(Data(out.utf8), to: nil)
                Terminal.error("internal error: \(error)")
                throw ExitCode(GongwenKit.ExitCode.internalError)
            }
        }
        if invalid > 0 { out += "\(invalid) of \(files.count) file\(files.count == 1 ? "" : "s") invalid\n" }
        try Terminal.write(Data(out.utf8), to: nil)
        if let refused { throw ExitCode(refused) }
        if invalid > 0 { throw ExitCode(GongwenKit.ExitCode.checkFailed) }
    }
}
