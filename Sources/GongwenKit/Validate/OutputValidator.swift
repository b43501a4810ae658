import Foundation

/// 输出校验: checks a gongwen JSON or XML file written or edited elsewhere against the output
/// contract: XML against the XSD through libxml2 (line and message per problem), JSON against the
/// JSON Schema and the id references (JSON pointer and message per problem), then, for both, the
/// span checks no schema can express. Every problem is collected; none stops the check.
public enum OutputValidator {
    /// The two forms of gongwen output.
    public enum Format: String, Sendable { case json, xml }

    /// One problem: where (a JSON pointer, or `line N` in XML) and what is wrong.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var location: String
        public var message: String
        public var description: String { "\(location): \(message)" }
    }

    /// The outcome for one file.
    public struct Report: Sendable {
        public var path: String
        public var format: Format?
        public var problems: [Problem]
        /// What the semantic rules found, run against the notice's source when it could be found
        /// unchanged; errors among them are also listed in `problems`.
        public var diagnostics: [Diagnostic] = []
        /// Why the semantic rules were not run, if they were not.
        public var semanticNote: String?
        public var isValid: Bool { problems.isEmpty }
    }

    /// Reads and checks one file (`-` is standard input). Throws `InputError` when the file cannot be
    /// read or is refused, `OutputSchemas.BrokenSchema` when gongwen's own schema is broken (a bug).
    public static func validate(path: String, maxBytes: Int = Decoder.defaultMaxBytes) throws -> Report {
        let bytes = try Decoder.readBytes(path: path, maxBytes: maxBytes)
        if bytes.isEmpty { throw InputError.empty(path: path) }
        if let kind = ByteSniffer.binaryKind(bytes) { throw InputError.binary(path: path, kind: kind) }
        return try validate(bytes, path: path)
    }

    /// Checks bytes already in memory.
    public static func validate(_ bytes: [UInt8], path: String) throws -> Report {
        switch format(of: bytes, path: path) {
        case .json?:
            let (problems, value) = try checkJSON(bytes)
            var report = Report(path: path, format: .json, problems: problems)
            if report.isValid, let value {
                // Valid by the schema, yet not a notice gongwen can hold (an offset past 32 bits, an
                // integer past 64): a problem, not a silent skip of the semantic rules.
                do {
                    diagnose(&report, try JSONValueDecoder.decode(Notice.self, from: value))
                } catch {
                    report.problems.append(Problem(location: "/", message: "gongwen cannot read this back as a notice: \(readFailure(error))"))
                }
            }
            return report
        case .xml?:
            var report = Report(path: path, format: .xml, problems: try checkXML(bytes))
            if report.isValid { diagnose(&report, LibXML.parseValue(Data(bytes)).0.flatMap(XMLNoticeReader.notice)) }
            return report
        case nil:
            return Report(path: path, format: nil, problems: [Problem(location: "line 1", message: "neither JSON (which starts with {) nor XML (which starts with <)")])
        }
    }

    /// JSON or XML by the first character that is not white space, else by the file's extension.
    static func format(of bytes: [UInt8], path: String) -> Format? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let b = bytes[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { return .json }
            if b == UInt8(ascii: "<") { return .xml }
        }
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "json" ? .json : ext == "xml" ? .xml : nil
    }

    /// The problems of a JSON file, and its parsed value when it is JSON at all.
    static func checkJSON(_ bytes: [UInt8]) throws -> ([Problem], JSONValue?) {
        let schema = try OutputSchemas.json.get()
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return ([Problem(location: "line \(error.line), column \(error.column)", message: "not valid JSON: \(error.message)")], nil)
        }
        let found = schema.validate(value) + ReferenceCheck.check(json: value) + SpanSanity.check(json: value)
        return (found.map { Problem(location: $0.pointer.isEmpty ? "/" : $0.pointer, message: $0.message) }, value)
    }

    /// What a decoding error says, without Swift's wrapping.
    static func readFailure(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?, .keyNotFound(_, let c)?, .dataCorrupted(let c)?: return c.debugDescription
        default: return "\(error)"
        }
    }

    /// Runs the semantic rules on a valid notice. They need the text it was read from: the file
    /// named in `source.name` (as given, or beside the checked file), with the same SHA-256.
    static func diagnose(_ report: inout Report, _ read: Notice?) {
        guard let notice = read else {
            report.semanticNote = "semantic rules not run: the file could not be read as a notice"
            return
        }
        let name = notice.source.name
        let beside = URL(fileURLWithPath: report.path).deletingLastPathComponent().appendingPathComponent((name as NSString).lastPathComponent).path
        let candidates = name == "-" ? [] : [name, beside]
        guard let source = candidates.lazy.compactMap({ try? Decoder.read(path: $0) }).first(where: { $0.sha256 == notice.source.sha256 }) else {
            report.semanticNote = "semantic rules not run: the source \(name) was not found unchanged (same SHA-256)"
            return
        }
        report.diagnostics = Pipeline.diagnose(notice, source: source)
        for d in report.diagnostics where d.severity == .error {
            // The line is the source notice's, not the checked file's.
            report.problems.append(Problem(location: d.span.map { "source line \($0.line)" } ?? "/", message: "\(d.code): \(d.message)"))
        }
    }

    static func checkXML(_ bytes: [UInt8]) throws -> [Problem] {
        let schema = try OutputSchemas.xsd.get()
        let (document, parseProblems) = LibXML.parse(Data(bytes))
        guard let document else { return parseProblems.map { problem($0, prefix: "not well-formed XML: ") } }
        if let line = document.doctypeLine {
            return [Problem(location: "line \(line)", message: "a DOCTYPE declaration is not allowed: gongwen XML has none, and its entities are not expanded")]
        }
        let found = schema.validate(document) + (document.root.map(SpanSanity.check) ?? [])
        return found.map { problem($0, prefix: "") }
    }

    /// libxml2 names elements `{urn:gongwen:1.0}task`; within our own namespace the name alone reads better.
    static func problem(_ p: LibXML.Problem, prefix: String) -> Problem {
        Problem(location: "line \(p.line)", message: prefix + p.message.replacingOccurrences(of: "{\(OutputSchemas.namespace)}", with: ""))
    }
}
