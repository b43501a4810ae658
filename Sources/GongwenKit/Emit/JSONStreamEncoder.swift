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

    init(writer: JSONWriter) { self.writer = writer }

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
