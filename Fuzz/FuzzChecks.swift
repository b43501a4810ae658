import Foundation

/// The invariants every fuzz input must keep, whatever the bytes were.
enum FuzzChecks {
    /// The JSON output parses back, and every span in it lies inside the decoded text, start before end.
    static func json(_ notice: Notice, count: Int) {
        let data = try! JSONEmitter.encode(notice, pretty: false)
        guard let json = try? JSONSerialization.jsonObject(with: data) else { preconditionFailure("JSON output does not parse") }
        walk(json) { start, end in
            precondition(start >= 0 && start <= end && end <= count, "span \(start)..<\(end) outside 0..<\(count)")
        }
    }

    /// XML output, once it exists, is built and validated against the XSD in-process.
    static func xml(_ notice: Notice) {}

    private static func walk(_ node: Any, _ visit: (Int, Int) -> Void) {
        if let dict = node as? [String: Any] {
            if let s = dict["start"] as? Int, let e = dict["end"] as? Int { visit(s, e) }
            for v in dict.values { walk(v, visit) }
        } else if let list = node as? [Any] {
            for v in list { walk(v, visit) }
        }
    }
}
