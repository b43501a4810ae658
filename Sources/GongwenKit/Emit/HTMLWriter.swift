import Foundation

/// HTML 输出缓冲: UTF-8 bytes appended in one pass; everything that is not markup goes through
/// `text`, which escapes `& < > " '` so text and attribute values can never break out.
public struct HTMLWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Markup written as is: only for literals of this program, never for data.
    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Data written as text or as an attribute value (inside double quotes).
    public mutating func text(_ s: String) {
        for c in s.unicodeScalars { scalar(c) }
    }

    /// `name="value"`, value escaped, with a leading space.
    public mutating func attr(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        text(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// One scalar of text, escaped. Controls a page cannot show (form feeds from PDFs, other C0
    /// controls but tab and line ends, DEL, U+FFFE/U+FFFF) become their visible symbol or U+FFFD,
    /// one for one, so the page keeps one character per scalar of the original.
    public mutating func scalar(_ c: Unicode.Scalar) {
        switch c.value {
        case 0x26: raw("&amp;")
        case 0x3C: raw("&lt;")
        case 0x3E: raw("&gt;")
        case 0x22: raw("&quot;")
        case 0x27: raw("&#39;")
        case 0x09, 0x0A, 0x0D: bytes.append(UInt8(c.value))
        case 0x00..<0x20: utf8(Unicode.Scalar(0x2400 + c.value)!)
        case 0x7F: utf8(Unicode.Scalar(0x2421)!)
        case 0xFFFE, 0xFFFF: utf8(Unicode.Scalar(0xFFFD)!)
        case 0x20..<0x7F: bytes.append(UInt8(c.value))
        default: utf8(c)
        }
    }

    private mutating func utf8(_ c: Unicode.Scalar) {
        let v = c.value
        switch v {
        case 0..<0x80: bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    public var data: Data { Data(bytes) }
}
