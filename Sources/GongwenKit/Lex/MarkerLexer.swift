/// Recognises a list marker at the start of a paragraph. It marks facts; whether numbering is
/// right is judged later by the outline rules.
public enum MarkerLexer {
    static let openParens: ScalarSet = ["（", "("]
    static let closeParens: ScalarSet = ["）", ")"]
    static let arabicDelimiters: ScalarSet = [".", "．", "、", "。", "﹒"]

    /// The marker at the start of `s`, if any. `sequel` is the value an `arabicDot` marker would
    /// continue the run with: then `11.121人才梯队项目` is item 11, not the number 11.121.
    public static func marker(_ s: some ScalarCollection, sequel: Int? = nil) -> Marker? {
        guard let first = s.first else { return nil }
        let i0 = s.startIndex
        let v = first.value
        if v >= 0x2460 && v <= 0x2473 { return make(.circled, Int(v - 0x2460 + 1), s, i0, 1) }
        if v >= 0x2474 && v <= 0x2487 { return make(.parenthesized, Int(v - 0x2474 + 1), s, i0, 1) }
        if v >= 0x2488 && v <= 0x249B { return make(.arabicDot, Int(v - 0x2488 + 1), s, i0, 1) }
        if openParens.contains(first) {
            var j = i0 + 1
            while j < s.endIndex, CharClass.isSpace(s[j]) { j += 1 }
            let numStart = j
            if j < s.endIndex, CharClass.isDigit(s[j]) {
                while j < s.endIndex, CharClass.isDigit(s[j]), j - numStart < 3 { j += 1 }
                let num = s[numStart..<j].decimalValue
                while j < s.endIndex, CharClass.isSpace(s[j]) { j += 1 }
                guard j < s.endIndex, closeParens.contains(s[j]) else { return nil }
                return make(.arabicParen, num, s, i0, j + 1 - i0)
            }
            while j < s.endIndex, ChineseNumeral.isNumeral(s[j]), j - numStart < 4 { j += 1 }
            guard j > numStart, let num = ChineseNumeral.value(s[numStart..<j]) else { return nil }
            while j < s.endIndex, CharClass.isSpace(s[j]) { j += 1 }
            guard j < s.endIndex, closeParens.contains(s[j]) else { return nil }
            return make(.hanParen, num, s, i0, j + 1 - i0)
        }
        if CharClass.isDigit(first) {
            var j = i0
            while j < s.endIndex, CharClass.isDigit(s[j]), j - i0 < 3 { j += 1 }
            guard j < s.endIndex else { return nil }
            let num = s[i0..<j].decimalValue
            if arabicDelimiters.contains(s[j]) {
                // `3.5万吨` is a number, not a marker; `4.2023年` is a marker before a year.
                if j + 1 < s.endIndex, CharClass.isDigit(s[j + 1]), !startsYear(s, j + 1), !startsMonth(s, j + 1), num != sequel { return nil }
                if s[j] == "。" { return nil }
                return make(.arabicDot, num, s, i0, j + 1 - i0)
            }
            if closeParens.contains(s[j]) { return make(.arabicHalfParen, num, s, i0, j + 1 - i0) }
            return nil
        }
        if first == "第", let m = part(s) { return m }
        if ChineseNumeral.isNumeral(first) {
            var j = i0
            while j < s.endIndex, ChineseNumeral.isNumeral(s[j]), j - i0 < 4 { j += 1 }
            guard j < s.endIndex, s[j] == "、" || s[j] == "．", let num = ChineseNumeral.value(s[i0..<j]), num > 0 else { return nil }
            return make(.hanComma, num, s, i0, j + 1 - i0)
        }
        return nil
    }

    /// Words that close a part marker: `第二部分`, `第三章`, `第一节`.
    static let partWords: [[Unicode.Scalar]] = ["部分", "章", "节", "篇"].map { Array($0.unicodeScalars) }

    /// `第二部分 重点任务`: a part heading, when the line is short (a title, not a sentence).
    static func part(_ s: some ScalarCollection) -> Marker? {
        let i0 = s.startIndex
        var j = i0 + 1
        while j < s.endIndex, ChineseNumeral.isNumeral(s[j]) || CharClass.isDigit(s[j]), j - i0 <= 4 { j += 1 }
        guard j > i0 + 1, s.count <= 30 else { return nil }
        let digits = s[(i0 + 1)..<j]
        guard let value = digits.allSatisfy(CharClass.isDigit) ? digits.decimalValue : ChineseNumeral.value(digits),
              let w = partWords.first(where: { s.has($0, at: j) }) else { return nil }
        // `第一节课` is a lesson, not a part: the word must end the marker.
        let end = j + w.count
        if end < s.endIndex, !CharClass.isSpace(s[end]), s[end] != "：", s[end] != ":", !CharClass.isHan(s[end]) { return nil }
        return make(.part, value, s, i0, end - i0)
    }

    /// `1.9月30日前完成`: a month after the dot, which no decimal number has.
    static func startsMonth(_ s: some ScalarCollection, _ i: Int) -> Bool {
        var k = i
        while k < s.endIndex, CharClass.isDigit(s[k]), k - i < 2 { k += 1 }
        guard k > i, k < s.endIndex, s[k] == "月" else { return false }
        return (1...12).contains(s[i..<k].decimalValue)
    }

    /// Four digits and `年` at `i`.
    static func startsYear(_ s: some ScalarCollection, _ i: Int) -> Bool {
        guard i + 4 < s.endIndex else { return false }
        return (i..<(i + 4)).allSatisfy { CharClass.isDigit(s[$0]) } && s[i + 4] == "年"
    }

    private static func make(_ kind: Marker.Kind, _ value: Int, _ s: some ScalarCollection, _ i0: Int, _ len: Int) -> Marker? {
        guard value > 0 else { return nil }
        let text = ScalarString.make(s[i0..<(i0 + len)])
        var end = i0 + len
        while end < s.endIndex, CharClass.isSpace(s[end]) { end += 1 }
        return Marker(kind: kind, value: value, length: end - i0, text: text)
    }
}
