/// 原文: the decoded text of one input, with what is known about where it came from.
public struct SourceText: Sendable {
    /// The file name as given, or `-` for standard input.
    public let name: String
    /// The encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `GB18030`, …).
    public let encoding: String
    /// SHA-256 of the raw bytes, lowercase hex.
    public let sha256: String
    /// The decoded text as Unicode scalars; every span indexes into it. Empty in the copy
    /// `withoutText()` makes, whose positions still resolve.
    public let scalars: ScalarBuffer
    /// How many scalars the decoded text has.
    public let characterCount: Int
    /// Offsets where each line starts (after `\n`, `\r\n` or a lone `\r`), for showing positions;
    /// 32 bits, as a large notice has over a million lines.
    public let lineStarts: [Int32]
    /// Damage and stray control characters the decoder found and read past.
    public let issues: [DecodeIssue]

    public init(name: String, encoding: String, sha256: String, scalars: ScalarBuffer, issues: [DecodeIssue] = []) {
        self.name = name
        self.encoding = encoding
        self.sha256 = sha256
        self.scalars = scalars
        self.characterCount = scalars.count
        self.lineStarts = SourceText.computeLineStarts(scalars)
        self.issues = issues
    }

    public init(name: String, encoding: String, sha256: String, scalars: [Unicode.Scalar], issues: [DecodeIssue] = []) {
        self.init(name: name, encoding: encoding, sha256: sha256, scalars: ScalarBuffer(scalars), issues: issues)
    }

    public init(name: String, text: String) {
        self.init(name: name, encoding: "UTF-8", sha256: SHA256.hex(Array(text.utf8)), scalars: ScalarBuffer(text.unicodeScalars))
    }

    private init(withoutTextOf s: SourceText) {
        name = s.name
        encoding = s.encoding
        sha256 = s.sha256
        scalars = ScalarBuffer()
        characterCount = s.characterCount
        lineStarts = s.lineStarts
        issues = s.issues
    }

    /// This source without its text: what is known about it, and its line starts, so spans still
    /// resolve to lines. The pipeline keeps this once the text is normalized, so the text of a large
    /// notice leaves memory when its caller lets it go.
    public func withoutText() -> SourceText { SourceText(withoutTextOf: self) }

    /// The 1-based line that holds `offset`.
    public func line(of offset: Int) -> Int {
        // The last line starting at or before `offset` (the first line for an offset before the text).
        max(1, lineStarts.firstIndex(notBefore: { Int($0) <= offset }))
    }

    /// The 1-based column of `offset` on its line, counted in scalars.
    public func column(of offset: Int) -> Int { offset - Int(lineStarts[line(of: offset) - 1]) + 1 }

    /// The original text covered by `span`.
    public func text(_ span: Span) -> String {
        let lo = min(max(0, span.start), scalars.count), hi = min(max(lo, span.end), scalars.count)
        return ScalarString.make(scalars[lo..<hi])
    }

    private static func computeLineStarts(_ s: some ScalarCollection) -> [Int32] {
        var starts: [Int32] = [0]
        var i = 0
        while i < s.count {
            let v = s[i].value
            if v == 0x0A {
                starts.append(Int32(i + 1))
            } else if v == 0x0D {
                if i + 1 < s.count, s[i + 1].value == 0x0A { i += 1 }
                starts.append(Int32(i + 1))
            }
            i += 1
        }
        return starts
    }
}
