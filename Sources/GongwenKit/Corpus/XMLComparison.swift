import Foundation

/// XML 比较: parses both files through libxml2 (the safe options `gongwen validate` uses) and walks
/// them with `XMLDiff`; a file that does not parse is one difference for the whole file.
public enum XMLComparison {
    public static func compare(_ expected: Data, _ actual: Data, artifact: String) -> [Difference] {
        // The same bytes are the same document; parsing is only needed to say where two files differ.
        if expected == actual { return [] }
        let (e, eProblems) = LibXML.parseValue(expected)
        guard let e else {
            return [Difference(artifact: artifact, location: "", expected: "(the expected file is not well-formed XML: \(first(eProblems)))",
                               actual: "(a well-formed document)")]
        }
        let (a, aProblems) = LibXML.parseValue(actual)
        guard let a else {
            return [Difference(artifact: artifact, location: "", expected: "(a well-formed document)",
                               actual: "(not well-formed XML: \(first(aProblems)))")]
        }
        return XMLDiff.diff(e, a, artifact: artifact)
    }

    static func first(_ problems: [LibXML.Problem]) -> String { problems.first?.description ?? "unknown problem" }
}
