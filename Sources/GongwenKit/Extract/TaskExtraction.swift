/// 抽取结果: what extraction found for one task, as normalized ranges.
struct TaskExtraction {
    var units: [UnitMention] = []
    var times: [TimeMention] = []
    /// Indices into the notice's citation mentions.
    var citations: [Int] = []
}

/// 抽取: units, dates and citations for every task of a parsed notice.
enum Extractor {
    /// Indices of the citations (sorted by position) whose title starts inside `r`.
    static func citationsIn(_ r: Range<Int>, _ citations: [CitationMention]) -> [Int] {
        var lo = citations.firstIndex(notBefore: { $0.title.lowerBound < r.lowerBound })
        var out: [Int] = []
        while lo < citations.count, citations[lo].title.lowerBound < r.upperBound { out.append(lo); lo += 1 }
        return out
    }

    static func extract(_ c: ParseContext, _ parsed: ParsedNotice, citations: [CitationMention]) -> [[TaskExtraction]] {
        parsed.documents.map { doc in
            var extractions = doc.tasks.map { task in
                var e = TaskExtraction()
                e.units = AssignmentExtractor.extract(c.s, paragraphs: task.ranges)
                for (role, cell) in task.tableUnits {
                    e.units += NameSplitter.split(c.s, cell).map { UnitMention(role: role, range: $0) }
                }
                e.times = TimeExtractor.extract(c.s, paragraphs: task.ranges, year: doc.year)
                // A bare time in the table's time column, or after a time label in the text (`时间节点：2025年3月`).
                let bare = (task.tableTime.flatMap { TableReader.deadline(c, $0) }.map { [$0] } ?? [])
                    + task.ranges.flatMap { LabelledTime.deadlines(c.s, $0) }
                for (r, date) in bare {
                    e.times.removeAll { $0.range.overlaps(r) }
                    e.times.append(TimeMention(kind: .deadline, range: r, date: date, badYear: nil))
                }
                if !bare.isEmpty { e.times.sort { $0.range.lowerBound < $1.range.lowerBound } }
                e.citations = task.ranges.flatMap { citationsIn($0, citations) }
                return e
            }
            SharedAssignment.share(c.s, doc.tasks, &extractions)
            return extractions
        }
    }
}
