/// XML 结构比较: walks two parsed XML documents together and lists every place where they differ, by an
/// XPath-like path (`/notice/documents/document/tasks/task[3]/units/unit[2]/@role`; a step has its
/// position among same-named siblings when the name repeats). Attributes are compared by name, text as
/// it is; child elements are aligned on their equal elements first, as `JSONDiff` aligns arrays, then
/// the rest on their names, so one task more shows as one addition and not as a change to every later task.
public enum XMLDiff {
    public static func diff(_ expected: XMLValue, _ actual: XMLValue, artifact: String = "xml") -> [Difference] {
        guard expected.name == actual.name else {
            return [Difference(artifact: artifact, location: "/", expected: expected.compact(), actual: actual.compact())]
        }
        var out: [Difference] = []
        walk(expected, actual, "/" + expected.name, artifact, &out)
        return out
    }

    /// Two elements of the same name at `at`: their attributes, their text, then their children.
    static func walk(_ e: XMLValue, _ a: XMLValue, _ at: String, _ artifact: String, _ out: inout [Difference]) {
        guard e != a else { return }
        let ea = Dictionary(e.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { x, _ in x })
        let aa = Dictionary(a.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { x, _ in x })
        for name in Set(ea.keys).union(aa.keys).sorted() where ea[name] != aa[name] {
            out.append(Difference(artifact: artifact, location: at + "/@" + name, expected: ea[name].map(quote), actual: aa[name].map(quote)))
        }
        if e.text != a.text {
            out.append(Difference(artifact: artifact, location: at + "/text()", expected: quote(e.text), actual: quote(a.text)))
        }
        children(e.children, a.children, at, artifact, &out)
    }

    /// Aligns two lists of children on their matching blocks; in each gap between blocks, aligns them again
    /// on their names: same-named elements are walked pairwise, the others reported as removed (at their
    /// expected path) or added (at their actual path).
    static func children(_ e: [XMLValue], _ a: [XMLValue], _ at: String, _ artifact: String, _ out: inout [Difference]) {
        let (ePaths, aPaths) = paths(e, a, at)
        var i = 0, j = 0
        for block in MatchingBlocks.of(e, a) + [MatchingBlocks.Block(a: e.count, b: a.count, size: 0)] {
            let eNames = e[i..<block.a].map(\.name), aNames = a[j..<block.b].map(\.name)
            var x = i, y = j
            for byName in MatchingBlocks.of(eNames, aNames) + [MatchingBlocks.Block(a: eNames.count, b: aNames.count, size: 0)] {
                for k in x..<(i + byName.a) {
                    out.append(Difference(artifact: artifact, location: ePaths[k], expected: e[k].compact(), actual: nil))
                }
                for k in y..<(j + byName.b) {
                    out.append(Difference(artifact: artifact, location: aPaths[k], expected: nil, actual: a[k].compact()))
                }
                for k in 0..<byName.size { walk(e[i + byName.a + k], a[j + byName.b + k], ePaths[i + byName.a + k], artifact, &out) }
                x = i + byName.a + byName.size
                y = j + byName.b + byName.size
            }
            i = block.a + block.size
            j = block.b + block.size
        }
    }

    /// The path of every child on each side: `name`, or `name[k]` (k from 1 among its same-named
    /// siblings) when either side has more than one child of that name.
    static func paths(_ e: [XMLValue], _ a: [XMLValue], _ at: String) -> ([String], [String]) {
        var repeated: Set<String> = []
        for side in [e, a] {
            var seen: Set<String> = []
            for c in side where !seen.insert(c.name).inserted { repeated.insert(c.name) }
        }
        func steps(_ side: [XMLValue]) -> [String] {
            var count: [String: Int] = [:]
            return side.map { c in
                count[c.name, default: 0] += 1
                return at + "/" + c.name + (repeated.contains(c.name) ? "[\(count[c.name]!)]" : "")
            }
        }
        return (steps(e), steps(a))
    }

    /// A text or attribute value as a JSON string, so quotes, line breaks and white space are visible.
    static func quote(_ s: String) -> String { JSONText.compact(.string(s)) }
}
