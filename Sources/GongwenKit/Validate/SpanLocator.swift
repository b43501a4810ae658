/// 定位: from a span in the original back to the normalized text, so a rule can point at part of a
/// value (the bracket of a 发文字号, the marker of an outline item) rather than the whole of it.
/// Only paragraph scalars are searched; their origins increase in reading order.
extension ParseContext {
    /// The normalized range whose scalars came from inside `span` (the inverse of `span(_:)`).
    func normalizedRange(_ span: SourceSpan) -> Range<Int> {
        let lo = firstScalar(originAtLeast: span.start)
        return lo..<max(lo, firstScalar(originAtLeast: span.end, end: true))
    }

    /// The first paragraph scalar whose origin is at or after `offset`; with `end`, the position
    /// just after the last scalar whose origin is before it.
    private func firstScalar(originAtLeast offset: Int, end: Bool = false) -> Int {
        let map = lexed.text.map
        let ps = paragraphs
        guard !ps.isEmpty else { return 0 }
        // The first paragraph whose last scalar comes from at or after `offset`.
        let lo = ps.firstIndex(notBefore: { $0.range.isEmpty || map.original($0.range.upperBound - 1) < offset })
        guard lo < ps.count else { return ps[ps.count - 1].range.upperBound }
        let r = ps[lo].range
        let a = r.firstIndex(notBefore: { map.original($0) < offset })
        // Before this paragraph's first scalar: an end belongs after the paragraph before.
        if end, a == r.lowerBound, lo > 0 { return ps[lo - 1].range.upperBound }
        return a
    }

    /// The paragraph holding normalized offset `i`, if any.
    func paragraphIndex(at i: Int) -> Int? {
        let k = paragraphs.firstIndex(notBefore: { $0.range.upperBound <= i })
        return k < paragraphs.count && paragraphs[k].range.lowerBound <= i ? k : nil
    }
}
