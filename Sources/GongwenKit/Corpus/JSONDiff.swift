/// 差异: one difference between an expected and an actual output, at a location (a JSON pointer, an XML path).
public struct Difference: Hashable, Sendable {
    /// Which file of the notice differs: `json`, `xml`, `error.json`.
    public var artifact: String
    /// Where inside it: a JSON pointer such as `/documents/0/tasks/3/units/lead/0/name`, for XML a path such as
    /// `/notice/documents/document/tasks/task[4]/units/unit[1]/@role` (`""` for the whole document).
    public var location: String
    /// The expected value as compact text; nil when the expected side has nothing there.
    public var expected: String?
    /// The actual value as compact text; nil when the actual side has nothing there.
    public var actual: String?

    public init(artifact: String, location: String, expected: String?, actual: String?) {
        self.artifact = artifact
        self.location = location
        self.expected = expected
        self.actual = actual
    }
}

/// 结构比较: walks two JSON documents together and lists every place where they differ, by JSON pointer.
/// Object members are compared by key (order does not matter); arrays are aligned on their equal
/// elements first, so one inserted task shows as one addition rather than a change to every later task.
public enum JSONDiff {
    public static func diff(_ expected: JSONValue, _ actual: JSONValue, artifact: String = "json") -> [Difference] {
        var out: [Difference] = []
        walk(expected, actual, "", artifact, &out)
        return out
    }

    static func walk(_ e: JSONValue, _ a: JSONValue, _ at: String, _ artifact: String, _ out: inout [Difference]) {
        switch (e, a) {
        case (.object(let em), .object(let am)):
            for key in Set(em.keys).union(am.keys).sorted() {
                let here = at + "/" + JSONText.pointerToken(key)
                switch (em[key], am[key]) {
                case let (x?, y?): walk(x, y, here, artifact, &out)
                case let (x?, nil): out.append(Difference(artifact: artifact, location: here, expected: JSONText.compact(x), actual: nil))
                case let (nil, y?): out.append(Difference(artifact: artifact, location: here, expected: nil, actual: JSONText.compact(y)))
                case (nil, nil): break
                }
            }
        case (.array(let ea), .array(let aa)):
            array(ea, aa, at, artifact, &out)
        default:
            if e != a, !sameNumber(e, a) {
                out.append(Difference(artifact: artifact, location: at, expected: JSONText.compact(e), actual: JSONText.compact(a)))
            }
        }
    }

    /// Aligns two arrays on their matching blocks; between blocks, elements are compared pairwise and
    /// the surplus is reported as removed (at its expected index) or added (at its actual index).
    static func array(_ e: [JSONValue], _ a: [JSONValue], _ at: String, _ artifact: String, _ out: inout [Difference]) {
        var i = 0, j = 0
        for block in MatchingBlocks.of(e, a) + [MatchingBlocks.Block(a: e.count, b: a.count, size: 0)] {
            let paired = min(block.a - i, block.b - j)
            for k in 0..<paired { walk(e[i + k], a[j + k], at + "/\(i + k)", artifact, &out) }
            for k in (i + paired)..<block.a {
                out.append(Difference(artifact: artifact, location: at + "/\(k)", expected: JSONText.compact(e[k]), actual: nil))
            }
            for k in (j + paired)..<block.b {
                out.append(Difference(artifact: artifact, location: at + "/\(k)", expected: nil, actual: JSONText.compact(a[k])))
            }
            i = block.a + block.size
            j = block.b + block.size
        }
    }

    static func sameNumber(_ e: JSONValue, _ a: JSONValue) -> Bool {
        switch (e, a) {
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
        default: return false
        }
    }
}
