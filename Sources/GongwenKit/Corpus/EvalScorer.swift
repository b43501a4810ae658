/// 评分: scores one prediction (gongwen's JSON) against one gold annotation, field by field, exactly as
/// score.py's `score()` does: documents by normalized title; each gold document's tasks against the
/// predicted document of the same title (else the same position), aligned on their numbers by longest
/// matching blocks; units, dates and schedules per aligned task; citations by title; header key by key.
public struct EvalScorer {
    public let strict: Bool
    var scores = EvalScores()
    /// What did not match, one line each, for `--verbose`.
    var mismatches: [String] = []

    public init(strict: Bool = false) { self.strict = strict }

    public static func score(gold: JSONValue, predicted: JSONValue, strict: Bool = false) -> (EvalScores, [String]) {
        var s = EvalScorer(strict: strict)
        s.documents(gold, predicted)
        s.citations(gold, predicted)
        s.header(gold, predicted)
        return (s.scores, s.mismatches)
    }

    func norm(_ v: JSONValue?) -> String { PythonText.norm(v, strict: strict) }

    mutating func documents(_ gold: JSONValue, _ pred: JSONValue) {
        let gdocs = PythonView.iterate(gold["documents"])
        let pdocs = PythonView.iterate(PythonView.or(pred["documents"], .array([])))
        scores[.documents].add(gdocs.map { norm($0["title"]) }, pdocs.map { norm($0["title"]) })
        for (i, gdoc) in gdocs.enumerated() {
            let title = norm(gdoc["title"])
            let pdoc = pdocs.first { norm($0["title"]) == title } ?? (i < pdocs.count ? pdocs[i] : nil)
            let ptasks = PythonView.iterate(PythonView.or(PythonView.or(pdoc, .object([:]))?["tasks"], .array([])))
                .filter { if case .object = $0 { return true } else { return false } }
            let gtasks = PythonView.iterate(gdoc["tasks"])
            let pairs = MatchingBlocks.pairs(gtasks.map { PythonView.int($0["number"]) }, ptasks.map { PythonView.int($0["number"]) })
            scores[.tasks].merge(EvalTally(tp: pairs.count, fp: ptasks.count - pairs.count, fn: gtasks.count - pairs.count))
            var matched: [Int: Int] = [:]
            for (p, g) in pairs { matched[g] = p }
            for (k, gtask) in gtasks.enumerated() {
                task(gtask, matched[k].map { ptasks[$0] } ?? .object([:]), label: "doc \(i + 1) task \(k + 1)(\(PythonView.str(gtask["number"])))")
            }
        }
    }

    mutating func task(_ g: JSONValue, _ p: JSONValue, label: String) {
        scores[.headings].add(PythonView.truthy(g["heading"]) ? [norm(g["heading"])] : [],
                              PythonView.truthy(p["heading"]) ? [norm(p["heading"])] : [])
        let gunits = PythonView.or(g["units"], .object([:])), punits = PythonView.or(p["units"], .object([:]))
        var anyGold = Set<String>(), anyPredicted = Set<String>()
        for role in [EvalField.lead, .support, .responsible] {
            let gn = names(gunits?[role.rawValue]), pn = names(punits?[role.rawValue])
            scores[role].add(gn, pn)
            anyGold.formUnion(gn)
            anyPredicted.formUnion(pn)
            note(label, role.rawValue, gn, pn)
        }
        scores[.unitsAnyRole].add(Array(anyGold), Array(anyPredicted))
        for field in [EvalField.deadlines, .starts] {
            let gd = dates(g[field.rawValue]), pd = dates(p[field.rawValue])
            scores[field].add(gd, pd)
            note(label, field.rawValue, gd, pd)
        }
        let gr = recurring(g["recurring"]), pr = recurring(p["recurring"])
        scores[.recurring].add(gr, pr)
        note(label, "recurring", gr, pr)
    }

    /// Unit entries (strings, or objects with a `name`) as normalized names.
    func names(_ v: JSONValue?) -> [String] {
        guard PythonView.truthy(v) else { return [] }
        return PythonView.iterate(v).map { item in
            if case .object = item { return norm(PythonView.or(item["name"], item["text"], .string(""))) }
            return norm(item)
        }.filter { !$0.isEmpty }
    }

    /// ISO dates (the first 10 characters) of date entries (strings, or objects with a `date` or `value`).
    func dates(_ v: JSONValue?) -> [String] {
        PythonView.iterate(PythonView.or(v, .array([]))).map { item in
            if case .object = item { return PythonView.str(PythonView.or(item["date"], item["date"], item["value"], .string(""))) }
            return PythonView.str(item)
        }.filter { !$0.isEmpty }.map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(10))) }
    }

    /// Schedules (strings, or objects with a `text` or `frequency`) as normalized text.
    func recurring(_ v: JSONValue?) -> [String] {
        PythonView.iterate(PythonView.or(v, .array([]))).map { item in
            if case .object = item { return norm(PythonView.or(item["text"], item["frequency"], .string(""))) }
            return norm(item)
        }.filter { !$0.isEmpty }
    }

    mutating func note(_ label: String, _ field: String, _ gold: [String], _ predicted: [String]) {
        if gold.sorted() != predicted.sorted() { mismatches.append("\(label) \(field): gold \(gold) got \(predicted)") }
    }
}
