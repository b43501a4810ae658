/// 解析: header, documents, outline and tasks, in that order.
enum NoticeParser {
    static func parse(_ c: ParseContext) -> ParsedNotice {
        var header = HeaderParser.parse(c)
        ClosingParser.parse(c, &header)
        var documents: [ParsedDocument] = []
        let parts = DocumentSplitter.split(c, header)
        for part in parts {
            let paras = part.body.filter { !header.consumed.contains($0) }
            // An attachment whose title names no plan (`考评指标`) is a document only when it sets out
            // work: a task table (a 任务分解表 with unit columns) or numbered items that assign units.
            // A member list or a table of figures is not, nor a list of standing duties (`职责清单`)
            // whose items each name their units (`1.区建设管理委：负责平台建设。`).
            let dutyList = TitleLines.endsWithTitleWord(c, TitleLines.wordLine(c, part.title), HeaderRules.notPlanEndings)
            guard part.isPlan || TableReader.read(c, paragraphs: paras) != nil || (!dutyList && assignsUnits(c, paras)) else { continue }
            var (text, span) = TitleLines.text(c, part.title)
            if part.labelLength > 0 {
                let r = c.paragraphs[part.title.lowerBound].range
                let rest = (r.lowerBound + part.labelLength)..<r.upperBound
                (text, span) = (c.string(rest), c.span(rest))
            }
            if let d = document(c, title: part.title, text: text, span: span, paragraphs: paras, header), !d.tasks.isEmpty || d.outline.nodes.count > 0 {
                documents.append(d)
            }
        }
        // The notice carries its work in its own body (an 意见, a stand-alone plan), or has none:
        // then its body, up to where the first attachment begins, is a document. A stand-alone plan
        // with an attached task table is both.
        if documents.isEmpty || isStandalonePlan(c, header) {
            var end = parts.first?.title.lowerBound ?? c.paragraphs.count
            // The attachment note (`附件：1.…`) closes the body: its numbered lines are not items.
            if let note = (header.bodyStart..<max(header.bodyStart, end)).first(where: { DocumentSplitter.isAttachmentNote(c, c.paragraphs[$0]) }) { end = note }
            let paras = (header.bodyStart..<max(header.bodyStart, end)).filter { !header.consumed.contains($0) }
            let title = header.title ?? 0..<0
            let text = header.header.title?.text ?? ""
            let span = header.header.title?.span ?? c.span(0..<0)
            if let d = document(c, title: title, text: text, span: span, paragraphs: paras, header), documents.isEmpty || !d.tasks.isEmpty {
                documents.insert(d, at: 0)
            }
        }
        return ParsedNotice(header: header, documents: documents)
    }

    static func document(_ c: ParseContext, title: Range<Int>, text: String, span: SourceSpan, paragraphs: [Int], _ h: HeaderLayout) -> ParsedDocument? {
        let year = yearIn(text) ?? h.year
        // 附件说明 (`附件：1．…申请材料清单` / `2．…`) closes the outline: the numbered lines from there
        // on list the attachments, they are no items.
        let items = paragraphs.prefix { !DocumentSplitter.isAttachmentNote(c, c.paragraphs[$0]) }
        let outline = OutlineBuilder.build(c, paragraphs: Array(items))
        var tasks = TaskSelector.tasks(c, outline)
        // A task table read row by row: when the outline has no tasks, or when all of them lie in the
        // table (its rows numbered `（一）`, or its group rows `一、…`, which the outline saw as items).
        if let table = TableReader.table(c, paragraphs: paragraphs), !table.rows.isEmpty,
           tasks.allSatisfy({ $0.heading.lowerBound > c.paragraphs[table.heading].range.lowerBound }) {
            tasks = table.rows.map { TaskSelector.task(c, row: $0) }
        }
        return ParsedDocument(title: title, titleText: text, titleSpan: span, year: year, paragraphs: paragraphs, outline: outline, tasks: tasks)
    }

    /// A notice whose own title names a plan (`某市…实施方案`), not a covering notice (`关于印发…的通知`).
    static func isStandalonePlan(_ c: ParseContext, _ h: HeaderLayout) -> Bool {
        guard let t = h.title else { return false }
        return TitleLines.endsWithTitleWord(c, TitleLines.wordLine(c, t), HeaderRules.planEndings)
    }

    /// Whether at least `minAssigningItems` numbered items among `paragraphs` assign units.
    static func assignsUnits(_ c: ParseContext, _ paragraphs: [Int]) -> Bool {
        var found = 0
        for i in paragraphs where c.paragraphs[i].marker != nil {
            if !AssignmentExtractor.extract(c.s, paragraphs: [c.paragraphs[i].body]).isEmpty { found += 1 }
            if found >= TaskRules.minAssigningItems { return true }
        }
        return false
    }

    /// The first plausible four-digit year in a title (`乡宁县2023年…`, `（2021—2023年）`).
    static func yearIn(_ text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= s.count {
            if (0..<4).allSatisfy({ CharClass.isDigit(s[i + $0]) }), i == 0 || !CharClass.isDigit(s[i - 1]),
               i + 4 == s.count || !CharClass.isDigit(s[i + 4]) {
                let y = s[i..<(i + 4)].decimalValue
                if CalendarDate.plausibleYears.contains(y) { return y }
            }
            i += 1
        }
        return nil
    }
}
