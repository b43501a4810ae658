/// 成文日期残缺: the signing date under a signature lost some of its 年 or 月 in conversion
/// (`2022121日` may be 2022年1月21日 or 2022年12月1日), or a digit of its year (`202年6月9日`),
/// so no 成文日期 was recorded.
enum GarbledDateRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.dateGarbled]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        guard notice.header.date == nil else { return [] }
        var out: [Diagnostic] = []
        for (k, p) in c.paragraphs.enumerated() where k > 0 && p.marker == nil {
            guard let fault = ClosingParser.garbledDateFault(c, p.range), ClosingParser.isOrganLine(c, c.paragraphs[k - 1]) else { continue }
            let r = c.trim(p.range)
            let text = c.string(r)
            let problem = fault.hasPrefix("“") ? "缺少\(fault)" : fault
            out.append(DiagnosticCode.dateGarbled.make("署名下的成文日期“\(text)”\(problem)，无法确定是哪一天，未记录成文日期",
                                                       span: c.span(r), notes: ["请对照原件补全成文日期"]))
        }
        return out
    }
}
