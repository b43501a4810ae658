/// 空条目: a list marker with nothing after it in its paragraph (`三、` alone on its line, the next
/// line being another item). The words may have been lost in conversion, or the number is stray;
/// such an item is not taken as a task.
enum EmptyItemRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.outlineEmptyItem]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        c.paragraphs.compactMap { p in
            guard let m = p.marker, c.trim(p.body).isEmpty else { return nil }
            return DiagnosticCode.outlineEmptyItem.make(
                "编号“\(m.text)”后面没有文字", span: c.span(p.range),
                notes: ["文字可能在转换时丢失，也可能是多余的编号；这一条没有算作任务"])
        }
    }
}
