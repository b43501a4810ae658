/// 序号: a list marker at the start of a paragraph, such as `一、`, `（一）`, `1.`, `（1）`, `①`.
public struct Marker: Hashable, Sendable {
    /// The marker's family; the outline level is decided later, by the order families appear in.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// 一、
        case hanComma
        /// （一） (一)
        case hanParen
        /// 1. 1、 1． ⒈
        case arabicDot
        /// （1） (1)
        case arabicParen
        /// 1） 1)
        case arabicHalfParen
        /// ① ②
        case circled
        /// ⑴ ⑵
        case parenthesized
        /// 第一部分, 第一章, 第一节: parts of a long plan
        case part
    }

    // Declared widest first, so the fields pack into 32 bytes: every paragraph holds a marker.
    /// The marker as written (normalized), without trailing space.
    public let text: String
    /// The numeric value (`（十二）` is 12).
    public let value: Int
    // A marker is a few scalars wide.
    private let width: Int32
    public let kind: Kind

    public init(kind: Kind, value: Int, length: Int, text: String) {
        self.kind = kind
        self.text = text
        self.value = value
        width = Int32(length)
    }

    /// Scalars the marker occupies, including its delimiter and any space after it.
    public var length: Int { Int(width) }
}
