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
    /// Whether its title names a plan; an attachment that is a member list or a table of figures is not a document.
    var isPlan = true
}

/// Finds where each issued or attached document starts.
enum DocumentSplitter {
    /// A plan's title is longer than a table heading such as `重点任务` or `具体措施`.
    static let minTitleLength = 6

    /// Title lines of issued documents, found after the covering notice's body.
    static func split(_ c: ParseContext, _ h: HeaderLayout) -> [DocumentPart] {
        let ps = c.paragraphs
        var words = HeaderRules.planEndings
        if let t = h.header.title?.text, t.containsScalars("转发") {
            words = WordList(words.words.map { String(String.UnicodeScalarView($0)) } + ["通知", "意见", "决定"])
        }
        var starts: [(title: Range<Int>, label: Int, isPlan: Bool)] = []
        var afterLabel = false
        // Inside a table a document's body shows (`表2 …计划表` and its cells), up to the next outline item.
        var inTable = false
        var i = h.bodyStart
        while i < ps.count {
            defer { i += 1 }
            if h.consumed.contains(i) { afterLabel = false; continue }
            let p = ps[i]
            if let n = inlineAttachmentLabel(c, p) {
                let rest = (p.range.lowerBound + n)..<p.range.upperBound
                if !rest.contains(where: { HeaderRules.notInTitle.contains(c.s[$0]) }), MarkerLexer.marker(c.s[rest]) == nil {
                    starts.append((i..<(i + 1), n, TitleLines.endsWithTitleWord(c, rest, words) && !TitleLines.endsWithTitleWord(c, rest, HeaderRules.notPlanEndings)))
                    afterLabel = false
                    continue
                }
            }
            if isAttachmentLabel(c, p) { afterLabel = true; inTable = false; continue }
            if isTableCaption(c, p) { inTable = true; continue }
            if inTable {
                if p.marker == nil { continue }
                inTable = false
            }
            if OutlineBuilder.boxLabels.match(c.s, at: p.range.lowerBound) != nil { afterLabel = false; continue }
            // A table's column heading (`责任单位及分工`) ends like a plan's title but is none.
            if TableReader.column(c, p) != nil { afterLabel = false; continue }
            if let t = TitleLines.title(at: i, c, words: words, limit: ps.count), !t.contains(where: { h.consumed.contains($0) }),
               // A citation alone on its line (`《…实施意见》`, a table's 参考文件 cell) names a document but heads none.
               afterLabel || !isCitationLine(c, ps[t.upperBound - 1]),
               // Nor do the cells of a Markdown table's row (`| …行为描述 | 处置措施 |`).
               !isMarkdownCell(c, ps[t.lowerBound]),
               // Nor does a cell after a flattened table row's number (`9` / `空气质量完成年度目标任务`).
               !followsRowNumber(c, i),
               t.reduce(0, { $0 + ps[$1].length }) >= minTitleLength {
                // A list of standing duties (`职责清单`, `权力和责任清单`) is announced like a plan but sets out no tasks.
                starts.append((t, 0, !TitleLines.endsWithTitleWord(c, TitleLines.wordLine(c, t), HeaderRules.notPlanEndings)))
                i = t.upperBound - 1
            } else if afterLabel, TitleLines.isTitleLike(c, p) {
                // Whatever an attachment label announces ends the document before it, plan or not.
                starts.append((i..<(i + 1), 0, false))
            }
            afterLabel = false
        }
        var parts: [DocumentPart] = []
        for (k, start) in starts.enumerated() {
            let t = start.title
            var end = k + 1 < starts.count ? starts[k + 1].title.lowerBound : ps.count
            // An attachment label belongs to the document it announces.
            while end > t.upperBound, isAttachmentLabel(c, ps[end - 1]) { end -= 1 }
            parts.append(DocumentPart(title: t, body: t.upperBound..<end, labelLength: start.label, isPlan: start.isPlan))
        }
        return parts
    }

    /// Whether paragraph `i` comes right after a table row's number on a line of its own (`9`): the
    /// row before's number (`8`), or for row 1 the `序号` heading, stands a few paragraphs above
    /// (`RowNumberRun`'s reach and heading, as the normalizer reads rows). A page number alone on its
    /// line (`2` over an attachment's title) has no such row above it.
    static func followsRowNumber(_ c: ParseContext, _ i: Int) -> Bool {
        guard i > 0, let n = number(c, i - 1) else { return false }
        let heading = RowNumberRun.heading
        for k in stride(from: i - 2, through: max(0, i - 2 - RowNumberRun.reach), by: -1) {
            if n > 1 ? number(c, k) == n - 1 : c.s.has(heading, at: c.paragraphs[k].range.lowerBound) && c.paragraphs[k].length == heading.count {
                return true
            }
        }
        return false
    }

    /// The value of a paragraph that is one to three digits alone.
    static func number(_ c: ParseContext, _ k: Int) -> Int? {
        let r = c.paragraphs[k].range
        guard (1...3).contains(r.count), r.allSatisfy({ CharClass.isDigit(c.s[$0]) }) else { return nil }
        return r.reduce(0) { $0 * 10 + Int(c.s[$1].value - 48) }
    }

    /// The length of an `附件1：` label that opens a line holding more (the attachment's title).
    static func inlineAttachmentLabel(_ c: ParseContext, _ p: Paragraph) -> Int? {
        p.length > 4 ? HeaderRules.attachmentLabelLength(c.s, p.range) : nil
    }

    /// 附件说明: the note after the body that lists the attachments (`附件：1.…`, `附件：…方案`), the
    /// label followed at once by a colon. The numbered lines from there on are its list.
    static func isAttachmentNote(_ c: ParseContext, _ p: Paragraph) -> Bool {
        guard let w = HeaderRules.attachment.match(c.s, at: p.range.lowerBound) else { return false }
        let k = p.range.lowerBound + w.count
        return k < p.range.upperBound && (c.s[k] == "：" || c.s[k] == ":")
    }

    /// 表题: a table's caption inside a document, `表2 嘉定区…编制计划表`, `表一：…` (short, numbered;
    /// the normalizer may have dropped the space after the number).
    static func isTableCaption(_ c: ParseContext, _ p: Paragraph) -> Bool {
        let s = c.s, r = p.range
        guard r.count <= maxCaptionLength, r.count >= 3, s[r.lowerBound] == "表" else { return false }
        var j = r.lowerBound + 1
        while j < r.upperBound, CharClass.isSpace(s[j]) { j += 1 }
        let number = j
        while j < r.upperBound, CharClass.isDigit(s[j]) || ChineseNumeral.isNumeral(s[j]) { j += 1 }
        return j > number && j < r.upperBound
    }

    /// Whether paragraph `p` is a cell of a Markdown table's row: a `|` stands right before it in the
    /// original (a line broken inside a cell by `<br>` is not cut there).
    static func isMarkdownCell(_ c: ParseContext, _ p: Paragraph) -> Bool { c.lexed.text.markdownCells.contains(p.index) }

    /// `《…》` and nothing else.
    static func isCitationLine(_ c: ParseContext, _ p: Paragraph) -> Bool {
        p.length > 2 && c.s[p.range.lowerBound] == "《" && c.s[p.range.upperBound - 1] == "》"
    }

    /// A table caption is one short line.
    static let maxCaptionLength = 60

    /// `附件`, `附件1`, `附件一：`, `附表2：` alone on a line.
    static func isAttachmentLabel(_ c: ParseContext, _ p: Paragraph) -> Bool {
        let s = c.s
        guard p.length <= 6, let label = HeaderRules.attachment.match(s, at: p.range.lowerBound) else { return false }
        return p.range.dropFirst(label.count).allSatisfy { CharClass.isDigit(s[$0]) || ChineseNumeral.isNumeral(s[$0]) || "：:".unicodeScalars.contains(s[$0]) }
    }

}
