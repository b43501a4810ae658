/// 表格单元: what a cell of a task table looks like: a time, empty, a list of units.
extension TableReader {
    /// A time cell: a date or deadline, or a word such as `长期坚持`.
    static func isTimeCell(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        guard p.length <= 16 else { return false }
        if !TimeExtractor.extract(c.s, paragraphs: [p.range], year: 2000).isEmpty || deadline(c, i) != nil { return true }
        return timeWords.anyOccurs(in: c.s, p.range)
    }

    /// Time cells that give no date: `长期坚持`, `持续推进`, `常态化`.
    static let timeWords = WordList(["长期", "持续", "常态", "年底", "按期", "定期", "逐年"])

    /// Marks of an empty cell: `/`, `—`, `无`.
    static let emptyMarks: Set<String> = ["/", "／", "—", "——", "-", "－", "无", "空"]

    static func isEmptyCell(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        return p.length <= 2 && emptyMarks.contains(c.string(p.range))
    }

    static func isUnitCell(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        guard p.length <= 80, !c.s[p.range].contains("。") else { return false }
        let names = NameSplitter.split(c.s, p.range)
        return !names.isEmpty && names.allSatisfy { OrgRules.looksLikeName(c.s, $0) }
    }

    /// The deadline a time cell gives: `2019年3月` is the end of March, `2019年` the end of the year.
    static func deadline(_ c: ParseContext, _ i: Int) -> (Range<Int>, String?)? { deadline(c.s, c.paragraphs[i].range) }

    /// The deadline a bare time gives (a time cell, or the value of a label such as `时间节点：`);
    /// the date is nil for a year out of the plausible range.
    static func deadline(_ s: some ScalarCollection, _ r: Range<Int>) -> (Range<Int>, String?)? {
        guard r.count >= 5, (0..<4).allSatisfy({ CharClass.isDigit(s[r.lowerBound + $0]) }), s[r.lowerBound + 4] == "年" else { return nil }
        let y = s[r.lowerBound..<(r.lowerBound + 4)].decimalValue
        if r.count == 5 { return (r, CalendarDate.plausibleYears.contains(y) ? CalendarDate.iso(y, 12, 31) : nil) }
        let rest = s.string((r.lowerBound + 5)..<r.upperBound)
        if rest.hasSuffix("月"), let m = Int(rest.dropLast()), (1...12).contains(m), CalendarDate.plausibleYears.contains(y) {
            return (r, CalendarDate.iso(y, m, CalendarDate.lastDay(y, m)))
        }
        return nil
    }
}
