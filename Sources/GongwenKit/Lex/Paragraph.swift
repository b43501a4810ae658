/// 段落: one paragraph of normalized text with the facts the lexer marks on it.
public struct Paragraph: Sendable {
    // 32-bit offsets, as in `Token`: a large notice has hundreds of thousands of paragraphs.
    private let position: Int32, start: Int32, end: Int32
    /// The list marker it starts with, if any.
    public let marker: Marker?

    public init(index: Int, range: Range<Int>, marker: Marker?) {
        position = Int32(index)
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
        self.marker = marker
    }

    /// Position in reading order.
    public var index: Int { Int(position) }
    /// Range in the normalized text.
    public var range: Range<Int> { Int(start)..<Int(end) }

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
    /// Where each paragraph's tokens start in `tokens`, and past the last, the token count.
    let tokenStarts: [Int32]

    /// The tokens of paragraph `i`.
    public func tokens(of i: Int) -> ArraySlice<Token> { tokens[Int(tokenStarts[i])..<Int(tokenStarts[i + 1])] }

    public var scalars: ScalarBuffer { text.scalars }

    public func string(_ r: Range<Int>) -> String { text.string(r) }
    public func string(_ p: Paragraph) -> String { text.string(p.range) }
}

/// 词法: marks each paragraph with its list marker and its tokens (brackets, dates, 发文字号,
/// standard codes).
public enum Lexer {
    public static func lex(_ text: NormalizedText) -> LexedText {
        var paragraphs: [Paragraph] = []
        var tokens: [Token] = []
        var starts: [Int32] = [0]
        paragraphs.reserveCapacity(text.paragraphCount)
        starts.reserveCapacity(text.paragraphCount + 1)
        var lastArabic: Int?
        for i in 0..<text.paragraphCount {
            let r = text.paragraph(i)
            let marker = MarkerLexer.marker(text.scalars[r], sequel: lastArabic.map { $0 + 1 })
            if let m = marker, m.kind == .arabicDot { lastArabic = m.value }
            let p = Paragraph(index: i, range: r, marker: marker)
            paragraphs.append(p)
            Tokenizer.tokens(text.scalars, p, into: &tokens)
            starts.append(Int32(tokens.count))
        }
        return LexedText(text: text, paragraphs: paragraphs, tokens: tokens, tokenStarts: starts)
    }
}
