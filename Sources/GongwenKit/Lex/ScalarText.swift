/// Small searches over arrays of Unicode scalars, the representation every stage works in.
extension Array where Element == Unicode.Scalar {
    /// Whether `word` occurs at `i`.
    @inline(__always)
    func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
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

/// Builds Strings from scalar slices by writing UTF-8 directly, several times faster than
/// going through `String.UnicodeScalarView`.
enum ScalarString {
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
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

/// Word lists as scalar arrays, built once.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    /// Bit `value % 64` of every word's first (last) scalar: most offsets are ruled out by one AND.
    private let firstBits: UInt64
    private let lastBits: UInt64

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        let hasEmpty = self.words.contains { $0.isEmpty }
        firstBits = hasEmpty ? ~0 : self.words.reduce(0) { $0 | WordList.bit($1.first!) }
        lastBits = hasEmpty ? ~0 : self.words.reduce(0) { $0 | WordList.bit($1.last!) }
    }

    @inline(__always) private static func bit(_ c: Unicode.Scalar) -> UInt64 { 1 << UInt64(c.value & 63) }

    /// The longest word that occurs at `i`.
    func match(_ s: [Unicode.Scalar], at i: Int) -> [Unicode.Scalar]? {
        if i >= 0, i < s.count, firstBits & WordList.bit(s[i]) == 0 { return nil }
        return words.first { s.has($0, at: i) }
    }

    /// The longest word that ends exactly at `end`.
    func suffix(_ s: [Unicode.Scalar], endingAt end: Int, from start: Int = 0) -> [Unicode.Scalar]? {
        if end > 0, end <= s.count, lastBits & WordList.bit(s[end - 1]) == 0 { return nil }
        return words.first { end - $0.count >= start && s.has($0, at: end - $0.count) }
    }

    /// Whether any word occurs within `r`: one pass over `r`, most offsets ruled out by the first-scalar bits.
    func anyOccurs(in s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for i in r where firstBits & WordList.bit(s[i]) != 0 {
            if words.contains(where: { !$0.isEmpty && i + $0.count <= r.upperBound && s.has($0, at: i) }) { return true }
        }
        return false
    }
}
