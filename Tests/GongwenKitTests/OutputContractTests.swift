import Foundation
import XCTest
@testable import GongwenKit

/// Every output of every notice we have (../shared/corpus and Corpus/), and a notice with every
/// optional field, is valid under our own validators and under independent ones (xmllint for the
/// XSD, Python's jsonschema for the JSON Schema), and the XML carries every value the JSON does.
final class OutputContractTests: XCTestCase {
    /// Outputs of the notices, plus the full fixture in both signedBy forms.
    func outputs() throws -> [(name: String, json: Data, xml: Data)] {
        var notices = OutputTestSupport.allNotices().map { ($0.name, $0.notice) }
        try XCTSkipIf(notices.isEmpty, "neither ../shared/corpus nor Corpus/ has notices")
        notices += [("full-one-signer", FullNotice.make()), ("full-joint", FullNotice.make(jointSigners: true))]
        return try notices.map { ($0.0, try JSONEmitter.encode($0.1), try XMLEmitter.encode($0.1)) }
    }

    func testEveryOutputIsValidInProcess() throws {
        let all = try outputs()
        XCTAssertGreaterThan(all.count, 2)
        for o in all {
            XCTAssertEqual(try OutputValidator.validate(Array(o.json), path: o.name + ".json").problems, [], o.name)
            XCTAssertEqual(try OutputValidator.validate(Array(o.xml), path: o.name + ".xml").problems, [], o.name)
        }
    }

    func testXMLCarriesEveryValueOfTheJSON() throws {
        for o in try outputs() {
            let json = try JSONParser.parse(Array(o.json))
            let xml = try XCTUnwrap(LibXML.parse(o.xml).0?.root)
            XCTAssertEqual(jsonLeaves(json), xmlValues(xml), o.name)
        }
    }

    func testXmllintAcceptsEveryXMLOutput() throws {
        guard let xmllint = OutputTestSupport.program("xmllint") else {
            throw XCTSkip("xmllint is not installed (Debian: apt-get install libxml2-utils)")
        }
        let dir = try OutputTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xsd = dir.appendingPathComponent(XSDDocument.fileName)
        try Data(XSDDocument.text.utf8).write(to: xsd)
        var files: [String] = []
        for (k, o) in try outputs().enumerated() {
            let url = dir.appendingPathComponent("\(k).xml")
            try o.xml.write(to: url)
            files.append(url.path)
        }
        let r = try OutputTestSupport.run(xmllint, ["--noout", "--nonet", "--schema", xsd.path] + files)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err.components(separatedBy: " validates").count - 1, files.count, r.err)
    }

    func testPythonJsonschemaAcceptsEveryJSONOutput() throws {
        guard let python = OutputTestSupport.program("python3"),
              (try? OutputTestSupport.run(python, ["-c", "import jsonschema"]).status) == 0 else {
            throw XCTSkip("python3 with the jsonschema package is not installed (pip install jsonschema)")
        }
        let dir = try OutputTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent(JSONSchemaDocument.fileName)
        try Data(JSONSchemaDocument.text.utf8).write(to: schema)
        var files: [String] = []
        for (k, o) in try outputs().enumerated() {
            let url = dir.appendingPathComponent("\(k).json")
            try o.json.write(to: url)
            files.append(url.path)
        }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema)
        bad = 0
        for f in sys.argv[2:]:
            for e in v.iter_errors(json.load(open(f, encoding="utf-8"))):
                bad += 1
                print(f, "/" + "/".join(map(str, e.absolute_path)), e.message)
        print("checked", len(sys.argv) - 2)
        sys.exit(1 if bad else 0)
        """
        let r = try OutputTestSupport.run(python, ["-c", script, schema.path] + files)
        XCTAssertEqual(r.status, 0, r.out + r.err)
        XCTAssertTrue(r.out.contains("checked \(files.count)"), r.out + r.err)
    }

    func testPythonJsonschemaRejectsWhatWeReject() throws {
        guard let python = OutputTestSupport.program("python3"),
              (try? OutputTestSupport.run(python, ["-c", "import jsonschema"]).status) == 0 else {
            throw XCTSkip("python3 with the jsonschema package is not installed (pip install jsonschema)")
        }
        let dir = try OutputTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent(JSONSchemaDocument.fileName)
        try Data(JSONSchemaDocument.text.utf8).write(to: schema)
        var files: [String] = []
        for (k, broken) in BrokenOutputs.json().enumerated() {
            let url = dir.appendingPathComponent("\(k).json")
            try Data(broken.text.utf8).write(to: url)
            if broken.schemaCatches { files.append(url.path) }
        }
        let script = """
        import json, sys, jsonschema
        v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1], encoding="utf-8")))
        sys.exit(0 if all(list(v.iter_errors(json.load(open(f, encoding="utf-8")))) for f in sys.argv[2:]) else 1)
        """
        let r = try OutputTestSupport.run(python, ["-c", script, schema.path] + files)
        XCTAssertEqual(r.status, 0, "jsonschema accepted a file our validator rejects: \(r.err)")
    }

    /// String and number leaves of the JSON, as text, without empty strings.
    func jsonLeaves(_ v: JSONValue) -> [String] {
        switch v {
        case .string(let s): return s.isEmpty ? [] : [s]
        case .int, .double: return [v.brief]
        case .array(let a): return a.flatMap(jsonLeaves).sorted()
        case .object(let o): return o.values.flatMap(jsonLeaves).sorted()
        default: return []
        }
    }

    /// Attribute values and text of the XML, without the role attributes (JSON keys in the JSON).
    func xmlValues(_ root: XMLTree) -> [String] {
        root.allElements().flatMap { e in
            e.attributes.filter { $0.name != "role" }.map(\.value) + (e.children.isEmpty && !e.text.isEmpty ? [e.text] : [])
        }.sorted()
    }
}
