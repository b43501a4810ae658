/// 输出契约: gongwen's output contract, version 1.0: the JSON Schema and the XSD carried in the
/// binary, each compiled once on first use and shared.
public enum OutputSchemas {
    /// The XML namespace of the output, one per contract version.
    public static let namespace = "urn:gongwen:\(Notice.currentSchemaVersion)"

    /// An embedded schema did not compile: a bug in gongwen, not in the file being checked.
    public struct BrokenSchema: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The JSON Schema, parsed and checked for keywords the validator applies.
    public static let json: Result<JSONSchemaValidator, BrokenSchema> = Result { () throws(BrokenSchema) in
        do {
            return try JSONSchemaValidator(schema: try JSONParser.parse(Array(JSONSchemaDocument.text.utf8)))
        } catch {
            throw BrokenSchema(description: "the embedded JSON Schema is broken: \(error)")
        }
    }

    /// The XSD, compiled by libxml2.
    public static let xsd: Result<LibXML.Schema, BrokenSchema> = Result { () throws(BrokenSchema) in
        do {
            return try LibXML.Schema(xsd: XSDDocument.text)
        } catch {
            throw BrokenSchema(description: "the embedded XSD is broken: \(error)")
        }
    }
}
