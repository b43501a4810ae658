/// 审阅页面右栏: the header card, the diagnostics, the task ledger per document, the unit index and
/// the citations; every value links (`data-go`) to its mark in the text.
enum HTMLLedger {
    static func side(_ w: inout HTMLWriter, _ notice: Notice) {
        w.raw("<aside class=\"side\">\n")
        headerCard(&w, notice.header)
        diagnostics(&w, notice.diagnostics)
        let serials = ledger(&w, notice)
        HTMLIndex.units(&w, notice.units, serials)
        HTMLIndex.citations(&w, notice.citations)
        w.raw("</aside>\n")
    }

    /// A link to the mark with highlight id `id`, showing `text`.
    static func link(_ w: inout HTMLWriter, _ id: String, _ text: String) {
        w.raw("<a")
        w.attr("href", "#v-" + id)
        w.attr("data-go", id)
        w.raw(">")
        w.text(text)
        w.raw("</a>")
    }

    /// 版头要素: the GB/T 9704 elements found, as a card.
    static func headerCard(_ w: inout HTMLWriter, _ header: Header) {
        w.raw("<section class=\"card\" id=\"header-card\"><h2>版头与版记</h2>\n<dl>\n")
        let fields = HeaderFields.fields(header)
        if fields.isEmpty { w.raw("<dt>—</dt><dd>未识别到版头要素</dd>\n") }
        for f in fields {
            w.raw("<dt>")
            w.text(f.label)
            w.raw("</dt><dd>")
            if let iso = f.resolved { w.text(iso + " ") }
            for (i, v) in f.values.enumerated() {
                if i > 0 { w.raw("、") }
                link(&w, HeaderFields.id(f, i), f.resolved == nil ? v.text : "（\(v.text)）")
            }
            w.raw("</dd>\n")
        }
        w.raw("</dl></section>\n")
    }

    /// 问题: each diagnostic with its severity, code, message, a link to its span and to its labels.
    static func diagnostics(_ w: inout HTMLWriter, _ list: [Diagnostic]) {
        w.raw("<section id=\"diagnostics\"><h2>问题（\(list.count)）</h2>\n")
        if list.isEmpty { w.raw("<p class=\"notes\">未发现问题。</p></section>\n"); return }
        w.raw("<ol class=\"diag\">\n")
        for (g, d) in list.enumerated() {
            let label = d.severity == .error ? "错误" : d.severity == .warning ? "警告" : "提示"
            w.raw("<li><span class=\"sev \(d.severity.rawValue)\">\(label)</span> <code>")
            w.text(d.code)
            w.raw("</code> ")
            if let s = d.span { link(&w, "g\(g + 1)", "第\(s.line)行") ; w.raw(" ") }
            w.text(d.message)
            for (i, l) in d.labels.enumerated() {
                w.raw("<br><span class=\"notes\">↳ </span>")
                link(&w, "g\(g + 1).l\(i + 1)", "第\(l.span.line)行")
                w.raw(" ")
                w.text(l.message)
            }
            for n in d.notes { w.raw("<br><span class=\"notes\">注：</span><span class=\"notes\">"); w.text(n); w.raw("</span>") }
            w.raw("</li>\n")
        }
        w.raw("</ol></section>\n")
    }

    /// 任务台账: one table per document, one row per task; returns each task's 序号 by id.
    static func ledger(_ w: inout HTMLWriter, _ notice: Notice) -> [String: Int] {
        var serials: [String: Int] = [:]
        let total = notice.documents.reduce(0) { $0 + $1.tasks.count }
        w.raw("<section id=\"ledger\"><h2>任务台账（\(total)项）</h2>\n")
        for d in notice.documents {
            w.raw("<div class=\"doc\"><h3>")
            link(&w, "\(d.id).title", d.title.text.isEmpty ? d.id : d.title.text)
            w.raw("（\(d.tasks.count)项）</h3>\n")
            if !d.tasks.isEmpty {
                w.raw(tableHead)
                for t in d.tasks {
                    serials[t.id] = serials.count + 1
                    row(&w, t, serials.count)
                }
                w.raw("</tbody></table>\n")
            }
            w.raw("</div>\n")
        }
        w.raw("</section>\n")
        return serials
    }

    /// The ledger table's columns, with fixed widths so a long ledger lays out fast.
    static let tableHead = """
        <table class="ledger fixed"><colgroup><col class="c-serial"><col class="c-number"><col class="c-task"><col class="c-lead">\
        <col class="c-support"><col class="c-resp"><col class="c-due"><col class="c-start"><col class="c-line"></colgroup>
        <thead><tr><th>序号</th><th>编号</th><th>任务</th><th>牵头单位</th><th>配合单位</th><th>责任单位</th><th>完成时限</th>\
        <th>起始/周期</th><th>行</th></tr></thead><tbody>

        """

    static func row(_ w: inout HTMLWriter, _ t: Task, _ serial: Int) {
        w.raw("<tr tabindex=\"0\"")
        w.attr("id", "row-" + t.id)
        w.attr("data-go", t.id)
        w.raw("><td class=\"num\">\(serial)</td><td class=\"num path\">")
        for (i, m) in t.path.enumerated() {
            if i > 0 { w.raw("/<wbr>") }
            w.text(m)
        }
        w.raw("</td><td>")
        link(&w, "\(t.id).h", t.heading.text)
        for role in Ledger.Role.allCases {
            w.raw("</td><td>")
            for (i, u) in role.units(t.units).enumerated() {
                if i > 0 { w.raw("、") }
                link(&w, "\(t.id).\(role.key).\(i + 1)", u.name)
            }
        }
        w.raw("</td><td>")
        times(&w, t.deadlines, "\(t.id).deadline")
        w.raw("</td><td>")
        times(&w, t.starts, "\(t.id).start")
        for (i, r) in t.recurring.enumerated() {
            if i > 0 || !t.starts.isEmpty { w.raw("；") }
            link(&w, "\(t.id).recurring.\(i + 1)", r.text)
        }
        w.raw("</td><td class=\"num\">\(t.span.line)</td></tr>\n")
    }

    static func times(_ w: inout HTMLWriter, _ list: [TimePoint], _ prefix: String) {
        for (i, x) in list.enumerated() {
            if i > 0 { w.raw("；") }
            link(&w, "\(prefix).\(i + 1)", Ledger.time(x))
        }
    }
}
