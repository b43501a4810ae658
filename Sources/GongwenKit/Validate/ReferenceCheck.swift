/// 编号检查: in JSON, what the XSD's keys and keyrefs check in XML: document, task and citation
/// ids are unique, and every task id or citation id that is referred to exists.
public enum ReferenceCheck {
    public static func check(json: JSONValue) -> [JSONSchemaValidator.Problem] {
        var out: [JSONSchemaValidator.Problem] = []
        var taskIds = Set<String>(), citationIds = Set<String>(), documentIds = Set<String>()
        func define(_ id: JSONValue?, _ set: inout Set<String>, _ pointer: String, _ what: String) {
            guard let id = id?.stringValue else { return }
            if !set.insert(id).inserted { out.append(.init(pointer: pointer + "/id", message: "the \(what) id \"\(id)\" is used twice")) }
        }
        let documents = json["documents"]?.arrayValue ?? []
        for (d, doc) in documents.enumerated() {
            define(doc["id"], &documentIds, "/documents/\(d)", "document")
            for (t, task) in (doc["tasks"]?.arrayValue ?? []).enumerated() { define(task["id"], &taskIds, "/documents/\(d)/tasks/\(t)", "task") }
        }
        for (c, citation) in (json["citations"]?.arrayValue ?? []).enumerated() { define(citation["id"], &citationIds, "/citations/\(c)", "citation") }

        func refer(_ v: JSONValue?, _ set: Set<String>, _ pointer: String, _ what: String) {
            guard let id = v?.stringValue, !set.contains(id) else { return }
            out.append(.init(pointer: pointer, message: "no \(what) has the id \"\(id)\""))
        }
        func outline(_ items: [JSONValue], _ pointer: String) {
            for (k, item) in items.enumerated() {
                refer(item["task"], taskIds, "\(pointer)/\(k)/task", "task")
                outline(item["children"]?.arrayValue ?? [], "\(pointer)/\(k)/children")
            }
        }
        for (d, doc) in documents.enumerated() {
            outline(doc["outline"]?.arrayValue ?? [], "/documents/\(d)/outline")
            for (t, task) in (doc["tasks"]?.arrayValue ?? []).enumerated() {
                for (k, ref) in (task["citations"]?.arrayValue ?? []).enumerated() {
                    refer(ref, citationIds, "/documents/\(d)/tasks/\(t)/citations/\(k)", "citation")
                }
            }
        }
        for (u, unit) in (json["units"]?.arrayValue ?? []).enumerated() {
            for role in ["lead", "support", "responsible"] {
                for (k, ref) in (unit["tasks"]?[role]?.arrayValue ?? []).enumerated() {
                    refer(ref, taskIds, "/units/\(u)/tasks/\(role)/\(k)", "task")
                }
            }
        }
        return out
    }
}
