/// 层次结构: the numbered outline of one document, built from paragraph markers. Numbering may
/// restart in each section and bracket widths may mix; a marker family seen before closes the
/// items below it, a new family opens a level.
struct OutlineNode {
    let marker: Marker
    /// The paragraph that starts the item.
    let paragraph: Int
    let level: Int
    let parent: Int?
    var children: [Int] = []
    /// Paragraphs after the first that belong to the item itself (un-numbered continuation).
    var extra: [Int] = []

    var isLeaf: Bool { children.isEmpty }
    /// Every paragraph of the item's own text.
    var ownParagraphs: [Int] { [paragraph] + extra }
}

/// The outline of one document: its nodes in reading order, the roots, and paragraphs that belong to no item.
struct Outline {
    var nodes: [OutlineNode] = []
    var roots: [Int] = []
    /// Paragraphs inside side boxes (专栏), which belong to no item.
    var boxed: [Int] = []
    /// Closing clauses (`本政策自…起施行`), which belong to no item.
    var closing: [Int] = []

    /// Ancestors of node `i`, nearest first.
    func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var p = nodes[i].parent
        while let k = p { out.append(k); p = nodes[k].parent }
        return out
    }
}

/// Builds a document's outline from its paragraphs' markers.
enum OutlineBuilder {
    /// A paragraph starting with one of these opens a side box that runs to the next numbered item.
    static let boxLabels = WordList(["专栏", "专 栏"])

    /// A closing clause names the document itself and says when it applies or who interprets it.
    static let closingSubjects = WordList(["本政策", "本方案", "本办法", "本意见", "本计划", "本通知", "本规定", "本细则", "本措施", "本实施方案", "本行动方案", "本行动计划", "本若干措施", "本规划"])
    static let closingVerbs = WordList(["施行", "执行", "负责解释", "有效期", "起实施", "废止"])

    static func isClosingClause(_ c: ParseContext, _ p: Paragraph) -> Bool {
        closingSubjects.match(c.s, at: p.range.lowerBound) != nil && closingVerbs.anyOccurs(in: c.s, p.range)
    }

    static func build(_ c: ParseContext, paragraphs: [Int]) -> Outline {
        var o = Outline()
        var stack: [(kind: Marker.Kind, node: Int)] = []
        var inBox = false
        // The family and last value of the numbered list inside the open box, once it has one.
        var boxList: (kind: Marker.Kind, last: Int)?
        for i in paragraphs {
            let p = c.paragraphs[i]
            guard let m = p.marker else {
                if boxLabels.match(c.s, at: p.range.lowerBound) != nil { inBox = true; boxList = nil }
                if inBox { o.boxed.append(i); continue }
                if isClosingClause(c, p) { o.closing.append(i); continue }
                if let top = stack.last?.node { o.nodes[top].extra.append(i) }
                continue
            }
            if inBox, boxHolds(m, &boxList, stack.map { ($0.kind, o.nodes[$0.node].marker.value) }) {
                o.boxed.append(i)
                continue
            }
            inBox = false
            if let pos = stack.lastIndex(where: { $0.kind == m.kind }) { stack.removeSubrange(pos...) }
            let parent = stack.last?.node
            let node = OutlineNode(marker: m, paragraph: i, level: stack.count + 1, parent: parent)
            o.nodes.append(node)
            let index = o.nodes.count - 1
            if let parent { o.nodes[parent].children.append(index) } else { o.roots.append(index) }
            stack.append((m.kind, index))
        }
        return o
    }

    /// Whether a numbered item inside a side box is one of the box's own (`专栏2 能源安全保障项目`,
    /// then `1.油气勘探：…`, `2.电网：…`): a list that starts at 1 in the innermost item's family
    /// or a new one, and goes on by one. An item that continues the numbering before the box
    /// (`8.` after `7.`), or is of a shallower family (`（二）`), ends the box. `open` is the stack of
    /// open items: each family and the value of its item.
    static func boxHolds(_ m: Marker, _ list: inout (kind: Marker.Kind, last: Int)?, _ open: [(kind: Marker.Kind, value: Int)]) -> Bool {
        if let l = list {
            guard m.kind == l.kind, m.value == l.last + 1 else { return false }
            list = (l.kind, m.value)
            return true
        }
        if let k = open.lastIndex(where: { $0.kind == m.kind }), k < open.count - 1 || m.value == open[k].value + 1 { return false }
        guard m.value == 1 else { return false }
        list = (m.kind, 1)
        return true
    }
}
