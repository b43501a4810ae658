/// 任务选择: turns outline leaves (and table rows) into tasks, as GOLD_FORMAT counts them.
enum TaskSelector {
    static let headingEnd: ScalarSet = ["。"]
    static let headingTrim: ScalarSet = ["；", "，", "：", ";", ",", ":", " "]

    static func tasks(_ c: ParseContext, _ o: Outline) -> [ParsedTask] {
        var out: [ParsedTask] = []
        for (i, node) in o.nodes.enumerated() where node.isLeaf {
            let heading = self.heading(c, node.paragraph)
            let ancestors = o.ancestors(i)
            if node.level == 1, TaskRules.isNonWork(c.s, heading) { continue }
            let ranges = node.ownParagraphs.map { c.paragraphs[$0].body }
            // A marker with nothing after it (`三、` alone on its line) numbers no work.
            if ranges.allSatisfy({ c.trim($0).isEmpty }) { continue }
            let underNonWork = ancestors.contains { TaskRules.isNonWork(c.s, self.heading(c, o.nodes[$0].paragraph)) }
            // A deeper item titled like such a section (`1．行动目标。…`) sets out no work either.
            let titledNonWork = TaskRules.nonWorkSections.match(c.s, at: heading.lowerBound) != nil
            if underNonWork || titledNonWork, AssignmentExtractor.extract(c.s, paragraphs: ranges).isEmpty { continue }
            let path = (ancestors.reversed() + [i]).map { o.nodes[$0].marker.text }
            out.append(ParsedTask(number: node.marker.value, marker: node.marker.text, path: path, ranges: ranges, heading: heading, node: i))
        }
        return out
    }

    /// The lead sentence of paragraph `i`: up to the first `。`, else the whole paragraph.
    static func heading(_ c: ParseContext, _ i: Int) -> Range<Int> {
        let body = c.paragraphs[i].body
        var end = body.first { headingEnd.contains(c.s[$0]) } ?? body.upperBound
        // Without a full stop the assignment bracket may close the paragraph: it is not part of the heading.
        if let last = AssignmentExtractor.brackets(c.s, body.lowerBound..<end).last, last.upperBound + 1 == end,
           AssignmentExtractor.isAssignment(c.s, last) {
            end = last.lowerBound - 1
        }
        return c.trim(body.lowerBound..<end, headingTrim)
    }

    static func task(_ c: ParseContext, row: TableRow) -> ParsedTask {
        // A cell's text; the serial cell's without its marker (`（一）推动源头减量`).
        func cell(_ i: Int) -> Range<Int> { c.paragraphs[i].body }
        let textRanges = row.text.map(cell)
        // The content cell is the last text cell of the row's first line; a task name cell, when
        // present, comes before it.
        let content = row.heading.map(cell) ?? textRanges.last ?? c.paragraphs[row.serial].range
        let end = content.first { headingEnd.contains(c.s[$0]) } ?? content.upperBound
        let marker = c.paragraphs[row.serial].marker.map { c.string(c.paragraphs[row.serial].range.prefix($0.length)) } ?? String(row.number)
        var t = ParsedTask(number: row.number, marker: marker, path: [marker],
                           ranges: row.all.dropFirst().map(cell), heading: c.trim(content.lowerBound..<end, headingTrim), node: nil)
        t.tableUnits = row.units.map { ($0.0, c.paragraphs[$0.1].range) }
        t.tableTime = row.time
        return t
    }
}
