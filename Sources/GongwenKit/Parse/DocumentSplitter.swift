/// 文件切分: splits a notice into the documents it issues, forwards or attaches. The covering
/// notice's own body is not a document; a stand-alone plan, or a notice that carries its tasks in
/// its own body, is one.
struct DocumentPart {
    /// Paragraph indices of the title.
    var title: Range<Int>
    /// Paragraph indices of the body (after the title), closing elements excluded later.
    var body: Range<Int>
    /// Scalars to skip at the start of the title's first paragraph (an `附件1：` label on the same line).
    var labelLength = 0
}

enum DocumentSplitter {
    /// Title lines of issued documents, found after the covering notice's body.
    static func split(_ c: ParseContext, _ h: HeaderLayout) -> [DocumentPart] {
        let ps = c.paragraphs
        var words = HeaderRules.planEndings
        if let t = h.header.title?.text, t.contains("转发") {
            words = WordList(words.words.map { String(String.UnicodeScalarView($0)) } + ["通知", "意见", "决定"])
        }
        var starts: [Range<Int>] = []
        var labels: [Int: Int] = [:]
        var i = h.bodyStart
        while i < ps.count {
            if h.consumed.contains(i) { i += 1; continue }
            if let n = inlineAttachmentLabel(c, ps[i]) {
                let rest = (ps[i].range.lowerBound + n)..<ps[i].range.upperBound
                if TitleLines.endsWithTitleWord(c, rest, words), !rest.contains(where: { HeaderRules.notInTitle.contains(c.s[$0]) }),
                   MarkerLexer.marker(c.s[rest]) == nil {
                    starts.append(i..<(i + 1))
                    labels[i] = n
                    i += 1
                    continue
                }
            }
            if isAttachmentLabel(c, ps[i]) || OutlineBuilder.boxLabels.match(c.s, at: ps[i].range.lowerBound) != nil { i += 1; continue }
            if let t = TitleLines.title(at: i, c, words: words, limit: ps.count), !t.contains(where: { h.consumed.contains($0) }) {
                starts.append(t)
                i = t.upperBound
                continue
            }
            i += 1
        }
        var parts: [DocumentPart] = []
        for (k, t) in starts.enumerated() {
            var end = k + 1 < starts.count ? starts[k + 1].lowerBound : ps.count
            // An attachment label belongs to the document it announces.
            while end > t.upperBound, isAttachmentLabel(c, ps[end - 1]) { end -= 1 }
            parts.append(DocumentPart(title: t, body: t.upperBound..<end, labelLength: labels[t.lowerBound] ?? 0))
        }
        return parts
    }

    /// The length of an `附件1：` label that opens a line holding more (the attachment's title).
    static func inlineAttachmentLabel(_ c: ParseContext, _ p: Paragraph) -> Int? {
        let s = c.s
        guard p.length > 4, s.has(HeaderRules.attachment, at: p.range.lowerBound) else { return nil }
        var j = p.range.lowerBound + HeaderRules.attachment.count
        while j < p.range.upperBound, CharClass.isDigit(s[j]) || ChineseNumeral.isNumeral(s[j]) { j += 1 }
        guard j < p.range.upperBound, s[j] == "：" || s[j] == ":" || s[j] == " " else { return nil }
        j += 1
        return j < p.range.upperBound ? j - p.range.lowerBound : nil
    }

    /// `附件`, `附件1`, `附件一：`, `附件2：` alone on a line.
    static func isAttachmentLabel(_ c: ParseContext, _ p: Paragraph) -> Bool {
        let s = c.s
        guard p.length <= 6, s.has(HeaderRules.attachment, at: p.range.lowerBound) else { return false }
        return p.range.dropFirst(2).allSatisfy { CharClass.isDigit(s[$0]) || ChineseNumeral.isNumeral(s[$0]) || "：:".unicodeScalars.contains(s[$0]) }
    }

}
