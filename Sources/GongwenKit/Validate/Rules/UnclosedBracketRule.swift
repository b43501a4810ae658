/// 括号未闭合: a `《` or `（` (or `(`) with no closing mark in its paragraph, once per paragraph.
/// A bracket closed at the start of the next paragraph is a line break inside the bracket that
/// the normalizer kept (titles laid out on several lines), not an error.
enum UnclosedBracketRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.bracketUnclosed]
    /// Opening marks checked, with their closing marks; `(` and `（` close each other.
    static let pairs: [Unicode.Scalar: Set<Unicode.Scalar>] = ["《": ["》"], "（": ["）", ")"], "(": ["）", ")"]]
    static let names: [Unicode.Scalar: String] = ["《": "书名号", "（": "括号", "(": "括号"]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var carried: [Int] = []
        for (k, p) in c.paragraphs.enumerated() {
            var open = carried
            carried = []
            for i in p.range {
                if pairs[c.s[i]] != nil {
                    open.append(i)
                } else if let pos = open.lastIndex(where: { pairs[c.s[$0]]!.contains(c.s[i]) }) {
                    open.removeSubrange(pos...)
                }
            }
            guard let first = open.first else { continue }
            if k + 1 < c.paragraphs.count, closesEarly(c, c.paragraphs[k + 1].range, open.last!) { carried = open; continue }
            let mark = c.s[first]
            let close = pairs[mark]!.contains("）") ? "）" : "》"
            out.append(DiagnosticCode.bracketUnclosed.make(
                "\(names[mark]!)“\(mark)”没有对应的“\(close)”", span: c.span(first..<(first + 1)),
                notes: open.count > 1 ? ["这一段共有\(open.count)处未闭合"] : []))
        }
        return out
    }

    /// Whether paragraph `r` closes the bracket at `open` before it opens another of its kind.
    static func closesEarly(_ c: ParseContext, _ r: Range<Int>, _ open: Int) -> Bool {
        let closers = pairs[c.s[open]]!
        var depth = 0
        for i in r {
            if pairs[c.s[i]] != nil, closers.isSubset(of: pairs[c.s[i]]!) { depth += 1 }
            if closers.contains(c.s[i]) { if depth == 0 { return true }; depth -= 1 }
        }
        return false
    }
}
