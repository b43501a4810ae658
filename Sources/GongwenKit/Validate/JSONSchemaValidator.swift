import Foundation

/// JSON Schema 校验: a validator for exactly the draft 2020-12 keywords gongwen's schema uses
/// ($ref into $defs, type, properties, required, additionalProperties, items, enum, pattern,
/// minimum, oneOf, const). It refuses a schema with any other keyword rather than ignore it, and
/// reports every problem with the JSON pointer of the value it concerns.
public final class JSONSchemaValidator: @unchecked Sendable {
    /// One problem: the JSON pointer of the value (RFC 6901; "" is the whole document) and what is wrong.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var pointer: String
        public var message: String
        public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
    }

    /// A schema this validator cannot apply faithfully.
    public struct SchemaError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Keywords that constrain, and the annotations that are read but never constrain.
    public static let keywords: Set<String> = ["$ref", "$defs", "type", "properties", "required", "additionalProperties",
                                                "items", "enum", "pattern", "minimum", "oneOf", "const"]
    public static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$comment"]

    /// The schema compiled: every keyword read once, every `$ref` resolved to its node.
    private let root: SchemaNode

    public init(schema: JSONValue) throws {
        var regexes: [String: NSRegularExpression] = [:]
        try Self.check(schema, at: "#", root: schema, regexes: &regexes)
        var refs: [String: SchemaNode] = [:]
        root = SchemaNode.compile(schema, root: schema, regexes: regexes, refs: &refs)
    }

    /// Every problem, in the order of their pointers' steps (keys sorted, items by index; a value's
    /// own problems before those inside it), so the same document always lists them alike.
    public func validate(_ instance: JSONValue) -> [Problem] {
        var walk = Walk()
        evaluate(root, instance, &walk)
        return JSONPath.problems(walk.out)
    }

    /// Where the check is (the path to the value, made into a JSON pointer only for a problem) and
    /// what it has found.
    private struct Walk {
        var path: [JSONPath.Step] = []
        var out: [JSONPath.Found] = []

        mutating func problem(_ message: String) { out.append(.init(path: path, message: message)) }
    }

    /// Walks the schema: only known keywords, resolvable references, patterns that compile.
    private static func check(_ s: JSONValue, at path: String, root: JSONValue, regexes: inout [String: NSRegularExpression]) throws {
        if case .bool = s { return }
        guard let o = s.objectValue else { throw SchemaError(description: "\(path): a schema must be an object or a boolean") }
        for k in o.keys.sorted() {
            let v = o[k]!
            guard keywords.contains(k) || annotations.contains(k) else { throw SchemaError(description: "\(path): unsupported keyword \(k)") }
            switch k {
            case "$ref":
                guard let ref = v.stringValue, resolve(ref, in: root) != nil else { throw SchemaError(description: "\(path): cannot resolve $ref \(v.brief)") }
            case "pattern":
                guard let p = v.stringValue, let re = try? NSRegularExpression(pattern: icuPattern(p)) else { throw SchemaError(description: "\(path): bad pattern \(v.brief)") }
                regexes[p] = re
            case "properties", "$defs":
                for (name, sub) in (v.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) { try check(sub, at: "\(path)/\(k)/\(name)", root: root, regexes: &regexes) }
            case "items", "additionalProperties":
                try check(v, at: "\(path)/\(k)", root: root, regexes: &regexes)
            case "oneOf":
                for (n, sub) in (v.arrayValue ?? []).enumerated() { try check(sub, at: "\(path)/oneOf/\(n)", root: root, regexes: &regexes) }
            default: break
            }
        }
    }

    /// ECMA-262 `$` (without the m flag) matches only at the very end; ICU's also before a final line break.
    static func icuPattern(_ p: String) -> String {
        p.hasSuffix("$") && !p.hasSuffix("\\$") ? String(p.dropLast()) + "\\z" : p
    }

    /// A `#/…` JSON pointer into the schema.
    static func resolve(_ ref: String, in root: JSONValue) -> JSONValue? {
        guard ref.hasPrefix("#") else { return nil }
        var node = root
        for token in ref.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    private func evaluate(_ s: SchemaNode, _ value: JSONValue, _ walk: inout Walk) {
        if let allowed = s.allows {
            if !allowed { walk.problem("no value is allowed here") }
            return
        }
        if let target = s.ref { evaluate(target, value, &walk) }
        if let types = s.types, !Self.matches(types, value) {
            walk.problem("expected \(Self.typeWords(types)), found \(value.brief)")
            return
        }
        if let c = s.constant, !c.sameValue(as: value) { walk.problem("must be \(c.brief), found \(value.brief)") }
        if let e = s.enumeration, !e.contains(where: { $0.sameValue(as: value) }) {
            walk.problem("\(value.brief) is not one of: " + e.map { $0.stringValue ?? $0.brief }.joined(separator: ", "))
        }
        if let (p, re) = s.pattern, case .string(let text) = value,
           re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            let what = s.title.map { "is not a valid \($0)" } ?? "does not match"
            walk.problem("\(value.brief) \(what) (pattern \(p))")
        }
        if let m = s.minimum, let d = value.numberValue, d < m {
            walk.problem("\(value.brief) is less than the minimum \(JSONValue.double(m).brief)")
        }
        if case .object(let object) = value { evaluateObject(s, object, &walk) }
        if let items = s.items, case .array(let array) = value {
            for (n, v) in array.enumerated() {
                walk.path.append(.index(n))
                evaluate(items, v, &walk)
                walk.path.removeLast()
            }
        }
        if let branches = s.oneOf { evaluateOneOf(branches, value, &walk) }
    }

    private func evaluateObject(_ s: SchemaNode, _ object: [String: JSONValue], _ walk: inout Walk) {
        for name in s.required where object[name] == nil {
            let term = s.terms[name].map { " (\($0))" } ?? ""
            walk.problem("missing required field \"\(name)\"\(term)")
        }
        for (key, v) in object {
            walk.path.append(.key(key))
            if let p = s.properties[key] {
                evaluate(p, v, &walk)
            } else if let extra = s.additional {
                if extra.allows == false { walk.problem("unknown field \"\(key)\"") } else { evaluate(extra, v, &walk) }
            }
            walk.path.removeLast()
        }
    }

    /// Exactly one branch must hold. When none does, the problems of the one branch whose type fits are the useful ones.
    private func evaluateOneOf(_ branches: [SchemaNode], _ value: JSONValue, _ walk: inout Walk) {
        let results = branches.map { b -> [JSONPath.Found] in
            var w = Walk(path: walk.path)
            evaluate(b, value, &w)
            return w.out
        }
        let passing = results.filter(\.isEmpty).count
        if passing == 1 { return }
        if passing > 1 { walk.problem("matches more than one of the allowed forms"); return }
        let fitting = branches.indices.filter { k in branches[k].branchTypes.map { Self.matches($0, value) } ?? true }
        if fitting.count == 1 { walk.out += results[fitting[0]]; return }
        let forms = branches.compactMap { $0.branchTypes.map(Self.typeWords) }.joined(separator: " or ")
        walk.problem("expected \(forms.isEmpty ? "one of the allowed forms" : forms), found \(value.brief)")
    }

    static func matches(_ names: [String], _ value: JSONValue) -> Bool {
        let actual = value.schemaType
        return names.contains(actual) || (actual == "integer" && names.contains("number"))
    }

    static func typeWords(_ names: [String]) -> String {
        let words = ["object": "an object", "array": "an array", "string": "a string", "integer": "an integer",
                     "number": "a number", "boolean": "true or false", "null": "null"]
        return names.map { words[$0] ?? $0 }.joined(separator: " or ")
    }

    /// The Chinese term a property's description starts with (`出处: …` gives 出处).
    static func term(_ property: JSONValue) -> String? {
        guard let d = property["description"]?.stringValue, let colon = d.firstIndex(of: ":") else { return nil }
        let t = d[..<colon]
        return t.count <= 16 ? String(t) : nil
    }
}
