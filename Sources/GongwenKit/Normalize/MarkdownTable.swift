/// Markdown 表格: a table a web page was exported to as Markdown (`| 序号 | 任务 | 牵头单位 |`, a
/// `| --- |` rule under its heading). Each cell becomes a line of its own, the way converters lay a
/// table out one cell per line, so the table reader reads both alike; empty cells give no line.
/// The rule rows, and the rows of a page's metadata table (`| 索 引 号： | … | 发布机构： | … |`),
/// are excluded.
enum MarkdownTable {
    /// A metadata label cell is at most this long and ends with a colon.
    static let maxLabelCell = 8

    static func split(_ s: some ScalarCollection, _ lines: [Normalizer.Line]) -> (lines: [Normalizer.Line], excluded: [Span]) {
        guard lines.contains(where: { isRow(s, $0.content) }) else { return (lines, []) }
        var out: [Normalizer.Line] = []
        var excluded: [Span] = []
        for line in lines {
            guard isRow(s, line.content) else { out.append(line); continue }
            let cells = self.cells(s, line.content)
            if cells.allSatisfy({ isRule(s, $0) }) || cells.contains(where: { isLabel(s, $0) }) {
                excluded.append(Span(line.content.lowerBound, line.content.upperBound))
                continue
            }
            for cell in cells where !cell.isEmpty { out.append(Normalizer.Line(content: cell, terminator: cell.upperBound)) }
        }
        return (out, excluded)
    }

    /// A line that starts and ends with `|` (white space aside): a row of one cell or more.
    static func isRow(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        guard let first = s[r].firstIndex(where: { !CharClass.isSpace($0) }), s[first] == "|",
              let last = s[r].lastIndex(where: { !CharClass.isSpace($0) }), last > first else { return false }
        return s[last] == "|"
    }

    /// The cells of a row, each without its white space (empty when the cell is).
    static func cells(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        let pipes = r.filter { s[$0] == "|" }
        return zip(pipes, pipes.dropFirst()).map { a, b in
            var lo = a + 1, hi = b
            while lo < hi, CharClass.isSpace(s[lo]) { lo += 1 }
            while hi > lo, CharClass.isSpace(s[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
    }

    /// `---`, `:---:`: the rule under the heading (an empty cell counts too).
    static func isRule(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        s[r].allSatisfy { $0 == "-" || $0 == ":" }
    }

    /// `索 引 号：`, `发布机构：`: a label of a page's metadata table.
    static func isLabel(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        guard let last = s[r].last, last == "：" || last == ":", r.count <= maxLabelCell else { return false }
        return s[r].dropLast().allSatisfy { CharClass.isHan($0) || CharClass.isSpace($0) }
    }
}
