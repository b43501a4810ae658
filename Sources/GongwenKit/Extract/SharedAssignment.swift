/// 共用分工: `（责任单位：…）` on a line of its own after the last of several sub-items
/// (`2.落实属地主体责任` / `（1）…` / `（2）…` / `（3）…` / `（责任单位：区交通委、各街镇）`)
/// assigns the item above them, so each of those sub-items gets its units, not only the last one
/// whose text the line follows. Sub-items with units of their own keep the line to the last.
enum SharedAssignment {
    /// Gives the units of such a line to the sub-items before it; `extractions[k]` is `tasks[k]`'s.
    static func share(_ s: some ScalarCollection, _ tasks: [ParsedTask], _ extractions: inout [TaskExtraction]) {
        var start = 0
        while start < tasks.count {
            var end = start + 1
            while end < tasks.count, isSibling(tasks[start], tasks[end]) { end += 1 }
            defer { start = end }
            guard end - start >= 2, let line = tasks[end - 1].ranges.last, tasks[end - 1].ranges.count >= 2,
                  isAssignmentLine(s, line), (start..<(end - 1)).allSatisfy({ extractions[$0].units.isEmpty }) else { continue }
            let shared = AssignmentExtractor.extract(s, paragraphs: [line])
            for k in start..<(end - 1) { extractions[k].units = shared }
        }
    }

    /// Sub-items of one outline item: the same path up to their own markers.
    static func isSibling(_ a: ParsedTask, _ b: ParsedTask) -> Bool {
        a.node != nil && b.node != nil && a.path.count >= 2 && a.path.dropLast() == b.path.dropLast()
    }

    /// A paragraph that is one assignment bracket and nothing else (a full stop after it aside).
    static func isAssignmentLine(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        guard let first = r.first, AssignmentExtractor.bracketOpeners.contains(s[first]) else { return false }
        let inside = AssignmentExtractor.brackets(s, r)
        guard inside.count == 1, let b = inside.first, b.lowerBound == first + 1 else { return false }
        var end = r.upperBound
        while end > b.upperBound, s[end - 1] == "。" || CharClass.isSpace(s[end - 1]) { end -= 1 }
        return end <= b.upperBound + 1 && AssignmentExtractor.isAssignment(s, b)
    }
}
