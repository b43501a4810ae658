/// 标题查找: where the notice's title is, among site furniture, metadata blocks and a web copy's
/// second title (the header parser's search, apart from its reading of the elements).
extension HeaderParser {
    /// The notice's title at or after paragraph `i`. Site furniture the noise rules do not know may
    /// stand above it (a breadcrumb cut one item per line, the page's own title, a posting time):
    /// short lines are looked past, but not the 主送机关 (a web page may start there, title-less).
    /// Of several titles, the one the 发文字号 or 主送机关 follows is the notice's (or the first one
    /// with its text); without either, the first.
    /// Returns the title and the occurrence of it that the 发文字号 or 主送机关 follows (the same,
    /// unless a web copy gives the title twice); reading goes on after the second.
    static func title(_ c: ParseContext, from i: Int) -> (Range<Int>, Range<Int>)? {
        let ps = c.paragraphs
        var found: [(range: Range<Int>, text: String)] = []
        var k = i
        while k < min(ps.count, i + HeaderRules.furnitureReach) {
            // A title run together with its 发文字号 (`鞍立政发〔2023〕2号立山区人民政府关于…`) is a web copy's.
            let afterNumber = c.docNumber(in: k).map { $0.agency.lowerBound == ps[k].range.lowerBound } ?? false
            if !afterNumber, let t = TitleLines.title(at: k, c, limit: ps.count) {
                let text = TitleLines.text(c, t).0
                if text.unicodeScalars.count >= DocumentSplitter.minTitleLength {
                    let folded = fold(text)
                    found.append((t, folded))
                    k = t.upperBound
                    if k < ps.count, (ps[k].length <= 40 && c.docNumber(in: k) != nil) || recipients(c, ps[k]) != nil {
                        return (found.first { $0.text == folded }?.range ?? t, t)
                    }
                    continue
                }
            }
            let isRecipients = recipients(c, ps[k]) != nil
            // The 主送机关 under a title found above, past furniture (`[大]` `[中]` `[小]`): that title is the notice's.
            if let last = found.last, isRecipients { return (found.first { $0.text == last.text }!.range, last.range) }
            guard ps[k].length <= 60, ps[k].marker == nil, !isRecipients, (found.isEmpty && k < i + 3) || isFurniture(c, ps[k]) else { break }
            k += 1
        }
        // No title here with its 发文字号 or 主送机关 under it: one further down that has them is the notice's.
        if let t = anchoredTitle(c, from: i) { return (t, t) }
        return found.first.map { ($0.range, $0.range) }
    }

    /// A short paragraph that opens with a 发文字号.
    static func numberLine(_ c: ParseContext, _ k: Int) -> Bool {
        guard c.paragraphs[k].length <= 40, let m = c.docNumber(in: k) else { return false }
        return m.range.lowerBound == c.paragraphs[k].range.lowerBound
    }

    /// Below a page's furniture (menus, a metadata block with its own `标题：` label): a `关于` title
    /// that the 主送机关 follows, or else one the 发文字号 follows, within the next two lines. The
    /// search ends at the first list item, where the body has begun.
    static func anchoredTitle(_ c: ParseContext, from i: Int) -> Range<Int>? {
        let ps = c.paragraphs
        var byNumber: Range<Int>?
        var k = i
        while k < min(ps.count, i + HeaderRules.anchoredTitleReach), ps[k].marker == nil {
            guard let t = TitleLines.title(at: k, c, limit: ps.count), t.contains(where: { c.s.contains(HeaderRules.about, in: ps[$0].range) }) else { k += 1; continue }
            let next = t.upperBound..<min(ps.count, t.upperBound + 2)
            if next.contains(where: { recipients(c, ps[$0]) != nil }) { return t }
            if byNumber == nil, next.contains(where: { ps[$0].length <= 40 && c.docNumber(in: $0) != nil }) { byNumber = t }
            k = t.upperBound
        }
        return byNumber
    }

    /// A short line that is no sentence and no list item (site furniture above the 主送机关).
    static func isFurniture(_ c: ParseContext, _ p: Paragraph) -> Bool {
        let s = c.s, r = p.range
        return p.marker == nil && p.length <= 80 && !r.contains { k in HeaderRules.notInTitle.contains(s[k]) && !isClockColon(s, k, r) }
    }

    /// A colon between digits, as in a posting time (`2023-01-05 10:00`): no sentence's colon.
    static func isClockColon(_ s: some ScalarCollection, _ k: Int, _ r: Range<Int>) -> Bool {
        (s[k] == ":" || s[k] == "：") && k > r.lowerBound && k + 1 < r.upperBound && CharClass.isDigit(s[k - 1]) && CharClass.isDigit(s[k + 1])
    }
}
