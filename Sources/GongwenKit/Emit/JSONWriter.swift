import Foundation

/// JSON 字节写入: appends JSON tokens as UTF-8 bytes to one buffer, handing full chunks to a sink.
///
/// It knows punctuation, indentation (2 spaces when pretty), string escaping and numbers; which
/// token comes next is decided by `JSONStreamEncoder`, which drives it from `encode(to:)`.
/// The buffer is a plain allocation (not an array): one byte costs a compare and a store.
final class JSONWriter {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written and not yet handed to the sink. Only this class touches it, one call at a time,
    /// so the run-time exclusivity check is left out.
    @exclusivity(unchecked) private var count = 0
    let pretty: Bool
    /// Receives the buffer each time it passes `chunkSize`; nil keeps everything in the buffer.
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    private let chunkSize = 1 << 16

    init(pretty: Bool, sink: ((UnsafeRawBufferPointer) throws -> Void)?) {
        self.pretty = pretty
        self.sink = sink
        capacity = 1 << 17
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Everything written (when there is no sink).
    var data: Data { Data(bytes: buffer, count: count) }

    /// Hands what is buffered to the sink (only when there is one).
    func flush() throws {
        guard let sink, count > 0 else { return }
        try sink(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// Called between values: flushes a full chunk.
    @inline(__always) func maybeFlush() throws {
        if sink != nil, count >= chunkSize { try flush() }
    }

    /// Makes room for `n` more bytes.
    @inline(__always) private func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        capacity = max(capacity * 2, count + n)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
    }

    @inline(__always) func byte(_ b: UInt8) {
        reserve(1)
        buffer[count] = b
        count += 1
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// A line break and `depth` levels of indentation (pretty only).
    func newline(depth: Int) {
        guard pretty else { return }
        reserve(1 + 2 * depth)
        buffer[count] = 0x0A
        (buffer + count + 1).update(repeating: 0x20, count: 2 * depth)
        count += 1 + 2 * depth
    }

    /// `"key" : ` (or `"key":` when compact).
    func key(_ k: String) {
        string(k)
        separator()
    }

    /// Between a key and its value: ` : ` when pretty, as Foundation's `JSONEncoder` writes it (the
    /// recorded outputs and the tests that edit them keep that form), `:` when compact.
    func separator() {
        raw(pretty ? " : " : ":")
    }

    /// A JSON string: `"` and `\` escaped, \n \r \t as such, other control characters as \u00XX;
    /// `/` and non-ASCII characters are written as they are.
    func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            byte(UInt8(ascii: "\""))
            var runStart = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                if runStart < i { append(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                escape(b)
            }
            if runStart < utf8.count { append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
            byte(UInt8(ascii: "\""))
        }
    }

    private func escape(_ b: UInt8) {
        byte(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte(b)
        case 0x0A: byte(UInt8(ascii: "n"))
        case 0x0D: byte(UInt8(ascii: "r"))
        case 0x09: byte(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            for c in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]] { byte(c) }
        }
    }

    /// A decimal integer.
    func integer<I: BinaryInteger>(_ value: I) {
        if value.bitWidth > 64 { raw(String(value)); return }
        if value == 0 { byte(UInt8(ascii: "0")); return }
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
        if value < 0 { byte(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { d in
            for k in stride(from: n - 1, through: 0, by: -1) { byte(d[k]) }
        }
    }

    /// Raw ASCII text that is already valid JSON (`true`, `null`, a number's description).
    func raw(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
    }

    func raw(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }
}
