/// 日期: a full calendar date as written in 公文, `2023年7月25日` or `二〇二三年七月二十五日`.
struct CalendarDate: Hashable, Sendable {
    let year: Int, month: Int, day: Int
    /// Where it was found, in normalized offsets.
    let range: Range<Int>

    var iso: String { CalendarDate.iso(year, month, day) }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func lastDay(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Years outside this range are taken for garbled digits (`0403年`), not dates.
    static let plausibleYears = 1949...2100

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        plausibleYears.contains(y) && (1...12).contains(m) && d >= 1 && d <= lastDay(y, m)
    }

    /// Reads a number at `i`: ASCII digits or a Chinese numeral; returns its value and end.
    static func number(_ s: some ScalarCollection, _ i: Int, _ end: Int, digitWise: Bool = false) -> (Int, Int)? {
        var j = i
        if j < end, CharClass.isDigit(s[j]) {
            var v = 0
            while j < end, CharClass.isDigit(s[j]), j - i < 6 { v = v * 10 + Int(s[j].value - 48); j += 1 }
            return (v, j)
        }
        while j < end, ChineseNumeral.isNumeral(s[j]), j - i < 6 { j += 1 }
        guard j > i else { return nil }
        let v = digitWise ? ChineseNumeral.digitString(s[i..<j]) : ChineseNumeral.value(s[i..<j])
        return v.map { ($0, j) }
    }

    /// A full date starting exactly at `i`.
    static func at(_ s: some ScalarCollection, _ i: Int, end: Int) -> CalendarDate? {
        guard let (y, a) = number(s, i, end, digitWise: true), a < end, s[a] == "年", a - i == 4,
              let (m, b) = number(s, a + 1, end), b < end, s[b] == "月",
              let (d, c) = number(s, b + 1, end), c < end, s[c] == "日" || s[c] == "号" else { return nil }
        return CalendarDate(year: y, month: m, day: d, range: i..<(c + 1))
    }
}
