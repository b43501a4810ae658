/// 诊断显示: diagnostics as excerpts of the source with their spans underlined, codespan-style.
/// The primary span gets `^^^`, labelled spans `---` and their label; wide (CJK, full-width)
/// characters count two columns; long lines are cut to a window around the marks.
///
///     warning[unit.garbled]: 单位名称“县农业农村农村局”中“农村”重复了一次，疑为“县农业农村局”
///        --> notice.txt:302:214
///         |
///     302 | ...(县农业农村农
///         |    ^^^^^^^^^^^^
///     304 | 村局、县水利局...
///         | ^^^^
///         = note: …
public enum DiagnosticRenderer {
    /// A mark under one line: columns from the window start, width, glyph and label.
    struct Underline { var column: Int; var width: Int; var primary: Bool; var label: String? }
    /// A span to mark, its label, and whether it is the diagnostic's own span.
    struct Mark { var span: Span; var primary: Bool; var label: String? }

    /// The diagnostics, one block each, separated by blank lines.
    public static func render(_ diagnostics: [Diagnostic], _ source: SourceText, color: Bool = false, maxWidth: Int = 100) -> String {
        let paint = Paint(on: color)
        return diagnostics.map { render($0, source, paint, maxWidth) }.joined(separator: "\n")
    }

    static func render(_ d: Diagnostic, _ source: SourceText, _ paint: Paint, _ maxWidth: Int) -> String {
        var out = paint.severity(d.severity, "\(d.severity.rawValue)[\(d.code)]") + paint.bold(": \(d.message)") + "\n"
        var marks: [Mark] = []
        if let s = d.span { marks.append(Mark(span: s.span, primary: true, label: d.labels.first { $0.span == s }?.message)) }
        for l in d.labels where l.span != d.span { marks.append(Mark(span: l.span.span, primary: false, label: l.message)) }
        let lines = SourceLines(source)
        let shown = marks.flatMap { lines.lines(of: $0.span) }.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
        let gutter = String(shown.last ?? 1).count
        let pad = String(repeating: " ", count: gutter)
        if let first = marks.first {
            let line = source.line(of: first.span.start)
            out += pad + paint.gutter("--> ") + "\(source.name):\(line):\(source.column(of: min(first.span.start, source.scalars.count)))\n"
            out += pad + paint.gutter(" |") + "\n"
        }
        var previous: Int?
        for n in shown {
            if let p = previous, n > p + 1 { out += paint.gutter(String(repeating: ".", count: max(3, gutter)) ) + "\n" }
            previous = n
            let (text, underlines) = lines.excerpt(n, marks, maxWidth: maxWidth)
            out += paint.gutter(String(repeating: " ", count: gutter - String(n).count) + "\(n) |") + (text.isEmpty ? "" : " " + text) + "\n"
            for u in underlines {
                let glyphs = String(repeating: u.primary ? "^" : "-", count: max(1, u.width))
                let mark = String(repeating: " ", count: u.column) + glyphs + (u.label.map { " " + $0 } ?? "")
                out += paint.gutter(pad + " |") + " " + (u.primary ? paint.severity(d.severity, mark) : paint.gutter(mark)) + "\n"
            }
        }
        for note in d.notes { out += pad + paint.gutter(" = ") + paint.bold("note") + ": \(note)\n" }
        return out
    }
}
