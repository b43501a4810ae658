/// 单位索引与引用文件: the review page's lists of what each unit owes and of the documents cited,
/// each entry linking to the marks in the text.
enum HTMLIndex {
    /// 单位索引: per unit, the tasks it leads, supports and answers for, by ledger 序号.
    static func units(_ w: inout HTMLWriter, _ units: [UnitEntry], _ serials: [String: Int]) {
        w.raw("<section id=\"units\"><h2>单位索引（\(units.count)个单位）</h2>\n")
        guard !units.isEmpty else { w.raw("<p class=\"notes\">没有识别到责任单位。</p></section>\n"); return }
        w.raw("<table class=\"ledger\"><thead><tr><th>单位</th><th>牵头</th><th>配合</th><th>责任</th></tr></thead><tbody>\n")
        for u in units {
            w.raw("<tr><td>")
            w.text(u.name)
            for ids in [u.tasks.lead, u.tasks.support, u.tasks.responsible] {
                w.raw("</td><td>")
                for (i, id) in ids.enumerated() {
                    if i > 0 { w.raw(" ") }
                    HTMLLedger.link(&w, id, serials[id].map(String.init) ?? id)
                }
            }
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table></section>\n")
    }

    /// 引用文件: each cited title with its 发文字号 and standard code, and a link per occurrence.
    static func citations(_ w: inout HTMLWriter, _ citations: [Citation]) {
        w.raw("<section id=\"citations\"><h2>引用文件（\(citations.count)）</h2>\n")
        guard !citations.isEmpty else { w.raw("<p class=\"notes\">没有引用文件。</p></section>\n"); return }
        w.raw("<ol>\n")
        for c in citations {
            w.raw("<li>")
            HTMLLedger.link(&w, "\(c.id).1", "《\(c.title)》")
            if let n = c.docNumber { w.raw(" "); HTMLLedger.link(&w, "\(c.id).no", "（\(n.text)）") }
            if let s = c.standard { w.raw(" "); HTMLLedger.link(&w, "\(c.id).std", s.text) }
            if c.spans.count > 1 || !c.aliases.isEmpty {
                w.raw(" <span class=\"notes\">出现：</span>")
                for i in c.spans.indices { w.raw(" "); HTMLLedger.link(&w, "\(c.id).\(i + 1)", "\(c.spans[i].line)行") }
                for (i, a) in c.aliases.enumerated() { w.raw(" "); HTMLLedger.link(&w, "\(c.id).a\(i + 1)", "《\(a.text)》\(a.span.line)行") }
            }
            w.raw("</li>\n")
        }
        w.raw("</ol></section>\n")
    }
}
