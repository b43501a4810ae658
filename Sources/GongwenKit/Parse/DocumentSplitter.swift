/// 文件切分: splits a notice into the documents it issues, forwards or attaches. The covering
/// notice's own body is not a document; a stand-alone plan, or a notice that carries its tasks in
/// its own body, is one.
struct DocumentPart {
    /// Paragraph indices of the title.
    var title: Range<Int>
    /// Paragraph indices of the body (after the title), closing elements excluded later.
    var body: Range<Int>
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
        var i = h.bodyStart
        while i < ps.count {
            if h.consumed.contains(i) { i += 1; continue }
            if isAttachmentLabel(c, ps[i]) { i += 1; continue }
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
            parts.append(DocumentPart(title: t, body: t.upperBound..<end))
        }
        return parts
    }

    /// `附件`, `附件1`, `附件一：`, `附件2：` alone on a line.
    static func isAttachmentLabel(_ c: ParseContext, _ p: Paragraph) -> Bool {
        let s = c.s
        guard p.length <= 6, s.has(HeaderRules.attachment, at: p.range.lowerBound) else { return false }
        return p.range.dropFirst(2).allSatisfy { CharClass.isDigit(s[$0]) || ChineseNumeral.isNumeral(s[$0]) || "：:".unicodeScalars.contains(s[$0]) }
    }

}
