/// 规范化文本: the text after normalization, split into paragraphs, with the map back to the original.
public struct NormalizedText: Sendable {
    /// Normalized scalars; paragraphs are separated by a single `\n`.
    public let scalars: ScalarBuffer
    /// Leads each normalized offset back to the decoded original.
    public let map: OffsetMap
    /// Where each paragraph starts in `scalars`, in reading order. A paragraph ends at the `\n`
    /// before the next one's start (the last at the end), so the starts are all that is kept.
    let paragraphStarts: [Int32]
    /// Original spans of lines marked as converter or website noise, outside the document.
    public let excluded: [Span]
    /// Original spans of page numbers and other layout residue that were dropped.
    public let dropped: [Span]
    /// Normalized offsets before which only white space was dropped (`国家医保局 财政部`), in order.
    let droppedSpaces: [Int]
    /// Paragraphs (by index) that a `|` stands right before in the original: cells of a Markdown table's row.
    let markdownCells: Set<Int>

    public var paragraphCount: Int { paragraphStarts.count }

    /// Paragraph `k`'s range in `scalars`, without the separator.
    public func paragraph(_ k: Int) -> Range<Int> {
        Int(paragraphStarts[k])..<(k + 1 < paragraphStarts.count ? Int(paragraphStarts[k + 1]) - 1 : scalars.count)
    }

    /// Every paragraph's range, in reading order (made on each call).
    public var paragraphs: [Range<Int>] { (0..<paragraphCount).map(paragraph) }

    /// The text of a normalized range.
    public func string(_ r: Range<Int>) -> String {
        ScalarString.make(scalars[r])
    }

    /// The original span of a normalized range.
    public func span(_ r: Range<Int>) -> Span { map.originalSpan(r) }
}
