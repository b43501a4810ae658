/// 标量文本: text as Unicode scalars, two bytes for each scalar of the Basic Multilingual Plane
/// (all of a notice but the odd rare character) and a side table for the rest. Offsets are scalar
/// offsets, as in `[Unicode.Scalar]`, at half its memory: the decoded and the normalized text of a
/// 100 MB notice are 34 million scalars each.
public struct ScalarBuffer: RandomAccessCollection, Sendable {
    /// Each scalar's value; a scalar past U+FFFF is stored as `escape` and kept in `astral`.
    private var units: [UInt16] = []
    private var astral: [Int: Unicode.Scalar] = [:]
    /// Stands for a scalar past U+FFFF in `units`: a surrogate code point, never a scalar itself.
    static let escape: UInt16 = 0xD800

    public init() {}

    public init(_ scalars: some Sequence<Unicode.Scalar>) {
        units.reserveCapacity(scalars.underestimatedCount)
        append(contentsOf: scalars)
    }

    /// Storage filled elsewhere (the decoder): `units` with `escape` wherever `astral` holds the scalar.
    init(units: [UInt16], astral: [Int: Unicode.Scalar]) {
        self.units = units
        self.astral = astral
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { units.count }

    @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        let u = units[i]
        if _slowPath(u == ScalarBuffer.escape) { return astral[i]! }
        // Any value but a surrogate is a scalar, and `escape` is the only surrogate stored.
        return unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
    }

    public mutating func reserveCapacity(_ n: Int) { units.reserveCapacity(n) }

    @inline(__always)
    public mutating func append(_ c: Unicode.Scalar) {
        if _fastPath(c.value < 0x10000) {
            units.append(UInt16(truncatingIfNeeded: c.value))
        } else {
            astral[units.count] = c
            units.append(ScalarBuffer.escape)
        }
    }

    public mutating func append(contentsOf scalars: some Sequence<Unicode.Scalar>) {
        for c in scalars { append(c) }
    }
}

/// Text as scalars at integer offsets: `ScalarBuffer`, `[Unicode.Scalar]` (words, names) and their
/// slices. The scanners are written once against this and specialized for each.
public protocol ScalarCollection: RandomAccessCollection where Element == Unicode.Scalar, Index == Int, SubSequence: ScalarCollection {}

extension ScalarBuffer: ScalarCollection {}
extension Slice: ScalarCollection where Base == ScalarBuffer {}
extension Array: ScalarCollection where Element == Unicode.Scalar {}
extension ArraySlice: ScalarCollection where Element == Unicode.Scalar {}
