/// 标准编号: a standard code such as `HJ 2026`, `HJ1209—2021`, `GB/T 9704-2012`, `DB11/T 1234-2020`.
enum StandardCode {
    /// Prefixes of Chinese national, sector and local standards.
    static let prefixes = WordList([
        "GB/T", "GB/Z", "GBZ", "GB", "HJ/T", "HJ", "JGJ/T", "JGJ", "CJJ/T", "CJJ", "CJ/T", "DL/T", "NB/T", "SL", "YY/T", "YY",
        "WS/T", "WS", "JB/T", "QB/T", "HG/T", "SH/T", "SY/T", "GA/T", "GA", "JT/T", "TB", "MH/T", "LY/T", "NY/T", "QX/T",
        "CH/T", "DZ/T", "MT/T", "AQ", "DB", "T/",
    ])
    static let dashes: ScalarSet = ["-", "—", "－", "–", "‐"]

    /// The code starting at `i`, if any.
    static func at(_ s: some ScalarCollection, _ i: Int, _ end: Int) -> Range<Int>? {
        guard i < end, let p = prefixes.match(s, at: i) else { return nil }
        if i > 0, CharClass.isASCIILetter(s[i - 1]) { return nil }
        var j = i + p.count
        if p.last == "B", p.count == 2, p.first == "D" {
            // DB11/T: a province number and an optional /T (or a T without its slash, `DB22T`).
            while j < end, CharClass.isDigit(s[j]) { j += 1 }
            if j + 1 < end, s[j] == "/", s[j + 1] == "T" { j += 2 } else if j > i + p.count, j < end, s[j] == "T" { j += 1 }
        }
        if p == Array("T/".unicodeScalars) { while j < end, CharClass.isASCIILetter(s[j]) { j += 1 } }
        if j < end, s[j] == " " { j += 1 }
        let digits = j
        while j < end, CharClass.isDigit(s[j]) || (s[j] == "." && j + 1 < end && CharClass.isDigit(s[j + 1])) { j += 1 }
        guard j > digits else { return nil }
        if j + 2 < end, dashes.contains(s[j]), CharClass.isDigit(s[j + 1]) {
            var k = j + 1
            while k < end, CharClass.isDigit(s[k]) { k += 1 }
            if k - j - 1 == 4 || k - j - 1 == 2 { j = k }
        }
        return i..<j
    }

    /// A code filling `r` (allowing surrounding spaces).
    static func whole(_ s: some ScalarCollection, _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, s[lo] == " " { lo += 1 }
        while hi > lo, s[hi - 1] == " " { hi -= 1 }
        guard let m = at(s, lo, hi), m.upperBound == hi else { return nil }
        return m
    }
}
