/// XML 树: an element as plain Swift data, built by the XML emitter and read back from parsed
/// files; `LibXML` turns it into a libxml2 document and back.
public struct XMLTree: Equatable, Sendable {
    public var name: String
    /// The namespace URI: set on the root when building (children inherit it); read back on every element.
    public var namespace: String?
    /// Attributes in order; each name at most once.
    public var attributes: [(name: String, value: String)]
    /// The element's own text (its text children joined); empty for elements that hold elements.
    public var text: String
    public var children: [XMLTree]
    /// The line in the parsed file (0 for a tree that was built, not parsed).
    public var line: Int

    /// An element; attributes whose value is nil are left out.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String = "",
                children: [XMLTree] = [], namespace: String? = nil, line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes.compactMap { a in a.value.map { (a.key, $0) } }
        self.text = text
        self.children = children
        self.line = line
    }

    /// Adds attributes after the existing ones.
    public func adding(_ more: [(name: String, value: String)]) -> XMLTree {
        var copy = self
        copy.attributes += more
        return copy
    }

    /// The value of an attribute.
    public subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Every element of the tree, this one first, depth first in document order.
    public func allElements() -> [XMLTree] {
        var out: [XMLTree] = []
        forEachElement { out.append($0) }
        return out
    }

    /// Calls `body` on every element in the order of `allElements`, without collecting them.
    public func forEachElement(_ body: (XMLTree) -> Void) {
        body(self)
        for child in children { child.forEachElement(body) }
    }

    public static func == (a: XMLTree, b: XMLTree) -> Bool {
        a.name == b.name && a.namespace == b.namespace && a.text == b.text && a.children == b.children
            && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }
}
