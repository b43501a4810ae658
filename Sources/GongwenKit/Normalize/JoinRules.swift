/// 断行规则: decides whether a line break is a paragraph end or a wrap (a hard wrap, or a page
/// break from a PDF converter) that splits a sentence, a word, a bracket or a number.
enum JoinRules {
    /// A line at least this long that stops mid-sentence was wrapped by the converter.
    static let wrapWidth = 26
    /// An opening bracket further back than this no longer pulls the next line in.
    static let bracketReach = 320
    /// Words that end a title line; a title never wraps into the text below it.
    static let titleEndings = WordList([
        "通知", "方案", "计划", "意见", "办法", "规定", "决定", "报告", "请示", "批复", "函", "纪要", "要点", "清单",
        "细则", "规划", "通报", "公告", "通告", "决议", "指引", "指南", "规则", "措施", "名单", "分解表", "安排", "工程", "文件",
    ])

    /// Whether the paragraph ending in `a` continues with line `b`.
    /// - Parameters:
    ///   - lastLineStart: where the paragraph's last physical line begins.
    ///   - openBracket: the offset of the innermost bracket still open in the paragraph, if any.
    ///   - then: the opening of the line after `b`, when `b` is a bare number (see `isFontSwitchNumber`).
    static func joins(paragraph a: [Unicode.Scalar], lastLineStart: Int, openBracket: Int?, next b: ArraySlice<Unicode.Scalar>,
                      then c: ArraySlice<Unicode.Scalar> = []) -> Bool {
        guard let last = a.last, let first = b.first else { return false }
        // A list marker split from its delimiter or its text (`1` / `.` / `加强…`): the item goes on.
        if isRowNumber(a[...]), b.count >= 1, MarkerLexer.arabicDelimiters.contains(first), first != "。" { return true }
        if MarkerLexer.marker(b) != nil { return false }
        if let m = MarkerLexer.marker(a[...]) {
            if a.count <= 5, m.length == a.count { return true }
            if splitsHeading(a, after: m) || endsHeading(a, after: m, b) { return true }
        }
        if CharClass.continuing.contains(first) || (startsWithSerial(b) && CharClass.isCloser(last)) { return true }
        if CharClass.open.contains(last) { return true }
        if let open = openBracket, a.count - open <= bracketReach { return true }
        if splitsDate(a, b) || splitsNumber(a, b) || completesName(a, b) { return true }
        if isFontSwitchNumber(a, lastLineStart: lastLineStart, b, then: c) { return true }
        // A line that is only a row number (`3`) is a table cell of its own (`…达到50%` / `3` is not 50%3).
        if isRowNumber(b) { return false }
        // Outside brackets, a field label opens a line of its own (`完成时限：…` under `责任单位：…`),
        // unless it ends a name the line above began (`…，各有关发电` / `企业：`).
        if startsWithLabel(b) { return completesNameList(a, lastLineStart, b) }
        if continuesOpenSentence(a, b) { return true }
        if continuesCitations(a, b) { return true }
        if CharClass.terminal.contains(last) { return false }
        // The 印发 line (`…办公室2022年10月28日印发`) is complete.
        if a.count >= 3, a[a.count - 3] == "日", a.has(HeaderRules.printed, at: a.count - 2) { return false }
        // A line that is only organ names, or only a date, is a cell or a signature, not a wrapped sentence.
        if isNameLine(a, lastLineStart..<a.count) { return false }
        if midNameTail(a, lastLineStart) != nil { return true }
        if b.count <= nameLineMax {
            let next = Array(b)
            if isNameLine(next, 0..<next.count) || isDateLine(next) || (!CharClass.isHan(last) && isDocNumberLine(next)) { return false }
        }
        if a.count - lastLineStart < wrapWidth { return false }
        return !endsWithTitleWord(a, lastLineStart: lastLineStart)
    }

    /// One cited document after another (`…指导意见》（发改能源〔2023〕1294号）` / `《国家能源局关于…》`):
    /// a line ending with a citation's 发文字号 or title, the next opening a title.
    static func continuesCitations(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard b.first == "《", let last = a.last else { return false }
        if last == "》" { return true }
        return (last == "）" || last == ")") && a.count >= 2 && a[a.count - 2] == "号"
    }

    /// A field label opens the line: `完成时限：`, `责任单位:` (two to six Han characters and a colon).
    static func startsWithLabel(_ b: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = b.startIndex
        while i < b.endIndex, i - b.startIndex < 7, CharClass.isHan(b[i]) { i += 1 }
        return i - b.startIndex >= 2 && i < b.endIndex && (b[i] == "：" || b[i] == ":")
    }

    /// A line of one or two characters that ends an organ name (`局` under `县住房和城乡建设`).
    static func completesName(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        // A line of one or two characters above is no name's start but seal residue (`国` / `局`).
        guard b.count <= 2, a.count >= 3, let last = a.last, CharClass.isHan(last) else { return false }
        let word = Array(b)
        return OrgRules.suffixes.words.contains(word)
    }

    /// A wrapped list of names is at least this long on its line (narrower than a sentence's
    /// `wrapWidth`: the names and the cut-off piece are evidence enough).
    static let minNameListLine = 16
    /// The start of a name that a wrap cut off is at most this long (`中国国际工程`).
    static let maxNameTail = 12
    /// Lines at most this long can be a cell of organ names.
    static let nameLineMax = 60
    static let sentencePunctuation: ScalarSet = ["。", "，", "；", "：", ",", ";", ":", "！", "？"]

    /// Organ names separated by `、` and nothing else (`区住房保障房屋管理局、区绿化市容局`).
    static func isNameLine(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= nameLineMax, !r.contains(where: { sentencePunctuation.contains(s[$0]) }) else { return false }
        let names = NameSplitter.pieces(s, r, ["、"])
        return !names.isEmpty && names.allSatisfy { OrgRules.looksLikeName(s, $0) }
    }

    /// A list of names wrapped inside one (`…有限责任公司，中国国际工程` / `咨询有限公司、…`): the
    /// last line holds names separated by `，` or `、` and ends with a piece that is no name yet.
    /// Returns that piece.
    static func midNameTail(_ a: [Unicode.Scalar], _ lastLineStart: Int) -> Range<Int>? {
        let line = min(lastLineStart, a.count)..<a.count
        guard line.count >= minNameListLine, let last = a.last, CharClass.isHan(last) else { return nil }
        // The first piece may end a name from the line above; at least one whole name must follow it.
        let pieces = NameSplitter.pieces(a, line, ["，", "、"])
        guard pieces.count >= 3, let tail = pieces.last, tail.count <= maxNameTail, a[tail].allSatisfy(CharClass.isHan),
              !OrgRules.looksLikeName(a, tail), pieces.dropLast().dropFirst().allSatisfy({ OrgRules.looksLikeName(a, $0) }) else { return nil }
        return tail
    }

    /// A wrapped list of names whose last piece the next line's first word completes (`各有关发电` +
    /// `企业：`).
    static func completesNameList(_ a: [Unicode.Scalar], _ lastLineStart: Int, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let tail = midNameTail(a, lastLineStart) else { return false }
        let word = b.prefix { CharClass.isHan($0) }
        let name = Array(a[tail]) + word
        return OrgRules.looksLikeName(name, 0..<name.count)
    }

    /// A sentence that opens the body (`为贯彻落实《…》（…号）`) and has reached neither a comma nor a
    /// full stop when its line ends on a bracket or a title: it goes on (`要求，现将…`).
    static func continuesOpenSentence(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = a.last, last == "）" || last == ")" || last == "》", sentenceOpeners.match(a, at: 0) != nil else { return false }
        return !a.contains { sentencePunctuation.contains($0) } && b.first.map { !CharClass.isSpace($0) } == true
    }

    /// Words that open a sentence of the body, never a title or a name.
    static let sentenceOpeners = WordList(["为贯彻", "为落实", "为深入", "为进一步", "为加快", "为切实", "根据", "按照", "依据", "依照", "为认真"])

    /// A line that is only a 发文字号 (`国办发〔2024〕39号`): GB/T 9704 gives it a line of its own, so it
    /// continues nothing above it (in a web copy, the page's `发布时间…来源…` line) unless that line
    /// stops on a word, as a sentence that cites the number does (`…认真贯彻落实省政府办公厅` /
    /// `某政办发〔2024〕39号` / `文件精神…`); the caller checks that.
    static func isDocNumberLine(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 40, s.last == "号", let m = DocNumberScanner.all(in: s, 0..<s.count).first else { return false }
        return m.range == 0..<s.count
    }

    /// A line holding only a date or a year and month (`2023年7月25日`, `2019年6月`, `2019年`).
    static func isDateLine(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 5, s.count <= 16, (0..<4).allSatisfy({ CharClass.isDigit(s[$0]) }), s[4] == "年" else { return false }
        return s[5...].allSatisfy { CharClass.isDigit($0) || "月日号印发".unicodeScalars.contains($0) }
    }

    /// Whether the paragraph's last line reads as a title: it ends with a title word and is no
    /// sentence (`受阻率XX%，非计划` / `停运XX台次` is a sentence wrapped after `计划`). A title has no
    /// full stop, semicolon or colon (an attachment label's `附件：` aside), and at most one comma.
    static func endsWithTitleWord(_ a: [Unicode.Scalar], lastLineStart: Int = 0) -> Bool {
        guard endsWithTitleWord(a, end: a.count, from: 0) else { return false }
        let start = min(lastLineStart, a.count)
        let line = a[(start + (HeaderRules.attachmentLabelLength(a, start..<a.count) ?? 0))...]
        return !line.contains { HeaderRules.notInTitle.contains($0) } && line.filter { $0 == "，" }.count <= titleCommas
    }

    /// Whether `s[from..<end]` ends with one of `titleEndings`.
    static func endsWithTitleWord(_ s: some ScalarCollection, end: Int, from start: Int) -> Bool {
        titleEndings.suffix(s, endingAt: end, from: start) != nil
    }

    /// The most commas a title line holds.
    static let titleCommas = 1
}
