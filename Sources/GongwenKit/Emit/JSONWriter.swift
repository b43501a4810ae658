/// JSON 字节写入: appends JSON tokens as UTF-8 bytes to one buffer, handing full chunks to a sink.
///
/// It knows punctuation, indentation (2 spaces when pretty), string escaping and numbers; which
/// token comes next is decided by `JSONStreamEncoder`, which drives it from `encode(to:)`.
final class JSONWriter {
    /// The bytes written and not yet handed to the sink.
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Receives the buffer each time it passes `chunkSize`; nil keeps everything in `bytes`.
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    private let chunkSize = 1 << 16

    init(pretty: Bool, sink: ((UnsafeRawBufferPointer) throws -> Void)?) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 1 << 16 : chunkSize + 4096)
    }

    /// Hands what is buffered to the sink (only when there is one).
    func flush() throws {
        guard let sink, !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always) func byte(_ b: UInt8) { bytes.append(b) }

    /// Called between values: flushes a full chunk.
    @inline(__always) func maybeFlush() throws {
        if sink != nil, bytes.count >= chunkSize { try flush() }
    }

    /// A line break and `depth` levels of indentation (pretty only).
    func newline(depth: Int) {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// `"key": ` (or `"key":` when compact).
    func key(_ k: String) {
        string(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
    }

    /// A JSON string: `"` and `\` escaped, \n \r \t as such, other control characters as \u00XX;
    /// `/` and non-ASCII characters are written as they are.
    func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var runStart = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                escape(b)
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private func escape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }

    /// A decimal integer.
    func integer<I: BinaryInteger>(_ value: I) {
        if value.bitWidth > 64 { raw(String(value)); return }
        if value == 0 { bytes.append(UInt8(ascii: "0")); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = value.magnitude
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while magnitude > 0 {
                d[n] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                n += 1
            }
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { d in
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    /// Raw ASCII text that is already valid JSON (`true`, `null`, a number's description).
    func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }
}
