import Foundation
import XCTest
@testable import GongwenKit

/// The schemas carried in the binary: identical to the files under schemas/ (RECORD_GOLDEN=1
/// rewrites the files from the constants and fails saying so), compilable, described field by
/// field, and with enumerations that match the code's data tables.
final class SchemaDocumentTests: XCTestCase {
    static let folder = TestSupport.root.appendingPathComponent("schemas")

    func testFilesMatchTheEmbeddedSchemas() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        var recorded: [String] = []
        for (name, text) in [(JSONSchemaDocument.fileName, JSONSchemaDocument.text), (XSDDocument.fileName, XSDDocument.text)] {
            let url = Self.folder.appendingPathComponent(name)
            if record {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try AtomicFile.write(Data(text.utf8), to: url.path)
                recorded.append(name)
                continue
            }
            let file = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(file, text, "schemas/\(name) differs from the constant in Sources/GongwenKit/Validate/ (re-record with RECORD_GOLDEN=1 after reviewing)")
        }
        if record { XCTFail("recorded \(recorded.joined(separator: ", ")) from the embedded constants; run again without RECORD_GOLDEN to check them") }
    }

    func testBothSchemasCompile() throws {
        _ = try OutputSchemas.json.get()
        _ = try OutputSchemas.xsd.get()
        XCTAssertEqual(try schemaJSON()["properties"]?["schemaVersion"]?["const"], .string(Notice.currentSchemaVersion))
        XCTAssertTrue(XSDDocument.text.contains("targetNamespace=\"\(OutputSchemas.namespace)\""))
        XCTAssertTrue(XSDDocument.text.contains("fixed=\"\(Notice.currentSchemaVersion)\""))
    }

    func testEveryJSONPropertyHasADescription() throws {
        var missing: [String] = []
        func visit(_ v: JSONValue, _ path: String) {
            guard let o = v.objectValue else { return }
            for (name, p) in o["properties"]?.objectValue ?? [:] {
                if p["description"]?.stringValue?.isEmpty ?? true { missing.append("\(path)/properties/\(name)") }
                visit(p, "\(path)/properties/\(name)")
            }
            for (name, d) in o["$defs"]?.objectValue ?? [:] { visit(d, "\(path)/$defs/\(name)") }
            if let items = o["items"] { visit(items, path + "/items") }
            for (k, b) in (o["oneOf"]?.arrayValue ?? []).enumerated() { visit(b, "\(path)/oneOf/\(k)") }
        }
        visit(try schemaJSON(), "#")
        XCTAssertEqual(missing, [])
    }

    func testEveryXSDElementAndAttributeIsAnnotated() throws {
        let (doc, problems) = LibXML.parse(Data(XSDDocument.text.utf8))
        let root = try XCTUnwrap(doc?.root, "\(problems)")
        var missing: [String] = []
        var declarations = 0
        for e in root.allElements() where ["element", "attribute", "complexType", "simpleType", "attributeGroup"].contains(e.name) && e[attribute: "name"] != nil {
            declarations += 1
            let documented = e.children.first { $0.name == "annotation" }?.children.contains { $0.name == "documentation" && !$0.text.isEmpty } ?? false
            if !documented { missing.append("\(e.name) \(e[attribute: "name"]!) (line \(e.line))") }
        }
        XCTAssertGreaterThan(declarations, 100)
        XCTAssertEqual(missing, [])
    }

    func testFrequencyEnumerationsMatchTheTimeRules() throws {
        let frequencies = Set(TimeRules.recurring.map(\.1) + TimeRules.countedUnits.map(\.1))
        let json = try schemaJSON()["$defs"]?["Recurrence"]?["properties"]?["frequency"]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
        XCTAssertEqual(Set(json), frequencies)
        XCTAssertEqual(Set(xsdEnumeration("Frequency")), frequencies)
    }

    func testSeverityAndRoleEnumerations() throws {
        let severities = ["error", "warning", "note"]
        XCTAssertEqual(severities.compactMap(Diagnostic.Severity.init(rawValue:)).count, 3)
        XCTAssertEqual(try schemaJSON()["$defs"]?["Diagnostic"]?["properties"]?["severity"]?["enum"], .array(severities.map(JSONValue.string)))
        XCTAssertEqual(xsdEnumeration("Severity"), severities)
        let roles: Set<String> = ["lead", "support", "responsible"]
        XCTAssertEqual(Set(try schemaJSON()["$defs"]?["Units"]?["properties"]?.objectValue?.keys ?? [:].keys), roles)
        XCTAssertEqual(Set(try schemaJSON()["$defs"]?["RoleTasks"]?["properties"]?.objectValue?.keys ?? [:].keys), roles)
        XCTAssertEqual(Set(xsdEnumeration("Role")), roles)
        XCTAssertEqual(Set(Mirror(reflecting: RoleTasks()).children.compactMap(\.label)), roles, "the model's roles")
        XCTAssertEqual(Set(Mirror(reflecting: Units()).children.compactMap(\.label)), roles, "the model's roles")
    }

    func testEveryDiagnosticCodeFitsTheCodePattern() throws {
        let validator = try OutputSchemas.json.get()
        for code in DiagnosticCode.allCases {
            var notice = FullNotice.make()
            notice.diagnostics[0].code = code.rawValue
            XCTAssertEqual(validator.validate(try json(notice)), [], code.rawValue)
        }
    }

    func schemaJSON() throws -> JSONValue { try JSONParser.parse(Array(JSONSchemaDocument.text.utf8)) }

    func json(_ notice: Notice) throws -> JSONValue { try JSONParser.parse(Array(try JSONEmitter.encode(notice))) }

    /// The values of a named simple type's enumeration in the XSD.
    func xsdEnumeration(_ type: String) -> [String] {
        guard let root = LibXML.parse(Data(XSDDocument.text.utf8)).0?.root,
              let t = root.children.first(where: { $0.name == "simpleType" && $0[attribute: "name"] == type }) else { return [] }
        return t.allElements().filter { $0.name == "enumeration" }.compactMap { $0[attribute: "value"] }
    }
}
