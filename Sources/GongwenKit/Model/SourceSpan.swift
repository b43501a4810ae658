/// 出处: where a value sits in the decoded original: scalar offsets (end exclusive) and the 1-based line.
public struct SourceSpan: Codable, Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public var line: Int

    public init(start: Int, end: Int, line: Int) {
        self.start = start
        self.end = end
        self.line = line
    }

    public init(_ span: Span, in source: SourceText) {
        self.init(start: span.start, end: span.end, line: source.line(of: span.start))
    }

    public var span: Span { Span(start, end) }

    public static func < (a: SourceSpan, b: SourceSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// A piece of extracted text with its source span.
public struct Located: Codable, Hashable, Sendable {
    public var text: String
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}

/// A named entity (a unit, an organ, a recipient) with its source span.
public struct Named: Codable, Hashable, Sendable {
    public var name: String
    public var span: SourceSpan

    public init(name: String, span: SourceSpan) {
        self.name = name
        self.span = span
    }
}
