/// ANSI colours for the renderer, or none.
struct Paint {
    let on: Bool
    func wrap(_ code: String, _ text: String) -> String { on ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { wrap("1", text) }
    func gutter(_ text: String) -> String { wrap("1;34", text) }
    func severity(_ s: Diagnostic.Severity, _ text: String) -> String {
        switch s {
        case .error: return wrap("1;31", text)
        case .warning: return wrap("1;33", text)
        case .note: return wrap("1;36", text)
        }
    }
}
