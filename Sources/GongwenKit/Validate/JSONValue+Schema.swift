/// JSON 值 for the output validators: typed views, the JSON Schema type (an integer is any
/// number without a fraction), equality by value, and a short rendering for messages.
extension JSONValue {
    var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    var objectValue: [String: JSONValue]? { if case .object(let o) = self { return o }; return nil }

    var numberValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The JSON Schema type name.
    var schemaType: String {
        if case .double(let d) = self { return d.rounded() == d && d.isFinite ? "integer" : "number" }
        if case .int = self { return "integer" }
        return typeName
    }

    /// Equal as JSON Schema compares: numbers by value, whatever their spelling.
    func sameValue(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.int, .double), (.double, .int): return numberValue == other.numberValue
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.sameValue(as: $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { k, v in b[k].map { v.sameValue(as: $0) } ?? false }
        default: return self == other
        }
    }

    /// A short rendering for messages: strings quoted, long values cut.
    var brief: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .string(let s): return "\"" + OneLine.text(s.count > 40 ? String(s.prefix(40)) + "…" : s) + "\""
        case .array(let a): return "an array of \(a.count)"
        case .object: return "an object"
        }
    }
}
