/// 源文行: the lines of a source as the diagnostic renderer shows them: which lines a span covers,
/// and one line cut to a window around its marks, with each mark's column and width.
struct SourceLines {
    let source: SourceText
    static let ellipsis = "..."
    static let tab = "    "

    init(_ source: SourceText) { self.source = source }

    /// Scalars of line `n` (1-based), without its terminator.
    func range(_ n: Int) -> Range<Int> {
        let s = source.scalars
        let start = Int(source.lineStarts[n - 1])
        var end = n < source.lineStarts.count ? Int(source.lineStarts[n]) : s.count
        while end > start, s[end - 1] == "\n" || s[end - 1] == "\r" { end -= 1 }
        return start..<end
    }

    /// The lines `span` covers that hold part of it (its first line when it is empty); at most
    /// the first two and the last when it covers more than three.
    func lines(of span: Span) -> [Int] {
        let first = source.line(of: span.start), last = source.line(of: max(span.start, span.end - 1))
        var out = (first...last).filter { n in let r = range(n); return !r.isEmpty && r.overlaps(span.start..<span.end) }
        if out.isEmpty { out = [first] }
        return out.count > 3 ? [out[0], out[1], out[out.count - 1]] : out
    }

    /// Line `n` cut to at most `maxWidth` columns around the marks on it, and their underlines.
    func excerpt(_ n: Int, _ marks: [DiagnosticRenderer.Mark], maxWidth: Int) -> (String, [DiagnosticRenderer.Underline]) {
        let r = range(n)
        let s = source.scalars
        let parts = marks.compactMap { m -> (Range<Int>, DiagnosticRenderer.Mark)? in
            let lo = max(m.span.start, r.lowerBound), hi = min(m.span.end, r.upperBound)
            if lo < hi { return (lo..<hi, m) }
            return m.span.isEmpty && r.lowerBound <= m.span.start && m.span.start <= r.upperBound ? (m.span.start..<m.span.start, m) : nil
        }
        let u0 = parts.map(\.0.lowerBound).min() ?? r.lowerBound, u1 = parts.map(\.0.upperBound).max() ?? r.lowerBound
        var lo = u0, hi = u1
        if width(r) <= maxWidth {
            lo = r.lowerBound; hi = r.upperBound
        } else {
            var budget = maxWidth - width(u0..<u1) - 2 * Self.ellipsis.count
            var left = max(0, budget / 2)
            while lo > r.lowerBound, width(of: s[lo - 1]) <= left { left -= width(of: s[lo - 1]); budget -= width(of: s[lo - 1]); lo -= 1 }
            while hi < r.upperBound, width(of: s[hi]) <= budget { budget -= width(of: s[hi]); hi += 1 }
            while lo > r.lowerBound, width(of: s[lo - 1]) <= budget { budget -= width(of: s[lo - 1]); lo -= 1 }
        }
        let prefix = lo > r.lowerBound ? Self.ellipsis : ""
        let text = prefix + (lo..<hi).map { display(s[$0]) }.joined() + (hi < r.upperBound ? Self.ellipsis : "")
        let underlines = parts.map { (p, m) in
            DiagnosticRenderer.Underline(column: prefix.count + width(lo..<p.lowerBound), width: width(p), primary: m.primary,
                                         label: p.upperBound == min(m.span.end, r.upperBound) && lines(of: m.span).last == n ? m.label : nil)
        }
        return (text, underlines)
    }

    func display(_ c: Unicode.Scalar) -> String {
        if c == "\t" { return Self.tab }
        if c.value < 0x20 || c.value == 0x7F { return " " }
        return String(c)
    }

    func width(of c: Unicode.Scalar) -> Int { c == "\t" ? Self.tab.count : c.value < 0x20 || c.value == 0x7F ? 1 : DisplayWidth.of(c) }
    func width(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + width(of: source.scalars[$1]) } }
}
