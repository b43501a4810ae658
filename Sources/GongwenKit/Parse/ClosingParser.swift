/// 落款与版记: finds 发文机关署名, 成文日期, 附注, 抄送机关 and 印发机关和印发日期 after the body.
enum ClosingParser {
    /// A signature block has at most this many organ lines above its date.
    static let maxSigners = 16
    /// The shortest organ name a signature holds (`财政部`); shorter lines are seal residue (`国局`).
    static let minSignerLength = 3

    static func parse(_ c: ParseContext, _ h: inout HeaderLayout) {
        let ps = c.paragraphs
        let s = c.s
        var signed = false
        var i = h.bodyStart
        while i < ps.count {
            let p = ps[i]
            let r = p.range
            // A date no calendar has (2023年2月30日) is reported by a rule, not recorded.
            if p.marker == nil, p.length <= 40, let d = c.date(in: i), d.range.lowerBound - r.lowerBound <= 30,
               CalendarDate.isValid(d.year, d.month, d.day) {
                let rest = c.trim(d.range.upperBound..<r.upperBound)
                if s.has(HeaderRules.printed, at: rest.lowerBound), rest.count == HeaderRules.printed.count {
                    readPrinted(c, i, d, &h)
                } else if rest.isEmpty, d.range.lowerBound == r.lowerBound, !signed {
                    let signers = signerLines(c, before: i, h)
                    if !signers.isEmpty || h.header.date == nil {
                        h.header.date = d.iso
                        h.header.dateSource = c.located(d.range)
                        h.year = h.year ?? d.year
                        h.consumed.insert(i)
                    }
                    if !signers.isEmpty {
                        readSigners(c, signers, &h)
                        signed = true
                    }
                } else if rest.isEmpty, !signed, let names = organsBefore(c, r.lowerBound..<d.range.lowerBound) {
                    // `国家医保局 财政部 2021年4月12日`: the signature and its date on one line.
                    h.header.date = d.iso
                    h.header.dateSource = c.located(d.range)
                    h.year = h.year ?? d.year
                    h.consumed.insert(i)
                    readSigners(c, names: names, &h)
                    signed = true
                }
            } else if p.marker == nil, !signed, isGarbledDate(c, r) {
                // `2022121日`: a converter lost 年 and 月. The signature above still counts; a rule reports the date.
                let signers = signerLines(c, before: i, h)
                if !signers.isEmpty {
                    readSigners(c, signers, &h)
                    signed = true
                    h.consumed.insert(i)
                }
            } else if p.length <= 40, isDisclosure(c, r) {
                h.header.disclosure = c.located(c.trim(r, ["（", "(", "）", ")"]))
                h.consumed.insert(i)
            } else if let w = HeaderRules.cc.match(s, at: r.lowerBound) {
                readCC(c, (r.lowerBound + w.count)..<r.upperBound, &h)
                h.consumed.insert(i)
            }
            i += 1
        }
        if h.year == nil, let printed = h.header.printDate { h.year = Int(printed.prefix(4)) }
    }

    /// A line that was a date before a converter or OCR damaged it: 年 or 月 lost (`2022121日`,
    /// `2022年121日`), or a year that is not four digits (`202年6月9日`). Digits, 年 and 月 only,
    /// ending in 日.
    static func isGarbledDate(_ c: ParseContext, _ r: Range<Int>) -> Bool { garbledDateFault(c, r) != nil }

    /// What is wrong with a garbled signing date (see `isGarbledDate`): the marks it lacks
    /// (`“年”“月”`), or `年份不是四位数字`.
    static func garbledDateFault(_ c: ParseContext, _ r: Range<Int>) -> String? {
        let t = c.trim(r)
        guard t.count >= 6, t.count <= 12, c.s[t.upperBound - 1] == "日" else { return nil }
        var digits = 0, yearDigits: Int?, month = false
        for k in t.lowerBound..<(t.upperBound - 1) {
            let v = c.s[k]
            if CharClass.isDigit(v) { digits += 1 } else if v == "年", yearDigits == nil { yearDigits = digits } else if v == "月" { month = true } else { return nil }
        }
        if let y = yearDigits, month { return y != 4 && (4...8).contains(digits) ? "年份不是四位数字" : nil }
        guard (5...8).contains(digits) else { return nil }
        return [yearDigits == nil ? "“年”" : "", month ? "" : "“月”"].joined()
    }

    static func isDisclosure(_ c: ParseContext, _ r: Range<Int>) -> Bool {
        let s = c.s
        guard let first = s[r].first, first == "（" || first == "(" else { return false }
        return HeaderRules.disclosure.match(s, at: r.lowerBound + 1) != nil
    }

    /// Organ lines directly above a date line (blank lines are already gone).
    static func signerLines(_ c: ParseContext, before i: Int, _ h: HeaderLayout) -> [Int] {
        var lines: [Int] = []
        var k = i - 1
        while k >= h.bodyStart, lines.count < maxSigners, isOrganLine(c, c.paragraphs[k]) { lines.insert(k, at: 0); k -= 1 }
        return lines
    }

    static func isOrganLine(_ c: ParseContext, _ p: Paragraph) -> Bool {
        guard p.marker == nil, p.length >= minSignerLength, p.length <= 60, isNameRun(c, p.range) else { return false }
        return OrgRules.looksLikeName(c.s, p.range)
    }

    /// Characters a signature's organ names never hold: sentence punctuation, a list's 、, digits.
    static let notInSignature: ScalarSet = ["。", "，", "；", "：", ":", ";", ",", "！", "？", "、"]

    /// Whether `r` holds no sentence punctuation, 、 or digit (a run of organ names may be there).
    static func isNameRun(_ c: ParseContext, _ r: Range<Int>) -> Bool {
        !r.contains { notInSignature.contains(c.s[$0]) || CharClass.isDigit(c.s[$0]) }
    }

    /// Organ names before a date on its line (`国家医保局 财政部 `), each one looking like a name.
    static func organsBefore(_ c: ParseContext, _ r: Range<Int>) -> [Range<Int>]? {
        let t = c.trim(r)
        guard t.count >= 2, isNameRun(c, t) else { return nil }
        let names = OrganSplitter.split(c, t)
        return names.allSatisfy({ OrgRules.looksLikeName(c.s, $0) }) ? names : nil
    }

    static func readSigners(_ c: ParseContext, _ lines: [Int], _ h: inout HeaderLayout) {
        h.consumed.formUnion(lines)
        // `某某局（代章）` sealed for the organ above it: not an organ that signs.
        let signing = lines.filter { k in
            !HeaderRules.sealedOnBehalf.contains { w in c.s.has(w, at: c.paragraphs[k].range.upperBound - w.count) }
        }
        readSigners(c, names: signing.flatMap { OrganSplitter.split(c, c.paragraphs[$0].range) }, &h)
    }

    static func readSigners(_ c: ParseContext, names: [Range<Int>], _ h: inout HeaderLayout) {
        guard let first = names.first else { return }
        if names.count == 1 {
            h.header.signedBy = .one(c.located(first))
            // A title's `市政府关于…` names the organ by its level only, and `区人民政府办公室关于…` or
            // `黄浦区人民政府关于…` without the place above it; the signature names it in full.
            let signer = c.string(first)
            if h.header.issuer.map({ OrgRules.isAdminLevel(Array($0.text.unicodeScalars), 0..<$0.text.unicodeScalars.count)
                || (signer.unicodeScalars.count > $0.text.unicodeScalars.count && signer.hasSuffix($0.text)) }) ?? true {
                h.header.issuer = c.located(first)
            }
        } else {
            // Joint issuance: the organs are `issuers`. The lead organ's 标志 may name the issuer; a run of
            // several names (`柘川市财政局柘川市人民政府国有资产…`, from a joint 标志 or title) does not.
            h.header.signedBy = .several(names.map { c.named($0) })
            h.header.issuers = names.map { c.named($0) }
            if let issuer = h.header.issuer?.text, names.filter({ issuer.containsScalars(c.string($0)) }).count >= 2 { h.header.issuer = nil }
        }
    }

    /// 抄送机关: the names after the `抄送` label (`r` starts right after it). A colon, white space
    /// and a bracket a converter left open (`抄送：[`) come first.
    static func readCC(_ c: ParseContext, _ r: Range<Int>, _ h: inout HeaderLayout) {
        let s = c.s
        var j = r.lowerBound
        while j < r.upperBound, s[j] == "：" || s[j] == ":" || CharClass.isSpace(s[j]) { j += 1 }
        if j < r.upperBound, let closer = CharClass.closer(for: s[j]), !s[j..<r.upperBound].contains(closer) { j += 1 }
        let names = NameSplitter.split(s, c.trim(j..<r.upperBound, ["。"]))
        if !names.isEmpty { h.header.cc = names.map { c.named($0) } }
    }

    /// `乡宁县人民政府办公室  2023年7月25日印发`, on one line or two; the 抄送 line may have run into it
    /// (`抄送：…公司。上海市…办公室2023年1月31日印发`).
    static func readPrinted(_ c: ParseContext, _ i: Int, _ d: CalendarDate, _ h: inout HeaderLayout) {
        let p = c.paragraphs[i]
        h.header.printDate = d.iso
        h.header.printDateSource = c.located(d.range.lowerBound..<p.range.upperBound)
        h.consumed.insert(i)
        var before = c.trim(p.range.lowerBound..<d.range.lowerBound)
        if let w = HeaderRules.cc.match(c.s, at: before.lowerBound), let stop = before.last(where: { c.s[$0] == "。" || c.s[$0] == "；" }) {
            readCC(c, (before.lowerBound + w.count)..<stop, &h)
            before = c.trim((stop + 1)..<before.upperBound)
        }
        if !before.isEmpty {
            h.header.printedBy = c.located(before)
        } else if i > 0, isOrganLine(c, c.paragraphs[i - 1]) {
            h.header.printedBy = c.located(c.paragraphs[i - 1].range)
            h.consumed.insert(i - 1)
        }
        h.year = h.year ?? d.year
    }
}
