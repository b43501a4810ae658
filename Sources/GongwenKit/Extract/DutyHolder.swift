/// 职责分工条目: an item of a duties list opens with the units it is about, then a role verb says
/// what they do: `区文明办：负责将垃圾分类工作纳入…`, `（二）区财政局。负责对…把控`. The units take
/// that verb's role (`负责` lead, `配合` support). Without the verb right after them, the opening is
/// the item's title (`中国留学人员广州科技交流会。坚持…`) and assigns nothing.
enum DutyHolder {
    /// What ends the names: `区文明办：` or `区财政局。`.
    static let nameEnds: ScalarSet = ["：", ":", "。"]
    /// The names take at most this many characters (a list of several units).
    static let maxNamesLength = 60

    /// The units the paragraph `r` opens with, with the role the verb after them gives them.
    static func read(_ s: some ScalarCollection, _ r: Range<Int>) -> [UnitMention] {
        guard let end = r.prefix(maxNamesLength).first(where: { nameEnds.contains(s[$0]) }), end > r.lowerBound,
              let (_, role) = RoleRules.verbTable.match(s, at: end + 1),
              !RoleRules.verbWords.anyOccurs(in: s, r.lowerBound..<end), !RoleRules.labelWords.anyOccurs(in: s, r.lowerBound..<end) else { return [] }
        let names = NameSplitter.split(s, r.lowerBound..<end)
        guard !names.isEmpty, names.allSatisfy({ OrgRules.looksLikeName(s, $0) }) else { return [] }
        return names.map { UnitMention(role: role, range: $0) }
    }
}
