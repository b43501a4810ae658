/// 文本归一: score.py's `norm()` — all white space removed, full-width ASCII folded to half-width
/// (but `（）`), ASCII `()` to full-width, dashes to `-` — the whitespace/punctuation-insensitive
/// matching of `gongwen eval`. With `strict`, text is compared exactly as written.
enum PythonText {
    /// Characters Python's `re` `\s` matches in a str pattern (`str.isspace()`).
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Folds after the full-width fold: dashes to `-`, ASCII parentheses to full-width.
    static let dashes: [Unicode.Scalar: Unicode.Scalar] = ["—": "-", "－": "-", "–": "-", "‐": "-", "(": "（", ")": "）"]

    /// `norm(v)`: None is "", an object stands for its `text`, `name` or `title`, anything else for its `str()`.
    static func norm(_ v: JSONValue?, strict: Bool) -> String {
        guard let v, v != .null else { return "" }
        var value = v
        if case .object = v { value = PythonView.or(v["text"], v["name"], v["title"], .string("")) ?? .string("") }
        let text = PythonView.str(value)
        if strict { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            var ch = c
            if (0xFF01...0xFF5E).contains(c.value) && c != "（" && c != "）" { ch = Unicode.Scalar(c.value - 0xFEE0)! }
            ch = dashes[ch] ?? ch
            if !isSpace(ch) { out.append(ch) }
        }
        return String(out)
    }
}
