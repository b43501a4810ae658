/// XML 值: a parsed element as plain, comparable data for `gongwen corpus`: its name, its attributes
/// sorted by name, its own text and its child elements. Unlike `XMLTree` it has no line numbers, and
/// the indentation between child elements is not text, so two documents that differ only in layout or
/// attribute order are equal.
public struct XMLValue: Hashable, Sendable {
    /// One attribute.
    public struct Attribute: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    /// Sorted by name. An element whose namespace differs from its parent's (or a root in a namespace)
    /// carries it as the attribute `xmlns`, so a change of namespace shows as a change of that attribute.
    public var attributes: [Attribute]
    /// The element's text; empty when it holds only elements and the white space between them.
    public var text: String
    public var children: [XMLValue]

    public init(_ name: String, attributes: [Attribute] = [], text: String = "", children: [XMLValue] = []) {
        self.name = name
        self.attributes = attributes.sorted { $0.name < $1.name }
        self.text = text
        self.children = children
    }

    /// The value of an attribute.
    public subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// The element as markup on one line (`<unit role="lead">县财政局</unit>`), cut after `limit`
    /// characters, for showing an added or removed element in a diff.
    public func compact(limit: Int = 160) -> String {
        var out = ""
        write(into: &out)
        guard out.unicodeScalars.count > limit else { return out }
        return String(String.UnicodeScalarView(out.unicodeScalars.prefix(limit))) + "…"
    }

    private func write(into out: inout String) {
        out += "<" + name
        for a in attributes { out += " \(a.name)=\"\(Self.escape(a.value, quotes: true))\"" }
        if text.isEmpty && children.isEmpty { out += "/>"; return }
        out += ">" + Self.escape(text, quotes: false)
        for c in children { c.write(into: &out) }
        out += "</\(name)>"
    }

    /// Markup characters as entities; line breaks and tabs as character references so the value stays on one line.
    static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
