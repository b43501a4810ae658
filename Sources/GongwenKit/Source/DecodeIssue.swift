/// 解码问题: what the decoder read past in an input: a damaged byte sequence (read as U+FFFD), or
/// control characters that are not text (ignored). Plain data; the rules in Validate/ word it.
public enum DecodeIssue: Hashable, Sendable {
    /// A damaged place: its byte offset in the file, its offset in the decoded text, and what was wrong.
    case damaged(byte: Int, at: Int, why: Damage)
    /// Control characters other than layout (NUL, ESC, DEL …): how many, and the first with its value.
    case controlCharacters(count: Int, first: Int, value: UInt32)

    /// What was wrong with a damaged byte sequence.
    public enum Damage: Hashable, Sendable {
        /// Bytes that are not a character in `encoding`.
        case invalid(encoding: String)
        /// The file ends inside a character of `encoding` (it was cut short).
        case truncated(encoding: String)
        /// A UTF-16 surrogate without its other half.
        case unpairedSurrogate
        /// A byte that cannot start a GB18030 character (0x80, 0xFF).
        case badLead(UInt8)

        /// In English, for the message of a refusal.
        public var english: String {
            switch self {
            case .invalid(let e): return "an invalid \(e) byte sequence"
            case .truncated(let e): return "the file ends inside a \(e) character (truncated)"
            case .unpairedSurrogate: return "an unpaired UTF-16 surrogate"
            case .badLead(let b): return "byte 0x\(String(b, radix: 16, uppercase: true)) cannot start a GB18030 character"
            }
        }
    }
}
