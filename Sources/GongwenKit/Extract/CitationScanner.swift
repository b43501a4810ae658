/// 引用抽取: finds every `《…》` that names a document, law, standard or plan, with the 发文字号 or
/// standard code in the bracket after it (or a code inside the title, split out). Titles nested
/// inside another (`〈…〉`) are citations of their own; an abbreviation defined with `简称《…》`
/// is an alias of the title before it, not a new citation.
struct CitationMention {
    /// The title as cited (normalized), code removed.
    let title: Range<Int>
    /// A trailing part of the title removed from it (a standard code inside it).
    let titleCut: Range<Int>?
    let docNumber: DocNumberMatch?
    let standard: Range<Int>?
    /// Set when this mention is an abbreviation: it points at no new document.
    let isAlias: Bool
}

/// Scans the lexer's book-title tokens for citations.
enum CitationScanner {
    static let aliasWords = WordList(["简称", "以下称"])

    /// Every citation in the text, from the lexer's book-title bracket tokens.
    static func scan(_ c: ParseContext) -> [CitationMention] {
        var out: [CitationMention] = []
        for p in c.paragraphs {
            var stack: [Int] = []
            for t in c.lexed.tokens(of: p.index) {
                switch t.kind {
                case .open(.book), .open(.angle): stack.append(t.range.lowerBound)
                case .close(.book), .close(.angle):
                    if let open = stack.popLast(), let m = mention(c.s, open, t.range.lowerBound, p.range) { out.append(m) }
                default: break
                }
            }
        }
        return out.sorted { $0.title.lowerBound < $1.title.lowerBound }
    }

    /// A document type after the closing quote, before the number's bracket.
    static let titleTails = WordList(["的通知", "的意见", "的决定", "的批复", "的函", "的公告"])
    /// Before the quotes, words that make them the title of what a notice issues or forwards.
    static let issuingVerbs = WordList(["印发", "转发", "颁发", "发布", "出台", "印发了", "转发了", "发布了", "出台了"])

    static func mention(_ s: some ScalarCollection, _ open: Int, _ close: Int, _ r: Range<Int>) -> CitationMention? {
        var title = (open + 1)..<close
        guard title.count >= 2, title.count <= 150 else { return nil }
        let isAlias = aliasWords.suffix(s, endingAt: open, from: max(r.lowerBound, open - 4)) != nil
        var standard: Range<Int>?
        var cut: Range<Int>?
        // A code inside the title: `《…指南（试行）（HJ1209—2021）》`.
        if s[close - 1] == "）" || s[close - 1] == ")", let b = (title.lowerBound..<(close - 1)).last(where: { s[$0] == "（" || s[$0] == "(" }),
           let code = StandardCode.whole(s, (b + 1)..<(close - 1)) {
            standard = code
            cut = b..<close
            title = title.lowerBound..<b
        }
        var docNumber: DocNumberMatch?
        // The number may follow the document type the quotes left out: `原《…意见（试行）》的通知（青建整办〔2024〕1号）`;
        // not when the quotes name what a notice issues (`关于印发《…》的通知（国发〔2023〕24号）` numbers the notice).
        let issued = issuingVerbs.suffix(s, endingAt: open, from: max(0, open - 3)) != nil
        let after = close + 1 + (issued ? 0 : titleTails.match(s, at: close + 1)?.count ?? 0)
        if after < r.upperBound, s[after] == "（" || s[after] == "(" {
            // Its closer, past a bracket inside (`（苏建函城(2023)575号）`).
            var depth = 0
            if let end = (after..<min(r.upperBound, after + 40)).first(where: { k in
                if s[k] == "（" || s[k] == "(" { depth += 1 } else if s[k] == "）" || s[k] == ")" { depth -= 1 }
                return depth == 0
            }) {
                let inner = (after + 1)..<end
                if let code = StandardCode.whole(s, inner) {
                    standard = standard ?? code
                } else if let dn = DocNumberScanner.all(in: s, inner).first {
                    docNumber = dn
                }
            }
        }
        return CitationMention(title: title, titleCut: cut, docNumber: docNumber, standard: standard, isAlias: isAlias)
    }
}
