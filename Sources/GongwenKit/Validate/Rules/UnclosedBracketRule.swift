/// 括号未闭合: a `《` or `（` (or `(`) with no closing mark in its paragraph, once per paragraph,
/// read off the lexer's bracket tokens. A bracket closed at the start of the next paragraph is a
/// line break inside the bracket that the normalizer kept, not an error.
enum UnclosedBracketRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.bracketUnclosed]
    /// The brackets checked, with their name and closing mark.
    static let checked: [Token.Bracket: (name: String, close: String)] = [.book: ("书名号", "》"), .round: ("括号", "）")]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var carried: [Token] = []
        for p in c.paragraphs {
            var open = carried
            carried = []
            for t in c.lexed.tokens(of: p.index) {
                if case .open(let b) = t.kind, checked[b] != nil {
                    open.append(t)
                } else if case .close(let b) = t.kind, let k = open.lastIndex(where: { $0.kind == .open(b) }) {
                    open.removeSubrange(k...)
                }
            }
            guard let first = open.first, case .open(let bracket) = first.kind, let (name, close) = checked[bracket] else { continue }
            if p.index + 1 < c.paragraphs.count, case .open(let last) = open.last!.kind, closesFirst(c, p.index + 1, last) {
                carried = open
                continue
            }
            out.append(DiagnosticCode.bracketUnclosed.make(
                "\(name)“\(c.string(first.range))”没有对应的“\(close)”", span: c.span(first.range),
                notes: open.count > 1 ? ["这一段共有\(open.count)处未闭合"] : []))
        }
        return out
    }

    /// Whether paragraph `i` closes a `bracket` before it opens one.
    static func closesFirst(_ c: ParseContext, _ i: Int, _ bracket: Token.Bracket) -> Bool {
        for t in c.lexed.tokens(of: i) {
            if t.kind == .open(bracket) { return false }
            if t.kind == .close(bracket) { return true }
        }
        return false
    }
}
