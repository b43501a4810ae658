/// Python 视角: how score.py, a Python program, sees a parsed JSON value: truthiness, `str()`,
/// `int()`, iteration and `dict.get`. `gongwen eval` scores through these so its figures agree with
/// score.py's even on odd input (a number given as a string, a list where a string was expected).
/// One known limit: Python keeps an object's key order and `repr` shows it; here keys are sorted.
enum PythonView {
    /// `bool(v)`: None, False, 0, 0.0, "", [] and {} are false; a missing key is None.
    static func truthy(_ v: JSONValue?) -> Bool {
        switch v {
        case nil, .null?: return false
        case .bool(let b)?: return b
        case .int(let i)?: return i != 0
        case .double(let d)?: return d != 0
        case .string(let s)?: return !s.isEmpty
        case .array(let a)?: return !a.isEmpty
        case .object(let o)?: return !o.isEmpty
        }
    }

    /// `a or b or …`: the first true value, else the last.
    static func or(_ values: JSONValue?...) -> JSONValue? { values.first { truthy($0) } ?? values.last ?? nil }

    /// `d.get(key)` for an object; nil (None) otherwise.
    static func get(_ v: JSONValue?, _ key: String) -> JSONValue? { v?[key] }

    /// `str(v)`.
    static func str(_ v: JSONValue?) -> String {
        if case .string(let s)? = v { return s }
        return repr(v)
    }

    /// `repr(v)` (objects with their keys sorted).
    static func repr(_ v: JSONValue?) -> String {
        switch v {
        case nil, .null?: return "None"
        case .bool(let b)?: return b ? "True" : "False"
        case .int(let i)?: return String(i)
        case .double(let d)?: return d.isNaN ? "nan" : d.isInfinite ? (d > 0 ? "inf" : "-inf") : "\(d)"
        case .string(let s)?: return quoted(s)
        case .array(let a)?: return "[" + a.map { repr($0) }.joined(separator: ", ") + "]"
        case .object(let o)?: return "{" + o.keys.sorted().map { "\(quoted($0)): \(repr(o[$0]))" }.joined(separator: ", ") + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        let q: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(q)
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(c) == q { out += "\\" + String(q) } else if c.value < 0x20 || c.value == 0x7F {
                    let hex = String(c.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else { out.unicodeScalars.append(c) }
            }
        }
        return out + String(q)
    }

    /// `int(v)`, or nil where Python raises TypeError or ValueError (None, a list, "三").
    static func int(_ v: JSONValue?) -> Int? {
        switch v {
        case .bool(let b)?: return b ? 1 : 0
        case .int(let i)?: return i
        case .double(let d)?: return d.isFinite && abs(d) < 9.2e18 ? Int(d) : nil
        case .string(let s)?: return parseInt(s)
        default: return nil
        }
    }

    /// Python's `int(str)`: surrounding white space, a sign, decimal digits of any script, `_` between digits.
    static func parseInt(_ s: String) -> Int? {
        var scalars = Array(s.unicodeScalars)
        while let f = scalars.first, PythonText.isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, PythonText.isSpace(l) { scalars.removeLast() }
        var sign = 1
        if let f = scalars.first, f == "+" || f == "-" { sign = f == "-" ? -1 : 1; scalars.removeFirst() }
        guard !scalars.isEmpty, scalars.first != "_", scalars.last != "_" else { return nil }
        var value = 0
        var previousUnderscore = false
        for c in scalars {
            if c == "_" {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard c.properties.numericType == .decimal, let digit = c.properties.numericValue else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(digit))
            if o1 || o2 { return nil }
            value = a
        }
        return sign * value
    }

    /// `for x in v`: a list's items, an object's keys, a string's characters; nothing for None or a number.
    static func iterate(_ v: JSONValue?) -> [JSONValue] {
        switch v {
        case .array(let a)?: return a
        case .object(let o)?: return o.keys.sorted().map { .string($0) }
        case .string(let s)?: return s.unicodeScalars.map { .string(String($0)) }
        default: return []
        }
    }
}
