/// 规范化: rebuilds paragraphs from converted text and records every edit in an offset map.
///
/// It joins lines split by page breaks or hard wraps, drops page numbers, stray spaces and
/// converter residue, folds full-width digits and letters, and marks website or converter
/// noise (front matter, 【法宝引证码】, breadcrumbs) as outside the document.
public enum Normalizer {
    public static func normalize(_ source: SourceText) -> NormalizedText {
        let s = source.scalars
        let record = CSVRecord.unwrap(s, physicalLines(s))
        let table = MarkdownTable.split(s, PageTitle.split(s, record.lines))
        let lines = CollapsedLines.split(s, table.lines)
        let frontMatter = frontMatterEnd(s, lines)
        let footer = PageFooter.start(s, lines) ?? lines.count
        var out = ScalarBuffer()
        out.reserveCapacity(s.count)
        var map = OffsetMap()
        var paragraphStarts: [Int32] = []
        var excluded = record.head
        var dropped: [Span] = []
        var cleaner = LineCleaner()
        var para: [Unicode.Scalar] = []
        var paraOrigin: [Int] = []
        var lastLineStart = 0
        var lastTerminator = 0
        // The separator before a paragraph comes from the line end of the paragraph before it,
        // which keeps the map monotone.
        var previousEnd = 0
        var brackets = BracketTracker()
        var afterHeading = false
        var rowNumbers = RowNumberRun()

        func flush() {
            guard !para.isEmpty else { return }
            if !out.isEmpty { out.append("\n"); map.append(from: previousEnd) }
            previousEnd = lastTerminator
            let start = out.count
            out.append(contentsOf: para)
            for o in paraOrigin { map.append(from: o) }
            paragraphStarts.append(Int32(start))
            para.removeAll(keepingCapacity: true)
            paraOrigin.removeAll(keepingCapacity: true)
            brackets.reset()
        }

        for (index, line) in lines.enumerated() {
            let r = line.content
            if index < frontMatter || index >= footer { if !isBlank(s, r) { excluded.append(Span(r.lowerBound, r.upperBound)) }; continue }
            if isBlank(s, r) { continue }
            if isNoise(s, r) { flush(); excluded.append(Span(r.lowerBound, r.upperBound)); continue }
            if NoiseRules.isPageNumber(s[r]) { dropped.append(Span(r.lowerBound, r.upperBound)); continue }
            cleaner.clean(s, r)
            if cleaner.out.isEmpty { continue }
            // A Markdown heading is a paragraph of its own: it joins neither the line before nor the one after.
            let heading = MarkdownMarkup.isHeading(s, r)
            // A bare number may be a date's broken at a font change, unless it is the next row's of a table.
            let fontSwitch = JoinRules.isBareNumber(cleaner.out[...]) && !rowNumbers.continues(cleaner.out[...], line: index)
            if !para.isEmpty, !heading, !afterHeading,
               JoinRules.joins(paragraph: para, lastLineStart: lastLineStart, openBracket: brackets.innermost, next: cleaner.out[...],
                               then: fontSwitch ? opening(s, of: lines, after: index) : []) {
                // Words of Latin script keep a space where the line broke; a number broken over lines
                // (`20` / `23年`) is one number.
                if let a = para.last, let b = cleaner.out.first, CharClass.isASCIIAlnum(a), CharClass.isASCIIAlnum(b),
                   !(CharClass.isDigit(a) && CharClass.isDigit(b)) {
                    para.append(" "); paraOrigin.append(lastTerminator)
                }
            } else {
                flush()
                rowNumbers.record(cleaner.out[...], line: index)
            }
            lastLineStart = para.count
            brackets.feed(cleaner.out, base: para.count)
            if para.isEmpty {
                // A paragraph's first line is taken over rather than copied: one line may be the whole file.
                swap(&para, &cleaner.out)
                swap(&paraOrigin, &cleaner.origin)
            } else {
                para.append(contentsOf: cleaner.out)
                paraOrigin.append(contentsOf: cleaner.origin)
            }
            lastTerminator = line.terminator
            afterHeading = heading
        }
        flush()
        excluded += table.excluded + record.tail
        if !table.excluded.isEmpty { excluded.sort { $0.start < $1.start } }
        return NormalizedText(scalars: out, map: map, paragraphStarts: paragraphStarts, excluded: excluded, dropped: dropped,
                              droppedSpaces: droppedSpaces(s, map), markdownCells: markdownCells(s, map, paragraphStarts))
    }

    /// Facts about the original that the parser asks after the original is gone: where only white
    /// space was dropped between two normalized scalars. The map is monotone, so such a gap can only
    /// open where a run of it starts.
    static func droppedSpaces(_ s: some ScalarCollection, _ map: OffsetMap) -> [Int] {
        var out: [Int] = []
        for k in map.normalizedStarts.indices.dropFirst() {
            let i = Int(map.normalizedStarts[k])
            guard i > 0, i < map.count else { continue }
            // The scalar before `i` is the last of the run before.
            let a = map.original(i - 1, inRun: k - 1), b = map.original(i, inRun: k)
            if b - a > 1, (a + 1..<b).allSatisfy({ CharClass.isSpace(s[$0]) }) { out.append(i) }
        }
        return out
    }

    /// The paragraphs a `|` stands right before in the original (white space between), by index.
    static func markdownCells(_ s: some ScalarCollection, _ map: OffsetMap, _ paragraphStarts: [Int32]) -> Set<Int> {
        var out = Set<Int>()
        let starts = map.originals(ascending: paragraphStarts.map(Int.init))
        for (n, start) in starts.enumerated() {
            var k = start
            // White space only: line breaks are no space, so the search stays on the line.
            while k > 0, CharClass.isSpace(s[k - 1]) { k -= 1 }
            if k > 0, s[k - 1] == "|" { out.insert(n) }
        }
        return out
    }

    /// The first two scalars of line `index + 1` past its leading white space (empty when it is blank,
    /// or the last line).
    static func opening(_ s: some ScalarCollection, of lines: [Line], after index: Int) -> ArraySlice<Unicode.Scalar> {
        guard index + 1 < lines.count else { return [] }
        var out: [Unicode.Scalar] = []
        for i in lines[index + 1].content where !(out.isEmpty && CharClass.isSpace(s[i])) {
            out.append(s[i])
            if out.count == 2 { break }
        }
        return out[...]
    }

    /// A physical line: its content range and where its line terminator starts.
    struct Line { let content: Range<Int>; let terminator: Int }

    static func physicalLines(_ s: some ScalarCollection) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        while i < s.count {
            let v = s[i].value
            if v == 0x0A || v == 0x0D || v == 0x0C || v == 0x2028 || v == 0x2029 || v == 0x0B || v == 0x85 {
                lines.append(Line(content: start..<i, terminator: i))
                if v == 0x0D, i + 1 < s.count, s[i + 1].value == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < s.count { lines.append(Line(content: start..<s.count, terminator: s.count)) }
        return lines
    }

    /// YAML-like front matter (`---` … `---`) at the top of a web export: the index of the first line after it.
    static func frontMatterEnd(_ s: some ScalarCollection, _ lines: [Line]) -> Int {
        guard let first = lines.firstIndex(where: { !isBlank(s, $0.content) }), isRule(s, lines[first].content) else { return 0 }
        for j in (first + 1)..<min(lines.count, first + 80) where isRule(s, lines[j].content) { return j + 1 }
        return 0
    }

    /// A line that is `---` between white space (looked at without copying it: the line may be the whole file).
    static func isRule(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, CharClass.isSpace(s[lo]) { lo += 1 }
        while hi > lo, CharClass.isSpace(s[hi - 1]) { hi -= 1 }
        return hi - lo == 3 && s[lo] == "-" && s[lo + 1] == "-" && s[lo + 2] == "-"
    }

    static func isBlank(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        for i in r where !CharClass.isSpace(s[i]) && s[i].value >= 0x20 { return false }
        return true
    }

    static func isNoise(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        var lo = r.lowerBound
        // White space, and a Markdown export's emphasis (`**文号**:`) and heading marks (`###### 信息来源：`),
        // before the line's words.
        while lo < r.upperBound, CharClass.isSpace(s[lo]) || s[lo] == "*" || s[lo] == "#" { lo += 1 }
        guard lo < r.upperBound else { return false }
        // A heading that is only a link (`## [国家发展改革委有关负责同志就《…》答记者问](http://…)`): a page's
        // list of related articles.
        if s[r.lowerBound] == "#", MarkdownMarkup.wholeLink(s, lo, r.upperBound) != nil { return true }
        if MarkdownMarkup.isMenuItem(s, r) { return true }
        return NoiseRules.isNoise(s, lo..<r.upperBound)
    }
}
