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

enum CitationScanner {
    static let aliasWords = WordList(["简称", "以下称"])

    static func scan(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [CitationMention] {
        var out: [CitationMention] = []
        var stack: [Int] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            if c == "《" || c == "〈" {
                stack.append(i)
            } else if c == "》" || c == "〉", let open = stack.popLast() {
                if let m = mention(s, open, i, r) { out.append(m) }
            } else if c == "\n" {
                stack.removeAll()
            }
            i += 1
        }
        return out.sorted { $0.title.lowerBound < $1.title.lowerBound }
    }

    static func mention(_ s: [Unicode.Scalar], _ open: Int, _ close: Int, _ r: Range<Int>) -> CitationMention? {
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
        let after = close + 1
        if after < r.upperBound, s[after] == "（" || s[after] == "(" {
            if let end = (after..<min(r.upperBound, after + 40)).first(where: { s[$0] == "）" || s[$0] == ")" }) {
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
