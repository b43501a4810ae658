/// 语义规则: the checks that turn what was read into diagnostics a clerk can act on.
/// Each rule is a small type with stable codes (Validate/Rules/); this runs them all and collects.
public enum SemanticRules {
    /// Every rule, in the order their findings are collected (the pipeline sorts them by position).
    static var all: [any SemanticRule.Type] { [
        OutlineNumberingRule.self,
        TaskWithoutUnitRule.self,
        DeadlineBeforeNoticeRule.self,
        ImpossibleDateRule.self,
        DateFormatRule.self,
        GarbledDateRule.self,
        DocNumberFormatRule.self,
        GarbledUnitRule.self,
        UnitVariantRule.self,
        UnclosedBracketRule.self,
        EmptyItemRule.self,
        DecodeIssueRule.self,
        NotRecognisedRule.self,
    ] }

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        all.flatMap { $0.check(notice, c) }
    }
}
