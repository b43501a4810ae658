/// 流式 JSON 编码: an `Encoder` that writes JSON while the values' `encode(to:)` runs, with no
/// intermediate tree. Keys come out in the order `encode(to:)` encodes them, which for synthesized
/// `Codable` is the order the properties are declared in the model; nil optionals are left out.
///
/// The open containers form a stack (one frame per nesting level). A container writing an element
/// first closes whatever was opened inside it since, so nested containers may be left unfinished as
/// the `Encoder` protocol allows. `superEncoder()` must be given a value before its parent writes on.
/// Coding paths are not tracked (`codingPath` is always empty).
final class JSONStreamEncoder: Encoder {
    /// One open object or array and how many elements it has so far.
    struct Frame {
        let isObject: Bool
        var count = 0
    }

    let writer: JSONWriter
    // Only this encoder and its containers touch these, one call at a time: no run-time exclusivity check.
    @exclusivity(unchecked) private(set) var frames: [Frame] = []
    /// The stack height when the value being encoded started; a container it asks for sits just above.
    @exclusivity(unchecked) private var valueBase = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Whether `SourceSpan`s are written directly (see `span(_:)`); off only to test that it changes nothing.
    let directSpans: Bool

    init(writer: JSONWriter, directSpans: Bool = true) {
        self.writer = writer
        self.directSpans = directSpans
    }

    /// Writes one whole value at the current position (its key or comma already written).
    func encodeValue<T: Encodable>(_ value: T) throws {
        // Primitives in arrays arrive here generically; a type comparison is far cheaper than `as?`.
        if T.self == String.self {
            writer.string(value as! String)
        } else if T.self == Int.self {
            writer.integer(value as! Int)
        } else if T.self == Bool.self {
            writer.raw(value as! Bool ? "true" : "false")
        } else if T.self == Double.self {
            try double(value as! Double)
        } else if directSpans, T.self == SourceSpan.self {
            span(value as! SourceSpan)
        } else if directSpans, T.self == Named.self {
            let n = value as! Named
            located("name", n.name, n.span)
        } else if directSpans, T.self == Located.self {
            let l = value as! Located
            located("text", l.text, l.span)
        } else {
            let saved = valueBase
            valueBase = frames.count
            try value.encode(to: self)
            // A value that asked for no container and wrote nothing is an empty object.
            if frames.count == valueBase && !wroteSingleValue { writer.raw("{}") }
            wroteSingleValue = false
            close(downTo: valueBase)
            valueBase = saved
        }
        try writer.maybeFlush()
    }

    /// Whether the value being encoded wrote itself through a single-value container.
    @exclusivity(unchecked) var wroteSingleValue = false

    // 出处: every value carries a span, and most are a `Located` or a `Named` (a text and its span):
    // these three make up about 70% of the objects written. They are written here directly, with
    // the keys in the order the model declares them, instead of through a keyed container (a test
    // checks that the bytes are the same either way).

    /// A `SourceSpan`: `{"start": …, "end": …, "line": …}`.
    func span(_ s: SourceSpan) {
        let depth = frames.count
        writer.byte(UInt8(ascii: "{"))
        field("start", depth) { $0.integer(s.start) }
        field("end", depth, first: false) { $0.integer(s.end) }
        field("line", depth, first: false) { $0.integer(s.line) }
        writer.newline(depth: depth)
        writer.byte(UInt8(ascii: "}"))
    }

    /// A `Located` or `Named`: `{"text" (or "name"): …, "span": {…}}`.
    func located(_ key: StaticString, _ text: String, _ s: SourceSpan) {
        let depth = frames.count
        writer.byte(UInt8(ascii: "{"))
        field(key, depth) { $0.string(text) }
        frames.append(Frame(isObject: true))
        field("span", depth, first: false) { _ in span(s) }
        frames.removeLast()
        writer.newline(depth: depth)
        writer.byte(UInt8(ascii: "}"))
    }

    /// One member of an object at `depth`: separator, indentation, key, value.
    private func field(_ key: StaticString, _ depth: Int, first: Bool = true, _ value: (JSONWriter) -> Void) {
        if !first { writer.byte(UInt8(ascii: ",")) }
        writer.newline(depth: depth + 1)
        writer.byte(UInt8(ascii: "\""))
        writer.raw(key)
        writer.byte(UInt8(ascii: "\""))
        writer.separator()
        value(writer)
    }

    func float(_ f: Float) throws {
        guard f.isFinite else {
            throw EncodingError.invalidValue(f, .init(codingPath: [], debugDescription: "\(f) cannot be written as JSON"))
        }
        if f == f.rounded(), abs(f) < 1e7 { writer.integer(Int64(f)) } else { writer.raw(f.description) }
    }

    func double(_ d: Double) throws {
        guard d.isFinite else {
            throw EncodingError.invalidValue(d, .init(codingPath: [], debugDescription: "\(d) cannot be written as JSON"))
        }
        if d == d.rounded(), abs(d) < 1e15 { writer.integer(Int64(d)) } else { writer.raw(d.description) }
    }

    /// Closes open containers until `height` remain.
    func close(downTo height: Int) {
        while frames.count > height {
            let frame = frames.removeLast()
            if frame.count > 0 { writer.newline(depth: frames.count) }
            writer.byte(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    /// Opens an object or array as the value at the current position; returns its frame index.
    func open(object: Bool) -> Int {
        writer.byte(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(isObject: object))
        return frames.count - 1
    }

    /// Prepares the next element slot of frame `index`: closes frames above it, then the comma and indentation.
    func beginElement(in index: Int) {
        close(downTo: index + 1)
        if frames[index].count > 0 { writer.byte(UInt8(ascii: ",")) }
        frames[index].count += 1
        writer.newline(depth: index + 1)
    }

    /// Reuses the container the current value already opened (asking twice is allowed), else opens one.
    private func frameForCurrentValue(object: Bool) -> Int {
        if frames.count > valueBase, frames[valueBase].isObject == object {
            close(downTo: valueBase + 1)
            return valueBase
        }
        return open(object: object)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, frame: frameForCurrentValue(object: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: self, frame: frameForCurrentValue(object: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }
}
