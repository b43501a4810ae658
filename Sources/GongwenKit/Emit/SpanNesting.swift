/// 区间嵌套: turns possibly overlapping spans over a text into a properly nested sequence of
/// open/close/text events, so each span becomes exactly one element (plus continuation pieces
/// where spans cross), in one pass: O(text + spans × depth).
public enum SpanNesting {
    /// A span to mark: `rank` orders spans with the same extent (lower opens first, outside).
    public struct Interval: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var rank: Int

        public init(start: Int, end: Int, rank: Int = 0) {
            self.start = start
            self.end = end
            self.rank = rank
        }
    }

    /// What to write, in order. `open` and `close` carry the index of the interval in the input.
    public enum Event: Hashable, Sendable {
        /// Opens interval `index`; `continuation` is true when it reopens after a crossing span closed.
        case open(Int, continuation: Bool)
        case close(Int)
        /// Text offsets to write between tags.
        case text(Range<Int>)
        /// A cut at this offset: every element was closed just before, and what still runs reopens
        /// as continuations just after (the page cuts its text into blocks there).
        case cut(Int)
    }

    /// The events for `intervals` over a text of `length` scalars. Spans are clamped to the text.
    /// Where B starts inside A and ends after it, B's element closes with A and B continues in a
    /// continuation piece; every interval gets exactly one non-continuation `open`. At each offset
    /// of `cuts` (ascending, inside the text) all open elements close and continue after the cut.
    public static func events(_ intervals: [Interval], length: Int, cuts: [Int] = []) -> [Event] {
        let clamped = intervals.map { iv -> Interval in
            let s = min(max(0, iv.start), length)
            return Interval(start: s, end: min(max(s, iv.end), length), rank: iv.rank)
        }
        let order = clamped.indices.sorted { a, b in
            let x = clamped[a], y = clamped[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            if x.rank != y.rank { return x.rank < y.rank }
            return a < b
        }
        var out: [Event] = []
        out.reserveCapacity(intervals.count * 3 + 1)
        var stack: [Int] = []
        var next = 0
        var pos = 0
        let cuts = Set(cuts.filter { $0 > 0 && $0 < length }).sorted()
        var nextCut = 0

        /// Closes every open interval ending at or before `pos`, and what lies above it; reopens the
        /// ones still running as continuations, the longest first.
        func closeEnded() {
            guard let k = stack.firstIndex(where: { clamped[$0].end <= pos }) else { return }
            var survivors: [Int] = []
            while stack.count > k {
                let top = stack.removeLast()
                out.append(.close(top))
                if clamped[top].end > pos { survivors.append(top) }
            }
            reopen(survivors)
        }

        /// Reopens `running` as continuations, the longest outside.
        func reopen(_ running: [Int]) {
            for s in running.sorted(by: { clamped[$0].end != clamped[$1].end ? clamped[$0].end > clamped[$1].end : $0 < $1 }) {
                out.append(.open(s, continuation: true))
                stack.append(s)
            }
        }

        while true {
            closeEnded()
            if nextCut < cuts.count, cuts[nextCut] == pos {
                let running = stack
                for i in stack.reversed() { out.append(.close(i)) }
                stack.removeAll()
                out.append(.cut(pos))
                reopen(running)
                nextCut += 1
            }
            while next < order.count, clamped[order[next]].start <= pos {
                let i = order[next]
                out.append(.open(i, continuation: false))
                stack.append(i)
                next += 1
                if clamped[i].end <= pos { closeEnded() }
            }
            var boundary = next < order.count ? clamped[order[next]].start : length
            if nextCut < cuts.count, cuts[nextCut] < boundary { boundary = cuts[nextCut] }
            for i in stack where clamped[i].end < boundary { boundary = clamped[i].end }
            if boundary > pos {
                out.append(.text(pos..<boundary))
                pos = boundary
            } else if next >= order.count, stack.isEmpty {
                break
            }
        }
        return out
    }
}
