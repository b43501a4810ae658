/// 输入规则: what the decoder read past (damaged bytes, stray control characters) and whether the
/// text looks like a notice at all, as diagnostics on the notice.
public enum InputRules {
    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        decodeIssues(c.source) + notRecognised(notice, c)
    }

    /// Each place the decoder read past becomes a warning at its span.
    static func decodeIssues(_ source: SourceText) -> [Diagnostic] {
        source.issues.map { Diagnostic(.warning, $0.code, $0.message, span: SourceSpan($0.span, in: source), notes: $0.notes) }
    }

    /// `notice.not-recognised`: no title, no other header element and no numbered item were found,
    /// so what was extracted is only the text's paragraphs; the clerk should know it is not a notice.
    static func notRecognised(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        guard notice.header == Header(), !c.paragraphs.contains(where: { $0.marker != nil }),
              notice.documents.allSatisfy({ $0.tasks.isEmpty && $0.outline.isEmpty }) else { return [] }
        let paragraphs = c.paragraphs.count
        return [Diagnostic(.warning, "notice.not-recognised",
                           "this does not look like a notice: no title, no header element and no numbered item was found",
                           span: nil,
                           notes: ["\(paragraphs) paragraph\(paragraphs == 1 ? "" : "s") of text were read; nothing in them was extracted as a task"])]
    }
}
