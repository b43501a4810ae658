/// 出处: where a value sits in the decoded original: scalar offsets (end exclusive) and the 1-based line.
public struct SourceSpan: Codable, Hashable, Sendable, Comparable {
    // 32 bits each (a notice is fewer than 2^31 scalars): a large notice's model holds a million spans.
    private var first: Int32, past: Int32, row: Int32

    public var start: Int { get { Int(first) } set { first = Int32(newValue) } }
    public var end: Int { get { Int(past) } set { past = Int32(newValue) } }
    public var line: Int { get { Int(row) } set { row = Int32(newValue) } }

    public init(start: Int, end: Int, line: Int) {
        first = Int32(start)
        past = Int32(end)
        row = Int32(line)
    }

    private enum CodingKeys: String, CodingKey { case start, end, line }

    /// Read from JSON; a value past 32 bits is an error, not a crash.
    public init(from decoder: any Swift.Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func value(_ key: CodingKeys) throws -> Int32 {
            let v = try c.decode(Int.self, forKey: key)
            guard let small = Int32(exactly: v) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(v) is out of range for an offset")
            }
            return small
        }
        first = try value(.start)
        past = try value(.end)
        row = try value(.line)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(line, forKey: .line)
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
