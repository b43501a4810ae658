/// 时间节点标签: a time given after a label in a task's text (`（责任部门：市交通委。时间节点：2025年3月）`,
/// `完成时限：2025年`), read as a task table's time column reads it: a bare month or year is due by
/// its end. The labels are the table's time column headings.
enum LabelledTime {
    static let labels = WordList(TableReader.headings.filter { $0.1.isTime }.map(\.0))
    /// What ends a label's value.
    static let valueEnds: ScalarSet = ["。", "；", ";", "）", ")", "，", ",", "、"]

    /// The bare times after a time label in `r`, with their deadlines.
    static func deadlines(_ s: some ScalarCollection, _ r: Range<Int>) -> [(Range<Int>, String?)] {
        var out: [(Range<Int>, String?)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            guard let w = labels.match(s, at: i), i + w.count < r.upperBound, s[i + w.count] == "：" || s[i + w.count] == ":" else { i += 1; continue }
            var lo = i + w.count + 1
            while lo < r.upperBound, CharClass.isSpace(s[lo]) { lo += 1 }
            var hi = lo
            while hi < r.upperBound, !valueEnds.contains(s[hi]) { hi += 1 }
            if let d = TableReader.deadline(s, lo..<hi) { out.append(d) }
            i = hi
        }
        return out
    }
}
