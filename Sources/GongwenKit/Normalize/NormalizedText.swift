/// 规范化文本: the text after normalization, split into paragraphs, with the map back to the original.
public struct NormalizedText: Sendable {
    /// Normalized scalars; paragraphs are separated by a single `\n`.
    public let scalars: [Unicode.Scalar]
    /// Leads each normalized offset back to the decoded original.
    public let map: OffsetMap
    /// Each paragraph's range in `scalars`, in reading order, without the separator.
    public let paragraphs: [Range<Int>]
    /// Original spans of lines marked as converter or website noise, outside the document.
    public let excluded: [Span]
    /// Original spans of page numbers and other layout residue that were dropped.
    public let dropped: [Span]
    /// Normalized offsets before which only white space was dropped (`国家医保局 财政部`), in order.
    let droppedSpaces: [Int]
    /// Paragraphs (by index) that a `|` stands right before in the original: cells of a Markdown table's row.
    let markdownCells: Set<Int>

    /// The text of a normalized range.
    public func string(_ r: Range<Int>) -> String {
        ScalarString.make(scalars[r])
    }

    /// The original span of a normalized range.
    public func span(_ r: Range<Int>) -> Span { map.originalSpan(r) }
}
