import Foundation
import XCTest
@testable import GongwenKit

/// docs/OUTPUT.md documents every field of the output: its field reference, between two marker
/// comments, is generated from the embedded JSON Schema and must match it (RECORD_GOLDEN=1
/// rewrites that part and fails saying so), and every XML element and attribute is named in it.
final class OutputDocTests: XCTestCase {
    static let file = TestSupport.root.appendingPathComponent("docs/OUTPUT.md")
    static let begin = "<!-- BEGIN field reference: generated from schemas/gongwen-1.0.schema.json by OutputDocTests; RECORD_GOLDEN=1 rewrites it -->"
    static let end = "<!-- END field reference -->"

    func testFieldReferenceMatchesTheSchema() throws {
        let doc = try String(contentsOf: Self.file, encoding: .utf8)
        let parts = doc.components(separatedBy: Self.begin)
        XCTAssertEqual(parts.count, 2, "docs/OUTPUT.md needs the line \(Self.begin)")
        let rest = parts.count == 2 ? parts[1].components(separatedBy: Self.end) : []
        XCTAssertEqual(rest.count, 2, "docs/OUTPUT.md needs the line \(Self.end)")
        guard parts.count == 2, rest.count == 2 else { return }
        let generated = "\n" + FieldReference.markdown(try JSONParser.parse(Array(JSONSchemaDocument.text.utf8)))
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try AtomicFile.write(Data((parts[0] + Self.begin + generated + Self.end + rest[1]).utf8), to: Self.file.path)
            XCTFail("recorded the field reference of docs/OUTPUT.md; run again without RECORD_GOLDEN to check it")
        } else {
            XCTAssertEqual(rest[0], generated, "docs/OUTPUT.md's field reference differs from the schema (re-record with RECORD_GOLDEN=1)")
        }
    }

    func testEveryJSONPropertyAndXMLNameIsDocumented() throws {
        let doc = try String(contentsOf: Self.file, encoding: .utf8)
        var names = Set<String>()
        func visit(_ v: JSONValue) {
            for (k, p) in v["properties"]?.objectValue ?? [:] { names.insert(k); visit(p) }
            for d in (v["$defs"]?.objectValue ?? [:]).values { visit(d) }
        }
        visit(try JSONParser.parse(Array(JSONSchemaDocument.text.utf8)))
        let xsd = try XCTUnwrap(LibXML.parse(Data(XSDDocument.text.utf8)).0?.root)
        for e in xsd.allElements() where ["element", "attribute"].contains(e.name) {
            if let name = e[attribute: "name"] { names.insert(name) }
        }
        XCTAssertGreaterThan(names.count, 60)
        XCTAssertEqual(names.filter { !doc.contains("`\($0)`") }.sorted(), [], "name these in docs/OUTPUT.md")
    }
}

/// The field reference of docs/OUTPUT.md, made from the JSON Schema: a table per object, then the formats.
enum FieldReference {
    static func markdown(_ schema: JSONValue) -> String {
        var out = "## Field reference\n\n"
        out += table("Notice", schema, at: "\"properties\": {")
        let defMap = schema["$defs"]?.objectValue ?? [:]
        let defs = ordered(defMap.keys, after: "\"$defs\": {").map { ($0, defMap[$0]!) }
        for (name, def) in defs where def["properties"] != nil { out += table(name, def, at: "\"\(name)\": {") }
        out += "### Formats and choices\n\n| name | rule | meaning |\n|---|---|---|\n"
        for (name, def) in defs where def["properties"] == nil {
            out += "| <a id=\"\(name.lowercased())\"></a>`\(name)` | \(rule(def)) | \(cell(def["description"]?.stringValue ?? "")) |\n"
        }
        return out + "\n"
    }

    /// Keys in the order the schema text writes them after `marker` (parsed objects have no order).
    static func ordered(_ keys: some Collection<String>, after marker: String) -> [String] {
        let text = JSONSchemaDocument.text
        let from = text.range(of: marker)?.upperBound ?? text.startIndex
        func position(_ key: String) -> String.Index { text.range(of: "\"\(key)\": {", range: from..<text.endIndex)?.lowerBound ?? text.endIndex }
        return keys.sorted { (position($0), $0) < (position($1), $1) }
    }

    static func table(_ name: String, _ def: JSONValue, at marker: String) -> String {
        var out = "### \(name)\n\n\(def["description"]?.stringValue ?? "")\n\n| field | type | required | meaning |\n|---|---|---|---|\n"
        let required = Set(def["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let properties = def["properties"]?.objectValue ?? [:]
        for field in ordered(properties.keys, after: marker) {
            let p = properties[field]!
            out += "| `\(field)` | \(type(p)) | \(required.contains(field) ? "yes" : "") | \(cell(p["description"]?.stringValue ?? "")) |\n"
        }
        return out + "\n"
    }

    static func type(_ p: JSONValue) -> String {
        if let ref = p["$ref"]?.stringValue {
            let name = String(ref.split(separator: "/").last ?? "")
            return "[\(name)](#\(name.lowercased()))"
        }
        if let c = p["const"] { return "`\(c.brief)`" }
        if let e = p["enum"]?.arrayValue { return "one of " + e.compactMap(\.stringValue).map { "`\($0)`" }.joined(separator: ", ") }
        if let t = p["type"]?.stringValue {
            if t == "array", let items = p["items"] { return "array of " + type(items) }
            if let m = p["minimum"] { return "\(t) ≥ \(m.brief)" }
            if let pattern = p["pattern"]?.stringValue { return "\(t) matching `\(cell(pattern))`" }
            return t
        }
        if let branches = p["oneOf"]?.arrayValue { return branches.map(type).joined(separator: " or ") }
        return "any"
    }

    static func rule(_ def: JSONValue) -> String {
        if let branches = def["oneOf"]?.arrayValue { return "one of: " + branches.map(type).joined(separator: "; ") }
        return type(def)
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    /// The README's table of diagnostic codes lists every code, with its severity and summary.
    func testTheReadmeListsEveryDiagnosticCode() throws {
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        for code in DiagnosticCode.allCases {
            let row = "| `\(code.rawValue)` | \(code.severity.rawValue) | \(code.summary) |"
            XCTAssertTrue(readme.contains(row), "README.md lacks the row: \(row)")
        }
    }
}
