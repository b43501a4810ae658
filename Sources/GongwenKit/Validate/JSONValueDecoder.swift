/// JSON 值解码: a `Decoder` that reads a model straight from a parsed `JSONValue`, so a document
/// `gongwen validate` has parsed and checked is not parsed a second time by Foundation's decoder.
/// Numbers are read as JSON has them (an integer may be written `3.0`); a type mismatch throws
/// `DecodingError.typeMismatch`. Coding paths are not tracked (`codingPath` is always empty).
struct JSONValueDecoder: Swift.Decoder {
    let value: JSONValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try T(from: JSONValueDecoder(value: value))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: JSONValue].self, value) }
        return KeyedDecodingContainer(Keyed<Key>(members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([JSONValue].self, value) }
        return Unkeyed(items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value) }

    /// The error for `value` read as `type`.
    static func mismatch(_ type: Any.Type, _ value: JSONValue) -> DecodingError {
        .typeMismatch(type, .init(codingPath: [], debugDescription: "expected \(type), found \(value.typeName)"))
    }

    private func mismatch(_ type: Any.Type, _ value: JSONValue) -> DecodingError { Self.mismatch(type, value) }

    /// Reads a primitive or a nested model from one value.
    static func read<T: Decodable>(_ type: T.Type, _ value: JSONValue) throws -> T {
        switch value {
        case .string(let s) where T.self == String.self: return s as! T
        case .bool(let b) where T.self == Bool.self: return b as! T
        case .int(let i) where T.self == Int.self: return i as! T
        case .double(let d) where T.self == Int.self && Int(exactly: d) != nil: return Int(exactly: d)! as! T
        case .int(let i) where T.self == Double.self: return Double(i) as! T
        case .double(let d) where T.self == Double.self: return d as! T
        default:
            if T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self { throw mismatch(T.self, value) }
            return try T(from: JSONValueDecoder(value: value))
        }
    }

    /// An object's members by key.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: JSONValue]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        func member(_ key: Key) throws -> JSONValue {
            guard let v = members[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no member \"\(key.stringValue)\""))
            }
            return v
        }

        func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try JSONValueDecoder.read(type, try member(key)) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(value: try member(key)).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONValueDecoder(value: try member(key)).unkeyedContainer()
        }

        func superDecoder() throws -> any Swift.Decoder { JSONValueDecoder(value: members["super"] ?? .null) }
        func superDecoder(forKey key: Key) throws -> any Swift.Decoder { JSONValueDecoder(value: members[key.stringValue] ?? .null) }
    }

    /// An array's items in order.
    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [JSONValue]
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [JSONValue]) { self.items = items }

        mutating func next() throws -> JSONValue {
            guard !isAtEnd else { throw DecodingError.valueNotFound(JSONValue.self, .init(codingPath: [], debugDescription: "the array has no more items")) }
            defer { currentIndex += 1 }
            return items[currentIndex]
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, items[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoder.read(type, try next()) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(value: try next()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try JSONValueDecoder(value: try next()).unkeyedContainer() }
        mutating func superDecoder() throws -> any Swift.Decoder { JSONValueDecoder(value: try next()) }
    }

    /// One value.
    struct Single: SingleValueDecodingContainer {
        let value: JSONValue
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { value == .null }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoder.read(type, value) }
    }
}
