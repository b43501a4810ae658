extension EvalScorer {
    /// Citations by normalized title (a gold title given twice counts once, with its last entry; a predicted
    /// one with its first), then each gold `docNumber` and `standard` against the same citation's.
    mutating func citations(_ gold: JSONValue, _ pred: JSONValue) {
        var goldTitles: [String] = [], goldByTitle: [String: JSONValue] = [:]
        for c in PythonView.iterate(gold["citations"]) {
            let title = norm(c["title"])
            if goldByTitle[title] == nil { goldTitles.append(title) }
            goldByTitle[title] = c
        }
        var predTitles: [String] = [], predByTitle: [String: JSONValue] = [:]
        for c in PythonView.iterate(PythonView.or(pred["citations"], .array([]))) {
            let title = norm(c["title"])
            if predByTitle[title] == nil { predTitles.append(title); predByTitle[title] = c }
        }
        scores[.citations].add(goldTitles, predTitles)
        for title in goldTitles {
            let gc = goldByTitle[title]!, pc = predByTitle[title] ?? .object([:])
            for key in ["docNumber", "standard"] where PythonView.truthy(gc[key]) {
                scores[.citationRefs].add([norm(gc[key])], PythonView.truthy(pc[key]) ? [norm(pc[key])] : [])
            }
            if predByTitle[title] == nil { mismatches.append("citation missed: \(title)") }
        }
    }

    /// Each gold header element against the predicted one: lists as multisets, dates (`…Date`) on their
    /// first 10 characters, other values as one normalized string.
    mutating func header(_ gold: JSONValue, _ pred: JSONValue) {
        guard case .object(let gh)? = PythonView.or(gold["header"], .object([:])) else { return }
        let ph = PythonView.or(pred["header"], .object([:]))
        for key in gh.keys.sorted() {
            let gv = gh[key]!, pv = ph?[key]
            if case .array(let items) = gv {
                scores[.header].add(items.map { norm($0) }, PythonView.iterate(PythonView.or(pv, .array([]))).map { norm($0) })
                continue
            }
            var g = gv, p = pv
            if key.hasSuffix("Date") {
                g = .string(first10(PythonView.str(gv)))
                p = PythonView.truthy(pv) ? .string(first10(PythonView.str(pv))) : nil
            }
            scores[.header].add([norm(g)], PythonView.truthy(p) ? [norm(p)] : [])
            if norm(g) != norm(p) { mismatches.append("header \(key): gold \(PythonView.repr(gv)) got \(PythonView.repr(pv))") }
        }
    }

    func first10(_ s: String) -> String { String(String.UnicodeScalarView(s.unicodeScalars.prefix(10))) }
}
