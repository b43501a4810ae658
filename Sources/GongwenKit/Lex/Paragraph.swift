/// 段落: one paragraph of normalized text with the facts the lexer marks on it.
public struct Paragraph: Sendable {
    /// Position in reading order.
    public let index: Int
    /// Range in the normalized text.
    public let range: Range<Int>
    /// The list marker it starts with, if any.
    public let marker: Marker?

    /// Where the text after the marker begins.
    public var bodyStart: Int { range.lowerBound + (marker?.length ?? 0) }
    public var body: Range<Int> { bodyStart..<range.upperBound }
    public var length: Int { range.count }
}

/// The paragraphs of a normalized text, with their markers.
public struct LexedText: Sendable {
    public let text: NormalizedText
    public let paragraphs: [Paragraph]

    public var scalars: [Unicode.Scalar] { text.scalars }

    public func string(_ r: Range<Int>) -> String { text.string(r) }
    public func string(_ p: Paragraph) -> String { text.string(p.range) }
}

/// 词法: marks each paragraph with its list marker. Inline facts (brackets, dates, 发文字号) are
/// scanned by `Scanner` where the parser and extractors need them.
public enum Lexer {
    public static func lex(_ text: NormalizedText) -> LexedText {
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(text.paragraphs.count)
        for (i, r) in text.paragraphs.enumerated() {
            paragraphs.append(Paragraph(index: i, range: r, marker: MarkerLexer.marker(text.scalars[r])))
        }
        return LexedText(text: text, paragraphs: paragraphs)
    }
}
