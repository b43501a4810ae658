/// xs:integer 的写法: an integer attribute as XML Schema reads it: white space around it, a `+`,
/// any number of digits (` 104`, `+7` and a 20-digit value are all valid). The span check and the
/// reader that turns gongwen XML back into the model both read numbers this way.
enum XSDInteger {
    /// The digits, without the white space and the sign; nil when the text is not such a number.
    static func digits(_ text: String?) -> Substring.UnicodeScalarView? {
        guard var s = text?.unicodeScalars[...] else { return nil }
        while let c = s.first, " \t\r\n".unicodeScalars.contains(c) { s = s.dropFirst() }
        while let c = s.last, " \t\r\n".unicodeScalars.contains(c) { s = s.dropLast() }
        if s.first == "+" { s = s.dropFirst() }
        guard !s.isEmpty, s.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Substring.UnicodeScalarView(s)
    }

    /// The value, however large (exact up to 2^53: enough to compare it with another).
    static func value(_ text: String?) -> Double? {
        digits(text).flatMap { Double(String($0)) }
    }

    /// The value when it fits an `Int`.
    static func int(_ text: String?) -> Int? {
        digits(text).flatMap { Int(String($0)) }
    }
}
