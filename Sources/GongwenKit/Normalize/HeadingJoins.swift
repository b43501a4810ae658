/// 断行规则：标题: the join rules for a list item's heading that a converter broke (`1.加强` /
/// `油气供应保障。`, `4.促进新型储能` / `发展。`), and the closing formulas that are no heading's end.
extension JoinRules {
    /// Words that cannot be a heading on their own: a verb that wants its object, an adverb that
    /// wants its verb (`1.加强` / `油气供应保障。`). After an object they can end one (`（一）交通结构优化`).
    static let danglingWords = WordList([
        "加强", "促进", "推进", "推动", "做好", "提升", "加快", "完善", "强化", "深化", "健全", "建立", "开展",
        "落实", "优化", "扩大", "支持", "鼓励", "积极", "大力", "稳步", "全面", "持续", "切实", "着力", "进一步",
        "有序", "安全有序", "稳妥", "稳妥有序", "积极稳妥",
    ])

    /// A paragraph that is its list marker `m` and nothing but dangling words: the heading goes on in
    /// the next line.
    static func splitsHeading(_ a: [Unicode.Scalar], after m: Marker) -> Bool {
        guard m.length < a.count else { return false }
        var i = m.length
        while i < a.count, let w = danglingWords.match(a, at: i) { i += w.count }
        return i == a.count
    }

    /// The last word of a heading broken onto a line of its own (`4.促进新型储能` / `发展。`): a line
    /// of at most `headingTailMax` Han characters and its full stop, under a list item whose text has
    /// no punctuation yet.
    /// A closing formula (`特此通知。`) under the last item is a paragraph of its own.
    static func endsHeading(_ a: [Unicode.Scalar], after m: Marker, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard b.count >= 2, b.count <= headingTailMax + 1, b.last == "。", b.dropLast().allSatisfy(CharClass.isHan),
              m.length < a.count, closingFormulas.match(b, at: b.startIndex)?.count != b.count - 1 else { return false }
        return !a[m.length...].contains { sentencePunctuation.contains($0) || $0 == "。" }
    }
    static let headingTailMax = 4
    /// The closing formulas of 公文 short enough to pass for a heading's last word.
    static let closingFormulas = WordList(["特此通知", "特此通报", "特此公告", "特此通告", "特此函告", "特此函复", "特此报告", "特此批复",
                                           "此复", "此令", "此函", "现予印发", "现予公布", "现予公告"])
}
