/// XML 读回: reads gongwen XML (valid against the XSD, and with spans `SpanSanity` accepts, so
/// each fits `SourceSpan`'s 32 bits) back into the model, the inverse of `XMLEmitter`, so
/// `gongwen validate` can run the semantic rules on XML files too. Numbers are read as the XSD reads them.
enum XMLNoticeReader {
    static func notice(_ root: XMLValue) -> Notice? {
        guard root.name == "notice", let source = root.child("source") else { return nil }
        let info = SourceInfo(name: source[attribute: "name"] ?? "", sha256: source[attribute: "sha256"] ?? "",
                              encoding: source[attribute: "encoding"] ?? "", characters: XSDInteger.int(source[attribute: "characters"]) ?? 0,
                              excluded: source.children.compactMap(span))
        return Notice(schemaVersion: root[attribute: "schemaVersion"] ?? "", source: info,
                      header: root.child("header").map(header) ?? Header(),
                      documents: root.child("documents")?.children.map(document) ?? [],
                      citations: root.child("citations")?.children.map(citation) ?? [],
                      units: root.child("units")?.children.map(unitEntry) ?? [],
                      diagnostics: root.child("diagnostics")?.children.map(diagnostic) ?? [])
    }

    static func span(_ e: XMLValue) -> SourceSpan? {
        guard let a = XSDInteger.int(e[attribute: "start"]), let b = XSDInteger.int(e[attribute: "end"]),
              let l = XSDInteger.int(e[attribute: "line"]) else { return nil }
        return SourceSpan(start: a, end: b, line: l)
    }
    static func located(_ e: XMLValue?) -> Located? { e.flatMap { e in span(e).map { Located(text: e.text, span: $0) } } }
    static func named(_ e: XMLValue) -> Named? { span(e).map { Named(name: e.text, span: $0) } }
    static func names(_ e: XMLValue?) -> [Named]? { e.map { $0.children.compactMap(named) } }

    static func oneOrSeveral(_ e: XMLValue?) -> OneOrSeveral? {
        guard let e else { return nil }
        if let signer = located(e.child("signer")) { return .one(signer) }
        return .several(e.children.compactMap(named))
    }

    static func docNumber(_ e: XMLValue?) -> DocNumber? {
        guard let e, let s = span(e) else { return nil }
        return DocNumber(text: e.text, agency: e[attribute: "agency"] ?? "", year: XSDInteger.int(e[attribute: "year"]) ?? 0,
                         serial: XSDInteger.int(e[attribute: "serial"]) ?? 0, span: s)
    }

    static func header(_ e: XMLValue) -> Header {
        var h = Header()
        h.copyNumber = located(e.child("copyNumber")); h.secrecy = located(e.child("secrecy")); h.urgency = located(e.child("urgency"))
        h.issuerMark = located(e.child("issuerMark")); h.issuer = located(e.child("issuer")); h.issuers = names(e.child("issuers"))
        h.docNumber = docNumber(e.child("docNumber")); h.signatory = oneOrSeveral(e.child("signatory"))
        h.title = located(e.child("title")); h.recipients = names(e.child("recipients")); h.signedBy = oneOrSeveral(e.child("signedBy"))
        h.date = e.child("date")?.text; h.dateSource = located(e.child("dateSource")); h.disclosure = located(e.child("disclosure"))
        h.cc = names(e.child("cc")); h.printedBy = located(e.child("printedBy")); h.printDate = e.child("printDate")?.text
        h.printDateSource = located(e.child("printDateSource"))
        return h
    }

    static func document(_ e: XMLValue) -> Document {
        Document(id: e[attribute: "id"] ?? "", title: located(e.child("title")) ?? Located(text: "", span: SourceSpan(start: 0, end: 0, line: 1)),
                 year: XSDInteger.int(e[attribute: "year"]), span: span(e) ?? SourceSpan(start: 0, end: 0, line: 1),
                 outline: e.child("outline")?.children.map(outlineItem) ?? [], tasks: e.child("tasks")?.children.map(task) ?? [])
    }

    static func outlineItem(_ e: XMLValue) -> OutlineItem {
        OutlineItem(marker: e[attribute: "marker"] ?? "", number: XSDInteger.int(e[attribute: "number"]) ?? 0, level: XSDInteger.int(e[attribute: "level"]) ?? 0,
                    title: e.child("title")?.text ?? "", span: span(e) ?? SourceSpan(start: 0, end: 0, line: 1), task: e[attribute: "task"],
                    children: e.children.filter { $0.name == "item" }.map(outlineItem))
    }

    static func task(_ e: XMLValue) -> Task {
        var units = Units()
        for u in e.child("units")?.children ?? [] {
            guard let n = named(u) else { continue }
            switch u[attribute: "role"] {
            case "lead": units.lead.append(n)
            case "support": units.support.append(n)
            default: units.responsible.append(n)
            }
        }
        func times(_ name: String) -> [TimePoint] {
            e.child(name)?.children.compactMap { t in span(t).map { TimePoint(text: t.text, date: t[attribute: "date"], span: $0) } } ?? []
        }
        return Task(id: e[attribute: "id"] ?? "", number: XSDInteger.int(e[attribute: "number"]) ?? 0, marker: e[attribute: "marker"] ?? "",
                    path: e.child("path")?.children.map(\.text) ?? [],
                    heading: located(e.child("heading")) ?? Located(text: "", span: SourceSpan(start: 0, end: 0, line: 1)),
                    text: e.child("text")?.text ?? "", span: span(e) ?? SourceSpan(start: 0, end: 0, line: 1), units: units,
                    deadlines: times("deadlines"), starts: times("starts"),
                    recurring: e.child("recurring")?.children.compactMap { r in
                        span(r).map { Recurrence(text: r.text, frequency: r[attribute: "frequency"] ?? "", span: $0) }
                    } ?? [],
                    citations: e.child("citations")?.children.compactMap { $0[attribute: "ref"] } ?? [])
    }

    static func citation(_ e: XMLValue) -> Citation {
        Citation(id: e[attribute: "id"] ?? "", title: e.child("title")?.text ?? "", docNumber: docNumber(e.child("docNumber")),
                 standard: located(e.child("standard")), spans: e.children.filter { $0.name == "occurrence" }.compactMap(span),
                 aliases: e.children.filter { $0.name == "alias" }.compactMap { located($0) })
    }

    static func unitEntry(_ e: XMLValue) -> UnitEntry {
        var tasks = RoleTasks()
        for t in e.children {
            guard let ref = t[attribute: "ref"] else { continue }
            switch t[attribute: "role"] {
            case "lead": tasks.lead.append(ref)
            case "support": tasks.support.append(ref)
            default: tasks.responsible.append(ref)
            }
        }
        return UnitEntry(name: e[attribute: "name"] ?? "", tasks: tasks)
    }

    static func diagnostic(_ e: XMLValue) -> Diagnostic {
        Diagnostic(Diagnostic.Severity(rawValue: e[attribute: "severity"] ?? "") ?? .warning, e[attribute: "code"] ?? "",
                   e.child("message")?.text ?? "", span: span(e),
                   labels: e.children.filter { $0.name == "label" }.compactMap { l in span(l).map { Diagnostic.Label(message: l.text, span: $0) } },
                   notes: e.children.filter { $0.name == "note" }.map(\.text))
    }
}

extension XMLValue {
    /// The first child element with this name.
    func child(_ name: String) -> XMLValue? { children.first { $0.name == name } }
}
