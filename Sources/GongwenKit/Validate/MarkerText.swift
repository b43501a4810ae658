/// 序号写法: writes another number in the style of a given marker (`（三）` and 5 give `（五）`),
/// so a diagnostic can name the missing item as the document would have written it.
enum MarkerText {
    static let hanDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func like(_ marker: String, _ number: Int) -> String {
        let s = Array(marker.unicodeScalars)
        if s.count >= 1, let v = s.first?.value {
            if (0x2460...0x2473).contains(v), (1...20).contains(number) { return String(Unicode.Scalar(0x2460 + UInt32(number - 1))!) }
            if (0x2474...0x2487).contains(v), (1...20).contains(number) { return String(Unicode.Scalar(0x2474 + UInt32(number - 1))!) }
            if (0x2488...0x249B).contains(v), (1...20).contains(number) { return String(Unicode.Scalar(0x2488 + UInt32(number - 1))!) }
        }
        guard let lo = s.firstIndex(where: { CharClass.isDigit($0) || ChineseNumeral.isNumeral($0) }) else { return marker }
        var hi = lo
        while hi < s.count, CharClass.isDigit(s[hi]) || ChineseNumeral.isNumeral(s[hi]) { hi += 1 }
        let number = CharClass.isDigit(s[lo]) ? String(number) : han(number)
        return String(String.UnicodeScalarView(s[..<lo])) + number + String(String.UnicodeScalarView(s[hi...]))
    }

    /// 1…99 in Chinese numerals as list markers write them (`十二`, `二十`).
    static func han(_ n: Int) -> String {
        guard n > 0, n < 100 else { return String(n) }
        let tens = n / 10, ones = n % 10
        var out = ""
        if tens > 0 { out += (tens == 1 ? "" : String(hanDigits[tens])) + "十" }
        if ones > 0 { out.append(hanDigits[ones]) }
        return out
    }

    /// `“3、”`, `“3、”至“5、”` for a run of numbers.
    static func range(_ marker: String, _ from: Int, _ to: Int) -> String {
        from == to ? "“\(like(marker, from))”" : "“\(like(marker, from))”至“\(like(marker, to))”"
    }

    /// Runs of numbers in ascending order, each written as a range: `“3、”至“5、”、“8、”`.
    static func list(_ marker: String, _ runs: [ClosedRange<Int>]) -> String {
        runs.map { range(marker, $0.lowerBound, $0.upperBound) }.joined(separator: "、")
    }
}
