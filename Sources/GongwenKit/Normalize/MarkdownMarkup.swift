/// Markdown 标记: the markup a web page keeps when it is exported as Markdown: `**bold**`, escaped
/// punctuation (`\[打印\]`), links (`[苏州概览](http://…)`) and images (`![](http://…/a.png)`).
/// The line cleaner drops the markup and keeps a link's text; the text itself is left alone, so
/// `国能发电力[2020]40号` (a bracket not followed by an address) is no link.
enum MarkdownMarkup {
    /// Characters a backslash may escape.
    static let escapable: ScalarSet = ["[", "]", "(", ")", "*", "_", "#", "|", "\\", "`", "-", "+", ".", "!", "<", ">"]
    /// How far a link's closing bracket and address may run.
    static let maxLink = 600

    /// Whether the line `r` is a heading (`## 标题`: one to six `#` and a space), which is a
    /// paragraph of its own whatever its punctuation.
    static func isHeading(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound, CharClass.isSpace(s[i]) { i += 1 }
        let marks = i
        while i < r.upperBound, s[i] == "#" { i += 1 }
        return i > marks && i - marks <= 6 && i < r.upperBound && CharClass.isSpace(s[i])
    }

    /// A list item that is only a short link (`1. [首页](https://…)`, `- [政务公开](…)`): a page's
    /// menu or breadcrumb. An attachment listed as a link has a longer name than `maxMenuItem`.
    static func isMenuItem(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound, CharClass.isSpace(s[i]) { i += 1 }
        let start = i
        while i < r.upperBound, CharClass.isDigit(s[i]) { i += 1 }
        if i > start { guard i < r.upperBound, s[i] == "." else { return false } } else { guard i < r.upperBound, s[i] == "-" || s[i] == "*" || s[i] == "+" else { return false } }
        i += 1
        guard i < r.upperBound, CharClass.isSpace(s[i]) else { return false }
        while i < r.upperBound, CharClass.isSpace(s[i]) { i += 1 }
        guard i < r.upperBound, s[i] == "[", let link = wholeLink(s, i, r.upperBound) else { return false }
        return link.count <= maxMenuItem
    }

    /// At `i`: the text of a link that fills the rest of the line up to `hi` (white space aside).
    static func wholeLink(_ s: some ScalarCollection, _ i: Int, _ hi: Int) -> Range<Int>? {
        guard let link = link(s, i, hi), (link.end..<hi).allSatisfy({ CharClass.isSpace(s[$0]) }) else { return nil }
        return link.text
    }

    /// A menu item's text is at most this long.
    static let maxMenuItem = 12

    /// At `**`: the length of the emphasis mark to drop.
    static func emphasis(_ s: some ScalarCollection, _ i: Int, _ hi: Int) -> Int? {
        i + 1 < hi && s[i] == "*" && s[i + 1] == "*" ? 2 : nil
    }

    /// At `\`: whether it escapes the next character (then the backslash is dropped).
    static func isEscape(_ s: some ScalarCollection, _ i: Int, _ hi: Int) -> Bool {
        s[i] == "\\" && i + 1 < hi && escapable.contains(s[i + 1])
    }

    /// At `[` or `![`: a link or image whose address starts like one (`http`, `/`, `#`). Returns the
    /// text to keep (empty for an image) and where the link ends.
    static func link(_ s: some ScalarCollection, _ i: Int, _ hi: Int) -> (text: Range<Int>, end: Int)? {
        let image = s[i] == "!"
        let open = image ? i + 1 : i
        guard open < hi, s[open] == "[" else { return nil }
        let limit = min(hi, open + maxLink)
        var depth = 0, close = open
        while close < limit {
            if s[close] == "[" { depth += 1 } else if s[close] == "]" { depth -= 1; if depth == 0 { break } }
            close += 1
        }
        guard close + 1 < limit, s[close] == "]", s[close + 1] == "(" else { return nil }
        let address = close + 2
        guard address < limit, s[address] == "/" || s[address] == "#" || s.has(http, at: address) else { return nil }
        guard let end = s[address..<limit].firstIndex(of: ")") else { return nil }
        // An image inside a link (`[![](logo.png)](http://…)`) leaves no text either.
        let nested = s[(open + 1)..<close].contains("[")
        return (image || nested ? close..<close : (open + 1)..<close, end + 1)
    }

    static let http = Array("http".unicodeScalars)
}
