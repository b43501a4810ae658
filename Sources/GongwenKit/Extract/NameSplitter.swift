/// Splits a list of organ or unit names (`县工信局、县能源局，相关乡镇人民政府等`) into names.
///
/// Separators are `、，；,;` and `和` between names (not `及` or `与`, which join a name to what qualifies
/// it: `各市、县级政府及《管理办法》涉及的相关部门`); a collective such as `各区、市政府` or
/// `区政府各委、办、局` stays whole because its parts are not names on their own (nor is `各有关区、县级市`); a trailing `等`
/// (and `等单位`, `等部门`) is dropped.
enum NameSplitter {
    static let strongSeparators: ScalarSet = ["，", ",", "；", ";"]
    static let weakSeparators: ScalarSet = ["、", " "]
    static let conjunctions = WordList(["和"])
    /// Endings dropped from a name: the `等` of an open list.
    static let trailingEtc = WordList(["等有关单位", "等相关单位", "等有关部门", "等相关部门", "等单位", "等部门", "等"])
    /// After `等`, a group of at most `maxGroupTail` characters ending so (`等区直部门`) is dropped.
    static let groupTails = WordList(["部门", "单位", "成员单位", "机构"])
    static let maxGroupTail = 12
    /// A piece of a labelled list longer than this that names no unit is not one (the list ran on).
    static let maxUnnamedPiece = 12
    /// Words that open a gloss in brackets after a name (`（含…）`, `〈包括…〉`).
    static let glossOpeners = WordList(["含", "包括", "以下简称", "简称"])
    /// Minimum length of a part for a `、` list to be split.
    static let minPart = 3

    /// Ranges of the names in `s[r]`.
    static func split(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for piece in pieces(s, r, strongSeparators).flatMap({ splitBeforeGroup(s, $0) }) {
            let parts = pieces(s, piece, weakSeparators)
            if parts.count > 1, !isCollective(s, parts) {
                for p in parts { result.append(contentsOf: splitConjunction(s, trimEtc(s, p)).flatMap { splitRunTogether(s, $0) }) }
            } else {
                result.append(contentsOf: splitConjunction(s, trimEtc(s, piece)).flatMap { splitRunTogether(s, $0) })
            }
        }
        // `等部门` on a line of its own under the names (a table cell's last line) is no name.
        return result.filter { r in !r.isEmpty && trailingEtc.suffix(s, endingAt: r.upperBound, from: r.lowerBound)?.count != r.count }
    }

    /// A `、` list that names one collective: a part too short to be a name (`各区、市政府`,
    /// `区政府各委、办、局`), or parts that share the last one's ending (`济南、青岛、烟台市政府`).
    static func isCollective(_ s: some ScalarCollection, _ parts: [Range<Int>]) -> Bool {
        if parts.contains(where: { trimEtc(s, $0).count < minPart }) { return true }
        // `各有关区、县级市`: a group of one level, then other levels alone.
        if let first = parts.first, OrgRules.groupPrefixes.match(s, at: first.lowerBound) != nil,
           parts.dropFirst().allSatisfy({ OrgRules.isAdminLevel(s, trimEtc(s, $0)) }) { return true }
        let named = parts.map { OrgRules.looksLikeName(s, trimEtc(s, $0)) }
        return named.last == true && named.dropLast().allSatisfy { !$0 }
    }

    /// `省财政厅和各州、市人民政府`: a `和` after a name and before a group word (`各`, `相关`) ends one
    /// list and opens another, so the `、` after it is judged within the collective it starts
    /// (`各州、市人民政府` stays whole).
    static func splitBeforeGroup(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        var depth = 0, partStart = r.lowerBound
        for i in r {
            let c = s[i]
            nest(c, &depth)
            guard depth == 0 else { continue }
            if weakSeparators.contains(c) { partStart = i + 1; continue }
            guard let w = conjunctions.match(s, at: i), OrgRules.groupPrefixes.match(s, at: i + w.count) != nil else { continue }
            let name = partStart..<i
            if name.count >= minPart, OrgRules.looksLikeName(s, name) {
                return [r.lowerBound..<i] + splitBeforeGroup(s, (i + w.count)..<r.upperBound)
            }
        }
        return [r]
    }

    /// `县农业农村局和县水利局` splits; `发展和改革委员会` does not, since `发展` is not a name.
    static func splitConjunction(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        var i = r.lowerBound + 2
        while i < r.upperBound - 2 {
            if let w = conjunctions.match(s, at: i) {
                let left = r.lowerBound..<i, right = (i + w.count)..<r.upperBound
                if left.count >= minPart, right.count >= minPart, OrgRules.looksLikeName(s, left), OrgRules.looksLikeName(s, right) {
                    return [left] + splitConjunction(s, right)
                }
            }
            i += 1
        }
        return [r]
    }

    /// Levels that open a unit's name; one right after a complete name starts the next.
    static let levelStarts: ScalarSet = ["省", "市", "区", "县"]
    /// Words that begin with a level's character but are no level (`市场监督管理局`).
    static let notLevels = WordList(["市场", "区域", "县域", "市域", "省域"])

    /// Names a converter ran together when it dropped the line breaks of a table cell
    /// (`区住建局区市场监管局`): a complete name, then one opening with its level. `市公安局平川分局`
    /// (a branch), `市委市政府` (too short a first part) and `各县（市、区）市场监督管理局` (a collective
    /// before a name) stay whole.
    static func splitRunTogether(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        guard r.count >= 2 * minPart else { return [r] }
        for i in (r.lowerBound + minPart)...(r.upperBound - minPart)
        where levelStarts.contains(s[i]) && notLevels.match(s, at: i) == nil && !CharClass.isCloser(s[i - 1]) {
            let left = r.lowerBound..<i, right = i..<r.upperBound
            if OrgRules.looksLikeName(s, left), OrgRules.looksLikeName(s, right) { return [left] + splitRunTogether(s, right) }
        }
        return [r]
    }

    static func trimEtc(_ s: some ScalarCollection, _ r: Range<Int>) -> Range<Int> {
        var hi = r.upperBound
        var lo = r.lowerBound
        while lo < hi, CharClass.isSpace(s[lo]) || s[lo] == "：" || s[lo] == ":" { lo += 1 }
        while hi > lo, CharClass.isSpace(s[hi - 1]) || s[hi - 1] == "。" || s[hi - 1] == "." { hi -= 1 }
        // A gloss after the name (`相关区人民政府〈含开发区、风景区管委会，下同〉`) is no part of it.
        if hi - lo > 4, CharClass.isCloser(s[hi - 1]), let open = (lo..<(hi - 1)).last(where: { CharClass.closer(for: s[$0]) == s[hi - 1] }),
           open - lo >= minPart, open + 1 < hi, glossOpeners.match(s, at: open + 1) != nil || s[(open + 1)..<hi].contains("下") && s[(open + 1)..<hi].contains("同") {
            hi = open
        }
        if let w = trailingEtc.suffix(s, endingAt: hi, from: lo + 1) {
            hi -= w.count
        } else if hi - lo > 4, let k = (max(lo + 2, hi - maxGroupTail)..<hi).last(where: { s[$0] == "等" }), groupTails.suffix(s, endingAt: hi, from: k + 1) != nil {
            // `执法应急局等区直部门`, `区经济发展局等区预防办成员单位`: the group after 等 is not a unit.
            hi = k
        }
        return lo..<hi
    }

    /// Follows bracket depth across `c` (quotation marks are not brackets here: a name may hold them).
    @inline(__always)
    static func nest(_ c: Unicode.Scalar, _ depth: inout Int) {
        if CharClass.closer(for: c) != nil && c != "“" { depth += 1 } else if CharClass.isCloser(c) && c != "”" { depth = max(0, depth - 1) }
    }

    /// Splits on separators at bracket depth 0.
    static func pieces(_ s: some ScalarCollection, _ r: Range<Int>, _ separators: ScalarSet) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var depth = 0
        var start = r.lowerBound
        for i in r {
            let c = s[i]
            nest(c, &depth)
            if depth == 0, separators.contains(c) {
                if i > start { out.append(start..<i) }
                start = i + 1
            }
        }
        if start < r.upperBound { out.append(start..<r.upperBound) }
        return out
    }
}
