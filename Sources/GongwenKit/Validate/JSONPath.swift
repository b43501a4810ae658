/// JSON 路径: where a value sits in a JSON document, as the steps from the root; made into a JSON
/// pointer (RFC 6901) only when a problem is reported.
enum JSONPath {
    /// One step: an object's member or an array's item.
    enum Step { case key(String), index(Int) }

    /// A problem found at a path, before its pointer is made.
    struct Found {
        var path: [Step]
        var message: String
    }

    /// The problems with their pointers, in the order of `precedes` (found order where paths are equal).
    static func problems(_ found: [Found]) -> [JSONSchemaValidator.Problem] {
        found.sorted { precedes($0.path, $1.path) }.map { .init(pointer: pointer($0.path), message: $0.message) }
    }

    /// The JSON pointer of a path (`""` is the whole document).
    static func pointer(_ path: [Step]) -> String {
        path.map { step in
            switch step {
            case .key(let k): return "/" + escape(k)
            case .index(let n): return "/\(n)"
            }
        }.joined()
    }

    /// `~` and `/` in a key, escaped as RFC 6901 says.
    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Document order with each object's keys sorted: a path comes before the paths inside it.
    static func precedes(_ a: [Step], _ b: [Step]) -> Bool {
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.key(let p), .key(let q)) where p != q: return p < q
            case (.index(let p), .index(let q)) where p != q: return p < q
            case (.key, .index): return false
            case (.index, .key): return true
            default: continue
            }
        }
        return a.count < b.count
    }
}
