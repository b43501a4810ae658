import Foundation

/// JSON 输出: the model as JSON, written by a streaming encoder straight into UTF-8 bytes.
///
/// Keys come out in the order the model declares its properties (synthesized `Codable`), so the
/// same input always gives the same bytes; absent optionals are left out; pretty output indents by
/// 2 spaces. The output ends with a newline.
public enum JSONEmitter {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        let writer = JSONWriter(pretty: pretty, sink: nil)
        try encode(value, into: writer)
        return writer.data
    }

    /// Writes the JSON in chunks of about 64 KiB to `sink`, so large output never sits whole in memory.
    public static func write<T: Encodable>(_ value: T, pretty: Bool = true, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            let writer = JSONWriter(pretty: pretty, sink: sink)
            try encode(value, into: writer)
            try writer.flush()
        }
    }

    /// Through keyed containers only, spans included: for the test that the direct span writer changes nothing.
    static func encodeGenerically<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        let writer = JSONWriter(pretty: pretty, sink: nil)
        try encode(value, into: writer, directSpans: false)
        return writer.data
    }

    private static func encode<T: Encodable>(_ value: T, into writer: JSONWriter, directSpans: Bool = true) throws {
        let encoder = JSONStreamEncoder(writer: writer, directSpans: directSpans)
        try encoder.encodeValue(value)
        encoder.close(downTo: 0)
        writer.byte(0x0A)
    }
}
