/// 中文数字: reads Chinese numerals as used in list markers and dates (一 … 九十九, 〇/零, 两, 廿).
enum ChineseNumeral {
    /// The value of a single numeral digit (`〇`/`零` … `九`, `两`).
    @inline(__always)
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零", "○", "Ｏ": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    @inline(__always)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool { c.value >= 0x3007 && (digit(c) != nil || c == "十" || c == "百" || c == "廿") }

    /// The value of a numeral such as `十二`, `二十`, `一百零五`; nil when it is not one.
    static func value<C: Collection>(_ s: C) -> Int? where C.Element == Unicode.Scalar {
        guard !s.isEmpty else { return nil }
        var total = 0, current = 0
        for c in s {
            if let d = digit(c) {
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
        for c in s { guard let d = digit(c), c != "两" else { return nil }; v = v * 10 + d }
        return s.isEmpty ? nil : v
    }
}
