/// 出处检查: what the schemas cannot say about spans: a span ends no earlier than it starts and
/// no later than the source's last character, and (in XML, where a diagnostic's span is three
/// optional attributes) start, end and line come together.
public enum SpanSanity {
    /// Every bad span of a JSON document, by JSON pointer. Works on any shape: a span is an object
    /// with integer start and end.
    public static func check(json: JSONValue) -> [JSONSchemaValidator.Problem] {
        let characters = json["source"]?["characters"]?.numberValue.map { Int($0) }
        var out: [JSONSchemaValidator.Problem] = []
        func visit(_ v: JSONValue, _ pointer: String) {
            switch v {
            case .object(let o):
                if let s = o["start"]?.numberValue, let e = o["end"]?.numberValue, let m = problem(Int(s), Int(e), characters) {
                    out.append(.init(pointer: pointer, message: m))
                }
                for (k, child) in o.entries { visit(child, "\(pointer)/\(JSONSchemaValidator.escape(k))") }
            case .array(let a):
                for (n, child) in a.enumerated() { visit(child, "\(pointer)/\(n)") }
            default: break
            }
        }
        visit(json, "")
        return out
    }

    /// Every bad span of an XML document, by line: elements with start and end attributes.
    public static func check(xml root: XMLTree) -> [LibXML.Problem] {
        let characters = root.children.first { $0.name == "source" }?[attribute: "characters"].flatMap { Int($0) }
        var out: [LibXML.Problem] = []
        for e in root.allElements() {
            let parts = ["start", "end", "line"].map { e[attribute: $0] }
            if parts.contains(where: { $0 != nil }) && parts.contains(where: { $0 == nil }) {
                out.append(.init(line: e.line, message: "element \(e.name): a span needs start, end and line together"))
            }
            guard let s = parts[0].flatMap({ Int($0) }), let en = parts[1].flatMap({ Int($0) }) else { continue }
            if let m = problem(s, en, characters) { out.append(.init(line: e.line, message: "element \(e.name): \(m)")) }
        }
        return out
    }

    /// What is wrong with one span, if anything.
    static func problem(_ start: Int, _ end: Int, _ characters: Int?) -> String? {
        if end < start { return "the span ends (\(end)) before it starts (\(start))" }
        if let characters, end > characters { return "the span ends at \(end), past the end of the source (\(characters) characters)" }
        return nil
    }
}
