/// 版头解析: reads the GB/T 9704 elements at the top of a notice (份号, 密级, 紧急程度, 发文机关标志,
/// 发文字号, 签发人, 标题, 主送机关) and finds where its body begins.
struct HeaderLayout {
    var header = Header()
    /// Paragraph indices of the title, if the notice has one.
    var title: Range<Int>?
    /// The first paragraph of the body.
    var bodyStart = 0
    /// Paragraphs that are header or closing elements, not body text.
    var consumed = Set<Int>()
    /// 成文日期 (or 印发日期), for resolving dates without a year.
    var year: Int?
}

/// Reads the header elements at the top of a notice into a `HeaderLayout`.
enum HeaderParser {
    /// How far from the top header elements are looked for.
    static let topReach = 14

    static func parse(_ c: ParseContext) -> HeaderLayout {
        var h = HeaderLayout()
        let ps = c.paragraphs
        let s = c.s
        var i = 0
        top: while i < min(ps.count, topReach) {
            let p = ps[i]
            let r = p.range
            if p.length <= 12, r.allSatisfy({ CharClass.isDigit(s[$0]) }), p.length >= 5, p.length <= 8 {
                h.header.copyNumber = c.located(r)
            } else if p.length <= 20, p.marker == nil, HeaderRules.secrecy.anyOccurs(in: s, r) || HeaderRules.urgency.anyOccurs(in: s, r) {
                readSecrecyAndUrgency(c, r, &h.header)
            } else if p.length <= 40, p.marker == nil, s.has(HeaderRules.issuerMarkEnding, at: r.upperBound - 2) || precedesDocNumber(c, i),
                      !r.contains(where: { HeaderRules.notInTitle.contains(s[$0]) || s[$0] == "，" }) {
                // 发文机关标志: `…文件`, or in the letter and minutes formats the organ's name or
                // `…会议纪要` directly above the 发文字号.
                h.header.issuerMark = c.located(r)
            } else if p.length <= 60, let m = c.docNumber(in: i), TitleLines.trailingDocNumber(c, i..<(i + 1)) == nil {
                h.header.docNumber = docNumber(c, m)
                readSignatory(c, r, &h.header)
            } else if p.length <= 40, s.contains(HeaderRules.signatory, in: r) {
                readSignatory(c, r, &h.header)
            } else if DocumentSplitter.isAttachmentLabel(c, p) {
                // A stand-alone attachment starts with its label: `附件2`.
            } else if let run = jointMark(c, from: i) {
                // 联合行文: the organs' names stacked with `文件` beside them, which a converter puts
                // among the names. They are the issuers; the signature, when readable, says so again.
                h.header.issuers = run.filter { !isMarkWord(c, ps[$0]) }.map { c.named(ps[$0].range) }
                h.consumed.formUnion(run)
                i = run.upperBound
                continue
            } else {
                break top
            }
            h.consumed.insert(i)
            i += 1
        }
        if let (t, anchor) = title(c, from: i) {
            h.title = t
            let trailing = TitleLines.trailingDocNumber(c, t)
            if let (m, _) = trailing, h.header.docNumber == nil { h.header.docNumber = docNumber(c, m) }
            let (text, span) = TitleLines.text(c, t, end: trailing?.end)
            h.header.title = Located(text: text, span: span)
            h.consumed.formUnion(t)
            h.consumed.formUnion(anchor)
            // A web copy may put the 发文字号 just above the title (`陵政办发〔2019〕44号` over its lines).
            if h.header.docNumber == nil, let k = (max(0, t.lowerBound - 2)..<t.lowerBound).last(where: { numberLine(c, $0) }) {
                h.header.docNumber = docNumber(c, c.docNumber(in: k)!)
                h.consumed.insert(k)
            }
            i = anchor.upperBound
        }
        // Under the title: its 发文字号 in brackets (`（国办发〔2023〕17号）`), and in a web copy the title
        // again (once with ASCII brackets), in either order.
        for _ in 0..<2 where i < ps.count {
            if let text = h.header.title?.text, TitleLines.isTitleLike(c, ps[i]), fold(c.string(ps[i].range)) == fold(text) {
                h.consumed.insert(i)
                i += 1
            } else if ps[i].length <= 40, h.header.docNumber == nil, let m = c.docNumber(in: i) {
                h.header.docNumber = docNumber(c, m)
                h.consumed.insert(i)
                i += 1
            }
        }
        if let (k, names) = recipientsLine(c, from: i) {
            h.header.recipients = names
            h.consumed.formUnion(i...k)
            i = k + 1
        } else if let (k, names) = laterRecipients(c, from: i) {
            h.header.recipients = names
            h.consumed.insert(k)
            // A web copy that gives the 发文字号 just above the 主送机关, the title left out.
            if h.header.docNumber == nil, k > i, numberLine(c, k - 1) {
                h.header.docNumber = docNumber(c, c.docNumber(in: k - 1)!)
                h.consumed.insert(k - 1)
            }
            i = k + 1
        }
        h.bodyStart = i
        if let title = h.header.title, h.header.issuerMark == nil, h.header.issuers == nil, let r = h.title {
            // The organ before `关于`, on the title's lines (a name may be broken over two of them).
            let t = Array(title.text.unicodeScalars)
            if let k = t.find(HeaderRules.about, in: 0..<t.count), k >= 2, OrgRules.looksLikeName(t, 0..<k),
               let m = r.first(where: { c.s.contains(HeaderRules.about, in: ps[$0].range) }), let about = c.s.find(HeaderRules.about, in: ps[m].range) {
                // 联合行文: organs run together before `关于` (`山西省发展和改革委员会 山西省能源局关于…`)
                // are the issuers, split where a space stood or the first one's place repeats.
                let organs = (r.lowerBound..<m).map { ps[$0].range } + [ps[m].range.lowerBound..<about]
                let names = organs.flatMap { OrganSplitter.split(c, $0) }
                if names.count >= 2, names.allSatisfy({ OrgRules.looksLikeName(c.s, $0) }) {
                    h.header.issuers = names.map { c.named($0) }
                } else {
                    h.header.issuer = Located(text: ScalarString.make(t[..<k]), span: c.span(ps[r.lowerBound].range.lowerBound..<about))
                }
            }
        }
        if let mark = h.header.issuerMark, let k = h.consumed.sorted().first(where: { c.string(ps[$0].range) == mark.text }) {
            let r = ps[k].range
            let end = s.has(HeaderRules.issuerMarkEnding, at: r.upperBound - 2) ? r.upperBound - 2 : r.upperBound
            if OrgRules.looksLikeName(s, r.lowerBound..<end) { h.header.issuer = c.located(r.lowerBound..<end) }
        }
        return h
    }

    /// A joint 发文机关标志 starting at `i`: organ names, one per line, and a line `文件` among or
    /// after them, right above the 发文字号. Returns the paragraphs.
    static func jointMark(_ c: ParseContext, from i: Int) -> Range<Int>? {
        let ps = c.paragraphs
        var j = i, names = 0, mark = false
        while j < min(ps.count, i + HeaderRules.maxJointMarkLines) {
            let p = ps[j]
            if isMarkWord(c, p) { mark = true } else if p.marker == nil, p.length <= 30, OrgRules.looksLikeName(c.s, p.range) { names += 1 } else { break }
            j += 1
        }
        guard mark, names >= 2, j < ps.count, ps[j].length <= 60, let m = c.docNumber(in: j), m.range.lowerBound == ps[j].range.lowerBound else { return nil }
        return i..<j
    }

    /// A line that is only `文件`.
    static func isMarkWord(_ c: ParseContext, _ p: Paragraph) -> Bool {
        p.length == HeaderRules.issuerMarkEnding.count && c.s.has(HeaderRules.issuerMarkEnding, at: p.range.lowerBound)
    }

    /// Whether the paragraph after `i` is a short line holding a 发文字号.
    /// A bracketed number (`（国办发〔2023〕17号）`) sits under a title instead, and a title holds `关于`.
    static func precedesDocNumber(_ c: ParseContext, _ i: Int) -> Bool {
        guard i + 1 < c.paragraphs.count, c.paragraphs[i].length <= 30, !c.s.contains(HeaderRules.about, in: c.paragraphs[i].range) else { return false }
        let next = c.paragraphs[i + 1]
        guard next.length <= 60, let m = c.docNumber(in: i + 1) else { return false }
        return m.range.lowerBound == next.range.lowerBound
    }

    static func fold(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { c -> Unicode.Scalar in
            switch c {
            case "(": return "（"
            case ")": return "）"
            case "—", "－", "–": return "-"
            default: return c
            }
        }))
    }

    static func docNumber(_ c: ParseContext, _ m: DocNumberMatch) -> DocNumber {
        DocNumber(text: c.string(m.range), agency: c.string(m.agency), year: m.year, serial: m.serial, span: c.span(m.range))
    }

    static func readSecrecyAndUrgency(_ c: ParseContext, _ r: Range<Int>, _ header: inout Header) {
        let s = c.s
        var i = r.lowerBound
        while i < r.upperBound {
            if let w = HeaderRules.urgency.match(s, at: i) {
                header.urgency = c.located(i..<(i + w.count))
                i += w.count
            } else if let w = HeaderRules.secrecy.match(s, at: i) {
                var j = i + w.count
                // 保密期限: `★1年`, `★长期`.
                if j < r.upperBound, s[j] == "★" || s[j] == "*" {
                    j += 1
                    while j < r.upperBound, !CharClass.isSpace(s[j]), HeaderRules.urgency.match(s, at: j) == nil { j += 1 }
                }
                header.secrecy = c.located(i..<j)
                i = j
            } else {
                i += 1
            }
        }
    }

    static func readSignatory(_ c: ParseContext, _ r: Range<Int>, _ header: inout Header) {
        let s = c.s
        guard let k = s.find(HeaderRules.signatory, in: r) else { return }
        var j = k + HeaderRules.signatory.count
        while j < r.upperBound, s[j] == "：" || s[j] == ":" || CharClass.isSpace(s[j]) { j += 1 }
        let names = c.trim(j..<r.upperBound)
        guard !names.isEmpty else { return }
        let people = SignatorySplitter.split(c, names)
        header.signatory = people.count > 1 ? .several(people.map { c.named($0) }) : .one(c.located(names))
    }

    /// 主送机关: a short paragraph ending with a colon, made of organ names, each opening with a
    /// Han character (not a metadata label's dash, nor a page's style residue).
    static func recipients(_ c: ParseContext, _ p: Paragraph) -> [Named]? {
        let s = c.s
        guard p.marker == nil, p.length <= HeaderRules.maxRecipientsLength, let last = s[p.range].last, last == "：" || last == ":" else { return nil }
        let r = p.range.lowerBound..<(p.range.upperBound - 1)
        if r.contains(where: { s[$0] == "。" }) { return nil }
        let names = NameSplitter.split(s, r)
        guard !names.isEmpty, names.contains(where: { OrgRules.looksLikeName(s, $0) }), names.allSatisfy({ CharClass.isHan(s[$0.lowerBound]) }) else { return nil }
        return names.map { c.named($0) }
    }
}
