/// 语义规则: the checks that turn what was read into diagnostics a clerk can act on.
/// Each rule is a small function with a stable code.
public enum SemanticRules {
    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        []
    }
}
