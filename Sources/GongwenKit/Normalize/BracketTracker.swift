/// Follows which brackets are open at the end of a paragraph as lines are added to it, so a
/// line break inside `（牵\n\n头单位…）` or `《…行动计\n\n划》` is seen as a wrap.
struct BracketTracker {
    private var stack: [(close: Unicode.Scalar, at: Int)] = []

    /// The offset of the innermost bracket still open.
    var innermost: Int? { stack.last?.at }

    /// Closers that close one another's openers: a converter or OCR mixes widths and shapes
    /// (`（…)`, `［2024]`, `〔2024］`).
    static func kind(_ close: Unicode.Scalar) -> Unicode.Scalar {
        switch close {
        case ")", "）": return "）"
        case "]", "］", "〕", "】", "﹞": return "］"
        default: return close
        }
    }

    mutating func reset() { stack.removeAll(keepingCapacity: true) }

    /// Feeds the scalars appended at offsets `base…`. A square bracket that ends its line holds
    /// nothing open (`抄送：[` is what a converter left of a link; `某政发[` / `2024]` still joins the
    /// next line, as any line ending in an opener does).
    mutating func feed(_ s: some ScalarCollection, base: Int) {
        let last = s.count - 1
        for (k, c) in s.enumerated() {
            if let close = CharClass.closer(for: c) {
                if k == last, c == "[" || c == "［" { continue }
                stack.append((close, base + k))
            } else if CharClass.isCloser(c) {
                let kind = Self.kind(c)
                if let idx = stack.lastIndex(where: { Self.kind($0.close) == kind }) {
                    stack.removeSubrange(idx...)
                }
            }
            if stack.count > 64 { stack.removeFirst(stack.count - 64) }
        }
    }
}
