/// 压行文本: a web page crawled into one line, its paragraph breaks lost or left as single spaces
/// (`…请认真贯彻执行。 某管委会2015年12月25日 某工作方案 为切实…。一、总体要求…`). A physical
/// line that long is cut back into lines where a paragraph evidently began (or an HTML `<br>`
/// stands); shorter lines are left to the join rules, unless a paragraph indent stands inside them.
/// Nothing is removed: a cut only ends one line and starts the next.
enum CollapsedLines {
    /// Lines at least this long are taken as collapsed (a real paragraph rarely is).
    static let minLength = 800
    /// After these a list marker opens a new paragraph.
    static let paragraphEnds: ScalarSet = ["。", "；", "！", "？", "：", "）", ")", "”", "」", "】"]
    /// The usual depth of each marker kind (GB/T 9704 7.3.3: 一、 （一） 1. （1）): a first item of a
    /// deeper kind opens a sub-list right after a heading (`三、主要任务（一）全面控制`, `（二）推动转型1．调整结构`).
    static let depth: [Marker.Kind: Int] = [.part: 0, .hanComma: 1, .hanParen: 2, .arabicDot: 3, .arabicHalfParen: 4, .arabicParen: 4, .circled: 5, .parenthesized: 5]

    /// The lines of `lines`, with every collapsed line cut into the lines it was made of.
    static func split(_ s: some ScalarCollection, _ lines: [Normalizer.Line]) -> [Normalizer.Line] {
        var out: [Normalizer.Line] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            guard line.content.count >= minLength || hasInnerIndent(s, line.content) else { out.append(line); continue }
            let found = cuts(s, line.content)
            if found.isEmpty { out.append(line); continue }
            var start = line.content.lowerBound
            for cut in found where cut.end > start {
                out.append(Normalizer.Line(content: start..<cut.end, terminator: cut.end))
                start = cut.next
            }
            out.append(Normalizer.Line(content: start..<line.content.upperBound, terminator: line.terminator))
        }
        return out
    }

    /// A paragraph indent inside a line (two ideographic spaces after the end of a sentence or a
    /// 主送机关: `…有关部门：　　《…》已经…`) shows a shorter line is collapsed too.
    static func hasInnerIndent(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound + 1
        while i + 2 < r.upperBound {
            if s[i] == "\u{3000}", s[i + 1] == "\u{3000}", paragraphEnds.contains(s[i - 1]), !CharClass.isSpace(s[i + 2]) { return true }
            i += 1
        }
        return false
    }

    /// Where a line ends (`end`) and the next begins (`next`; after white space, or the same place).
    struct Cut { let end: Int; let next: Int }

    static func cuts(_ s: some ScalarCollection, _ r: Range<Int>) -> [Cut] {
        var out: [Cut] = []
        var last: [Marker.Kind: Int] = [:]
        var lastKind: Marker.Kind?
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            if CharClass.isSpace(c) {
                var j = i
                while j < r.upperBound, CharClass.isSpace(s[j]) { j += 1 }
                // `GB/T 9704`, `11:39 微信`: a space between ASCII letters or digits is a word space.
                let asciiBoth = i > r.lowerBound && j < r.upperBound && CharClass.isASCIIAlnum(s[i - 1]) && CharClass.isASCIIAlnum(s[j])
                if !asciiBoth { out.append(Cut(end: i, next: j)) }
                i = j
                continue
            }
            // A page whose whole body sits in one table cell keeps its paragraph breaks as `<br>`.
            if c == "<", let w = LineCleaner.htmlBreaks.match(s, at: i), i + w.count <= r.upperBound {
                var j = i + w.count
                while j < r.upperBound, CharClass.isSpace(s[j]) { j += 1 }
                if out.last?.next != i { out.append(Cut(end: i, next: j)) } else { out[out.count - 1] = Cut(end: out[out.count - 1].end, next: j) }
                i = j
                continue
            }
            if i > r.lowerBound, let m = MarkerLexer.marker(s[i..<r.upperBound]), m.length < r.upperBound - i {
                let before = s[i - 1]
                let afterBreak = paragraphEnds.contains(before) || (out.last?.next == i)
                let continues = last[m.kind].map { m.value == $0 + 1 } ?? false
                let opensSublist = m.value == 1 && lastKind.map { depth[m.kind, default: 0] > depth[$0, default: 0] } == true
                if afterBreak || (CharClass.isHan(before) && (continues || opensSublist)) {
                    if out.last?.next != i { out.append(Cut(end: i, next: i)) }
                    last[m.kind] = m.value
                    lastKind = m.kind
                    i += m.length
                    continue
                }
            }
            if let end = signatureDate(s, i, r, atLineStart: out.last?.next == i) {
                if out.last?.next != i { out.append(Cut(end: i, next: i)) }
                if end < r.upperBound, !CharClass.isSpace(s[end]) { out.append(Cut(end: end, next: end)) }
                i = end
                continue
            }
            if c == "：" || c == ":", let start = out.last?.next ?? Optional(r.lowerBound), isRecipientList(s, start..<i), i + 1 < r.upperBound {
                out.append(Cut(end: i + 1, next: i + 1))
                i += 1
                continue
            }
            if let end = docNumberEnd(s, i, r) { out.append(Cut(end: end, next: end)); i = end; continue }
            i += 1
        }
        return out
    }

    /// A full date opening a line or right after an organ's name (`…管委会2015年12月25日`), followed by
    /// a break or by a title (`2016年3月30日平潭…工作要点`): the signature's date, a line of its own.
    /// Not a date that goes on (`2023年6月30日前`, `…日起`, `…日印发`). Returns where the date ends.
    static func signatureDate(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>, atLineStart: Bool) -> Int? {
        guard CharClass.isDigit(s[i]), i > r.lowerBound, atLineStart || CharClass.isHan(s[i - 1]),
              let d = CalendarDate.at(s, i, end: r.upperBound),
              atLineStart || OrgRules.suffixes.suffix(s, endingAt: i, from: max(r.lowerBound, i - 8)) != nil else { return nil }
        let end = d.range.upperBound
        guard end == r.upperBound || CharClass.isSpace(s[end]) || (CharClass.isHan(s[end]) && !dateContinues.contains(s[end])) else { return nil }
        return end
    }

    /// Characters after a date that make it part of a sentence (`前`, `起`, `至`, `印发`).
    static let dateContinues: ScalarSet = ["前", "起", "至", "到", "以", "后", "开", "印", "止", "之", "左", "为", "的", "和", "与", "、"]

    /// `区直各单位，各片区开发管理局，各乡镇人民政府` before `：现将…印发给你们`: a 主送机关 line.
    static func isRecipientList(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 200, !r.contains(where: { s[$0] == "。" }),
              RoleRules.labelWords.match(s, at: r.lowerBound) == nil else { return false }
        let names = NameSplitter.split(s, r)
        return !names.isEmpty && names.allSatisfy { OrgRules.looksLikeName(s, $0) }
    }

    /// The end of a 发文字号 that runs into the title after it (`岚综管综〔2015〕278号平潭…的通知`).
    static func docNumberEnd(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>) -> Int? {
        guard DocNumberScanner.brackets[s[i]] != nil, let m = DocNumberScanner.at(s, i, r), m.agency.lowerBound == r.lowerBound || CharClass.isSpace(s[m.agency.lowerBound - 1]),
              m.range.upperBound < r.upperBound, CharClass.isHan(s[m.range.upperBound]) else { return nil }
        return m.range.upperBound
    }
}
