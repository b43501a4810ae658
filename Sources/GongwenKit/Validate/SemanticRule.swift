/// 语义规则: one check over a finished notice. It reads the model (and, through the context, the
/// normalized text it came from) and returns diagnostics; it never changes anything.
protocol SemanticRule {
    /// The codes this rule emits.
    static var codes: [DiagnosticCode] { get }
    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic]
}
