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

    func string(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(self[r])) }
}

/// Word lists as scalar arrays, built once.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    init(_ words: [String]) { self.words = words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count } }

    /// The longest word that occurs at `i`.
    func match(_ s: [Unicode.Scalar], at i: Int) -> [Unicode.Scalar]? { words.first { s.has($0, at: i) } }

    /// The longest word that ends exactly at `end`.
    func suffix(_ s: [Unicode.Scalar], endingAt end: Int, from start: Int = 0) -> [Unicode.Scalar]? {
        words.first { end - $0.count >= start && s.has($0, at: end - $0.count) }
    }

    func anyOccurs(in s: [Unicode.Scalar], _ r: Range<Int>) -> Bool { words.contains { s.contains($0, in: r) } }
}
