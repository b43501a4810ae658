/// A half-open range of Unicode scalar offsets into the decoded original text.
///
/// Spans are plain integers; line and column are computed only when shown (see `SourceText.line(of:)`).
public struct Span: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// The smallest span that covers both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
