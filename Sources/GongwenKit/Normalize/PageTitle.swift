/// 网页标题: a web page's own title line, as an export keeps it at the top: the notice's title and
/// the site's name joined by `_` (`…的通知_云南省发展和改革委员会`). The line is cut at that `_`, so
/// the title stands alone; nothing is removed.
enum PageTitle {
    /// Only this many lines from the top are looked at.
    static let reach = 40
    /// A site name is at most this long.
    static let maxSiteName = 40

    static func split(_ s: some ScalarCollection, _ lines: [Normalizer.Line]) -> [Normalizer.Line] {
        guard lines.prefix(reach).contains(where: { cut(s, $0.content) != nil }) else { return lines }
        var out: [Normalizer.Line] = []
        out.reserveCapacity(lines.count + 1)
        for (k, line) in lines.enumerated() {
            guard k < reach, let at = cut(s, line.content) else { out.append(line); continue }
            out.append(Normalizer.Line(content: line.content.lowerBound..<at, terminator: at))
            out.append(Normalizer.Line(content: (at + 1)..<line.content.upperBound, terminator: line.terminator))
        }
        return out
    }

    /// Where the `_` before a site's name is, when the text before it ends like a title.
    static func cut(_ s: some ScalarCollection, _ r: Range<Int>) -> Int? {
        guard r.count <= TitleLines.maxLength + maxSiteName, let at = s[r].lastIndex(of: "_"), at > r.lowerBound,
              r.upperBound - at - 1 <= maxSiteName, r.upperBound - at > 2 else { return nil }
        var end = at
        while end > r.lowerBound, CharClass.isSpace(s[end - 1]) { end -= 1 }
        let site = (at + 1)..<r.upperBound
        guard JoinRules.endsWithTitleWord(s, end: end, from: r.lowerBound) || s[end - 1] == "）" || s[end - 1] == ")" else { return nil }
        return OrgRules.looksLikeName(s, site) || siteEndings.suffix(s, endingAt: site.upperBound, from: site.lowerBound) != nil ? at : nil
    }

    /// How a site's name may end besides an organ's (`…门户网站`, `中国政府网`).
    static let siteEndings = WordList(["网站", "网", "门户", "平台"])
}
