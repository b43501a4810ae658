/// Cleans one physical line: trims indentation, drops stray spaces between CJK characters and digits,
/// folds full-width digits and letters, and strips converter residue (`$PM_{2.5}$` → `PM2.5`, `O_3` → `O3`).
/// Every scalar it keeps carries the offset it came from.
struct LineCleaner {
    var out: [Unicode.Scalar] = []
    var origin: [Int] = []

    mutating func clean(_ s: some ScalarCollection, _ range: Range<Int>) {
        out.removeAll(keepingCapacity: true)
        origin.removeAll(keepingCapacity: true)
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, CharClass.isSpace(s[lo]) { lo += 1 }
        while hi > lo, CharClass.isSpace(s[hi - 1]) { hi -= 1 }
        // A Markdown heading mark from a web export: `# 标题`.
        var h = lo
        while h < hi, s[h] == "#" { h += 1 }
        if h > lo, h < hi, CharClass.isSpace(s[h]) { lo = h; while lo < hi, CharClass.isSpace(s[lo]) { lo += 1 } }
        let texSpans = s[lo..<hi].contains("$") ? LineCleaner.texSpans(s, lo, hi) : []
        var i = lo
        var inTeX = false
        var braceDepth = 0
        out.reserveCapacity(hi - lo)
        origin.reserveCapacity(hi - lo)
        while i < hi {
            let c = s[i]
            // Most of a notice is CJK ideographs, which are kept as they are.
            if c.value >= 0x4E00 && c.value <= 0x9FFF { out.append(c); origin.append(i); i += 1; continue }
            // Markdown a web export kept: `**`, `\[`, `[text](http://…)`, `![](…)`.
            if c == "*", let n = MarkdownMarkup.emphasis(s, i, hi) { i += n; continue }
            if c == "\\", MarkdownMarkup.isEscape(s, i, hi) { i += 1; continue }
            if c == "[" || c == "!", let link = MarkdownMarkup.link(s, i, hi) {
                for k in link.text where !CharClass.isSpace(s[k]) && s[k] != "*" { out.append(CharClass.foldWidth(s[k])); origin.append(k) }
                i = link.end
                continue
            }
            // A line break an HTML table cell kept: a wrap inside a word (`能源与<br>环境`), but between
            // two names a space, which the name splitter takes as their separator (`区城市管理委<br>丰台交通支队`),
            // unless what follows is the branch of the name before it (`市规划自然资源委<br>丰台分局`).
            if c == "<", let w = LineCleaner.htmlBreaks.match(s, at: i), i + w.count <= hi {
                let j = i + w.count
                if j < hi, separatesNames(s, i, j), !OrgRules.isBranch(s, j, hi) {
                    out.append(" "); origin.append(i)
                }
                i = j
                continue
            }
            if c == "$", texSpans.contains(i) { inTeX.toggle(); i += 1; continue }
            // A `？` after white space or at the line's start is a converter's stand-in for a space
            // it could not encode (`湖南省工业和信息化厅 ？湖南省发展和改革委员会`, `？ **二、重点任务**`).
            if CharClass.isSpace(c) || (c == "？" && (i == lo || CharClass.isSpace(s[i - 1]))) {
                var j = i + 1
                while j < hi, CharClass.isSpace(s[j]) || (s[j] == "？" && CharClass.isSpace(s[j - 1])) { j += 1 }
                if let prev = out.last, j < hi, LineCleaner.keepsSpace(prev, CharClass.foldWidth(s[j])) || separatesNames(s, i, j) {
                    out.append(" "); origin.append(i)
                }
                i = j
                continue
            }
            // Subscripts and superscripts from TeX or converters: `PM_{2.5}`, `O_3`, `NO_x`, `m^{3}`.
            if (c == "_" || c == "^"), let prev = out.last, CharClass.isASCIIAlnum(prev), i + 1 < hi {
                let next = s[i + 1]
                if next == "{" { braceDepth += 1; i += 2; continue }
                if CharClass.isASCIIAlnum(next) { i += 1; continue }
            }
            if c == "}", braceDepth > 0 { braceDepth -= 1; i += 1; continue }
            if inTeX, c == "\\" {
                // `\mathrm{…}` and similar: drop the command name, keep its argument.
                var j = i + 1
                while j < hi, CharClass.isASCIILetter(s[j]) { j += 1 }
                if j < hi, s[j] == "{" { braceDepth += 1; j += 1 }
                i = j
                continue
            }
            if c.value < 0x20 || c.value == 0x7F || c.value == 0xFFFE || c.value == 0xFFFF { i += 1; continue }
            out.append(CharClass.foldWidth(c))
            origin.append(i)
            i += 1
        }
    }

    /// HTML line breaks left in exported text.
    static let htmlBreaks = WordList(["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />"])

    /// A wide gap (an ideographic space, or two or more spaces) after an organ name separates two
    /// names laid out on one line (`国家发展改革委　财政部` in a joint signature).
    private func separatesNames(_ s: some ScalarCollection, _ i: Int, _ j: Int) -> Bool {
        guard j - i >= 2 || s[i] == "\u{3000}", let last = out.last, CharClass.isHan(last), CharClass.isHan(s[j]) else { return false }
        return OrgRules.suffixes.suffix(out, endingAt: out.count) != nil
    }

    /// A space survives only between two ASCII letters or digits (`GB/T 9704`, `Word 2016`).
    private static func keepsSpace(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (CharClass.isASCIIAlnum(a) || a == "." || a == ")") && (CharClass.isASCIIAlnum(b) || b == "(")
    }

    /// Offsets of `$` signs that delimit short TeX fragments (no CJK inside, at most 40 scalars).
    private static func texSpans(_ s: some ScalarCollection, _ lo: Int, _ hi: Int) -> Set<Int> {
        var result = Set<Int>()
        var open: Int?
        var i = lo
        while i < hi {
            let c = s[i]
            if c == "$" {
                if let o = open {
                    if i - o <= 40 { result.insert(o); result.insert(i) }
                    open = nil
                } else {
                    open = i
                }
            } else if open != nil, CharClass.isHan(c) {
                open = nil
            }
            i += 1
        }
        return result
    }
}
