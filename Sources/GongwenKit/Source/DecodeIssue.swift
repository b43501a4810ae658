/// 解码问题: a place where the bytes of an input were damaged or held characters that are not text,
/// found while decoding; it becomes a warning diagnostic on the notice.
public struct DecodeIssue: Hashable, Sendable {
    /// Stable code, e.g. `input.damaged`.
    public var code: String
    public var message: String
    /// Where in the decoded text (a U+FFFD, or the ignored character).
    public var span: Span
    public var notes: [String]

    public init(code: String, message: String, span: Span, notes: [String] = []) {
        self.code = code
        self.message = message
        self.span = span
        self.notes = notes
    }
}
