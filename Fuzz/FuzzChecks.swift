import Foundation

/// The invariants every fuzz input must keep, whatever the bytes were.
enum FuzzChecks {
    /// The JSON output parses back, every span in it lies inside the decoded text, and `gongwen
    /// validate` finds nothing wrong with it.
    static func json(_ notice: Notice, count: Int) {
        let data = try! JSONEmitter.encode(notice, pretty: false)
        guard let json = try? JSONSerialization.jsonObject(with: data) else { preconditionFailure("JSON output does not parse") }
        walk(json) { start, end in
            precondition(start >= 0 && start <= end && end <= count, "span \(start)..<\(end) outside 0..<\(count)")
        }
        let report = try! OutputValidator.validate([UInt8](data), path: "fuzz.json")
        precondition(report.isValid, "gongwen's own JSON fails validate: \(report.problems.prefix(3))")
    }

    /// The XML output is made (it is checked against the XSD as it is made) and validates again from its bytes.
    static func xml(_ notice: Notice) {
        let data: Data
        do { data = try XMLEmitter.encode(notice) } catch { preconditionFailure("XML output fails its own schema: \(error)") }
        let report = try! OutputValidator.validate([UInt8](data), path: "fuzz.xml")
        precondition(report.isValid, "gongwen's own XML fails validate: \(report.problems.prefix(3))")
    }

    /// The CSV ledger and the review page are made without a crash.
    static func views(_ notice: Notice, _ source: SourceText) {
        _ = Views.render(.csv, notice: notice, source: source)
        _ = Views.render(.csvByUnit, notice: notice, source: source)
        _ = Views.render(.html, notice: notice, source: source)
    }

    private static func walk(_ node: Any, _ visit: (Int, Int) -> Void) {
        if let dict = node as? [String: Any] {
            if let s = dict["start"] as? Int, let e = dict["end"] as? Int { visit(s, e) }
            for v in dict.values { walk(v, visit) }
        } else if let list = node as? [Any] {
            for v in list { walk(v, visit) }
        }
    }
}
