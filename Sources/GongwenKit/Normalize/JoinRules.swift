/// 断行规则: decides whether a line break is a paragraph end or a wrap (a hard wrap, or a page
/// break from a PDF converter) that splits a sentence, a word, a bracket or a number.
enum JoinRules {
    /// A line at least this long that stops mid-sentence was wrapped by the converter.
    static let wrapWidth = 26
    /// An opening bracket further back than this no longer pulls the next line in.
    static let bracketReach = 320
    /// Words that end a title line; a title never wraps into the text below it.
    static let titleEndings: [String] = [
        "通知", "方案", "计划", "意见", "办法", "规定", "决定", "报告", "请示", "批复", "函", "纪要", "要点", "清单",
        "细则", "规划", "通报", "公告", "通告", "决议", "指引", "指南", "规则", "措施", "名单", "分解表", "安排", "工程",
    ]

    /// Whether the paragraph ending in `a` continues with line `b`.
    /// - Parameters:
    ///   - lastLineStart: where the paragraph's last physical line begins.
    ///   - openBracket: the offset of the innermost bracket still open in the paragraph, if any.
    static func joins(paragraph a: [Unicode.Scalar], lastLineStart: Int, openBracket: Int?, next b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = a.last, let first = b.first else { return false }
        if MarkerLexer.marker(b) != nil { return false }
        if CharClass.continuing.contains(first) { return true }
        if CharClass.open.contains(last) { return true }
        if let open = openBracket, a.count - open <= bracketReach { return true }
        if CharClass.terminal.contains(last) { return false }
        // A line that is only organ names, or only a date, is a cell or a signature, not a wrapped sentence.
        if isNameLine(a, lastLineStart..<a.count) { return false }
        if b.count <= nameLineMax {
            let next = Array(b)
            if isNameLine(next, 0..<next.count) || isDateLine(next) { return false }
        }
        if a.count - lastLineStart < wrapWidth { return false }
        return !endsWithTitleWord(a)
    }

    /// Lines at most this long can be a cell of organ names.
    static let nameLineMax = 60
    static let sentencePunctuation: Set<Unicode.Scalar> = ["。", "，", "；", "：", ",", ";", ":", "！", "？"]

    /// Organ names separated by `、` and nothing else (`区住房保障房屋管理局、区绿化市容局`).
    static func isNameLine(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= nameLineMax, !r.contains(where: { sentencePunctuation.contains(s[$0]) }) else { return false }
        let names = NameSplitter.pieces(s, r, ["、"])
        return !names.isEmpty && names.allSatisfy { OrgRules.looksLikeName(s, $0) }
    }

    /// A line holding only a date or a year and month (`2023年7月25日`, `2019年6月`, `2019年`).
    static func isDateLine(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 5, s.count <= 16, (0..<4).allSatisfy({ CharClass.isDigit(s[$0]) }), s[4] == "年" else { return false }
        return s[5...].allSatisfy { CharClass.isDigit($0) || "月日号印发".unicodeScalars.contains($0) }
    }

    static func endsWithTitleWord(_ a: [Unicode.Scalar]) -> Bool {
        titleEndings.contains { a.reversed().starts(with: $0.unicodeScalars.reversed()) }
    }
}
