/// Splits a line of organ names run together without separators (joint issuance laid out two per
/// line: `黄浦区发展和改革委员会黄浦区建设和管理委员会`) at each repetition of the first name's
/// place prefix (`黄浦区`), or at spaces.
enum OrganSplitter {
    /// Place words that end a prefix such as `黄浦区`, `乡宁县`, `安徽省`.
    static let placeEndings: ScalarSet = ["省", "市", "区", "县", "州", "盟", "旗", "镇", "乡"]

    static func split(_ c: ParseContext, _ r: Range<Int>) -> [Range<Int>] {
        let s = c.s
        var parts: [Range<Int>] = []
        var start = r.lowerBound
        for i in r where s[i] == " " { if i > start { parts.append(start..<i) }; start = i + 1 }
        // Where the normalizer dropped the space between two names (`国家医保局 财政部`), split too.
        for i in r where i > start && c.spaceDropped(before: i) && OrgRules.looksLikeName(s, start..<i) {
            parts.append(start..<i)
            start = i
        }
        if start < r.upperBound { parts.append(start..<r.upperBound) }
        return parts.flatMap { splitByPrefix(s, $0) }
    }

    static func splitByPrefix(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        guard let end = (r.lowerBound..<min(r.upperBound, r.lowerBound + 8)).first(where: { placeEndings.contains(s[$0]) }) else { return [r] }
        let prefix = Array(s[r.lowerBound...end])
        guard prefix.count >= 2 else { return [r] }
        var cuts = [r.lowerBound]
        var i = r.lowerBound + prefix.count + 2
        while i + prefix.count <= r.upperBound {
            if s.has(prefix, at: i), OrgRules.looksLikeName(s, cuts.last!..<i) { cuts.append(i); i += prefix.count } else { i += 1 }
        }
        cuts.append(r.upperBound)
        return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
    }
}
