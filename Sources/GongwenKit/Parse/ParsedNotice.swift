/// The parser's result: where the header elements, documents, outline items and tasks are, as
/// paragraph indices and normalized ranges. Extraction and the model are built on it.
struct ParsedNotice {
    var header: HeaderLayout
    var documents: [ParsedDocument]
}

/// One document: its title, its paragraphs, its outline and the tasks chosen from it.
struct ParsedDocument {
    var title: Range<Int>
    var titleText: String
    var titleSpan: SourceSpan
    /// The plan's own year: in its title, else the notice's date.
    var year: Int?
    var paragraphs: [Int]
    var outline: Outline
    var tasks: [ParsedTask]

    /// Drops the paragraphs, outline and tasks (once the model holds what they said).
    mutating func release() {
        paragraphs = []
        outline = Outline()
        tasks = []
    }
}

/// A task: its number and marker, the outline path to it, and its own text.
struct ParsedTask {
    var number: Int
    var marker: String
    var path: [String]
    /// Normalized ranges of its own text (marker excluded), in reading order.
    var ranges: [Range<Int>]
    /// The lead sentence.
    var heading: Range<Int>
    /// The outline node it is, if it comes from the outline.
    var node: Int?
    /// Unit cells and time cell, when it is a table row.
    var tableUnits: [(Role, Range<Int>)] = []
    /// The paragraph of the time cell.
    var tableTime: Int?
}
