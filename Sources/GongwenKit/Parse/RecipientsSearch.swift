/// 主送机关查找: where the recipients line is, below the title or, on a web page whose title the
/// search missed, further down among the site's furniture.
extension HeaderParser {
    /// The 主送机关 at `i`, or past a few lines of site furniture (the title again with its 发文字号,
    /// a posting time, `[大]` `[中]` `[小]`). Returns its paragraph and names.
    static func recipientsLine(_ c: ParseContext, from i: Int) -> (Int, [Named])? {
        let ps = c.paragraphs
        var k = i
        while k < min(ps.count, i + HeaderRules.recipientsReach) {
            if let names = recipients(c, ps[k]) { return (k, names) }
            guard isFurniture(c, ps[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// A 主送机关 further down, before the first sentence or list item, with the body's first
    /// paragraph under it: a page whose menus and metadata block (`-发文字号：`) hid the title.
    static func laterRecipients(_ c: ParseContext, from i: Int) -> (Int, [Named])? {
        let ps = c.paragraphs
        var k = i
        while k + 1 < min(ps.count, i + HeaderRules.anchoredTitleReach), ps[k].marker == nil, !c.s[ps[k].range].contains("。") {
            if let names = recipients(c, ps[k]), opensBody(c, ps[k + 1]) { return (k, names) }
            k += 1
        }
        return nil
    }

    /// Whether `p` reads as the first paragraph of a body: a list item, a sentence, or a long line.
    static func opensBody(_ c: ParseContext, _ p: Paragraph) -> Bool {
        p.marker != nil || p.length >= HeaderRules.minBodyLineLength || c.s[p.range].contains { $0 == "，" || $0 == "。" }
    }
}
