/// 词法扫描: marks the tokens of one paragraph. Numerals are read only inside the spans that give
/// them meaning (markers, dates, 发文字号), so words such as `三线一单` or `两高` stay words.
enum Tokenizer {
    static func bracket(_ c: Unicode.Scalar) -> (Token.Bracket, open: Bool, wide: Bool)? {
        switch c {
        case "（": return (.round, true, true)
        case "）": return (.round, false, true)
        case "(": return (.round, true, false)
        case ")": return (.round, false, false)
        case "《": return (.book, true, true)
        case "》": return (.book, false, true)
        case "〈": return (.angle, true, true)
        case "〉": return (.angle, false, true)
        case "〔": return (.tortoise, true, true)
        case "〕": return (.tortoise, false, true)
        case "［": return (.square, true, true)
        case "］": return (.square, false, true)
        case "[": return (.square, true, false)
        case "]": return (.square, false, false)
        case "【": return (.lenticular, true, true)
        case "】": return (.lenticular, false, true)
        case "“": return (.quote, true, true)
        case "”": return (.quote, false, true)
        default: return nil
        }
    }

    static func tokens(_ s: some ScalarCollection, _ p: Paragraph, into out: inout [Token]) {
        var i = p.range.lowerBound
        if let m = p.marker {
            out.append(Token(kind: .marker(m.kind), range: i..<(i + m.length), wide: false, depth: 0))
            i += m.length
        }
        var depth = 0
        let end = p.range.upperBound
        while i < end {
            let c = s[i]
            if CharClass.isDigit(c) || ChineseNumeral.digit(c) != nil, i == p.range.lowerBound || !CharClass.isDigit(s[i - 1]),
               let d = CalendarDate.at(s, i, end: end) {
                out.append(Token(kind: .date, range: d.range, wide: false, depth: 0))
                i = d.range.upperBound
                continue
            }
            if CharClass.isASCIILetter(c), let code = StandardCode.at(s, i, end) {
                out.append(Token(kind: .standard, range: code, wide: false, depth: 0))
                i = code.upperBound
                continue
            }
            if let (kind, open, wide) = bracket(c) {
                if DocNumberScanner.brackets[c] != nil, let dn = DocNumberScanner.at(s, i, p.range) {
                    // The agency code before the bracket was scanned as plain text: the number starts there.
                    out.append(Token(kind: .docNumber, range: dn.range, wide: false, depth: 0))
                    i = dn.range.upperBound
                    continue
                }
                if open {
                    out.append(Token(kind: .open(kind), range: i..<(i + 1), wide: wide, depth: depth))
                    depth += 1
                } else {
                    depth = max(0, depth - 1)
                    out.append(Token(kind: .close(kind), range: i..<(i + 1), wide: wide, depth: depth))
                }
            }
            i += 1
        }
    }
}
