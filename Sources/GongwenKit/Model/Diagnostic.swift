/// 问题: something in the notice a clerk should look at. Plain data: severity, stable code,
/// message, the span it concerns, labelled related spans and notes.
public struct Diagnostic: Codable, Hashable, Sendable {
    /// 严重程度: error for what cannot be right, warning for what a clerk should check, note for information.
    public enum Severity: String, Codable, Hashable, Sendable, Comparable {
        case error, warning, note
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A related span with what it shows.
    public struct Label: Codable, Hashable, Sendable {
        public var message: String
        public var span: SourceSpan
    }

    public var severity: Severity
    /// Stable code, e.g. `outline.gap`.
    public var code: String
    public var message: String
    public var span: SourceSpan?
    public var labels: [Label]
    public var notes: [String]

    public init(_ severity: Severity, _ code: String, _ message: String, span: SourceSpan?, labels: [Label] = [], notes: [String] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.labels = labels
        self.notes = notes
    }
}
