/// 出处检查: what the schemas cannot say about spans: a span ends no earlier than it starts and
/// no later than the source's last character, its numbers fit the 32 bits gongwen keeps them in,
/// and (in XML, where a diagnostic's span is three optional attributes) start, end and line come together.
public enum SpanSanity {
    /// Every bad span of a JSON document, by JSON pointer, in the order of their paths (keys sorted,
    /// items by index). Works on any shape: a span is an object with integer start and end.
    public static func check(json: JSONValue) -> [JSONSchemaValidator.Problem] {
        let characters = json["source"]?["characters"]?.numberValue
        var path: [JSONPath.Step] = []
        var found: [JSONPath.Found] = []
        func visit(_ v: JSONValue) {
            switch v {
            case .object(let o):
                if let s = o["start"]?.numberValue, let e = o["end"]?.numberValue, let m = problem(s, e, o["line"]?.numberValue, characters) {
                    found.append(.init(path: path, message: m))
                }
                for (k, child) in o {
                    path.append(.key(k))
                    visit(child)
                    path.removeLast()
                }
            case .array(let a):
                for (n, child) in a.enumerated() {
                    path.append(.index(n))
                    visit(child)
                    path.removeLast()
                }
            default: break
            }
        }
        visit(json)
        return JSONPath.problems(found)
    }

    /// Every bad span of an XML document, by line: elements with start and end attributes.
    public static func check(xml root: XMLTree) -> [LibXML.Problem] {
        let characters = XSDInteger.value(root.children.first { $0.name == "source" }?[attribute: "characters"])
        var out: [LibXML.Problem] = []
        root.forEachElement { e in
            let (start, end, line) = (e[attribute: "start"], e[attribute: "end"], e[attribute: "line"])
            let given = [start, end, line].count { $0 != nil }
            if given != 0 && given != 3 {
                out.append(.init(line: e.line, message: "element \(e.name): a span needs start, end and line together"))
            }
            guard let s = XSDInteger.value(start), let en = XSDInteger.value(end) else { return }
            if let m = problem(s, en, XSDInteger.value(line), characters) { out.append(.init(line: e.line, message: "element \(e.name): \(m)")) }
        }
        return out
    }

    /// What is wrong with one span, if anything.
    static func problem(_ start: Double, _ end: Double, _ line: Double?, _ characters: Double?) -> String? {
        func n(_ d: Double) -> String { JSONValue.double(d).brief }
        if end < start { return "the span ends (\(n(end))) before it starts (\(n(start)))" }
        if let characters, end > characters { return "the span ends at \(n(end)), past the end of the source (\(n(characters)) characters)" }
        // Read back, a larger one could not be held (`SourceSpan` keeps 32 bits).
        if let big = [start, end, line ?? 0].first(where: { $0 > Double(Int32.max) }) {
            return "\(n(big)) is past 2147483647, the largest offset or line a span can have"
        }
        return nil
    }
}
