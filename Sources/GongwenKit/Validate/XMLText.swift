/// XML 1.0 字符: what XML 1.0 allows in a document. Other characters (C0 controls other than tab,
/// line feed and carriage return, such as the form feeds PDF converters leave; U+FFFE, U+FFFF)
/// would be written raw by libxml2 and make the output unreadable, so they are dropped first.
public enum XMLText {
    /// True when XML 1.0 allows the character in a document.
    public static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The text without the characters XML 1.0 forbids.
    public static func legal(_ s: String) -> String {
        guard !s.unicodeScalars.allSatisfy(isAllowed) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.filter(isAllowed))
        return String(out)
    }
}
