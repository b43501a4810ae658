/// 词表: a list of words as scalar arrays, built once, matched at an offset, as a suffix, exactly, or
/// anywhere in a range.
struct WordList: Sendable {
    /// The words, longest first.
    let words: [[Unicode.Scalar]]
    /// The words by the low 8 bits of their first (last) scalar, so an offset is compared only with
    /// the few words that can start (end) there: bucket `b` is `firstOrder[firstStarts[b]..<firstStarts[b + 1]]`,
    /// indices into `words`, longest first.
    private let firstStarts: [Int], firstOrder: [Int]
    private let lastStarts: [Int], lastOrder: [Int]
    /// The empty word's index, when the list holds it (it occurs everywhere).
    private let emptyIndex: Int?

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        (firstStarts, firstOrder) = WordList.buckets(self.words) { $0.first! }
        (lastStarts, lastOrder) = WordList.buckets(self.words) { $0.last! }
        emptyIndex = self.words.firstIndex { $0.isEmpty }
    }

    /// The non-empty words' indices grouped by the bucket of `key`, keeping their order in each.
    private static func buckets(_ words: [[Unicode.Scalar]], _ key: ([Unicode.Scalar]) -> Unicode.Scalar) -> ([Int], [Int]) {
        let indices = words.indices.filter { !words[$0].isEmpty }
        var starts = [Int](repeating: 0, count: 257)
        for k in indices { starts[bucket(key(words[k])) + 1] += 1 }
        for b in 0..<256 { starts[b + 1] += starts[b] }
        var order = [Int](repeating: 0, count: indices.count), next = starts
        for k in indices {
            let b = bucket(key(words[k]))
            order[next[b]] = k
            next[b] += 1
        }
        return (starts, order)
    }

    @inline(__always) private static func bucket(_ c: Unicode.Scalar) -> Int { Int(c.value & 255) }

    /// The longest word that occurs at `i`.
    func match(_ s: some ScalarCollection, at i: Int) -> [Unicode.Scalar]? { matchIndex(s, at: i).map { words[$0] } }

    /// The longest word that ends exactly at `end`.
    func suffix(_ s: some ScalarCollection, endingAt end: Int, from start: Int = 0) -> [Unicode.Scalar]? {
        suffixIndex(s, endingAt: end, from: start).map { words[$0] }
    }

    /// `match`, as the word's index in `words`.
    func matchIndex(_ s: some ScalarCollection, at i: Int) -> Int? {
        if i >= s.startIndex, i < s.endIndex {
            let b = WordList.bucket(s[i])
            for j in firstStarts[b]..<firstStarts[b + 1] where s.has(words[firstOrder[j]], at: i) { return firstOrder[j] }
        }
        return emptyIndex
    }

    /// `suffix`, as the word's index in `words`.
    func suffixIndex(_ s: some ScalarCollection, endingAt end: Int, from start: Int = 0) -> Int? {
        if end > s.startIndex, end <= s.endIndex {
            let b = WordList.bucket(s[end - 1])
            for j in lastStarts[b]..<lastStarts[b + 1] {
                let w = words[lastOrder[j]]
                if end - w.count >= start, s.has(w, at: end - w.count) { return lastOrder[j] }
            }
        }
        return end >= start ? emptyIndex : nil
    }

    /// The word that is exactly `r`, as its index in `words`.
    func exactIndex(_ s: some ScalarCollection, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty else { return emptyIndex }
        let b = WordList.bucket(s[r.lowerBound])
        for j in firstStarts[b]..<firstStarts[b + 1] where words[firstOrder[j]].count == r.count && s.has(words[firstOrder[j]], at: r.lowerBound) {
            return firstOrder[j]
        }
        return nil
    }

    /// Whether any word occurs within `r`: one pass over `r`, each offset compared only with the
    /// words whose first scalar falls in its bucket.
    func anyOccurs(in s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        for i in r {
            let b = WordList.bucket(s[i])
            for j in firstStarts[b]..<firstStarts[b + 1] {
                let w = words[firstOrder[j]]
                if i + w.count <= r.upperBound, s.has(w, at: i) { return true }
            }
        }
        return false
    }
}
