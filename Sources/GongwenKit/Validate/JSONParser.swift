/// JSON 解析: a strict RFC 8259 parser for files handed to `gongwen validate`. It reports the line
/// and column of the first syntax error, refuses duplicate keys (which make a document ambiguous)
/// and nesting deeper than `maxDepth` (so hostile input cannot exhaust the stack).
public struct JSONParser {
    /// A syntax error with its 1-based line and column (column in bytes).
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    public static let maxDepth = 512

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0

    /// Parses a whole document (a UTF-8 byte-order mark is skipped).
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var p = JSONParser(bytes: bytes)
        if let bad = ByteSniffer.firstInvalidUTF8(bytes) {
            p.i = bad
            throw p.error("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
        p.skipSpace()
        let value = try p.value()
        p.skipSpace()
        if p.i < bytes.count { throw p.error("unexpected \(p.describe()) after the end of the document") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value() throws(SyntaxError) -> JSONValue {
        guard i < bytes.count else { throw error("the document ends where a value was expected") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected \(describe()) where a value was expected")
        }
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        skipSpace()
        if peek(UInt8(ascii: "}")) { i += 1; depth -= 1; return .object([:]) }
        // Room for a typical object's members from the start, rather than growing at 1, 2, 4 and 8.
        var o = [String: JSONValue](minimumCapacity: 8)
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a key in double quotes, found \(describe())") }
            let keyStart = i
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "a colon after the key \"\(key)\"")
            skipSpace()
            let v = try value()
            if o.updateValue(v, forKey: key) != nil {
                i = keyStart
                // Swift's strings compare by canonical equivalence: `é` and `e` + U+0301 are one key to them.
                if let first = o.index(forKey: key).map({ o[$0].key }), !first.utf8.elementsEqual(key.utf8) {
                    throw error("the keys \"\(first)\" and \"\(key)\" differ only in Unicode normalization, which gongwen cannot keep apart")
                }
                throw error("the key \"\(key)\" appears twice in one object")
            }
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            try expect(UInt8(ascii: "}"), "a comma or } in an object")
            depth -= 1
            return .object(o)
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var a: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { i += 1; depth -= 1; return .array(a) }
        while true {
            skipSpace()
            a.append(try value())
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            try expect(UInt8(ascii: "]"), "a comma or ] in an array")
            depth -= 1
            return .array(a)
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        i += 1
        // Most strings have no escapes: take them in one piece.
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                // The whole file is valid UTF-8 (checked first), and escapes add whole scalars.
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
                default: i -= 1; throw error("unknown escape \\\(describe())")
                }
            case 0..<0x20:
                throw error("a control character (U+\(String(b, radix: 16, uppercase: true))) inside a string must be escaped")
            default:
                out.append(b)
                i += 1
            }
        }
        throw error("a string is not closed")
    }

    /// After `\u`: four hex digits, or a surrogate pair as two escapes.
    private mutating func unicodeEscape() throws(SyntaxError) -> [UInt8] {
        var v = try hex4()
        if (0xD800...0xDBFF).contains(v) {
            guard peek(UInt8(ascii: "\\")), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else { throw error("a lone surrogate \\u escape") }
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate \\u escape") }
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(v) {
            throw error("a lone surrogate \\u escape")
        }
        return Array(String(Unicode.Scalar(v)!).utf8)
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        // Digits only: `UInt32(_:radix:)` would also take a sign (`\u+02D`).
        guard i + 4 <= bytes.count, bytes[i..<(i + 4)].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else {
            throw error("\\u must be followed by four hex digits")
        }
        let v = bytes[i..<(i + 4)].reduce(UInt32(0)) { $0 << 4 | UInt32(Character(Unicode.Scalar($1)).hexDigitValue!) }
        i += 4
        return v
    }

    /// An integer literal that fits is `.int`; any other number `.double`.
    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = i
        func digits() -> Int { let s = i; while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }; return i - s }
        if peek(UInt8(ascii: "-")) { i += 1 }
        let intStart = i
        let n = digits()
        guard n > 0 else { throw error("a number needs digits") }
        if n > 1 && bytes[intStart] == UInt8(ascii: "0") { i = intStart; throw error("a number must not start with 0") }
        var integral = true
        if peek(UInt8(ascii: ".")) { integral = false; i += 1; guard digits() > 0 else { throw error("digits must follow the decimal point") } }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            integral = false
            i += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { throw error("digits must follow the exponent") }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if integral, let n = Int(text) { return .int(n) }
        guard let d = Double(text), d.isFinite else { i = start; throw error("a number out of range") }
        return .double(d)
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw error("unexpected \(describe()) where a value was expected") }
        i += w.count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw error("nested deeper than \(Self.maxDepth) levels") }
    }

    private mutating func expect(_ b: UInt8, _ what: String) throws(SyntaxError) {
        guard peek(b) else { throw error("expected \(what), found \(describe())") }
        i += 1
    }

    private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// What is at the current position, for messages.
    private func describe() -> String {
        guard i < bytes.count else { return "the end of the file" }
        let b = bytes[i]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    private func position() -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for k in 0..<min(i, bytes.count) where bytes[k] == 0x0A { line += 1; lineStart = k + 1 }
        return (line, i - lineStart + 1)
    }

    private func error(_ message: String) -> SyntaxError {
        let p = position()
        return SyntaxError(line: p.line, column: p.column, message: message)
    }
}
