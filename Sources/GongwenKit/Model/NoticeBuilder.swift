/// 建模: assembles the output model from the parse and the extraction: ids, located values,
/// de-duplicated units and citations, and the unit index.
enum NoticeBuilder {
    static func build(_ c: ParseContext, _ parsed: consuming ParsedNotice, _ extracted: consuming [[TaskExtraction]], _ mentions: [CitationMention]) -> Notice {
        let (citations, citationIds) = buildCitations(c, mentions)
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        var names = NameTable()
        // Each document's parse and extraction is let go as soon as its model is built, so the
        // model reuses their memory (the 100 MB notice peaked 58 MB higher while both were held).
        let header = parsed.header.header
        var parsedDocuments = parsed.documents
        parsed.documents = []
        for d in parsedDocuments.indices {
            let doc = parsedDocuments[d], docExtraction = extracted[d]
            parsedDocuments[d].release()
            extracted[d] = []
            let docId = "d\(d + 1)"
            var tasks: [Task] = []
            var taskOfNode: [Int: NodeTask] = [:]
            for (t, pt) in doc.tasks.enumerated() {
                let e = docExtraction[t]
                let id = "\(docId).t\(t + 1)"
                tasks.append(task(c, pt, e, id: id, citationIds: citationIds, names: &names))
                if let n = pt.node { taskOfNode[n] = NodeTask(id: id, heading: pt.heading, text: tasks[t].heading.text) }
                for m in e.times where m.badYear != nil {
                    diagnostics.append(DiagnosticCode.dateImpossibleYear.make(
                        "时间“\(c.string(m.range))”中的年份\(m.badYear!)年不可能，未记录日期",
                        span: c.span(m.range), notes: ["数字可能在转换时错乱，请对照原件核实"]))
                }
            }
            let first = doc.paragraphs.first.map { c.paragraphs[$0].range.lowerBound } ?? 0
            let last = doc.paragraphs.last.map { c.paragraphs[$0].range.upperBound } ?? first
            let start = doc.title.isEmpty ? first : c.paragraphs[doc.title.lowerBound].range.lowerBound
            documents.append(Document(
                id: docId, title: Located(text: doc.titleText, span: doc.titleSpan), year: doc.year,
                span: c.span(start..<max(start, last)), outline: outline(c, doc.outline, taskOfNode), tasks: tasks))
        }
        let source = SourceInfo(name: c.source.name, sha256: c.source.sha256, encoding: c.source.encoding,
                                characters: c.source.characterCount,
                                excluded: c.lexed.text.excluded.map { SourceSpan($0, in: c.source) })
        return Notice(schemaVersion: Notice.currentSchemaVersion, source: source, header: header,
                      documents: documents, citations: citations, units: unitIndex(documents), diagnostics: diagnostics)
    }

    static func task(_ c: ParseContext, _ pt: ParsedTask, _ e: TaskExtraction, id: String, citationIds: [Int: String],
                     names: inout NameTable) -> Task {
        var units = Units()
        // A unit named twice in one role is listed once. A task names a handful, where a scan beats
        // hashing; past `scanned` names a set takes over, so one naming thousands stays linear.
        let scanned = 16
        var seen = [Set<TextKey>](repeating: [], count: 3)
        func add(_ n: Named, to list: inout [Named], _ k: Int) {
            if list.count < scanned {
                if !list.contains(where: { $0.name == n.name }) { list.append(n) }
                return
            }
            if seen[k].isEmpty { seen[k] = Set(list.map { TextKey($0.name) }) }
            if seen[k].insert(TextKey(n.name)).inserted { list.append(n) }
        }
        for m in e.units {
            let n = Named(name: names.intern(c.string(m.range)), span: c.span(m.range))
            switch m.role {
            case .lead: add(n, to: &units.lead, 0)
            case .support: add(n, to: &units.support, 1)
            case .responsible: add(n, to: &units.responsible, 2)
            }
        }
        var deadlines: [TimePoint] = [], starts: [TimePoint] = [], recurring: [Recurrence] = []
        for m in e.times {
            switch m.kind {
            case .deadline: deadlines.append(TimePoint(text: c.string(m.range), date: m.date, span: c.span(m.range)))
            case .start: starts.append(TimePoint(text: c.string(m.range), date: m.date, span: c.span(m.range)))
            case .recurring(let f):
                // A schedule said twice in one task is one schedule.
                let text = c.string(m.range)
                if !recurring.contains(where: { $0.text == text }) { recurring.append(Recurrence(text: text, frequency: f, span: c.span(m.range))) }
            }
        }
        let first = pt.ranges.first?.lowerBound ?? pt.heading.lowerBound
        let last = pt.ranges.last?.upperBound ?? pt.heading.upperBound
        var cited: [String] = [], citedSeen = Set<String>()
        for k in e.citations {
            guard let id = citationIds[k] else { continue }
            if cited.count < scanned { if !cited.contains(id) { cited.append(id) }; continue }
            if citedSeen.isEmpty { citedSeen = Set(cited) }
            if citedSeen.insert(id).inserted { cited.append(id) }
        }
        return Task(id: id, number: pt.number, marker: pt.marker, path: pt.path, heading: c.located(pt.heading),
                    text: pt.ranges.map { c.string($0) }.joined(separator: "\n"),
                    span: c.span(first..<last), units: units, deadlines: deadlines, starts: starts, recurring: recurring, citations: cited)
    }

    /// The task an outline item is: its id, and its heading's range and text, which the item's
    /// title shares when it has the same range (one string, not two).
    struct NodeTask { let id: String, heading: Range<Int>, text: String }

    static func outline(_ c: ParseContext, _ o: Outline, _ taskOfNode: [Int: NodeTask]) -> [OutlineItem] {
        func item(_ i: Int) -> OutlineItem {
            let n = o.nodes[i]
            let p = c.paragraphs[n.paragraph]
            let task = taskOfNode[i]
            let title = TaskSelector.heading(c, n.paragraph)
            let text = task.flatMap { $0.heading == title ? $0.text : nil } ?? c.string(title)
            return OutlineItem(marker: n.marker.text, number: n.marker.value, level: n.level, title: text,
                               span: c.span(p.range), task: task?.id, children: n.children.map(item))
        }
        return o.roots.map(item)
    }

    /// One citation per distinct title; an alias adds its spans to the title it abbreviates.
    static func buildCitations(_ c: ParseContext, _ mentions: [CitationMention]) -> ([Citation], [Int: String]) {
        var citations: [Citation] = []
        var byTitle: [TextKey: Int] = [:]
        var aliases: [TextKey: Int] = [:]
        var ids: [Int: String] = [:]
        var lastReal: Int?
        for (k, m) in mentions.enumerated() {
            let title = titleKey(c.string(m.title))
            if m.isAlias {
                if let target = lastReal { aliases[title] = target; citations[target].aliases.append(c.located(m.title)); ids[k] = citations[target].id }
                continue
            }
            if let target = aliases[title] {
                citations[target].aliases.append(c.located(m.title))
                ids[k] = citations[target].id
                continue
            }
            if let target = byTitle[title] {
                citations[target].spans.append(c.span(m.title))
                if citations[target].docNumber == nil, let dn = m.docNumber { citations[target].docNumber = HeaderParser.docNumber(c, dn) }
                if citations[target].standard == nil, let st = m.standard { citations[target].standard = c.located(st) }
                ids[k] = citations[target].id
                lastReal = target
                continue
            }
            let id = "c\(citations.count + 1)"
            citations.append(Citation(id: id, title: c.string(m.title), docNumber: m.docNumber.map { HeaderParser.docNumber(c, $0) },
                                      standard: m.standard.map { c.located($0) }, spans: [c.span(m.title)], aliases: []))
            byTitle[title] = citations.count - 1
            lastReal = citations.count - 1
            ids[k] = id
        }
        return (citations, ids)
    }

    /// A title as a lookup key: folded as in the header, with 〈〉 read as 《》.
    static func titleKey(_ title: String) -> TextKey {
        let folded = HeaderParser.fold(title).unicodeScalars.map { $0 == "〈" ? "《" : $0 == "〉" ? "》" : $0 }
        return TextKey(ScalarString.make(folded[...]))
    }

    static func unitIndex(_ documents: [Document]) -> [UnitEntry] {
        var index: [TextKey: RoleTasks] = [:]
        for doc in documents {
            for t in doc.tasks {
                for u in t.units.lead { index[TextKey(u.name), default: RoleTasks()].lead.append(t.id) }
                for u in t.units.support { index[TextKey(u.name), default: RoleTasks()].support.append(t.id) }
                for u in t.units.responsible { index[TextKey(u.name), default: RoleTasks()].responsible.append(t.id) }
            }
        }
        return index.sorted { $0.key < $1.key }.map { UnitEntry(name: $0.key.text, tasks: $0.value) }
    }
}
