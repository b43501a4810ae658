/// JSON 容器: the keyed (object), unkeyed (array) and single-value containers of `JSONStreamEncoder`.
/// Each writes straight into the encoder's buffer; `frame` is its level in the encoder's stack.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONStreamEncoder
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    private func begin(_ key: Key) {
        encoder.beginElement(in: frame)
        encoder.writer.key(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { begin(key); encoder.writer.raw("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { begin(key); encoder.writer.raw(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { begin(key); encoder.writer.string(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { begin(key); encoder.writer.integer(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { begin(key); try encoder.double(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        begin(key)
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        begin(key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: encoder, frame: encoder.open(object: true)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        begin(key)
        return JSONUnkeyedContainer(encoder: encoder, frame: encoder.open(object: false))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        begin(key)
        return JSONNestedEncoder(encoder: encoder)
    }
}

/// An array being written.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONStreamEncoder
    let frame: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.frames.count > frame ? encoder.frames[frame].count : 0 }

    mutating func encodeNil() throws { encoder.beginElement(in: frame); encoder.writer.raw("null") }
    mutating func encode(_ value: String) throws { encoder.beginElement(in: frame); encoder.writer.string(value) }
    mutating func encode(_ value: Int) throws { encoder.beginElement(in: frame); encoder.writer.integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.beginElement(in: frame)
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.beginElement(in: frame)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: encoder, frame: encoder.open(object: true)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.beginElement(in: frame)
        return JSONUnkeyedContainer(encoder: encoder, frame: encoder.open(object: false))
    }

    mutating func superEncoder() -> any Encoder {
        encoder.beginElement(in: frame)
        return JSONNestedEncoder(encoder: encoder)
    }
}

/// A value that writes itself as one primitive or one other value.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStreamEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.writer.raw("null"); encoder.wroteSingleValue = true }

    /// A primitive's own `encode(to:)` lands here (`Int32`, `Float`, …: only `String`, `Int`, `Bool`
    /// and `Double` are caught before), so primitives are written here, never handed back to
    /// `encodeValue`, which would call their `encode(to:)` again.
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let i = value as? any BinaryInteger {
            encoder.writer.integer(i)
        } else if let f = value as? Float {
            try encoder.float(f)
        } else {
            try encoder.encodeValue(value)
        }
        encoder.wroteSingleValue = true
    }
}

/// The encoder handed out by `superEncoder()`: the slot is written; the value goes through the main encoder.
struct JSONNestedEncoder: Encoder {
    let encoder: JSONStreamEncoder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: encoder, frame: encoder.open(object: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: encoder, frame: encoder.open(object: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { JSONSingleValueContainer(encoder: encoder) }
}
