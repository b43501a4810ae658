/// 偏移映射: leads every offset in normalized text back to the decoded original.
///
/// Normalization only deletes characters or replaces one by one, so the map is monotone: it is
/// stored as runs (like Go's `//line` positions), each a normalized start and the original offset it
/// came from; inside a run offsets advance together.
public struct OffsetMap: Sendable {
    // Run starts in 32 bits (a notice is fewer than 2^31 scalars): a large notice has about one run
    // per 40 scalars.
    private(set) var normalizedStarts: [Int32] = []
    private(set) var originalStarts: [Int32] = []
    /// Number of normalized scalars mapped so far.
    public private(set) var count = 0

    public init() {}

    /// Records that the next normalized scalar comes from `original`.
    @inline(__always)
    mutating func append(from original: Int) {
        if let lastN = normalizedStarts.last, let lastO = originalStarts.last, original - Int(lastO) == count - Int(lastN) {
            count += 1
            return
        }
        normalizedStarts.append(Int32(count))
        originalStarts.append(Int32(original))
        count += 1
    }

    /// The original offset of normalized offset `i` (`i == count` maps just past the last one).
    public func original(_ i: Int) -> Int {
        guard !normalizedStarts.isEmpty else { return i }
        if i >= count { return original(count - 1) + 1 }
        // The last run starting at or before `i` (the first run for an offset before the text).
        return original(i, inRun: max(0, normalizedStarts.firstIndex(notBefore: { $0 <= i }) - 1))
    }

    /// The original offset of normalized offset `i`, which run `run` covers: offsets advance together in a run.
    @inline(__always)
    func original(_ i: Int, inRun run: Int) -> Int { Int(originalStarts[run]) + (i - Int(normalizedStarts[run])) }

    /// The original offsets of normalized offsets given in ascending order (each below `count`), in
    /// one walk over the runs instead of a search per offset.
    func originals(ascending offsets: [Int]) -> [Int] {
        guard !normalizedStarts.isEmpty else { return offsets }
        var run = 0
        return offsets.map { i in
            while run + 1 < normalizedStarts.count, normalizedStarts[run + 1] <= i { run += 1 }
            return original(i, inRun: run)
        }
    }

    /// The original span covering normalized range `r`: from its first scalar's origin to just after its last's.
    public func originalSpan(_ r: Range<Int>) -> Span {
        if r.isEmpty { let o = original(r.lowerBound); return Span(o, o) }
        return Span(original(r.lowerBound), original(r.upperBound - 1) + 1)
    }

    /// How many runs the map holds (one per edit, roughly).
    public var runCount: Int { normalizedStarts.count }
}
