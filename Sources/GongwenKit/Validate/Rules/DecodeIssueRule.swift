/// 输入损坏: what the decoder read past, at its place in the text: each damaged byte sequence
/// (read as U+FFFD; the first `reportedOneByOne`, then one count of the rest) and the control
/// characters that are not text (one diagnostic for all, at the first).
enum DecodeIssueRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.inputDamaged, .inputControlCharacters]
    /// Damaged places reported one by one; the rest are counted in one more diagnostic.
    static let reportedOneByOne = 20

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var damaged = 0
        let total = c.source.issues.filter { if case .damaged = $0 { return true } else { return false } }.count
        for issue in c.source.issues {
            switch issue {
            case .damaged(let byte, let at, let why):
                damaged += 1
                if damaged <= reportedOneByOne {
                    out.append(DiagnosticCode.inputDamaged.make(
                        "文件第\(byte)字节处\(chinese(why))，此处按替换字符U+FFFD读入", span: span(c, at),
                        notes: ["文件可能损坏、被截断，或由不同编码的文件拼接而成，请核对原件"]))
                } else if damaged == reportedOneByOne + 1 {
                    out.append(DiagnosticCode.inputDamaged.make("另有\(total - reportedOneByOne)处损坏，均按U+FFFD读入", span: span(c, at)))
                }
            case .controlCharacters(let count, let first, let value):
                let hex = String(value, radix: 16, uppercase: true)
                let name = value == 0 ? "NUL" : "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                out.append(DiagnosticCode.inputControlCharacters.make(
                    "文本中有\(count)个不属于文字的控制字符（第一个是\(name)），已忽略", span: span(c, first),
                    notes: ["换页符、制表符和换行不算在内：它们是版面，不是损坏"]))
            }
        }
        return out
    }

    static func span(_ c: ParseContext, _ at: Int) -> SourceSpan { SourceSpan(Span(at, at + 1), in: c.source) }

    static func chinese(_ why: DecodeIssue.Damage) -> String {
        switch why {
        case .invalid(let e): return "的字节不是有效的\(e)字符"
        case .truncated(let e): return "文件在一个\(e)字符的中间结束，疑被截断"
        case .unpairedSurrogate: return "有一个不成对的UTF-16代理项"
        case .badLead(let b): return "的字节0x\(String(b, radix: 16, uppercase: true))不能作为GB18030字符的开头"
        }
    }
}
