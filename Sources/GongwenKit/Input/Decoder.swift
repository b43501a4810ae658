/// 解码: turns the bytes of a file into text, detecting UTF-8 (with or without BOM), UTF-16 (BOM, or
/// without one when its NUL pattern is clear) and GB18030/GBK, and refusing what is not text.
///
/// A file that is text with a few damaged places (at most one per `damageRatio` characters: a bad
/// byte in the middle, a last character cut in half) is read, each damaged place as U+FFFD with a
/// warning; a file with more is refused, naming the first damaged byte.
public enum Decoder {
    /// The default size limit: larger inputs are refused rather than risking the machine's memory.
    public static let defaultMaxBytes = 512 << 20
    /// The highest limit there can be: offsets are kept in 32 bits, and no encoding gives more
    /// scalars than bytes.
    public static let largestMaxBytes = Int(Int32.max)
    /// At most one damaged place per this many decoded characters is read past.
    static let damageRatio = 100

    /// Reads and decodes a file; `-` reads standard input.
    public static func read(path: String, maxBytes: Int = defaultMaxBytes) throws -> SourceText {
        let limit = min(maxBytes, largestMaxBytes)
        return try decode(try readBytes(path: path, maxBytes: limit), name: path, maxBytes: limit)
    }

    /// The bytes of a file (`-` for standard input), refused as `read` refuses them.
    static func readBytes(path: String, maxBytes: Int) throws -> [UInt8] {
        try FileReader.read(path: path, maxBytes: maxBytes) { first in
            if let kind = ByteSniffer.notText(first) { throw InputError.binary(path: path, kind: kind) }
        }
    }

    /// Decodes bytes already in memory.
    public static func decode(_ bytes: [UInt8], name: String, maxBytes: Int = defaultMaxBytes) throws -> SourceText {
        if bytes.isEmpty { throw InputError.empty(path: name) }
        let limit = min(maxBytes, largestMaxBytes)
        if bytes.count > limit { throw InputError.tooLarge(path: name, bytes: bytes.count, limit: limit) }
        let (decoded, encoding) = try decodeScalars(bytes, name: name)
        let scalars = decoded.scalars
        let controls = ControlCharacters.scan(scalars)
        if let kind = controls.binaryKind { throw InputError.binary(path: name, kind: kind) }
        if scalars.allSatisfy({ $0.properties.isWhitespace }) { throw InputError.whitespaceOnly(path: name) }
        let issues = damageIssues(decoded.damage) + controls.issues
        return SourceText(name: name, encoding: encoding, sha256: SHA256.hex(bytes), scalars: scalars, issues: issues)
    }

    private static func decodeScalars(_ bytes: [UInt8], name: String) throws -> (LenientDecoding.Result, String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try accept(LenientDecoding.utf8(bytes[3...], base: 3), name), "UTF-8 (BOM)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try accept(LenientDecoding.utf16(bytes[2...], littleEndian: true, base: 2), name), "UTF-16LE (BOM)")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try accept(LenientDecoding.utf16(bytes[2...], littleEndian: false, base: 2), name), "UTF-16BE (BOM)")
        }
        if let kind = ByteSniffer.notText(bytes) { throw InputError.binary(path: name, kind: kind) }
        if let little = ByteSniffer.bomlessUTF16(bytes) {
            let result = LenientDecoding.utf16(bytes[...], littleEndian: little, base: 0)
            return (try accept(result, name), little ? "UTF-16LE" : "UTF-16BE")
        }
        let utf8 = LenientDecoding.utf8(bytes[...])
        if utf8.damage.isEmpty { return (utf8, "UTF-8") }
        // UTF-8 is strict: bytes that hold many well-formed multi-byte characters are UTF-8, however
        // damaged. GB18030 is loose (UTF-8 read as GB18030 is mostly "well formed"), so it is
        // tried only when UTF-8 does not fit, and must then have fewer damaged places.
        let wellFormed = utf8.scalars.count - utf8.damage.count - bytes.count(where: { $0 < 0x80 })
        if wellFormed < 2 * utf8.damage.count {
            let places = ByteSniffer.gb18030Damage(bytes, limit: utf8.damage.count)
            if places.count < utf8.damage.count, let gb = LenientDecoding.gb18030(bytes, damage: places) {
                return (try accept(gb, name), "GB18030")
            }
        }
        return (try accept(utf8, name), "UTF-8")
    }

    /// The result when its damage is tolerable; otherwise the refusal, naming the first damaged byte.
    private static func accept(_ r: LenientDecoding.Result, _ name: String) throws -> LenientDecoding.Result {
        guard let first = r.damage.first, r.damage.count * damageRatio > r.scalars.count else { return r }
        let count = r.damage.count == 1 ? "" : " (the first of \(r.damage.count) damaged places)"
        throw InputError.undecodable(path: name, offset: first.byte, reason: "\(first.why.english)\(count)")
    }

    private static func damageIssues(_ damage: [LenientDecoding.Damage]) -> [DecodeIssue] {
        damage.map { .damaged(byte: $0.byte, at: $0.scalar, why: $0.why) }
    }
}
