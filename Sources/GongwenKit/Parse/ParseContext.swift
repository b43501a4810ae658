/// What every parser and extractor works on: the original source, the lexed normalized text, and
/// the way from a normalized range to a located value.
public struct ParseContext: Sendable {
    public let source: SourceText
    public let lexed: LexedText

    public init(source: SourceText, lexed: LexedText) {
        self.source = source
        self.lexed = lexed
    }

    public var s: ScalarBuffer { lexed.text.scalars }
    public var paragraphs: [Paragraph] { lexed.paragraphs }

    public func string(_ r: Range<Int>) -> String { lexed.text.string(r) }

    /// The span in the decoded original of a normalized range.
    public func span(_ r: Range<Int>) -> SourceSpan { SourceSpan(lexed.text.span(r), in: source) }

    public func located(_ r: Range<Int>) -> Located { Located(text: string(r), span: span(r)) }

    public func named(_ r: Range<Int>) -> Named { Named(name: string(r), span: span(r)) }

    /// Whether the normalizer dropped white space just before normalized offset `i` (`国家医保局 财政部`).
    func spaceDropped(before i: Int) -> Bool {
        let gaps = lexed.text.droppedSpaces
        let k = gaps.firstIndex(notBefore: { $0 < i })
        return k < gaps.count && gaps[k] == i
    }

    /// The first token of `kind` in paragraph `i`.
    public func firstToken(_ kind: Token.Kind, in i: Int) -> Token? { lexed.tokens(of: i).first { $0.kind == kind } }

    /// The 发文字号 of paragraph `i`, if it holds one.
    func docNumber(in i: Int) -> DocNumberMatch? {
        firstToken(.docNumber, in: i).flatMap { DocNumberScanner.all(in: s, $0.range).first }
    }

    /// The first full date of paragraph `i`, if it holds one.
    func date(in i: Int) -> CalendarDate? {
        firstToken(.date, in: i).flatMap { CalendarDate.at(s, $0.range.lowerBound, end: $0.range.upperBound) }
    }

    /// `r` without white space and the given punctuation at either end.
    public func trim(_ r: Range<Int>, _ punctuation: ScalarSet = []) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, CharClass.isSpace(s[lo]) || punctuation.contains(s[lo]) { lo += 1 }
        while hi > lo, CharClass.isSpace(s[hi - 1]) || punctuation.contains(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
