/// 中文数字: reads Chinese numerals as used in list markers and dates (一 … 九十九, 〇/零, 两, 廿).
enum ChineseNumeral {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2,
    ]

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { digits[c] != nil || c == "十" || c == "百" || c == "廿" }

    /// The value of a numeral such as `十二`, `二十`, `一百零五`; nil when it is not one.
    static func value<C: Collection>(_ s: C) -> Int? where C.Element == Unicode.Scalar {
        guard !s.isEmpty else { return nil }
        var total = 0, current = 0
        for c in s {
            if let d = digits[c] {
                current = d
            } else if c == "十" {
                total += max(current, 1) * 10
                current = 0
            } else if c == "廿" {
                total += 20
                current = 0
            } else if c == "百" {
                total += max(current, 1) * 100
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    /// A year written digit by digit (`二〇二三`).
    static func digitString<C: Collection>(_ s: C) -> Int? where C.Element == Unicode.Scalar {
        var v = 0
        for c in s { guard let d = digits[c], c != "两" else { return nil }; v = v * 10 + d }
        return s.isEmpty ? nil : v
    }
}
