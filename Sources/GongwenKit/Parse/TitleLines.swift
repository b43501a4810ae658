/// Recognises title lines: short paragraphs without sentence punctuation that end with a document
/// type word (`…行动计划`, `…的通知`), possibly followed by a bracket (`（2021—2023年）`).
enum TitleLines {
    static let maxLength = 120
    /// At most this much of a name broken over two title lines is on the `关于` line.
    static let maxNameTail = 6
    /// Organ lines one per line above a `关于` line, at least this many, are a joint issuance's stack.
    static let minStack = 3
    /// The first line of a title that wraps onto the next is at least this long.
    static let minWrappedLine = 8

    /// Words that open the second part of a title (`…任务分解` / `和责任分工方案`, `…暨…`).
    static let conjunctions = WordList(["和", "及", "与", "暨"])

    /// Whether paragraph `p` could be (part of) a title.
    static func isTitleLike(_ c: ParseContext, _ p: Paragraph) -> Bool {
        guard p.marker == nil, p.length >= 2, p.length <= maxLength else { return false }
        for i in p.range where HeaderRules.notInTitle.contains(c.s[i]) { return false }
        return true
    }

    /// Whether `r` ends with a title word from `words`, looking through a trailing bracket.
    static func endsWithTitleWord(_ c: ParseContext, _ r: Range<Int>, _ words: WordList) -> Bool {
        let s = c.s
        var end = r.upperBound
        while end > r.lowerBound, s[end - 1] == "）" || s[end - 1] == ")" {
            var k = end - 1, depth = 0
            while k > r.lowerBound {
                if s[k] == "）" || s[k] == ")" { depth += 1 } else if s[k] == "（" || s[k] == "(" { depth -= 1; if depth == 0 { break } }
                k -= 1
            }
            guard k > r.lowerBound else { break }
            end = k
        }
        while end > r.lowerBound, s[end - 1] == "》" || s[end - 1] == "”" { end -= 1 }
        return words.suffix(s, endingAt: end, from: r.lowerBound) != nil
    }

    /// A title starting at paragraph `i`: one paragraph, or two or three short ones that together end
    /// with a title word. Returns the paragraph indices.
    static func title(at i: Int, _ c: ParseContext, words: WordList = HeaderRules.titleEndings, limit: Int) -> Range<Int>? {
        let ps = c.paragraphs
        var j = i
        while j < min(limit, i + 3) {
            guard isTitleLike(c, ps[j]) else { return nil }
            if endsWithTitleWord(c, ps[j].range, words) {
                // `…任务分解` over `和责任分工方案`: a line that opens with a conjunction goes on the title.
                if j + 1 < min(limit, i + 3), conjunctions.match(c.s, at: ps[j + 1].range.lowerBound) != nil,
                   isTitleLike(c, ps[j + 1]), endsWithTitleWord(c, ps[j + 1].range, words) { j += 1 }
                // `…三年行动计划` over `（2019—2021）`: the period or `（试行）` on a line of its own belongs to the title.
                let end = j + 1 < limit && isTitleBracket(c, ps[j + 1]) ? j + 2 : j + 1
                return trimmed(c, i..<end)
            }
            // A title wraps only from a line of some length (`序号` above `重点任务` is a table heading).
            // An organ's name on its own line above `关于…` is part of the title however short.
            let organAbove = j + 1 < limit && c.s.has(HeaderRules.about, at: ps[j + 1].range.lowerBound) && OrgRules.looksLikeName(c.s, ps[j].range)
            if ps[j].length > 40 || (ps[j].length < minWrappedLine && !organAbove) { return nil }
            j += 1
        }
        return nil
    }

    /// The line of title `t` that ends with its title word: the last one, or the one above a
    /// period bracket (`…三年行动计划` above `（2019—2021）`).
    static func wordLine(_ c: ParseContext, _ t: Range<Int>) -> Range<Int> {
        let ps = c.paragraphs
        let k = t.count > 1 && isTitleBracket(c, ps[t.upperBound - 1]) ? t.upperBound - 2 : t.upperBound - 1
        return ps[k].range
    }

    /// A line that is one short bracket holding a period or 试行 (`（2019—2021）`, `（2021-2025年）`, `（试行）`).
    static func isTitleBracket(_ c: ParseContext, _ p: Paragraph) -> Bool {
        let r = p.range, s = c.s
        guard p.marker == nil, r.count >= 4, r.count <= 16, s[r.lowerBound] == "（" || s[r.lowerBound] == "(",
              s[r.upperBound - 1] == "）" || s[r.upperBound - 1] == ")" else { return false }
        let inner = (r.lowerBound + 1)..<(r.upperBound - 1)
        if HeaderRules.trialWords.anyOccurs(in: s, inner) { return inner.count <= 4 }
        return inner.allSatisfy { CharClass.isDigit(s[$0]) || "—–-－~～至年".unicodeScalars.contains(s[$0]) } && inner.contains { CharClass.isDigit(s[$0]) }
    }

    /// A title over several lines starts at its `关于` line, or at the organs' names just above it;
    /// lines above those are something else (site furniture, a column name).
    static func trimmed(_ c: ParseContext, _ block: Range<Int>) -> Range<Int> {
        guard block.count > 1, let m = block.last(where: { c.s.contains(HeaderRules.about, in: c.paragraphs[$0].range) }), m > block.lowerBound else {
            return block
        }
        var start = m
        while start > block.lowerBound, c.paragraphs[start - 1].length <= 40,
              OrgRules.looksLikeName(c.s, c.paragraphs[start - 1].range) || endsInName(c, above: start - 1, m) {
            start -= 1
        }
        // Organs one per line that go on above the block are a joint issuance's stack of names (its
        // 发文机关标志 without `文件`), not the title's first lines: the title is the `关于` line. One
        // or two organ lines fit a title's three; a stack has at least `minStack`.
        if start == block.lowerBound, start < m {
            var top = start
            while top > 0, c.paragraphs[top - 1].length <= 40, OrgRules.looksLikeName(c.s, c.paragraphs[top - 1].range) { top -= 1 }
            if m - top >= minStack { return m..<block.upperBound }
        }
        return start..<block.upperBound
    }

    /// A line broken inside an organ's name that the `关于` line `m` finishes with a few characters
    /// (`国家能源局南方监管局广西壮族自治区` above `能源局关于…`).
    static func endsInName(_ c: ParseContext, above k: Int, _ m: Int) -> Bool {
        let line = c.paragraphs[m].range
        guard c.s[c.paragraphs[k].range].allSatisfy(CharClass.isHan),
              let about = c.s.find(HeaderRules.about, in: line), about > line.lowerBound, about - line.lowerBound <= maxNameTail,
              OrgRules.notNameEndings.suffix(c.s, endingAt: c.paragraphs[k].range.upperBound, from: c.paragraphs[k].range.lowerBound) == nil else { return false }
        let joined = Array(c.s[c.paragraphs[k].range]) + c.s[line.lowerBound..<about]
        return OrgRules.looksLikeName(joined, 0..<joined.count)
    }

    /// The text of a title over several paragraphs, joined; `end` cuts the last one short.
    static func text(_ c: ParseContext, _ paras: Range<Int>, end: Int? = nil) -> (String, SourceSpan) {
        let ps = c.paragraphs
        let last = end ?? ps[paras.upperBound - 1].range.upperBound
        let text = paras.map { k in c.string(ps[k].range.lowerBound..<(k == paras.upperBound - 1 ? last : ps[k].range.upperBound)) }.joined()
        let span = c.span(ps[paras.lowerBound].range.lowerBound..<last)
        return (text, span)
    }

    /// A 发文字号 in brackets that ends the title's last line (`…的通知(川发改价格〔2025〕480号)`, as
    /// web pages print it), and where the title ends without it.
    static func trailingDocNumber(_ c: ParseContext, _ paras: Range<Int>) -> (DocNumberMatch, end: Int)? {
        let last = c.paragraphs[paras.upperBound - 1].range
        guard let m = c.docNumber(in: paras.upperBound - 1), m.range.upperBound + 1 == last.upperBound,
              CharClass.isCloser(c.s[m.range.upperBound]), m.range.lowerBound - 1 > last.lowerBound,
              c.s[m.range.lowerBound - 1] == "（" || c.s[m.range.lowerBound - 1] == "(" else { return nil }
        return (m, m.range.lowerBound - 1)
    }
}
