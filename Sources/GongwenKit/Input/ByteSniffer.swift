/// Recognises files that are plainly not text by their first bytes (magic numbers).
enum ByteSniffer {
    /// 文件签名: known binary signatures and what to call them in a message.
    static let signatures: [(magic: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF file"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (a .docx or .xlsx file is one)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.doc/.xls)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
        ([0x4D, 0x5A], "an executable (PE)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7B, 0x5C, 0x72, 0x74, 0x66], "an RTF document"),
    ]

    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (magic, kind) in signatures where bytes.count >= magic.count && Array(bytes[0..<magic.count]) == magic {
            return kind
        }
        return nil
    }

    /// UTF-16 without a byte-order mark: text in it has NUL bytes on one side of most ASCII
    /// characters (line ends, digits). Returns true for little-endian, false for big-endian, nil otherwise.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var evenZero = 0, oddZero = 0
        let n = min(bytes.count, 1 << 16)
        var i = 0
        while i + 1 < n {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
            i += 2
        }
        if oddZero > 0 && evenZero == 0 { return true }
        if evenZero > 0 && oddZero == 0 { return false }
        return nil
    }

    /// The offset of the first byte that cannot start or continue a UTF-8 sequence, or nil when valid
    /// (then `Decoder` decodes it without further checks).
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int
            if c >= 0xC2 && c <= 0xDF { len = 2 } else if c >= 0xE0 && c <= 0xEF { len = 3 } else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return i }
            if i + len > n { return i }
            for j in 1..<len where b[i + j] & 0xC0 != 0x80 { return i }
            // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either.
            let second = b[i + 1]
            if (c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0) || (c == 0xF0 && second < 0x90) || (c == 0xF4 && second >= 0x90) {
                return i
            }
            i += len
        }
        return nil
    }

    /// The offset of the first byte that breaks GB18030's structure, with why; nil when well formed.
    static func firstInvalidGB18030(_ b: [UInt8]) -> (Int, String)? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c == 0x80 || c == 0xFF { return (i, "byte 0x\(String(c, radix: 16)) cannot start a character") }
            guard i + 1 < n else { return (i, "the file ends inside a GB18030 character (truncated)") }
            let d = b[i + 1]
            if (0x40...0x7E).contains(d) || (0x80...0xFE).contains(d) { i += 2; continue }
            if (0x30...0x39).contains(d) {
                guard i + 3 < n else { return (i, "the file ends inside a GB18030 character (truncated)") }
                if (0x81...0xFE).contains(b[i + 2]) && (0x30...0x39).contains(b[i + 3]) { i += 4; continue }
            }
            return (i, "an invalid GB18030 byte sequence")
        }
        return nil
    }
}
