import Foundation

/// 编译后的模式节点: one schema of the JSON Schema document with its keywords read once into fields
/// (references resolved to nodes, patterns compiled), so checking a value looks nothing up by name.
final class SchemaNode: @unchecked Sendable {
    /// A boolean schema: `true` allows any value, `false` none. Nil for an object schema.
    var allows: Bool?
    var ref: SchemaNode?
    /// The type names `type` allows (`["string", "null"]`); nil when the schema has no `type`.
    var types: [String]?
    var constant: JSONValue?
    var enumeration: [JSONValue]?
    var pattern: (text: String, regex: NSRegularExpression)?
    var title: String?
    var minimum: Double?
    var properties: [String: SchemaNode] = [:]
    /// The Chinese term each property's description starts with, for a missing required field.
    var terms: [String: String] = [:]
    var required: [String] = []
    var additional: SchemaNode?
    var items: SchemaNode?
    var oneOf: [SchemaNode]?

    /// The types a branch requires, following its `$ref`.
    var branchTypes: [String]? { types ?? ref?.branchTypes }

    /// Compiles `schema`; `refs` maps each `$ref` to its node, made before it is filled, so a
    /// recursive reference (an outline item's children) ends at the node being compiled.
    static func compile(_ schema: JSONValue, root: JSONValue, regexes: [String: NSRegularExpression], refs: inout [String: SchemaNode]) -> SchemaNode {
        let node = SchemaNode()
        node.fill(schema, root: root, regexes: regexes, refs: &refs)
        return node
    }

    private func fill(_ schema: JSONValue, root: JSONValue, regexes: [String: NSRegularExpression], refs: inout [String: SchemaNode]) {
        if case .bool(let b) = schema { allows = b; return }
        guard let s = schema.objectValue else { return }
        func sub(_ v: JSONValue) -> SchemaNode { SchemaNode.compile(v, root: root, regexes: regexes, refs: &refs) }
        if let r = s["$ref"]?.stringValue, let target = JSONSchemaValidator.resolve(r, in: root) {
            if let known = refs[r] {
                ref = known
            } else {
                let made = SchemaNode()
                refs[r] = made
                made.fill(target, root: root, regexes: regexes, refs: &refs)
                ref = made
            }
        }
        if let t = s["type"] { types = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue ?? ""] }
        constant = s["const"]
        enumeration = s["enum"]?.arrayValue
        if let p = s["pattern"]?.stringValue, let re = regexes[p] { pattern = (p, re) }
        title = s["title"]?.stringValue
        minimum = s["minimum"]?.numberValue
        for (name, v) in s["properties"]?.objectValue ?? [:] {
            properties[name] = sub(v)
            terms[name] = JSONSchemaValidator.term(v)
        }
        required = s["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        additional = s["additionalProperties"].map(sub)
        items = s["items"].map(sub)
        oneOf = s["oneOf"]?.arrayValue?.map(sub)
    }
}
