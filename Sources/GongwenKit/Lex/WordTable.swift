/// 对照表: words that each carry a value (a role label and its role, a column heading and its
/// column), matched the way `WordList` matches them, so a rule reads the value without making a string.
struct WordTable<Value: Sendable>: Sendable {
    let list: WordList
    /// The value of each of `list.words`, in that order.
    private let values: [Value]

    /// One pair per word; a word given twice keeps its first value.
    init(_ pairs: [(String, Value)]) {
        list = WordList(pairs.map(\.0))
        var byWord: [String: Value] = [:]
        for (word, value) in pairs where byWord[word] == nil { byWord[word] = value }
        values = list.words.map { byWord[String(String.UnicodeScalarView($0))]! }
    }

    /// The longest word at `i` and its value.
    func match(_ s: some ScalarCollection, at i: Int) -> (word: [Unicode.Scalar], value: Value)? {
        list.matchIndex(s, at: i).map { (list.words[$0], values[$0]) }
    }

    /// The longest word ending at `end` (and starting at or after `start`) and its value.
    func suffix(_ s: some ScalarCollection, endingAt end: Int, from start: Int = 0) -> (word: [Unicode.Scalar], value: Value)? {
        list.suffixIndex(s, endingAt: end, from: start).map { (list.words[$0], values[$0]) }
    }

    /// The value of the word that is exactly `r`.
    func exact(_ s: some ScalarCollection, _ r: Range<Int>) -> Value? {
        list.exactIndex(s, r).map { values[$0] }
    }
}
