import Foundation

/// 输出格式: one output format of `gongwen corpus`: how a notice is rendered in it (for `--out` and the
/// baseline) and, for formats with a baseline in `--expected`, how two renderings are compared.
public struct CorpusFormat: Sendable {
    /// The format's name, as the worker is told it: `json`, `csv-by-unit`.
    public let name: String
    /// The ending of its files: `json` writes `NAME.json`, `units.csv` writes `NAME.units.csv`.
    public let fileExtension: String
    /// Renders a notice; the decoded source is there for views that show the text.
    public let render: @Sendable (Notice, SourceText) throws -> Data
    /// Compares an expected and an actual rendering; nil for formats written by `--out` but not kept as a baseline.
    public let compare: (@Sendable (_ expected: Data, _ actual: Data) -> [Difference])?

    public init(name: String, fileExtension: String? = nil, render: @escaping @Sendable (Notice, SourceText) throws -> Data,
                compare: (@Sendable (Data, Data) -> [Difference])?) {
        self.name = name
        self.fileExtension = fileExtension ?? name
        self.render = render
        self.compare = compare
    }

    /// Whether `--expected` holds a baseline in this format.
    public var hasBaseline: Bool { compare != nil }
}

extension CorpusFormat {
    public static let json = CorpusFormat(name: "json", render: { notice, _ in try JSONEmitter.encode(notice) },
                                          compare: { JSONComparison.compare($0, $1, artifact: "json") })

    public static let xml = CorpusFormat(name: "xml", render: { notice, _ in try XMLEmitter.encode(notice) },
                                         compare: { XMLComparison.compare($0, $1, artifact: "xml") })

    /// Every format `gongwen corpus` writes, in a fixed order. Adding one is one line here; it has a baseline
    /// when its line has a `compare:`.
    public static let all: [CorpusFormat] = [
        .json, .xml,
        view(.csv), view(.csvByUnit), view(.html),
    ]

    /// A view for people (CSV ledger, HTML page): written by `--out`, not kept as a baseline.
    public static func view(_ format: Views.Format) -> CorpusFormat {
        CorpusFormat(name: format.rawValue, fileExtension: format.fileExtension,
                     render: { notice, source in Views.render(format, notice: notice, source: source) }, compare: nil)
    }

    public static func named(_ name: String) -> CorpusFormat? { all.first { $0.name == name } }

    /// The formats with a baseline.
    public static var baselined: [CorpusFormat] { all.filter(\.hasBaseline) }
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
