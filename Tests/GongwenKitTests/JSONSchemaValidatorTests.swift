import XCTest
@testable import GongwenKit

/// The JSON parser and the JSON Schema validator keyword by keyword, on small schemas.
final class JSONSchemaValidatorTests: XCTestCase {
    func parse(_ s: String) throws -> JSONValue { try JSONParser.parse(Array(s.utf8)) }

    func problems(_ schema: String, _ instance: String) throws -> [String] {
        try JSONSchemaValidator(schema: parse(schema)).validate(parse(instance)).map(\.description)
    }

    func testParserValues() throws {
        XCTAssertEqual(try parse(#" {"a": [1, -2.5e1, true, false, null, "x\u00e9\ud83d\ude00\n"]} "#),
                       .object(["a": .array([.int(1), .double(-25), .bool(true), .bool(false), .null, .string("xé😀\n")])]))
        XCTAssertEqual(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)), .array([]))
        XCTAssertEqual(try parse("3").schemaType, "integer")
        XCTAssertEqual(try parse("3.0").schemaType, "integer")
        XCTAssertEqual(try parse("3.5").schemaType, "number")
        XCTAssertTrue(JSONValue.int(3).sameValue(as: .double(3)))
    }

    func testParserErrorsSayWhereAndWhat() {
        func error(_ s: String) -> String {
            do { _ = try JSONParser.parse(Array(s.utf8)); return "no error" } catch { return error.description }
        }
        XCTAssertEqual(error("{\"a\": 1,\n \"a\": 2}"), "line 2, column 2: the key \"a\" appears twice in one object")
        XCTAssertEqual(error("{\"\\u00e9\": 1, \"e\\u0301\": 2}"), "line 1, column 15: the keys \"é\" and \"é\" differ only in Unicode normalization, which gongwen cannot keep apart")
        XCTAssertEqual(error("[1,]"), "line 1, column 4: unexpected ']' where a value was expected")
        XCTAssertEqual(error("[01]"), "line 1, column 2: a number must not start with 0")
        XCTAssertEqual(error("\"a\tb\""), "line 1, column 3: a control character (U+9) inside a string must be escaped")
        XCTAssertEqual(error("\"\\ud800\""), "line 1, column 8: a lone surrogate \\u escape")
        XCTAssertEqual(error("\"\\u+02D\""), "line 1, column 4: \\u must be followed by four hex digits")
        XCTAssertEqual(error("{} x"), "line 1, column 4: unexpected 'x' after the end of the document")
        XCTAssertEqual(error(""), "line 1, column 1: the document ends where a value was expected")
        XCTAssertEqual(error(String(repeating: "[", count: 600)), "line 1, column 513: nested deeper than 512 levels")
        XCTAssertEqual(String(describing: Result { try JSONParser.parse([0x22, 0x41, 0xFF, 0x22]) }), "failure(line 1, column 3: the file is not valid UTF-8 (byte 0xFF))")
    }

    func testTypeConstEnumPatternMinimum() throws {
        XCTAssertEqual(try problems(#"{"type": "integer", "minimum": 0}"#, "-1"), ["/: -1 is less than the minimum 0"])
        XCTAssertEqual(try problems(#"{"type": "integer"}"#, "1.5"), ["/: expected an integer, found 1.5"])
        XCTAssertEqual(try problems(#"{"type": "number"}"#, "2"), [])
        XCTAssertEqual(try problems(#"{"const": "1.0"}"#, "\"1.1\""), ["/: must be \"1.0\", found \"1.1\""])
        XCTAssertEqual(try problems(#"{"enum": ["a", "b"]}"#, "\"c\""), ["/: \"c\" is not one of: a, b"])
        XCTAssertEqual(try problems(#"{"type": "string", "pattern": "^[0-9]{2}$"}"#, "\"12\""), [])
        XCTAssertEqual(try problems(#"{"type": "string", "pattern": "^[0-9]{2}$"}"#, "\"12\\n\""), ["/: \"12\\n\" does not match (pattern ^[0-9]{2}$)"],
                       "ECMA-262 $ does not match before a final line break")
        XCTAssertEqual(try problems(#"{"title": "two digits", "pattern": "[0-9]{2}"}"#, "\"a12b\""), [], "a pattern is a search, not anchored")
        XCTAssertEqual(try problems(#"{"type": "string"}"#, "null"), ["/: expected a string, found null"])
    }

    func testObjectsArraysAndReferences() throws {
        let schema = #"""
        {"$defs": {"P": {"type": "object", "properties": {"x": {"type": "integer", "description": "横坐标: x"}}, "required": ["x"], "additionalProperties": false}},
         "type": "object", "properties": {"points": {"type": "array", "items": {"$ref": "#/$defs/P"}}, "a/b": {"type": "string"}}}
        """#
        XCTAssertEqual(try problems(schema, #"{"points": [{"x": 1}, {"y": 2}, {"x": "3"}], "a/b": 1}"#), [
            "/a~1b: expected a string, found 1",
            "/points/1: missing required field \"x\" (横坐标)",
            "/points/1/y: unknown field \"y\"",
            "/points/2/x: expected an integer, found \"3\"",
        ])
        XCTAssertEqual(try problems(#"{"const": 2}"#, "2.0"), [], "numbers compare by value")
        XCTAssertEqual(try problems(#"{"type": "integer"}"#, #""a\nforged.json: valid JSON""#), [#"/: expected an integer, found "a\nforged.json: valid JSON""#],
                       "a quoted value cannot start a line of its own")
    }

    /// Members are visited in the dictionary's order, which changes from run to run; the problems
    /// must not: keys sorted, items by index, a value's own problems (in the schema's order) first.
    func testProblemsComeInPointerOrderWhateverTheMemberOrder() throws {
        let keys = (0..<12).map { "k\(String(format: "%02d", 11 - $0))" }
        let schema = #"{"type": "object", "required": ["z", "y"], "additionalProperties": {"type": "array", "items": {"type": "string"}}}"#
        let instance = "{" + keys.map { "\"\($0)\": [\"ok\", 1, {}]" }.joined(separator: ", ") + "}"
        let expected = ["/: missing required field \"z\"", "/: missing required field \"y\""] + keys.sorted().flatMap {
            ["/\($0)/1: expected a string, found 1", "/\($0)/2: expected a string, found an object"]
        }
        XCTAssertEqual(try problems(schema, instance), expected)
        XCTAssertEqual(JSONPath.pointer([.key("a/b~"), .index(3)]), "/a~1b~0/3")
    }

    func testOneOfReportsTheBranchThatFits() throws {
        let schema = #"""
        {"oneOf": [{"type": "object", "properties": {"t": {"type": "string"}}, "required": ["t"]},
                   {"type": "array", "items": {"type": "integer"}}]}
        """#
        XCTAssertEqual(try problems(schema, #"{"t": "a"}"#), [])
        XCTAssertEqual(try problems(schema, "[1, 2]"), [])
        XCTAssertEqual(try problems(schema, #"{"t": 1}"#), ["/t: expected a string, found 1"])
        XCTAssertEqual(try problems(schema, #"["a"]"#), ["/0: expected an integer, found \"a\""])
        XCTAssertEqual(try problems(schema, "3"), ["/: expected an object or an array, found 3"])
        XCTAssertEqual(try problems(#"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#, "3"), ["/: matches more than one of the allowed forms"])
    }

    func testRefusesSchemasItCannotApply() throws {
        XCTAssertThrowsError(try JSONSchemaValidator(schema: parse(#"{"minLength": 3}"#))) { XCTAssertEqual("\($0)", "#: unsupported keyword minLength") }
        XCTAssertThrowsError(try JSONSchemaValidator(schema: parse(##"{"$ref": "#/$defs/Nope"}"##)))
        XCTAssertThrowsError(try JSONSchemaValidator(schema: parse(#"{"pattern": "("}"#)))
        XCTAssertThrowsError(try JSONSchemaValidator(schema: parse(#"{"properties": {"a": {"anyOf": []}}}"#))) {
            XCTAssertEqual("\($0)", "#/properties/a: unsupported keyword anyOf")
        }
    }

    func testDocNumberPatternAcceptsWhatTheScannerFinds() throws {
        let defs = try XCTUnwrap(try JSONParser.parse(Array(JSONSchemaDocument.text.utf8))["$defs"])
        let schema = try JSONSchemaValidator(schema: .object(["$defs": defs, "$ref": .string("#/$defs/DocNumberText")]))
        for good in ["乡政办发〔2023〕46号", "国办发[2023]17号", "皖政办秘［2021］82号", "某政(2024)第08号", "𠀀政发【2024】1号", "澄政办发〔2024〕8号"] {
            XCTAssertEqual(schema.validate(.string(good)), [], good)
        }
        for bad in ["〔2023〕46号", "乡政办发2023年46号", "乡政办发〔23〕46号", "乡政办发〔2023〕46", "ABC〔2023〕1号"] {
            XCTAssertFalse(schema.validate(.string(bad)).isEmpty, bad)
        }
    }
}
