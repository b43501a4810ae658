/// 发文字号写法: GB/T 9704-2012 7.2.4 writes a 发文字号 as 机关代字, the year in full in `〔〕`, and the
/// serial in Arabic numerals without `第` and without a leading zero, then `号`: `乡政办发〔2023〕46号`.
/// Checked for the notice's own number and for every number it cites.
enum DocNumberFormatRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.docNumberFormat]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let dn = notice.header.docNumber, let d = diagnostic(dn, what: "本文的发文字号") { out.append(d) }
        for citation in notice.citations {
            if let dn = citation.docNumber, let d = diagnostic(dn, what: "所引《\(citation.title)》的发文字号") { out.append(d) }
        }
        return out
    }

    static func diagnostic(_ dn: DocNumber, what: String) -> Diagnostic? {
        guard let f = parse(dn.text) else { return nil }
        var why: [String] = []
        let (open, close) = ValidationWords.docNumberBrackets
        if f.open != open || f.close != close { why.append("年份应使用六角括号“\(open)\(close)”，不用“\(f.open)\(f.close)”") }
        if f.yearDigits != 4 { why.append("年份应标全称（四位）") }
        if f.hasDi { why.append("发文顺序号不加“第”字") }
        if f.leadingZero { why.append("发文顺序号不编虚位") }
        guard !why.isEmpty else { return nil }
        return DiagnosticCode.docNumberFormat.make(
            "\(what)“\(dn.text)”应写作“\(f.agency)\(open)\(dn.year)\(close)\(dn.serial)号”：\(why.joined(separator: "；"))",
            span: dn.span, notes: ["GB/T 9704-2012 7.2.4：年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位"])
    }

    /// The parts of a number as written.
    struct Written {
        var agency: String
        var open: Unicode.Scalar, close: Unicode.Scalar
        var yearDigits: Int
        var hasDi: Bool
        var leadingZero: Bool
    }

    /// Reads `乡政办发[2023]第046号`; nil when the text is not a 发文字号 at all.
    static func parse(_ text: String) -> Written? {
        let s = Array(text.unicodeScalars)
        guard let o = s.firstIndex(where: { DocNumberScanner.brackets[$0] != nil }), o + 1 < s.count else { return nil }
        var j = o + 1
        while j < s.count, CharClass.isDigit(s[j]) { j += 1 }
        guard j > o + 1, j < s.count, CharClass.isCloser(s[j]) || DocNumberScanner.brackets.values.contains(s[j]) else { return nil }
        let close = s[j], yearDigits = j - o - 1
        j += 1
        let hasDi = j < s.count && s[j] == "第"
        if hasDi { j += 1 }
        guard j < s.count, CharClass.isDigit(s[j]) else { return nil }
        return Written(agency: String(String.UnicodeScalarView(s[..<o])), open: s[o], close: close, yearDigits: yearDigits,
                       hasDi: hasDi, leadingZero: s[j] == "0")
    }
}
