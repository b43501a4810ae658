/// 单位出现处: the units a notice names, each with where it is first named and at how many places,
/// in reading order. Task assignments always; with `header`, also 主送/抄送机关, 署名 and 印发机关.
struct UnitOccurrences {
    /// Distinct names, by first occurrence.
    private(set) var names: [String] = []
    /// Each distinct name's number, and by number where it is first named and at how many places.
    private var number: [TextKey: Int32] = [:]
    private var firsts: [SourceSpan] = [], places: [Int] = []

    /// One naming: where, and which name (its number). 12 bytes, since a large notice names units
    /// hundreds of thousands of times.
    private struct Place: Comparable {
        let start: Int32, end: Int32, name: Int32
        static func < (a: Place, b: Place) -> Bool { (a.start, a.end, a.name) < (b.start, b.end, b.name) }
    }

    init(_ notice: Notice, header: Bool) {
        var keys: [TextKey] = []
        var seen: [Place] = []
        func add(_ name: String, _ span: SourceSpan) {
            let key = TextKey(name)
            let k: Int32
            if let known = number[key] {
                k = known
                if span < firsts[Int(k)] { firsts[Int(k)] = span }
            } else {
                k = Int32(keys.count)
                number[key] = k
                keys.append(key); firsts.append(span)
            }
            seen.append(Place(start: Int32(span.start), end: Int32(span.end), name: k))
        }
        func add(_ list: [Named]?) { for n in list ?? [] { add(n.name, n.span) } }
        for doc in notice.documents {
            for t in doc.tasks {
                add(t.units.lead)
                add(t.units.support)
                add(t.units.responsible)
            }
        }
        if header {
            let h = notice.header
            add(h.recipients)
            add(h.cc)
            add(h.issuers)
            if case .several(let list)? = h.signedBy { add(list) }
            for l in [h.issuer, h.printedBy].compactMap({ $0 }) { add(l.text, l.span) }
        }
        // A name given twice at one place (as lead and as support) is one place.
        seen.sort()
        places = [Int](repeating: 0, count: keys.count)
        for (i, p) in seen.enumerated() where i == 0 || seen[i - 1] != p { places[Int(p.name)] += 1 }
        names = keys.indices.sorted { (firsts[$0], $0) < (firsts[$1], $1) }.map { keys[$0].text }
    }

    func first(_ name: String) -> SourceSpan? { number[TextKey(name)].map { firsts[Int($0)] } }
    func count(_ name: String) -> Int { number[TextKey(name)].map { places[Int($0)] } ?? 0 }
}
