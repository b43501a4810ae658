import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 解码: turns the bytes of a file into text, detecting UTF-8 (with or without BOM), UTF-16 (BOM, or
/// without one when its NUL pattern is clear) and GB18030/GBK, and refusing what is not text.
public enum Decoder {
    /// The default size limit: larger inputs are refused rather than risking the machine's memory.
    public static let defaultMaxBytes = 512 << 20

    /// Reads and decodes a file; `-` reads standard input.
    public static func read(path: String, maxBytes: Int = defaultMaxBytes) throws -> SourceText {
        let bytes = try readBytes(path: path, maxBytes: maxBytes)
        return try decode(bytes, name: path, maxBytes: maxBytes)
    }

    static func readBytes(path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > maxBytes { throw InputError.tooLarge(path: path, bytes: data.count, limit: maxBytes) }
            return [UInt8](data)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError.notFound(path: path) }
        if isDir.boolValue { throw InputError.isDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw InputError.unreadable(path: path, reason: "permission denied") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw InputError.tooLarge(path: path, bytes: size, limit: maxBytes)
        }
        return try readWhole(path)
    }

    /// The file's bytes, read straight into one array of the file's size (no mapping, no second copy).
    private static func readWhole(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        let size = fstat(fd, &st) == 0 ? max(0, Int(st.st_size)) : 0
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            // One byte more than the size, to see the end of the file in the same loop.
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw InputError.unreadable(path: path, reason: String(cString: strerror(failure))) }
        // The file grew while being read: take the rest in pieces.
        var chunk: [UInt8] = bytes.count > size ? Array(repeating: 0, count: 1 << 16) : []
        while bytes.count > size {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// Decodes bytes already in memory.
    public static func decode(_ bytes: [UInt8], name: String, maxBytes: Int = defaultMaxBytes) throws -> SourceText {
        if bytes.isEmpty { throw InputError.empty(path: name) }
        if bytes.count > maxBytes { throw InputError.tooLarge(path: name, bytes: bytes.count, limit: maxBytes) }
        let digest = SHA256.hex(bytes)
        let (scalars, encoding) = try decodeScalars(bytes, name: name)
        if let kind = controlHeavy(scalars) { throw InputError.binary(path: name, kind: kind) }
        if scalars.allSatisfy({ $0.properties.isWhitespace }) { throw InputError.whitespaceOnly(path: name) }
        return SourceText(name: name, encoding: encoding, sha256: digest, scalars: scalars)
    }

    private static func decodeScalars(_ bytes: [UInt8], name: String) throws -> ([Unicode.Scalar], String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if let bad = ByteSniffer.firstInvalidUTF8(body) {
                throw InputError.undecodable(path: name, offset: bad + 3, reason: "invalid UTF-8 after a UTF-8 byte-order mark")
            }
            return (utf8Scalars(body), "UTF-8 (BOM)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(Array(bytes[2...]), littleEndian: true, name: name, label: "UTF-16LE (BOM)", base: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(Array(bytes[2...]), littleEndian: false, name: name, label: "UTF-16BE (BOM)", base: 2) }
        if let kind = ByteSniffer.binaryKind(bytes) { throw InputError.binary(path: name, kind: kind) }
        let utf8Error = ByteSniffer.firstInvalidUTF8(bytes)
        if utf8Error == nil {
            if bytes.contains(0), let little = ByteSniffer.bomlessUTF16(bytes) {
                return try utf16(bytes, littleEndian: little, name: name, label: little ? "UTF-16LE" : "UTF-16BE", base: 0)
            }
            if bytes.contains(0) { throw InputError.binary(path: name, kind: "binary data (it holds NUL bytes)") }
            return (utf8Scalars(bytes), "UTF-8")
        }
        if let little = ByteSniffer.bomlessUTF16(bytes) {
            return try utf16(bytes, littleEndian: little, name: name, label: little ? "UTF-16LE" : "UTF-16BE", base: 0)
        }
        if bytes.contains(0) { throw InputError.binary(path: name, kind: "binary data (it holds NUL bytes)") }
        if let (offset, why) = ByteSniffer.firstInvalidGB18030(bytes) {
            throw InputError.undecodable(path: name, offset: offset, reason: why)
        }
        guard let text = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)) else {
            throw InputError.undecodable(path: name, offset: utf8Error ?? 0, reason: "invalid GB18030 text")
        }
        return (Array(text.unicodeScalars), "GB18030")
    }

    /// Decodes UTF-8 that `ByteSniffer.firstInvalidUTF8` has already found valid.
    private static func utf8Scalars(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        bytes.withUnsafeBufferPointer { b in
            // One scalar per byte that does not continue a sequence: allocate exactly that.
            var scalars = 0
            for byte in b where byte & 0xC0 != 0x80 { scalars += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: scalars) { out, count in
                var i = 0, n = 0
                while i < b.count {
                    let lead = UInt32(b[i])
                    var v: UInt32
                    switch lead {
                    case 0..<0x80: v = lead; i += 1
                    case 0xC0..<0xE0: v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    case 0xE0..<0xF0: v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    default:
                        v = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    }
                    out[n] = Unicode.Scalar(v)!
                    n += 1
                }
                count = n
            }
        }
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, name: String, label: String, base: Int) throws -> ([Unicode.Scalar], String) {
        if bytes.count % 2 != 0 {
            throw InputError.undecodable(path: name, offset: base + bytes.count - 1, reason: "UTF-16 text with an odd number of bytes (truncated)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(units.count)
        var decoder = UTF16()
        var it = units.makeIterator()
        var position = 0
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): out.append(s); position += s.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: throw InputError.undecodable(path: name, offset: base + position * 2, reason: "an unpaired UTF-16 surrogate")
            }
        }
        if out.contains(where: { $0.value == 0 }) { throw InputError.binary(path: name, kind: "binary data (NUL characters in UTF-16 text)") }
        return (out, label)
    }

    /// Text from a converter may hold a few form feeds; binary data decoded by luck holds many controls.
    private static func controlHeavy(_ s: [Unicode.Scalar]) -> String? {
        var controls = 0
        for c in s where c.value < 0x20 && c.value != 0x09 && c.value != 0x0A && c.value != 0x0D && c.value != 0x0C {
            if c.value == 0 { return "binary data (it holds NUL characters)" }
            controls += 1
        }
        return controls * 20 > s.count && controls > 8 ? "binary data (\(controls) control characters)" : nil
    }
}
