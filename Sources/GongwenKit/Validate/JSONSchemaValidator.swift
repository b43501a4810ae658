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

    private let root: JSONValue
    /// Patterns compiled once. NSRegularExpression may be used from several threads.
    private let regexes: [String: NSRegularExpression]
    /// Every `$ref` of the schema, resolved once.
    private let refs: [String: JSONValue]

    public init(schema: JSONValue) throws {
        root = schema
        var found: [String: NSRegularExpression] = [:]
        try Self.check(schema, at: "#", root: schema, regexes: &found)
        regexes = found
        var refs: [String: JSONValue] = [:]
        func collect(_ v: JSONValue) {
            switch v {
            case .object(let o):
                if let r = o["$ref"]?.stringValue { refs[r] = Self.resolve(r, in: schema) }
                o.values.forEach(collect)
            case .array(let a): a.forEach(collect)
            default: break
            }
        }
        collect(schema)
        self.refs = refs
    }

    public func validate(_ instance: JSONValue) -> [Problem] {
        var out: [Problem] = []
        evaluate(root, instance, "", &out)
        return out
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

    private func evaluate(_ schema: JSONValue, _ value: JSONValue, _ pointer: String, _ out: inout [Problem]) {
        if case .bool(let allowed) = schema {
            if !allowed { out.append(Problem(pointer: pointer, message: "no value is allowed here")) }
            return
        }
        guard let s = schema.objectValue else { return }
        if let ref = s["$ref"]?.stringValue, let target = refs[ref] { evaluate(target, value, pointer, &out) }
        if let t = s["type"], !Self.matches(type: t, value) {
            out.append(Problem(pointer: pointer, message: "expected \(Self.typeWords(t)), found \(value.brief)"))
            return
        }
        if let c = s["const"], !c.sameValue(as: value) { out.append(Problem(pointer: pointer, message: "must be \(c.brief), found \(value.brief)")) }
        if let e = s["enum"]?.arrayValue, !e.contains(where: { $0.sameValue(as: value) }) {
            out.append(Problem(pointer: pointer, message: "\(value.brief) is not one of: " + e.map { $0.stringValue ?? $0.brief }.joined(separator: ", ")))
        }
        if let p = s["pattern"]?.stringValue, let text = value.stringValue, let re = regexes[p],
           re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            let what = s["title"]?.stringValue.map { "is not a valid \($0)" } ?? "does not match"
            out.append(Problem(pointer: pointer, message: "\(value.brief) \(what) (pattern \(p))"))
        }
        if let m = s["minimum"]?.numberValue, let d = value.numberValue, d < m {
            out.append(Problem(pointer: pointer, message: "\(value.brief) is less than the minimum \(JSONValue.double(m).brief)"))
        }
        if let object = value.objectValue { evaluateObject(s, object, pointer, &out) }
        if let items = s["items"], let array = value.arrayValue {
            for (n, v) in array.enumerated() { evaluate(items, v, "\(pointer)/\(n)", &out) }
        }
        if let branches = s["oneOf"]?.arrayValue { evaluateOneOf(branches, value, pointer, &out) }
    }

    private func evaluateObject(_ s: [String: JSONValue], _ object: [String: JSONValue], _ pointer: String, _ out: inout [Problem]) {
        let properties = s["properties"]?.objectValue ?? [:]
        for case .string(let name) in s["required"]?.arrayValue ?? [] where object[name] == nil {
            let term = properties[name].flatMap(Self.term).map { " (\($0))" } ?? ""
            out.append(Problem(pointer: pointer, message: "missing required field \"\(name)\"\(term)"))
        }
        // Keys in sorted order, so the same document always gives its problems in the same order.
        for key in object.keys.sorted() {
            let v = object[key]!
            let child = "\(pointer)/\(Self.escape(key))"
            if let p = properties[key] {
                evaluate(p, v, child, &out)
            } else if let extra = s["additionalProperties"] {
                if extra == .bool(false) { out.append(Problem(pointer: child, message: "unknown field \"\(key)\"")) } else { evaluate(extra, v, child, &out) }
            }
        }
    }

    /// Exactly one branch must hold. When none does, the problems of the one branch whose type fits are the useful ones.
    private func evaluateOneOf(_ branches: [JSONValue], _ value: JSONValue, _ pointer: String, _ out: inout [Problem]) {
        let results = branches.map { b -> [Problem] in var p: [Problem] = []; evaluate(b, value, pointer, &p); return p }
        let passing = results.filter(\.isEmpty).count
        if passing == 1 { return }
        if passing > 1 { out.append(Problem(pointer: pointer, message: "matches more than one of the allowed forms")); return }
        let fitting = branches.indices.filter { k in branchType(branches[k]).map { Self.matches(type: $0, value) } ?? true }
        if fitting.count == 1 { out += results[fitting[0]]; return }
        let forms = branches.compactMap { branchType($0).map(Self.typeWords) }.joined(separator: " or ")
        out.append(Problem(pointer: pointer, message: "expected \(forms.isEmpty ? "one of the allowed forms" : forms), found \(value.brief)"))
    }

    /// The `type` a branch requires, following its `$ref`.
    private func branchType(_ b: JSONValue) -> JSONValue? {
        if let t = b["type"] { return t }
        return b["$ref"]?.stringValue.flatMap { refs[$0] }.flatMap(branchType)
    }

    static func matches(type: JSONValue, _ value: JSONValue) -> Bool {
        let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
        let actual = value.schemaType
        return names.contains(actual) || (actual == "integer" && names.contains("number"))
    }

    static func typeWords(_ type: JSONValue) -> String {
        let words = ["object": "an object", "array": "an array", "string": "a string", "integer": "an integer",
                     "number": "a number", "boolean": "true or false", "null": "null"]
        let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
        return names.map { words[$0] ?? $0 }.joined(separator: " or ")
    }

    /// The Chinese term a property's description starts with (`出处: …` gives 出处).
    static func term(_ property: JSONValue) -> String? {
        guard let d = property["description"]?.stringValue, let colon = d.firstIndex(of: ":") else { return nil }
        let t = d[..<colon]
        return t.count <= 16 ? String(t) : nil
    }

    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
