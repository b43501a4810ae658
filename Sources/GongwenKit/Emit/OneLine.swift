/// 单行文本: text as a one-line message may show it: line breaks and other control characters
/// escaped as in JSON (`\n`, `\u001B`), so a value (a file name, a quoted field) cannot start a
/// line of its own in output read one line at a time.
public enum OneLine {
    public static func text(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case _ where needsEscape(c):
                let hex = String(c.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            default: out.append(c)
            }
        }
        return String(out)
    }

    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .control || c == "\u{2028}" || c == "\u{2029}"
    }
}
