/// 单位出现处: the units a notice names, each with every span it is named at, in reading order.
/// Task assignments always; with `header`, also 主送/抄送机关, 署名 and 印发机关.
struct UnitOccurrences {
    /// Distinct names, by first occurrence.
    private(set) var names: [String] = []
    private var spans: [TextKey: [SourceSpan]] = [:]

    init(_ notice: Notice, header: Bool) {
        var all: [Named] = []
        for doc in notice.documents {
            for t in doc.tasks { all += t.units.lead + t.units.support + t.units.responsible }
        }
        if header {
            let h = notice.header
            all += (h.recipients ?? []) + (h.cc ?? []) + (h.issuers ?? [])
            if case .several(let list)? = h.signedBy { all += list }
            for l in [h.issuer, h.printedBy].compactMap({ $0 }) { all.append(Named(name: l.text, span: l.span)) }
        }
        all.sort { $0.span < $1.span }
        for n in all {
            // Sorted by span, so a name given twice at one place (as lead and as support) is adjacent.
            // One hash per occurrence: a name is hashed again only when it is new.
            let key = TextKey(n.name)
            if let i = spans.index(forKey: key) {
                if spans.values[i].last != n.span { spans.values[i].append(n.span) }
            } else {
                names.append(n.name)
                spans[key] = [n.span]
            }
        }
    }

    func first(_ name: String) -> SourceSpan? { spans[TextKey(name)]?.first }
    func count(_ name: String) -> Int { spans[TextKey(name)]?.count ?? 0 }
}
