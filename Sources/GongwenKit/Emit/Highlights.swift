/// 高亮: one extracted value to mark in the notice text, by kind, with a stable id.
public struct Highlight: Sendable, Hashable {
    /// 类别: what the value is. The raw value is the page's `data-kind`.
    public enum Kind: String, CaseIterable, Sendable {
        case task, heading, document, diagnostic, label, header, citation, unit, deadline, start, recurring

        /// For values with the same extent: lower ranks sit outside.
        var rank: Int { Kind.allCases.firstIndex(of: self)! }

        /// The name the page shows in its legend.
        public var title: String {
            switch self {
            case .task: return "任务"
            case .heading: return "任务标题"
            case .document: return "文件标题"
            case .diagnostic: return "问题"
            case .label: return "问题相关处"
            case .header: return "版头版记要素"
            case .citation: return "引用文件"
            case .unit: return "单位"
            case .deadline: return "完成时限"
            case .start: return "起始时间"
            case .recurring: return "周期"
            }
        }
    }

    public var kind: Kind
    public var id: String
    public var span: SourceSpan
    /// The unit's role key, the header element's key, the diagnostic's severity or the citation part.
    public var detail: String?
    /// The tooltip.
    public var note: String

    /// Every value of the notice that has a span: the header elements, document titles, each task
    /// with its heading, units, deadlines, starts and schedules, every occurrence of a citation (with
    /// its 发文字号, standard code and aliases), and each diagnostic with its labels.
    public static func collect(_ notice: Notice) -> [Highlight] {
        var out: [Highlight] = []
        for f in HeaderFields.fields(notice.header) {
            for (i, v) in f.values.enumerated() {
                out.append(Highlight(kind: .header, id: HeaderFields.id(f, i), span: v.span, detail: f.key, note: f.label))
            }
        }
        for d in notice.documents {
            out.append(Highlight(kind: .document, id: "\(d.id).title", span: d.title.span, detail: nil, note: "文件标题"))
            for t in d.tasks { tasks(t, into: &out) }
        }
        for c in notice.citations {
            for (i, s) in c.spans.enumerated() {
                out.append(Highlight(kind: .citation, id: "\(c.id).\(i + 1)", span: s, detail: "title", note: "引用 《\(c.title)》"))
            }
            if let n = c.docNumber { out.append(Highlight(kind: .citation, id: "\(c.id).no", span: n.span, detail: "docNumber", note: "发文字号")) }
            if let s = c.standard { out.append(Highlight(kind: .citation, id: "\(c.id).std", span: s.span, detail: "standard", note: "标准编号")) }
            for (i, a) in c.aliases.enumerated() {
                out.append(Highlight(kind: .citation, id: "\(c.id).a\(i + 1)", span: a.span, detail: "alias", note: "简称 《\(c.title)》"))
            }
        }
        for (g, d) in notice.diagnostics.enumerated() {
            if let s = d.span {
                out.append(Highlight(kind: .diagnostic, id: "g\(g + 1)", span: s, detail: d.severity.rawValue, note: "\(d.code)：\(d.message)"))
            }
            for (i, l) in d.labels.enumerated() {
                out.append(Highlight(kind: .label, id: "g\(g + 1).l\(i + 1)", span: l.span, detail: d.severity.rawValue, note: l.message))
            }
        }
        return out
    }

    static func tasks(_ t: Task, into out: inout [Highlight]) {
        out.append(Highlight(kind: .task, id: t.id, span: t.span, detail: nil, note: "任务 \(Ledger.number(t))"))
        out.append(Highlight(kind: .heading, id: "\(t.id).h", span: t.heading.span, detail: nil, note: "任务标题"))
        for role in Ledger.Role.allCases {
            for (i, u) in role.units(t.units).enumerated() {
                out.append(Highlight(kind: .unit, id: "\(t.id).\(role.key).\(i + 1)", span: u.span, detail: role.key, note: "\(role.label)单位"))
            }
        }
        for (i, x) in t.deadlines.enumerated() {
            out.append(Highlight(kind: .deadline, id: "\(t.id).deadline.\(i + 1)", span: x.span, detail: nil, note: "完成时限 \(x.date ?? "（无确切日期）")"))
        }
        for (i, x) in t.starts.enumerated() {
            out.append(Highlight(kind: .start, id: "\(t.id).start.\(i + 1)", span: x.span, detail: nil, note: "起始 \(x.date ?? "（无确切日期）")"))
        }
        for (i, x) in t.recurring.enumerated() {
            out.append(Highlight(kind: .recurring, id: "\(t.id).recurring.\(i + 1)", span: x.span, detail: x.frequency, note: "周期 \(x.frequency)"))
        }
    }
}
