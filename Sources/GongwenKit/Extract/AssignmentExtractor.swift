/// 责任分工抽取: reads unit assignments from a task's text. An assignment is a bracket at the end of
/// a sentence or paragraph (`（牵头单位：X；配合单位：Y）`, `（X牵头，Y配合）`, `（X负责）`), or a
/// paragraph that is one (`责任单位：X`). Units in running prose are not assignments.
struct UnitMention: Hashable {
    let role: Role
    let range: Range<Int>
}

/// Reads the unit assignments of a task's paragraphs.
enum AssignmentExtractor {
    static let labelColons: ScalarSet = ["：", ":"]
    static let clauseSeparators: ScalarSet = ["，", ",", "；", ";", "。", " "]

    /// Every unit mention in the paragraph ranges of one task, in reading order.
    static func extract(_ s: some ScalarCollection, paragraphs: [Range<Int>]) -> [UnitMention] {
        // An item of a duties list names its units first: `区文明办：负责…`.
        var out = paragraphs.first.map { DutyHolder.read(s, $0) } ?? []
        for r in paragraphs {
            // A label opening the paragraph or a sentence of it: `…工作。责任单位：X、Y。`
            if let start = inlineLabel(s, r) {
                let bracketed = brackets(s, r.lowerBound..<start)
                for b in bracketed where isAssignment(s, b) { out += read(s, b) }
                out += read(s, start..<r.upperBound)
                continue
            }
            for b in brackets(s, r) {
                if isAssignment(s, b) {
                    out += read(s, b)
                } else if let names = bareUnitList(s, b, r) {
                    out += names.map { UnitMention(role: .responsible, range: $0) }
                }
            }
        }
        return out
    }

    /// A bracket of unit names alone after a sentence (`…保障能力。（省能源局、各市能源主管部门，有关油气企业）`)
    /// names the units responsible for it. Not one attached to a name (`区委宣传部（区文明办）`) nor inside a sentence.
    static func bareUnitList(_ s: some ScalarCollection, _ b: Range<Int>, _ r: Range<Int>) -> [Range<Int>]? {
        let open = b.lowerBound - 1
        guard b.count >= 3, open > r.lowerBound, sentenceEnds.contains(s[open - 1]),
              b.upperBound + 1 >= r.upperBound || sentenceEnds.contains(s[b.upperBound + 1]) || bracketOpeners.contains(s[b.upperBound + 1]),
              !RoleRules.verbWords.anyOccurs(in: s, b) else { return nil }
        let names = NameSplitter.split(s, b)
        return !names.isEmpty && names.allSatisfy({ OrgRules.looksLikeName(s, $0) }) ? names : nil
    }

    /// Where a sentence ends, before a bare list of units.
    static let sentenceEnds: ScalarSet = ["。", "；", ";"]

    /// Where a role label (`牵头单位：`) starts a paragraph or follows a sentence end at bracket depth 0.
    static func inlineLabel(_ s: some ScalarCollection, _ r: Range<Int>) -> Int? {
        var depth = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0, i == r.lowerBound || s[i - 1] == "。" || s[i - 1] == "；" || s[i - 1] == "）",
               let w = RoleRules.labelWords.match(s, at: i), i + w.count < r.upperBound, labelColons.contains(s[i + w.count]) {
                return i
            }
            i += 1
        }
        return nil
    }

    /// Whether bracket content `b` assigns units: it starts with a label, or ends with a role verb.
    static func isAssignment(_ s: some ScalarCollection, _ b: Range<Int>) -> Bool {
        guard b.count >= 3 else { return false }
        // A label at the start or after a separator: `（牵头单位：X）`, `（5月底完成，牵头考核单位：X）`.
        for i in b where i == b.lowerBound || clauseSeparators.contains(s[i - 1]) {
            if let label = RoleRules.labelWords.match(s, at: i), i + label.count < b.upperBound, labelColons.contains(s[i + label.count]) { return true }
        }
        var end = b.upperBound
        while end > b.lowerBound, s[end - 1] == "。" || s[end - 1] == "；" { end -= 1 }
        // It ends with a role verb, or opens with a clause that does (`（X牵头负责;各片区负责配合落实，以下…不再列出）`).
        let endsWithVerb = RoleRules.verbWords.suffix(s, endingAt: end, from: b.lowerBound) != nil
        // The first clause must name a unit: `（县发改局牵头）`, not `（由企业自行负责）`.
        guard let first = verbClauses(s, b.lowerBound..<end).first,
              endsWithVerb || !s[b.lowerBound..<first.names.lowerBound].contains(where: { clauseSeparators.contains($0) }) else { return false }
        return OrgRules.looksLikeName(s, first.names) || NameSplitter.split(s, first.names).contains { OrgRules.looksLikeName(s, $0) }
    }

    /// Reads labelled segments if there are any, else verb clauses.
    static func read(_ s: some ScalarCollection, _ b: Range<Int>) -> [UnitMention] {
        var labelled: [(Role, Int, Int)] = []
        var i = b.lowerBound
        while i < b.upperBound {
            if let (w, role) = RoleRules.labelTable.match(s, at: i), i + w.count < b.upperBound, labelColons.contains(s[i + w.count]) {
                // The names may stand in a bracket of their own (`责任单位：〔X、Y〕`).
                var start = i + w.count + 1
                while start < b.upperBound, bracketOpeners.contains(s[start]) { start += 1 }
                labelled.append((role, i, start))
                i += w.count + 1
                continue
            }
            i += 1
        }
        if !labelled.isEmpty {
            var out: [UnitMention] = []
            for (k, (role, _, contentStart)) in labelled.enumerated() {
                var end = k + 1 < labelled.count ? labelled[k + 1].1 : b.upperBound
                // Another label (`完成时限：`) or a sentence's end closes the list of names.
                if let other = otherLabel(s, contentStart..<end) { end = other }
                if let stop = (contentStart..<end).first(where: { s[$0] == "。" }) { end = stop }
                // A closer left over from `〔X、Y〕` (one the names did not open) is no part of the last name.
                var unopened = (contentStart..<end).reduce(0) { $0 + (bracketClosers.contains(s[$1]) ? 1 : bracketOpeners.contains(s[$1]) ? -1 : 0) }
                while unopened > 0, end > contentStart, bracketClosers.contains(s[end - 1]) { end -= 1; unopened -= 1 }
                end = withoutVerb(s, contentStart..<end).upperBound
                for n in NameSplitter.split(s, contentStart..<end) {
                    // A note after the names (`；各责任单位按职责分工负责，下同`) ends them; a verb after the
                    // last name of the list (`、省消防救援局按职责分工负责；各项任务…`) ends it after that name.
                    if RoleRules.notes.match(s, at: n.lowerBound) != nil { break }
                    if RoleRules.verbWords.suffix(s, endingAt: n.upperBound, from: n.lowerBound) != nil {
                        let name = withoutVerb(s, n)
                        if n.lowerBound > contentStart, NameSplitter.weakSeparators.contains(s[n.lowerBound - 1]), !name.isEmpty {
                            out.append(UnitMention(role: role, range: name))
                        }
                        break
                    }
                    // A long piece that names no unit is where the list ran into the text after it.
                    if n.count > NameSplitter.maxUnnamedPiece, !OrgRules.looksLikeName(s, n) { break }
                    out.append(UnitMention(role: role, range: n))
                }
            }
            return out
        }
        return verbClauses(s, b).flatMap { clause in
            NameSplitter.split(s, clause.names).map { UnitMention(role: clause.role, range: $0) }
        }
    }

    /// A labelled list of names without a role verb or modifier after it: `责任单位：X、Y按职责分工负责`
    /// and `责任单位：各相关职能部门按职责分工` name X and Y, and 各相关职能部门.
    static func withoutVerb(_ s: some ScalarCollection, _ r: Range<Int>) -> Range<Int> {
        var end = r.upperBound
        while end > r.lowerBound, s[end - 1] == "；" || s[end - 1] == ";" { end -= 1 }
        let trimmed = end
        let verb = RoleRules.verbWords.suffix(s, endingAt: end, from: r.lowerBound + 1)
        end -= verb?.count ?? 0
        while let m = RoleRules.modifiers.suffix(s, endingAt: end, from: r.lowerBound + 1) { end -= m.count }
        if verb == nil, end == trimmed { return r }
        return r.lowerBound..<end
    }

    /// The start of a label that is not a role (`完成时限：`, `时间节点：`) inside `r`: a short run of
    /// Han characters after a separator, followed by a colon.
    static func otherLabel(_ s: some ScalarCollection, _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound {
            if labelColons.contains(s[i]) {
                var k = i
                while k > r.lowerBound, CharClass.isHan(s[k - 1]), i - k < 6 { k -= 1 }
                if k < i, i - k >= 2, k == r.lowerBound || clauseSeparators.contains(s[k - 1]) { return k }
            }
            i += 1
        }
        return nil
    }

    /// One clause of a verb assignment: the names before `牵头`, `配合`, `负责`, with its role.
    struct Clause { let role: Role; let names: Range<Int> }

    /// `X牵头，Y配合` → [(lead, X), (support, Y)], with modifiers such as `等按职责分工` dropped.
    static func verbClauses(_ s: some ScalarCollection, _ b: Range<Int>) -> [Clause] {
        var out: [Clause] = []
        var start = b.lowerBound
        var i = b.lowerBound
        while i < b.upperBound {
            if let (w, role) = RoleRules.verbTable.match(s, at: i), i > start {
                let after = i + w.count
                // A verb ends a clause only at a separator or the end: `负责人` is not `负责`;
                // `X牵头负责、Y组织落实` separates its clauses with a `、`.
                if after == b.upperBound || clauseSeparators.contains(s[after]) || s[after] == "、" {
                    var end = i
                    while let m = RoleRules.modifiers.suffix(s, endingAt: end, from: start + 1) { end -= m.count }
                    var lo = start
                    while lo < end, clauseSeparators.contains(s[lo]) || s[lo] == "、" || s[lo] == "由" { lo += 1 }
                    if lo < end, !RoleRules.proseWords.anyOccurs(in: s, lo..<end) {
                        out.append(Clause(role: role, names: lo..<end))
                    }
                    start = after
                    i = after
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Brackets an assignment may stand in: `（牵头单位：…）`, and in some provinces `〔责任单位：…〕` or `【…】`.
    static let bracketOpeners: ScalarSet = ["（", "(", "〔", "【", "［"]
    static let bracketClosers: ScalarSet = ["）", ")", "〕", "】", "］"]

    /// Contents of the outermost brackets in `r` (any of `bracketOpeners`).
    static func brackets(_ s: some ScalarCollection, _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var depth = 0
        var open = 0
        for i in r {
            let c = s[i]
            if bracketOpeners.contains(c) {
                if depth == 0 { open = i + 1 }
                depth += 1
            } else if bracketClosers.contains(c) {
                if depth == 1 { out.append(open..<i) }
                depth = max(0, depth - 1)
            }
        }
        // A bracket left open to the paragraph's end (`（责任单位：〔X、Y负责〕`, its `）` forgotten) holds the rest.
        if depth > 0, open < r.upperBound { out.append(open..<r.upperBound) }
        return out
    }
}
