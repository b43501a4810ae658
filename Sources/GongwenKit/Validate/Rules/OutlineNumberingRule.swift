/// 层次序号: items at one level of the outline count 1, 2, 3…, at every level; an item numbered 1
/// starts counting again (a new list under an un-numbered heading such as `第十七条`). A list may also go
/// on from the last number of the same kind in the section before (`（一）` holds 1–8, `（二）`
/// 9–12), as many plans number their tasks. The attachment note (`附件：1.…`) closes the body:
/// the numbered lines from there on list attachments and are not checked.
enum OutlineNumberingRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.outlineGap, .outlineRepeat, .outlineOrder]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        let notes = attachmentNotes(c)
        return notice.documents.flatMap { doc in
            var walker = Walker(c: c, documentStart: doc.span.start, notes: notes)
            walker.walk(doc.outline, parent: nil)
            return walker.out
        }
    }

    /// Visits the outline in reading order, remembering the last number of each marker kind.
    struct Walker {
        let c: ParseContext
        /// Where the document starts in the original: the search for an attachment note before the
        /// first item starts here, not at the top of the notice.
        let documentStart: Int
        /// Original offsets of the attachment notes, from `attachmentNotes`.
        let notes: [Int]
        var out: [Diagnostic] = []
        var lastOfKind: [Marker.Kind: OutlineItem] = [:]
        var previous: OutlineItem?
        /// Set at the attachment note (`附件：1.…`): the numbered lines from there on are its list.
        var stopped = false

        mutating func walk(_ items: [OutlineItem], parent: OutlineItem?) {
            guard !stopped, let first = items.first, let kind = MarkerLexer.marker(Array(first.marker.unicodeScalars)[...])?.kind else { return }
            if followsAttachmentNote(first) { stopped = true; return }
            checkStart(first, kind, parent)
            var seen: [Int: OutlineItem] = [:]
            var top = first
            var all = numbers(items[...])
            for (k, item) in items.enumerated() {
                if k > 0, followsAttachmentNote(item) { stopped = true; break }
                if k > 0, item.number == 1 {
                    // A new list under an un-numbered heading (`第十七条`, `第二章`): count again.
                    (seen, top, all) = ([:], item, numbers(items[k...]))
                } else if k > 0 {
                    checkStep(items[k - 1], item, top: top, seen: seen, all: all, parent)
                }
                if seen[item.number] == nil { seen[item.number] = item }
                if item.number > top.number { top = item }
                previous = item
                walk(item.children, parent: item)
                if stopped { break }
            }
            lastOfKind[kind] = top
        }

        /// The numbers of one run of items: up to the next item numbered 1.
        func numbers(_ items: ArraySlice<OutlineItem>) -> Set<Int> {
            let end = items.dropFirst().firstIndex { $0.number == 1 } ?? items.endIndex
            return Set(items[items.startIndex..<end].map(\.number))
        }

        /// The first item is 1, or goes on from the last item of its kind.
        mutating func checkStart(_ first: OutlineItem, _ kind: Marker.Kind, _ parent: OutlineItem?) {
            let n = first.number
            let last = lastOfKind[kind]
            // Differences, not `number + 1`: a number in an edited file may be as large as Int.max.
            if n == 1 || last.map({ n - $0.number == 1 }) == true { return }
            if let last, n - last.number > 1, n - last.number - 1 < n - 1 {
                out.append(DiagnosticCode.outlineGap.make(
                    "\(place(parent))编号“\(first.marker)”接在上一节的“\(last.marker)”之后，缺少\(MarkerText.range(first.marker, last.number + 1, n - 1))",
                    span: markerSpan(first), labels: [.init(message: "上一节的最后一项", span: markerSpan(last))]))
            } else {
                out.append(DiagnosticCode.outlineGap.make(
                    "\(place(parent))编号从“\(first.marker)”开始，缺少\(MarkerText.range(first.marker, 1, n - 1))",
                    span: markerSpan(first), labels: parent.map { [.init(message: "所在的上一级", span: markerSpan($0))] } ?? []))
            }
        }

        /// Each item is one more than the highest before it. A number missing here but written
        /// further down is an order error there, not a gap here.
        mutating func checkStep(_ a: OutlineItem, _ b: OutlineItem, top: OutlineItem, seen: [Int: OutlineItem], all: Set<Int>, _ parent: OutlineItem?) {
            if let earlier = seen[b.number] {
                out.append(DiagnosticCode.outlineRepeat.make("\(place(parent))编号“\(b.marker)”重复：前面已有“\(earlier.marker)”",
                                                              span: markerSpan(b), labels: [.init(message: "第一次出现", span: markerSpan(earlier))]))
            } else if b.number < top.number {
                out.append(DiagnosticCode.outlineOrder.make("\(place(parent))编号“\(b.marker)”排在“\(top.marker)”之后，顺序颠倒",
                                                             span: markerSpan(b), labels: [.init(message: "编号更大的一项", span: markerSpan(top))]))
            } else if b.number - top.number > 1 {
                let missing = OutlineNumberingRule.missingRuns(between: top.number, and: b.number, present: all)
                guard !missing.isEmpty else { return }
                out.append(DiagnosticCode.outlineGap.make(
                    "\(place(parent))编号从“\(top.marker)”跳到“\(b.marker)”，缺少\(MarkerText.list(b.marker, missing))",
                    span: markerSpan(b), labels: [.init(message: top == a ? "上一项" : "此前最大的编号", span: markerSpan(top))]))
            }
        }

        /// `在“三、重点任务”下，` for an item with a parent.
        func place(_ parent: OutlineItem?) -> String {
            guard let p = parent else { return "" }
            let title = p.title.count > 14 ? String(p.title.prefix(14)) + "…" : p.title
            return "在“\(p.marker)\(title)”下，"
        }

        /// The marker at the start of the item's paragraph.
        func markerSpan(_ item: OutlineItem) -> SourceSpan {
            let r = c.normalizedRange(item.span)
            let n = item.marker.unicodeScalars.count
            return r.count >= n ? c.span(r.lowerBound..<(r.lowerBound + n)) : item.span
        }

        /// Whether a paragraph starting `附件：` lies between the item read before and `first`.
        func followsAttachmentNote(_ first: OutlineItem) -> Bool {
            // Original offsets: the map to normalized text is monotone, so the order is the same.
            let end = first.span.start
            let start = previous?.span.end ?? documentStart
            let k = notes.firstIndex(notBefore: { $0 < start })
            return k < notes.count && notes[k] < end
        }
    }

    /// The numbers strictly between `low` and `high` that are not in `present`, as runs; as fast
    /// for a gap of 10^16 (an edited file) as for a gap of 2.
    static func missingRuns(between low: Int, and high: Int, present: Set<Int>) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var next = low + 1
        for n in present.filter({ $0 > low && $0 < high }).sorted() {
            if n > next { runs.append(next...(n - 1)) }
            next = n + 1
        }
        if next < high { runs.append(next...(high - 1)) }
        return runs
    }

    /// Where the paragraphs that open with an attachment note (`附件：`) start in the original, in reading order.
    static func attachmentNotes(_ c: ParseContext) -> [Int] {
        c.paragraphs.compactMap { DocumentSplitter.isAttachmentNote(c, $0) ? c.lexed.text.map.original($0.range.lowerBound) : nil }
    }
}
