/// JUnit 报告: the corpus run as the JUnit XML that CI systems read: one `<testcase>` per notice,
/// a `<failure>` listing the differences for a changed or new notice, an `<error>` for a failed one.
public enum JUnitReport {
    public static func xml(_ s: CorpusSummary, suite: String) -> String {
        let failures = s.count(.changed) + s.count(.new)
        let errors = s.count(.error)
        let time = seconds(s.seconds)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"gongwen corpus\" tests=\"\(s.verdicts.count)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(time)\">\n"
        out += "  <testsuite name=\(attr(suite)) tests=\"\(s.verdicts.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" time=\"\(time)\">\n"
        for v in s.verdicts {
            out += "    <testcase classname=\(attr("corpus." + suite)) name=\(attr(v.file.fileName)) time=\"\(seconds(v.seconds))\""
            switch v.status {
            case .ok:
                out += "/>\n"
                continue
            case .changed:
                let body = v.differences.map(CorpusReport.describe).joined(separator: "\n")
                out += ">\n      <failure type=\"changed\" message=\(attr("\(v.differences.count) difference(s) from the baseline"))>\(text(body))</failure>\n"
            case .new:
                let missing = v.unrecorded.isEmpty ? "" : "no " + v.unrecorded.map { "\(v.file.name).\($0)" }.joined(separator: ", ") + "; "
                out += ">\n      <failure type=\"new\" message=\"no baseline for this notice\">\(text(missing + (v.detail ?? "record it with gongwen corpus --update")))</failure>\n"
            case .error:
                out += ">\n      <error type=\"error\" message=\(attr(v.detail ?? "failed"))/>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    static func seconds(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        let frac = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
    }

    /// An attribute value in double quotes (see `text`).
    static func attr(_ s: String) -> String { "\"" + text(s, inAttribute: true) + "\"" }

    /// Character data: markup escaped, characters XML 1.0 forbids dropped (C0 controls but TAB/LF/CR,
    /// U+FFFE/U+FFFF). In an attribute `"` is escaped too, and TAB, LF and CR are character
    /// references, which an XML reader would otherwise turn into spaces.
    static func text(_ s: String, inAttribute: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where inAttribute: out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": if inAttribute { out.append(contentsOf: "&#\(c.value);".unicodeScalars) } else { out.append(c) }
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.append(c)
            }
        }
        return String(out)
    }
}
