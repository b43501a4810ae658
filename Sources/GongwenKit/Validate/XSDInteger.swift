/// xs:integer 的写法: an integer attribute as XML Schema reads it: white space around it, a `+`,
/// any number of digits (` 104`, `+7` and a 20-digit value are all valid). The span check and the
/// reader that turns gongwen XML back into the model both read numbers this way.
///
/// The span check reads three of them for every span of every XML output, so they are read as
/// UTF-8 bytes: the first version, over Unicode scalars, took 29 % of decode → XML.
enum XSDInteger {
    /// More digits than this may not fit an `Int`; such a number is parsed the general way.
    private static let shortDigits = 18

    /// The digits, without the white space and the sign; nil when the text is not such a number.
    static func digits(_ text: String?) -> Substring? {
        guard let text else { return nil }
        let u = text.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, isSpace(u[lo]) { lo = u.index(after: lo) }
        while lo < hi, isSpace(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        if lo < hi, u[lo] == UInt8(ascii: "+") { lo = u.index(after: lo) }
        guard lo < hi, u[lo..<hi].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return text[lo..<hi]
    }

    /// The value, however large (exact up to 2^53: enough to compare it with another).
    static func value(_ text: String?) -> Double? {
        guard let d = digits(text) else { return nil }
        return small(d).map(Double.init) ?? Double(d)
    }

    /// The value when it fits an `Int`.
    static func int(_ text: String?) -> Int? {
        guard let d = digits(text) else { return nil }
        return small(d) ?? Int(d)
    }

    /// The value of at most `shortDigits` digits, added up directly.
    private static func small(_ d: Substring) -> Int? {
        guard d.utf8.count <= shortDigits else { return nil }
        var v = 0
        for b in d.utf8 { v = v * 10 + Int(b - UInt8(ascii: "0")) }
        return v
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n")
    }
}
