/// 词元: a fact the lexer marks in a paragraph: a list marker, a bracket (with its kind, width and
/// nesting depth), a full date, a 发文字号 or a standard code. The parser and extractors judge them.
public struct Token: Hashable, Sendable {
    /// The bracket families of 公文 text.
    public enum Bracket: String, Hashable, Sendable {
        /// （） ()
        case round
        /// 《》
        case book
        /// 〈〉
        case angle
        /// 〔〕 (the 发文字号 year bracket)
        case tortoise
        /// ［］ []
        case square
        /// 【】
        case lenticular
        /// “”
        case quote
    }

    /// What the token marks.
    public enum Kind: Hashable, Sendable {
        case marker(Marker.Kind)
        case open(Bracket)
        case close(Bracket)
        /// A full calendar date, `2023年7月25日` or `二〇二三年七月二十五日`.
        case date
        /// 发文字号, `乡政办发〔2023〕46号`.
        case docNumber
        /// 标准编号, `GB/T 9704-2012`.
        case standard
    }

    // Offsets are stored in 32 bits (a notice is at most 512 MiB, so fewer than 2^31 scalars): a
    // token takes 16 bytes rather than 40, and a large notice has millions of them.
    private let start: Int32, end: Int32, nesting: Int32
    public let kind: Kind
    /// Full-width (`（`) rather than ASCII (`(`), for brackets.
    public let wide: Bool

    /// Range in the normalized text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// Nesting depth of a bracket (0 for the outermost); 0 for other tokens.
    public var depth: Int { Int(nesting) }

    public init(kind: Kind, range: Range<Int>, wide: Bool, depth: Int) {
        self.kind = kind
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
        self.wide = wide
        nesting = Int32(clamping: depth)
    }
}
