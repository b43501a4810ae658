/// 控制字符: C0 control characters in decoded text. Tab, line ends, form feeds (a PDF converter's
/// page breaks) and vertical tabs are layout; the others (NUL, BEL, ESC, DEL …) are not text. A few of
/// them are ignored with a warning; many mean the file is binary data that decoded by luck.
struct ControlCharacters {
    var count = 0
    /// Scalars scanned.
    var total = 0
    var first: Int?
    var firstValue: UInt32 = 0

    /// Controls that shape the layout rather than damage it.
    static func isLayout(_ v: UInt32) -> Bool { v == 0x09 || v == 0x0A || v == 0x0B || v == 0x0C || v == 0x0D }

    static func scan(_ s: some ScalarCollection) -> ControlCharacters {
        var result = ControlCharacters()
        result.total = s.count
        for (i, c) in s.enumerated() {
            let v = c.value
            guard v < 0x20 || v == 0x7F, !isLayout(v) else { continue }
            if result.first == nil { result.first = i; result.firstValue = v }
            result.count += 1
        }
        return result
    }

    /// Why the text is binary data, when it holds too many controls to be text (over 1 in 20, and at least 3).
    var binaryKind: String? {
        count >= 3 && count * 20 > total ? "binary data (\(count) control characters)" : nil
    }

    /// The issue to report, if any control character was found.
    var issues: [DecodeIssue] {
        first.map { [.controlCharacters(count: count, first: $0, value: firstValue)] } ?? []
    }
}
