import CLibXML2
import Foundation

/// libxml2 接口: the one place GongwenKit talks to libxml2. Builds and serializes documents from
/// `XMLTree`s, parses untrusted XML safely (no network, no entity substitution, no DTD loading,
/// the library's default limits on entity expansion), and validates against an XSD, collecting
/// every problem with its line instead of printing to standard error.
public enum LibXML {
    /// One problem libxml2 reported: the line in the document (0 when unknown) and its message.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "line \(line): \(message)" : message }
    }

    /// Parse options for untrusted input: no network; no NOENT (entities stay unexpanded), no
    /// DTDLOAD/DTDATTR/DTDVALID, no HUGE (keeps libxml2's limits); big line numbers reported as they are.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Once per process: initialise the parser for threads and refuse every external entity or DTD.
    static let setUp: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refuseExternal)
    }()

    /// Serializes a tree as an indented UTF-8 document with an XML declaration.
    public static func serialize(_ root: XMLTree) -> Data {
        build(root)?.serialized() ?? Data()
    }

    /// A libxml2 document made from a tree (nil only when libxml2 cannot allocate one). Text and
    /// attribute values lose the characters XML 1.0 forbids; libxml2 escapes the rest when serializing.
    public static func build(_ root: XMLTree) -> Document? {
        _ = setUp
        guard let doc = xmlNewDoc(xmlString("1.0")) else { return nil }
        xmlDocSetRootElement(doc, makeNode(root, parent: nil, ns: nil))
        return Document(doc, doctypeLine: nil)
    }

    private static func makeNode(_ e: XMLTree, parent: xmlNodePtr?, ns: xmlNsPtr?) -> xmlNodePtr? {
        let text = e.text.isEmpty ? nil : XMLText.legal(e.text)
        let node: xmlNodePtr?
        if let parent {
            node = withXMLString(e.name) { name in
                text.map { t in withXMLString(t) { xmlNewTextChild(parent, ns, name, $0) } } ?? xmlNewChild(parent, ns, name, nil)
            }
        } else {
            node = withXMLString(e.name) { xmlNewNode(nil, $0) }
            if let text { withXMLString(text) { xmlNodeAddContent(node, $0) } }
        }
        var ns = ns
        if let uri = e.namespace {
            ns = withXMLString(uri) { xmlNewNs(node, $0, nil) }
            xmlSetNs(node, ns)
        }
        for a in e.attributes {
            withXMLString(a.name) { n in withXMLString(XMLText.legal(a.value)) { _ = xmlNewProp(node, n, $0) } }
        }
        for c in e.children { _ = makeNode(c, parent: node, ns: ns) }
        return node
    }

    /// A libxml2 document, parsed or built; frees itself.
    public final class Document {
        fileprivate let doc: xmlDocPtr
        /// The line of a DOCTYPE declaration, if the document has one (its entities stay unexpanded).
        public let doctypeLine: Int?

        fileprivate init(_ doc: xmlDocPtr, doctypeLine: Int?) {
            self.doc = doc
            self.doctypeLine = doctypeLine
        }

        deinit { xmlFreeDoc(doc) }

        /// The root element and everything below it, with line numbers (0 in a document that was built).
        public var root: XMLTree? { xmlDocGetRootElement(doc).map(LibXML.tree) }

        /// The document as indented UTF-8 with an XML declaration.
        public func serialized() -> Data {
            var buffer: UnsafeMutablePointer<xmlChar>?
            var size: Int32 = 0
            xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 1)
            guard let buffer else { return Data() }
            defer { gw_xml_free(buffer) }
            return Data(bytes: buffer, count: Int(size))
        }
    }

    /// Parses a document. Returns it, or nil and every problem found.
    public static func parse(_ data: Data) -> (Document?, [Problem]) {
        _ = setUp
        guard data.count < Int32.max else { return (nil, [Problem(line: 0, message: "the file is too large for libxml2")]) }
        let collector = ProblemCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context, collectProblem)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let parsed: xmlDocPtr? = withExtendedLifetime(collector) {
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> xmlDocPtr? in
                guard let ctxt = xmlNewParserCtxt() else { return nil }
                defer { xmlFreeParserCtxt(ctxt) }
                guard raw.count > 0, let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
                return xmlCtxtReadMemory(ctxt, base, Int32(raw.count), nil, nil, parseOptions)
            }
        }
        guard let parsed, collector.problems.isEmpty else {
            if let parsed { xmlFreeDoc(parsed) }
            return (nil, collector.problems.isEmpty ? [Problem(line: 0, message: "not well-formed XML")] : collector.problems)
        }
        let hasDoctype = parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil
        return (Document(parsed, doctypeLine: hasDoctype ? doctypeLine(data) : nil), [])
    }

    /// The 1-based line of `<!DOCTYPE` in the bytes (1 if it cannot be found).
    private static func doctypeLine(_ data: Data) -> Int {
        let needle = Array("<!DOCTYPE".utf8)
        let bytes = [UInt8](data)
        guard bytes.count >= needle.count else { return 1 }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle {
            return bytes[..<i].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        return 1
    }

    fileprivate static func tree(_ node: xmlNodePtr) -> XMLTree {
        let n = node.pointee
        var e = XMLTree(string(n.name), namespace: n.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                        line: Int(xmlGetLineNo(node)))
        var attr = n.properties
        while let a = attr {
            let value = xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1)
            e.attributes.append((string(a.pointee.name), value.map { String(cString: $0) } ?? ""))
            gw_xml_free(value)
            attr = a.pointee.next
        }
        var child = n.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: e.children.append(tree(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: e.text += string(c.pointee.content)
            default: break
            }
            child = c.pointee.next
        }
        return e
    }

    /// Parses a document with the same safe options as `parse` and returns it as a comparable
    /// `XMLValue` (attributes sorted, layout white space dropped); nil and every problem when it does not parse.
    public static func parseValue(_ data: Data) -> (XMLValue?, [Problem]) {
        let (document, problems) = parse(data)
        guard let document else { return (nil, problems) }
        let root: XMLValue? = withExtendedLifetime(document) { xmlDocGetRootElement(document.doc).map { value($0, parentNamespace: nil) } }
        return root.map { ($0, []) } ?? (nil, [Problem(line: 0, message: "the document has no root element")])
    }

    private static func value(_ node: xmlNodePtr, parentNamespace: String?) -> XMLValue {
        let n = node.pointee
        let namespace = n.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
        var attributes: [XMLValue.Attribute] = namespace == parentNamespace ? [] : [.init("xmlns", namespace ?? "")]
        var attr = n.properties
        while let a = attr {
            let prefix = a.pointee.ns.flatMap { $0.pointee.prefix.map { String(cString: $0) + ":" } } ?? ""
            let v = xmlNodeListGetString(n.doc, a.pointee.children, 1)
            attributes.append(.init(prefix + string(a.pointee.name), v.map { String(cString: $0) } ?? ""))
            gw_xml_free(v)
            attr = a.pointee.next
        }
        var text = ""
        var children: [XMLValue] = []
        var child = n.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: children.append(value(c, parentNamespace: namespace))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += string(c.pointee.content)
            // Entities stay unexpanded (no NOENT): kept as written rather than silently dropped.
            case XML_ENTITY_REF_NODE: text += "&" + string(c.pointee.name) + ";"
            default: break
            }
            child = c.pointee.next
        }
        if !children.isEmpty && text.unicodeScalars.allSatisfy({ " \t\n\r".unicodeScalars.contains($0) }) { text = "" }
        return XMLValue(string(n.name), attributes: attributes, text: text, children: children)
    }

    /// A compiled XML Schema; compiled once, shared read-only across threads.
    public final class Schema: @unchecked Sendable {
        private let schema: xmlSchemaPtr

        /// Compiles an XSD given as text; throws the problems when it does not compile.
        public init(xsd: String) throws {
            _ = LibXML.setUp
            let collector = ProblemCollector()
            let context = Unmanaged.passUnretained(collector).toOpaque()
            let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
                var bytes = Array(xsd.utf8CString)
                return bytes.withUnsafeMutableBufferPointer { buf -> xmlSchemaPtr? in
                    guard let pctxt = xmlSchemaNewMemParserCtxt(buf.baseAddress, Int32(buf.count - 1)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(pctxt) }
                    xmlSchemaSetParserStructuredErrors(pctxt, collectProblem, context)
                    return xmlSchemaParse(pctxt)
                }
            }
            guard let compiled else { throw SchemaError(problems: collector.problems) }
            schema = compiled
        }

        deinit { xmlSchemaFree(schema) }

        /// Every problem in the document, with its line; empty when it is valid.
        public func validate(_ document: Document) -> [Problem] {
            let collector = ProblemCollector()
            let context = Unmanaged.passUnretained(collector).toOpaque()
            return withExtendedLifetime(collector) {
                guard let vctxt = xmlSchemaNewValidCtxt(schema) else { return [Problem(line: 0, message: "libxml2 could not start validating")] }
                defer { xmlSchemaFreeValidCtxt(vctxt) }
                xmlSchemaSetValidStructuredErrors(vctxt, collectProblem, context)
                let rc = xmlSchemaValidateDoc(vctxt, document.doc)
                if rc != 0 && collector.problems.isEmpty { return [Problem(line: 0, message: "libxml2 failed to validate (code \(rc))")] }
                return collector.problems
            }
        }
    }

    /// The XSD itself did not compile.
    public struct SchemaError: Error, CustomStringConvertible {
        public var problems: [Problem]
        public var description: String { "the XML Schema does not compile: " + problems.map(\.description).joined(separator: "; ") }
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String { p.map { String(cString: $0) } ?? "" }
    private static func xmlString(_ s: StaticString) -> UnsafePointer<xmlChar> { UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: xmlChar.self) }
    private static func withXMLString<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}

/// Where libxml2's structured errors go while one call runs.
private final class ProblemCollector {
    var problems: [LibXML.Problem] = []
    /// The element the last problem was about (nil for a problem of the parser).
    var lastNode: UnsafeMutableRawPointer?
}

/// libxml2's structured error callback: no captures; it reaches its collector through the context pointer.
private let collectProblem: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let e = error.pointee
    guard e.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let collector = Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue()
    let message = e.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown libxml2 error"
    let problem = LibXML.Problem(line: Int(e.line), message: message)
    // libxml2's parser repeats some errors once per entity or nesting level; once is enough. The
    // same message about another element on the same line (minified XML) is another problem.
    if collector.problems.last == problem, collector.lastNode == e.node { return }
    collector.problems.append(problem)
    collector.lastNode = e.node
}

/// libxml2's external entity loader: refuses every external entity, DTD and schema import.
private let refuseExternal: xmlExternalEntityLoader = { _, _, _ in nil }
