/// Small searches over text as scalars, the representation every stage works in.
extension ScalarCollection {
    /// Whether `word` occurs at `i`.
    @inline(__always)
    func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= startIndex, i + word.count <= endIndex else { return false }
        for k in 0..<word.count where self[i + k] != word[k] { return false }
        return true
    }

    /// The first offset in `r` where `word` starts.
    func find(_ word: [Unicode.Scalar], in r: Range<Int>) -> Int? {
        guard let first = word.first, r.count >= word.count else { return nil }
        var i = r.lowerBound
        let last = r.upperBound - word.count
        while i <= last {
            if self[i] == first, has(word, at: i) { return i }
            i += 1
        }
        return nil
    }

    func contains(_ word: [Unicode.Scalar], in r: Range<Int>) -> Bool { find(word, in: r) != nil }

    func string(_ r: Range<Int>) -> String { ScalarString.make(self[r]) }
}

extension Collection<Unicode.Scalar> {
    /// The number a short run of ASCII digits spells (the caller has checked they are digits), read
    /// without making a string.
    var decimalValue: Int { reduce(0) { $0 * 10 + Int($1.value) - 48 } }
}

extension String {
    /// Whether `word` occurs in the string, compared scalar by scalar. (With Foundation imported,
    /// `contains` on two strings goes through `NSString` and costs microseconds a call.)
    func containsScalars(_ word: String) -> Bool {
        let s = Array(unicodeScalars)
        return s.contains(Array(word.unicodeScalars), in: s.indices)
    }
}

/// Builds Strings from scalar slices by writing UTF-8 directly, several times faster than
/// going through `String.UnicodeScalarView`.
enum ScalarString {
    static func make(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes = 0
        for c in scalars { bytes += UTF8.width(c) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for c in scalars {
                let v = c.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v); i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }
}
