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

/// The paragraphs of a normalized text, with their markers and tokens.
public struct LexedText: Sendable {
    public let text: NormalizedText
    public let paragraphs: [Paragraph]
    /// Every token, in reading order.
    public let tokens: [Token]
    /// For each paragraph, the range of its tokens in `tokens`.
    public let tokenRanges: [Range<Int>]

    /// The tokens of paragraph `i`.
    public func tokens(of i: Int) -> ArraySlice<Token> { tokens[tokenRanges[i]] }

    public var scalars: [Unicode.Scalar] { text.scalars }

    public func string(_ r: Range<Int>) -> String { text.string(r) }
    public func string(_ p: Paragraph) -> String { text.string(p.range) }
}

/// 词法: marks each paragraph with its list marker and its tokens (brackets, dates, 发文字号,
/// standard codes).
public enum Lexer {
    public static func lex(_ text: NormalizedText) -> LexedText {
        var paragraphs: [Paragraph] = []
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        paragraphs.reserveCapacity(text.paragraphs.count)
        ranges.reserveCapacity(text.paragraphs.count)
        var lastArabic: Int?
        for (i, r) in text.paragraphs.enumerated() {
            let marker = MarkerLexer.marker(text.scalars[r], sequel: lastArabic.map { $0 + 1 })
            if let m = marker, m.kind == .arabicDot { lastArabic = m.value }
            let p = Paragraph(index: i, range: r, marker: marker)
            paragraphs.append(p)
            let first = tokens.count
            Tokenizer.tokens(text.scalars, p, into: &tokens)
            ranges.append(first..<tokens.count)
        }
        return LexedText(text: text, paragraphs: paragraphs, tokens: tokens, tokenRanges: ranges)
    }
}
