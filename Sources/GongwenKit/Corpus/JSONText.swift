/// 紧凑JSON: a JSON value written on one line with sorted keys, for showing expected and actual values in a diff.
public enum JSONText {
    /// The value as compact JSON; non-ASCII text is kept as it is, so Chinese stays readable.
    public static func compact(_ value: JSONValue, limit: Int = 160) -> String {
        var out = ""
        write(value, into: &out)
        guard out.unicodeScalars.count > limit else { return out }
        return String(String.UnicodeScalarView(out.unicodeScalars.prefix(limit))) + "…"
    }

    static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? "\(d)" : "null"
        case .string(let s): quote(s, into: &out)
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (k, key) in members.keys.sorted().enumerated() {
                if k > 0 { out += "," }
                quote(key, into: &out)
                out += ":"
                write(members[key]!, into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A JSON pointer token (RFC 6901): `~` as `~0`, `/` as `~1`.
    public static func pointerToken(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
