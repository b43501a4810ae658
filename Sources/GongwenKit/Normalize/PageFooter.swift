/// 网页页脚: the block at the end of a web page below the notice: related links, the site's
/// sponsor (`主办单位：某某局`, which reads like a unit assignment), copyright, address. It starts
/// above the first footer mark (`版权所有`, `©`, `ICP备`…) at the first of the short, sentence-less
/// lines standing right above that mark, and runs to the end of the text. A date line, a list item
/// or a sentence stops the search upward, so a signature above a footer stays in the notice.
enum PageFooter {
    /// A footer line holds no sentence and is at most this long.
    static let maxLineLength = 40
    /// Lines after the mark may be this long (an address, a licence number) but hold no `。`.
    static let maxTailLineLength = 120

    /// The index of the first line of the page's footer, or nil.
    static func start(_ s: some ScalarCollection, _ lines: [Normalizer.Line]) -> Int? {
        guard let mark = lines.indices.first(where: { isMark(s, lines[$0].content) }),
              lines[mark...].allSatisfy({ isTail(s, $0.content) }) else { return nil }
        var k = mark
        while k > 0, isLinkLine(s, lines[k - 1].content) { k -= 1 }
        return k
    }

    static func isMark(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        r.count <= maxTailLineLength && NoiseRules.footerMarks.anyOccurs(in: s, r)
    }

    static func isTail(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        r.count <= maxTailLineLength && !s[r].contains("。")
    }

    /// A short line with no sentence punctuation, list of names, list marker or date: a link or a label.
    static func isLinkLine(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        let t = s[r].drop(while: CharClass.isSpace)
        guard t.count <= maxLineLength, !t.contains(where: { "。；，、".unicodeScalars.contains($0) }) else { return false }
        if t.isEmpty { return true }
        if MarkerLexer.marker(t) != nil { return false }
        let line = Array(t)
        return !JoinRules.isDateLine(line) && CalendarDate.at(line, 0, end: line.count) == nil
    }
}
