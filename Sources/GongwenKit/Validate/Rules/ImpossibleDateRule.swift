/// 日期不存在: a date that no calendar has: `2023年2月30日`, `2023年13月1日`, or a deadline such as
/// `4月31日前` (the extractor resolves it to the month's last day; the text is still wrong).
/// Years that cannot be real (`0403年`) are reported by the extractor as `date.impossible-year`.
enum ImpossibleDateRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.dateImpossible]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var flagged: [SourceSpan] = []
        for t in c.lexed.tokens where t.kind == .date {
            guard let d = CalendarDate.at(c.s, t.range.lowerBound, end: t.range.upperBound),
                  CalendarDate.plausibleYears.contains(d.year), let why = problem(d.year, d.month, d.day) else { continue }
            let span = c.span(d.range)
            flagged.append(span)
            out.append(DiagnosticCode.dateImpossible.make("日期“\(c.string(d.range))”不存在：\(why)", span: span))
        }
        for doc in notice.documents {
            for t in doc.tasks {
                for p in t.deadlines + t.starts {
                    guard let (m, d) = monthDay(p.text), !flagged.contains(where: { $0.start < p.span.end && p.span.start < $0.end }) else { continue }
                    // Without a year, 2月29日 may be right: judge it against a leap year.
                    let year = p.date.flatMap { Int($0.prefix(4)) } ?? doc.year ?? 2000
                    guard let why = problem(year, m, d) else { continue }
                    flagged.append(p.span)
                    var notes: [String] = []
                    if let iso = p.date { notes.append("提取结果按该月最后一天记为\(iso)，请核对原意") }
                    out.append(DiagnosticCode.dateImpossible.make("时间“\(p.text)”中的日期不存在：\(why)", span: p.span, notes: notes))
                }
            }
        }
        return out
    }

    /// Why `y-m-d` is not a date, or nil when it is one.
    static func problem(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m) else { return "没有\(m)月" }
        let last = CalendarDate.lastDay(y, m)
        guard (1...last).contains(d) else { return "\(y)年\(m)月只有\(last)天" }
        return nil
    }

    /// The month and day of a time such as `10月15日前`, `2023年4月31日`.
    static func monthDay(_ text: String) -> (Int, Int)? {
        let s = Array(text.unicodeScalars)
        guard let k = s.firstIndex(of: "月") else { return nil }
        var i = k
        while i > 0, CharClass.isDigit(s[i - 1]) || ChineseNumeral.isNumeral(s[i - 1]) { i -= 1 }
        guard i < k, let (m, _) = CalendarDate.number(s, i, k), let (d, e) = CalendarDate.number(s, k + 1, s.count),
              e < s.count, s[e] == "日" || s[e] == "号" else { return nil }
        return (m, d)
    }
}
