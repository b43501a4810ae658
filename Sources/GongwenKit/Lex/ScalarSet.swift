/// 字符集合: a small fixed set of Unicode scalars (punctuation, separators, place endings) as the
/// rule tables declare them. Checking one costs a bit test and, rarely, a scan of a few values,
/// where `ScalarSet` hashes every scalar it is asked about.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let values: [UInt32]
    /// Bit `value % 64` of every member.
    private let bits: UInt64

    public init(arrayLiteral elements: Unicode.Scalar...) {
        values = elements.map(\.value)
        bits = values.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    @inline(__always)
    public func contains(_ c: Unicode.Scalar) -> Bool {
        bits & 1 << UInt64(c.value & 63) != 0 && values.contains(c.value)
    }
}
