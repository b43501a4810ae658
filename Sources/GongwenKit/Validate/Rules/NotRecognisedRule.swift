/// 非公文: text with no title, no other header element and no numbered item. What is there is still
/// extracted (its paragraphs, any dates or citations), but the clerk should know it is not a notice.
enum NotRecognisedRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.noticeNotRecognised]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        guard notice.header == Header(), !c.paragraphs.contains(where: { $0.marker != nil }),
              notice.documents.allSatisfy({ $0.tasks.isEmpty && $0.outline.isEmpty }) else { return [] }
        return [DiagnosticCode.noticeNotRecognised.make(
            "这段文本看起来不是公文：没有找到标题、版头要素或编号条目", span: nil,
            notes: ["已读入\(c.paragraphs.count)段文字，其中没有可提取的任务"])]
    }
}
