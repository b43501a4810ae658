/// 单位名称繁简不一: a unit assigned tasks under two forms, one the other with a place before it
/// (`市生态环境局乡宁分局` / `临汾市生态环境局乡宁分局`). The unit index then lists one unit twice.
/// Not flagged: a group (`各乡镇人民政府` / `乡镇人民政府`), a sub-unit (`县公安局交警大队`),
/// a bare kind of organ (`人民政府`), and the customary short forms of 抄送 lists.
enum UnitVariantRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.unitVariant]
    static let minShort = 3
    /// Longer "names" are sentences the splitter could not cut; they are left out, which also keeps
    /// the endings looked up below few.
    static let maxName = 64

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        let units = UnitOccurrences(notice, header: false)
        var out: [Diagnostic] = []
        for (short, longs) in pairs(units.names) {
            for long in longs where long.hasSuffix(short) {
                guard isPlacePrefix(String(long.unicodeScalars.dropLast(short.unicodeScalars.count)), before: short),
                      let a = units.first(short), let b = units.first(long) else { continue }
                out.append(DiagnosticCode.unitVariant.make(
                    "同一单位在本文中有两种写法：“\(short)”（\(units.count(short))处）和“\(long)”（\(units.count(long))处）",
                    span: a, labels: [.init(message: "较短的写法", span: a), .init(message: "较完整的写法", span: b)],
                    notes: ["单位索引会把它们列为两个单位；如确为同一单位，请统一写法"]))
            }
        }
        return out
    }

    /// Each named unit (in order) with the longer names (in order) that end with it. Named units are
    /// grouped by their last `minShort` scalars, so a name is compared only with the few units that
    /// end as it does: no pair of unrelated names is compared and no string is made for an ending.
    static func pairs(_ names: [String]) -> [(String, [String])] {
        let scalars = names.map { Array($0.unicodeScalars) }
        var byEnding: [UInt64: [Int]] = [:]
        for (i, s) in scalars.enumerated() where isNamed(names[i]) { byEnding[ending(s), default: []].append(i) }
        var longer = [[String]](repeating: [], count: names.count)
        for (j, s) in scalars.enumerated() where s.count <= maxName && s.count > minShort {
            for i in byEnding[ending(s)] ?? [] where scalars[i].count < s.count && s.reversed().starts(with: scalars[i].reversed()) {
                longer[i].append(names[j])
            }
        }
        return names.indices.compactMap { longer[$0].isEmpty ? nil : (names[$0], longer[$0]) }
    }

    /// The last `minShort` scalars of a name (at least that long) packed into one key, 21 bits each.
    private static func ending(_ s: [Unicode.Scalar]) -> UInt64 {
        s.suffix(minShort).reduce(0) { $0 << 21 | UInt64($1.value) }
    }

    /// A name of one organ, long enough to be more than a kind of organ.
    static func isNamed(_ name: String) -> Bool {
        name.unicodeScalars.count >= minShort && !ValidationWords.genericNames.contains(name) && OrgRules.looksLikeName(name)
    }

    /// `临汾` before `市…`, `乡宁县` before `公安局`: a place, not a group word (`各`, `相关`).
    static func isPlacePrefix(_ prefix: String, before short: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard !p.isEmpty, p.allSatisfy(CharClass.isHan), OrgRules.groupPrefixes.match(p, at: 0) == nil,
              let first = short.unicodeScalars.first else { return false }
        return ValidationWords.placeEndings.contains(p.last!) || ValidationWords.placeEndings.contains(first)
    }
}
