/// 日期写法: GB/T 9704-2012 7.3.5.3 (and 7.4.5 for 印发日期) writes dates in Arabic numerals, the
/// year in full, month and day without a leading zero: `2023年7月25日`. Flags `二〇二三年七月二十五日`,
/// `2023年07月05日` and `2023.7.25`. Dates before the standard took effect (2012-07-01) followed
/// GB/T 9704-1999, which wrote Chinese numerals, and are not flagged.
enum DateFormatRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.dateFormat]

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (source, name) in [(notice.header.dateSource, "成文日期"), (notice.header.printDateSource, "印发日期")] {
            guard let source, let d = written(source.text), let why = problems(d) else { continue }
            out.append(diagnostic(name, d, why, source.span))
        }
        for p in c.paragraphs where p.marker == nil && p.length <= 40 {
            guard let (d, range, printed) = numericDate(c, p.range) else { continue }
            let why = ["年、月、日之间不用“\(d.separator)”分隔"] + (d.leadingZero ? ["月、日不编虚位"] : [])
            out.append(diagnostic(printed ? "印发日期" : "成文日期", d, why, c.span(range)))
        }
        return out
    }

    /// A date as written: its numbers, and how each part was written.
    struct Written {
        var text: String
        var year: Int, month: Int, day: Int
        var hanNumerals = false
        var shortYear = false
        var leadingZero = false
        var dayAsHao = false
        var separator = ""
        var canonical: String { "\(year)年\(month)月\(day)日" }
        var iso: String { CalendarDate.iso(year, month, day) }
    }

    static func diagnostic(_ name: String, _ d: Written, _ why: [String], _ span: SourceSpan) -> Diagnostic {
        DiagnosticCode.dateFormat.make("\(name)“\(d.text)”应写作“\(d.canonical)”：\(why.joined(separator: "；"))", span: span,
                                       notes: ["GB/T 9704-2012 7.3.5.3：用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位"])
    }

    /// What is wrong with a `年月日` date, or nil when it follows the standard (or predates it).
    static func problems(_ d: Written) -> [String]? {
        guard d.iso >= ValidationWords.standardSince else { return nil }
        var why: [String] = []
        if d.hanNumerals { why.append("应使用阿拉伯数字") }
        if d.shortYear { why.append("年份应标全称") }
        if d.leadingZero { why.append("月、日不编虚位") }
        if d.dayAsHao { why.append("“日”不写作“号”") }
        return why.isEmpty ? nil : why
    }

    /// Reads `2023年07月05日` or `二〇二三年七月五日` (anything after `日`, such as `印发`, is left out).
    static func written(_ text: String) -> Written? {
        let s = Array(text.unicodeScalars)
        guard let y = s.firstIndex(of: "年"), let m = s.firstIndex(of: "月"), let d = s.firstIndex(where: { $0 == "日" || $0 == "号" }),
              y > 0, y < m, m < d else { return nil }
        let parts = [0..<y, (y + 1)..<m, (m + 1)..<d]
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let digitWise = s[parts[0]].allSatisfy { ChineseNumeral.digit($0) != nil }
        guard let (year, _) = CalendarDate.number(s, 0, y, digitWise: digitWise),
              let (month, _) = CalendarDate.number(s, m - parts[1].count, m), let (day, _) = CalendarDate.number(s, d - parts[2].count, d) else { return nil }
        var w = Written(text: String(String.UnicodeScalarView(s[...d])), year: year, month: month, day: day)
        w.hanNumerals = parts.contains { $0.contains { !CharClass.isDigit(s[$0]) } }
        w.shortYear = !w.hanNumerals && parts[0].count != 4
        w.leadingZero = parts.dropFirst().contains { $0.count > 1 && s[$0.lowerBound] == "0" }
        w.dayAsHao = s[d] == "号"
        return w
    }

    /// A paragraph that is a signing date under a signature (`2023.7.25`) or a print date
    /// (`乡宁县人民政府办公室 2023-7-25印发`), written with separators. Returns the date, its range and whether it is 印发.
    static func numericDate(_ c: ParseContext, _ r: Range<Int>) -> (Written, Range<Int>, Bool)? {
        let s = c.s
        guard let start = r.first(where: { CharClass.isDigit(s[$0]) }) else { return nil }
        var i = start
        var numbers: [Int] = []
        var separator: Unicode.Scalar?
        var zero = false
        while numbers.count < 3 {
            let from = i
            var v = 0
            while i < r.upperBound, CharClass.isDigit(s[i]), i - from < 4 { v = v * 10 + Int(s[i].value - 48); i += 1 }
            guard i > from, numbers.isEmpty ? i - from == 4 : i - from <= 2 else { return nil }
            if !numbers.isEmpty, i - from == 2, s[from] == "0" { zero = true }
            numbers.append(v)
            if numbers.count == 3 { break }
            guard i < r.upperBound, ValidationWords.numericDateSeparators.contains(s[i]), separator == nil || separator == s[i] else { return nil }
            separator = s[i]
            i += 1
        }
        guard CalendarDate.isValid(numbers[0], numbers[1], numbers[2]), let sep = separator else { return nil }
        var end = i
        if end < r.upperBound, s[end] == "日" { end += 1 }
        let rest = c.trim(end..<r.upperBound)
        let printed = s.has(HeaderRules.printed, at: rest.lowerBound) && rest.count == HeaderRules.printed.count
        guard rest.isEmpty || printed else { return nil }
        let before = c.trim(r.lowerBound..<start)
        guard before.isEmpty || OrgRules.looksLikeName(s, before) else { return nil }
        // A bare date is a 成文日期 only under a signature (a table cell `2023.7.25` is not).
        if !printed, before.isEmpty {
            guard let k = c.paragraphIndex(at: r.lowerBound), k > 0, ClosingParser.isOrganLine(c, c.paragraphs[k - 1]) else { return nil }
        }
        var w = Written(text: c.string(start..<end), year: numbers[0], month: numbers[1], day: numbers[2])
        w.separator = String(sep)
        w.leadingZero = zero
        guard w.iso >= ValidationWords.standardSince else { return nil }
        return (w, start..<end, printed)
    }
}
