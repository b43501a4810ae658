/// Finds 发文字号 such as `乡政办发〔2023〕46号`, also with the brackets converters substitute
/// (`[2023]`, `［2023］`, `(2023)`, `【2023】`) and with a stray `第`.
struct DocNumberMatch: Sendable {
    let range: Range<Int>
    let agency: Range<Int>
    let year: Int
    let serial: Int
    /// Facts for the GB/T 9704 rule: the bracket used, a `第`, a leading zero.
    let bracket: Unicode.Scalar
    let hasDi: Bool
    let leadingZero: Bool
}

/// Scans text for 发文字号 from their year bracket.
enum DocNumberScanner {
    static let brackets: [Unicode.Scalar: Unicode.Scalar] = ["〔": "〕", "[": "]", "［": "］", "(": ")", "（": "）", "【": "】", "﹝": "﹞"]
    /// An agency code is at most this many characters.
    static let maxAgency = 12

    static func all(in s: some ScalarCollection, _ r: Range<Int>) -> [DocNumberMatch] {
        var out: [DocNumberMatch] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if brackets[s[i]] != nil, let m = at(s, i, r) { out.append(m); i = m.range.upperBound; continue }
            i += 1
        }
        return out
    }

    /// A document number whose year bracket opens at `i`.
    static func at(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>) -> DocNumberMatch? {
        guard let close = brackets[s[i]], i + 6 < r.upperBound else { return nil }
        var j = i + 1
        var year = 0
        for _ in 0..<4 { guard CharClass.isDigit(s[j]) else { return nil }; year = year * 10 + Int(s[j].value - 48); j += 1 }
        guard s[j] == close || (brackets[s[i]] != nil && CharClass.isCloser(s[j])) else { return nil }
        j += 1
        let hasDi = j < r.upperBound && s[j] == "第"
        if hasDi { j += 1 }
        let numStart = j
        var serial = 0
        while j < r.upperBound, CharClass.isDigit(s[j]), j - numStart < 6 { serial = serial * 10 + Int(s[j].value - 48); j += 1 }
        guard j > numStart, j < r.upperBound, s[j] == "号" else { return nil }
        var a = i
        while a > r.lowerBound, i - a < maxAgency, CharClass.isHan(s[a - 1]) { a -= 1 }
        guard a < i else { return nil }
        return DocNumberMatch(range: a..<(j + 1), agency: a..<i, year: year, serial: serial, bracket: s[i], hasDi: hasDi,
                              leadingZero: s[numStart] == "0")
    }
}
