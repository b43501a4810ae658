import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen schema`: prints the output contract carried in the binary.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the schema of gongwen's output: JSON Schema (draft 2020-12) or XSD 1.0.",
        discussion: """
        Examples:
          gongwen schema                        # the JSON Schema
          gongwen schema --format xml           # the XSD for `extract --format xml`
          gongwen schema --format json -o gongwen-1.0.schema.json
        """
    )

    /// Which schema to print.
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, xml }

    @Option(name: .shortAndLong, help: "Which schema: json (JSON Schema) or xml (XSD).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write here instead of standard output (atomically).")
    var output: String?

    func run() throws {
        let text = format == .json ? JSONSchemaDocument.text : XSDDocument.text
        try Terminal.write(Data(text.utf8), to: output)
    }
}
