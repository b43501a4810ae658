/// 签发人: splits `陈立新　周　敏` into the people who signed. The normalizer has dropped the spaces
/// between Chinese characters, so the gaps are read from the original text; a two-character name
/// padded to three (`周　敏`) is one name, not two.
enum SignatorySplitter {
    /// Normalized ranges of the names in `r`.
    static func split(_ c: ParseContext, _ r: Range<Int>) -> [Range<Int>] {
        // Runs of the normalized range whose scalars are contiguous in the original are one token.
        var tokens: [Range<Int>] = []
        var start = r.lowerBound
        for i in r.dropFirst() where c.lexed.text.map.original(i) != c.lexed.text.map.original(i - 1) + 1 || c.s[i] == " " {
            tokens.append(start..<i)
            start = c.s[i] == " " ? i + 1 : i
        }
        tokens.append(start..<r.upperBound)
        tokens = tokens.filter { !$0.isEmpty }
        // A lone character is half of a padded two-character name.
        var names: [Range<Int>] = []
        var k = 0
        while k < tokens.count {
            if tokens[k].count == 1, k + 1 < tokens.count, tokens[k + 1].count == 1 {
                names.append(tokens[k].lowerBound..<tokens[k + 1].upperBound)
                k += 2
            } else {
                names.append(tokens[k])
                k += 1
            }
        }
        return names
    }
}
