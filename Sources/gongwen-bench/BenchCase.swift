/// 测量用例: what one child process measures: a set of notices run stage by stage, in threads,
/// or a `gongwen` command run as a process.
struct BenchCase: Codable, Sendable {
    enum Kind: String, Codable, Sendable {
        /// Every file through each stage in this process, repeated; per-stage times.
        case stages
        /// Every file decoded to JSON on disk by `threads` threads of this process.
        case threads
        /// A command (`gongwen extract …`, `gongwen corpus …`) run as a child process, repeated.
        case process
    }

    var name: String
    var kind: Kind
    var files: [String]
    /// Repeat until this many seconds have passed, at least `minIterations` and at most `maxIterations` times.
    var minSeconds = 1.0
    var minIterations = 3
    var maxIterations = 1000
    var threads = 1
    /// For `stages`: also time checking the JSON against the schema and writing XML with its XSD
    /// check (left out for the 100 MB notice: its XML tree alone would need several GB).
    var checkOutputs = true
    /// For `process`: the command line.
    var command: [String] = []
    /// Shown under the case's figures (how a synthetic input was made).
    var note: String?
}
