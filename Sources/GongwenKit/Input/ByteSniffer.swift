/// 字节嗅探: what the raw bytes say before decoding: binary signatures (magic numbers), the NUL
/// pattern of UTF-16 without a byte-order mark, and where GB18030 byte structure breaks.
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

    /// What the bytes are, when their start shows they are not text: a known signature, or (when they
    /// are not UTF-16, which is full of NULs) more than 1 in 20 of the first 64 KiB control bytes.
    /// The same answer from the first chunk of a file as from all of it, so a reader can stop early.
    static func notText(_ b: [UInt8]) -> String? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) || b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return nil }
        if let kind = binaryKind(b) { return kind }
        if bomlessUTF16(b) != nil { return nil }
        let (controls, window) = controlShare(b)
        return controls >= 3 && controls * 20 > window ? "binary data (\(controls) control bytes such as NUL in its first \(window))" : nil
    }

    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (magic, kind) in signatures where bytes.count >= magic.count && Array(bytes[0..<magic.count]) == magic {
            return kind
        }
        return nil
    }

    /// UTF-16 without a byte-order mark: text in it has NUL bytes on one side of most ASCII
    /// characters (line ends, digits, spaces), and seldom on the other (only a CJK character such as
    /// `一` U+4E00 has one there). Returns true for little-endian, false for big-endian, nil otherwise.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        let n = min(bytes.count, 1 << 16)
        var i = 0
        while i + 1 < n {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
            i += 2
        }
        let units = n / 2
        // The NUL side must be a real share of the text (a stray NUL in UTF-8 is not UTF-16), and
        // the other side nearly free of them.
        func clear(_ side: Int, _ other: Int) -> Bool { side * 64 >= units && side >= 2 && other * 8 <= side }
        if clear(oddZero, evenZero) { return true }
        if clear(evenZero, oddZero) { return false }
        // Chinese text has NULs on the other side too: 　 U+3000, 一 U+4E00 and 开 U+5F00 end in 00,
        // and an indented notice is full of 　. Then the reading that gives text wins, when one clearly does.
        guard max(evenZero, oddZero) * 64 >= units, max(evenZero, oddZero) >= 2 else { return nil }
        let little = textShare(bytes[..<n], littleEndian: true), big = textShare(bytes[..<n], littleEndian: false)
        // Measured: the right order reads ≥ 99.7 % as text on 170 notices, the wrong one ≤ 58 %.
        if little >= 0.9 && big <= 0.75 { return true }
        if big >= 0.9 && little <= 0.75 { return false }
        return nil
    }

    /// The share of UTF-16 code units, read in one byte order, that are what a notice is written in:
    /// ASCII text and line ends, CJK ideographs and punctuation, full-width forms, and surrogates
    /// (characters past U+FFFF). Text read in the wrong order scores low.
    static func textShare(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Double {
        var text = 0, units = 0
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            let u = littleEndian ? a | b << 8 : a << 8 | b
            switch u {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x2000...0x206F, 0x3000...0x303F, 0x3400...0x9FFF,
                 0xD800...0xDFFF, 0xFF00...0xFFEF: text += 1
            default: break
            }
            units += 1
            i += 2
        }
        return units == 0 ? 0 : Double(text) / Double(units)
    }

    /// The offset of the first byte of an ill-formed UTF-8 sequence, or nil when all is well formed.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                if p[i] < 0x80 { i += 1; continue }
                let (value, next) = LenientDecoding.utf8Sequence(p, i)
                if value == nil { return i }
                i = next
            }
            return nil
        }
    }

    /// Every place where GB18030's byte structure breaks (at most `limit`), with why; empty when well formed.
    static func gb18030Damage(_ b: [UInt8], limit: Int) -> [(offset: Int, length: Int, why: DecodeIssue.Damage)] {
        var found: [(offset: Int, length: Int, why: DecodeIssue.Damage)] = []
        var i = 0
        let n = b.count
        while i < n, found.count < limit {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c == 0x80 || c == 0xFF { found.append((i, 1, .badLead(c))); i += 1; continue }
            guard i + 1 < n else { found.append((i, n - i, truncated)); break }
            let d = b[i + 1]
            if (0x40...0x7E).contains(d) || (0x80...0xFE).contains(d) { i += 2; continue }
            if (0x30...0x39).contains(d) {
                guard i + 3 < n else { found.append((i, n - i, truncated)); break }
                if (0x81...0xFE).contains(b[i + 2]) && (0x30...0x39).contains(b[i + 3]) { i += 4; continue }
            }
            found.append((i, 1, .invalid(encoding: "GB18030")))
            i += 1
        }
        return found
    }

    static let truncated = DecodeIssue.Damage.truncated(encoding: "GB18030")

    /// How many bytes are C0 controls other than layout (NUL, ESC, …; not tab, line ends, form
    /// feed), over the first `window` bytes. UTF-8 and GB18030 text never has them inside a
    /// character, so they tell binary data from damaged text.
    static func controlShare(_ b: [UInt8], window: Int = 1 << 16) -> (controls: Int, of: Int) {
        let n = min(b.count, window)
        var found = 0
        for i in 0..<n where b[i] < 0x20 && !ControlCharacters.isLayout(UInt32(b[i])) { found += 1 }
        return (found, n)
    }
}
