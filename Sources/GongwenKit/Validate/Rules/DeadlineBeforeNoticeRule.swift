/// 时限早于发文: a deadline that falls before the notice's own date (成文日期, else 印发日期): the
/// task was overdue when it was issued, or its year was misread or mistyped.
enum DeadlineBeforeNoticeRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.deadlineBeforeNotice]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        let h = notice.header
        let dated: (iso: String, source: Located?, name: String)
        if let d = h.date { dated = (d, h.dateSource, "成文日期") } else if let d = h.printDate { dated = (d, h.printDateSource, "印发日期") } else { return [] }
        // A report (报告, 总结) tells of work done: its past dates are narrative, not overdue tasks.
        if let title = h.title?.text, reportEndings.contains(where: { title.hasSuffix($0) }) { return [] }
        var out: [Diagnostic] = []
        for doc in notice.documents {
            for t in doc.tasks {
                for d in t.deadlines {
                    guard let iso = d.date, iso < dated.iso, !recursYearly(d, c) else { continue }
                    var notes: [String] = []
                    if !hasYear(d.text), let y = doc.year { notes.append("原文时限未写年份，按文件年份\(y)年推算") }
                    out.append(DiagnosticCode.deadlineBeforeNotice.make(
                        "任务“\(t.marker)\(TaskWithoutUnitRule.short(t.heading.text))”的完成时限“\(d.text)”（\(iso)）早于本文的\(dated.name)（\(dated.iso)）",
                        span: d.span, labels: dated.source.map { [.init(message: dated.name, span: $0.span)] } ?? [], notes: notes))
                }
            }
        }
        return out
    }

    static let reportEndings = ["报告", "总结", "情况汇报"]

    /// `每年4月30日前` is due every year: this year's date may have passed, the next has not.
    static func recursYearly(_ d: TimePoint, _ c: ParseContext) -> Bool {
        let at = c.normalizedRange(d.span).lowerBound
        return c.s.contains(everyYear, in: max(0, at - 3)..<at)
    }

    static let everyYear = Array("每年".unicodeScalars)

    /// Whether the time as written names its year (`2023年9月底前`).
    static func hasYear(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        guard let k = s.firstIndex(of: "年"), k >= 4 else { return false }
        return (k - 4..<k).allSatisfy { CharClass.isDigit(s[$0]) }
    }
}
