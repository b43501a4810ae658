import Foundation

/// 输出格式: one output format of `gongwen corpus`: how a notice is rendered in it (for `--out`
/// and the baseline) and, for formats with a baseline in `--expected`, how two renderings are compared.
public struct CorpusFormat: Sendable {
    /// The format's name and file extension: `json` writes `NAME.json`.
    public let name: String
    /// Renders a notice.
    public let render: @Sendable (Notice) throws -> Data
    /// Compares an expected and an actual rendering; nil for formats written by `--out` but not kept as a baseline.
    public let compare: (@Sendable (_ expected: Data, _ actual: Data) -> [Difference])?

    public init(name: String, render: @escaping @Sendable (Notice) throws -> Data,
                compare: (@Sendable (Data, Data) -> [Difference])?) {
        self.name = name
        self.render = render
        self.compare = compare
    }

    /// Whether `--expected` holds a baseline in this format.
    public var hasBaseline: Bool { compare != nil }
}

extension CorpusFormat {
    public static let json = CorpusFormat(name: "json", render: { try JSONEmitter.encode($0) },
                                          compare: { JSONComparison.compare($0, $1, artifact: "json") })

    /// Every format `gongwen corpus` writes, in a fixed order. Adding one (XML, CSV, HTML) is one line here:
    /// `CorpusFormat(name: "xml", render: { try XMLEmitter.encode($0) }, compare: XMLComparison.compare)`.
    public static let all: [CorpusFormat] = [.json]

    public static func named(_ name: String) -> CorpusFormat? { all.first { $0.name == name } }
}

/// JSON 比较: parses both files and walks them; a file that does not parse is one difference at the root.
public enum JSONComparison {
    public static func compare(_ expected: Data, _ actual: Data, artifact: String) -> [Difference] {
        // The same bytes are the same document; parsing is only needed to say where two files differ.
        if expected == actual { return [] }
        let e: JSONValue, a: JSONValue
        do { e = try JSONValue.parse(expected) } catch {
            return [Difference(artifact: artifact, location: "", expected: "(the expected file is not valid JSON)", actual: "(a valid document)")]
        }
        do { a = try JSONValue.parse(actual) } catch {
            return [Difference(artifact: artifact, location: "", expected: "(a valid document)", actual: "(not valid JSON)")]
        }
        return JSONDiff.diff(e, a, artifact: artifact)
    }
}
