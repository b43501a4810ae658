import XCTest
@testable import GongwenKit

/// Span nesting for the review page: nested, crossing, equal, empty, adjacent and out-of-range
/// spans give well-formed events in which each span opens exactly once and covers exactly its text.
final class SpanNestingTests: XCTestCase {
    typealias I = SpanNesting.Interval

    func testNestedSpansOpenOutsideIn() {
        let e = SpanNesting.events([I(start: 2, end: 4), I(start: 0, end: 6)], length: 6)
        XCTAssertEqual(e, [.open(1, continuation: false), .text(0..<2), .open(0, continuation: false), .text(2..<4),
                           .close(0), .text(4..<6), .close(1)])
    }

    func testACrossingSpanContinuesAfterTheOneItStartedIn() {
        let e = SpanNesting.events([I(start: 0, end: 5), I(start: 3, end: 8)], length: 10)
        XCTAssertEqual(e, [.open(0, continuation: false), .text(0..<3), .open(1, continuation: false), .text(3..<5),
                           .close(1), .close(0), .open(1, continuation: true), .text(5..<8), .close(1), .text(8..<10)])
    }

    func testEqualSpansNestByRankThenInputOrder() {
        let e = SpanNesting.events([I(start: 1, end: 3, rank: 5), I(start: 1, end: 3, rank: 1), I(start: 1, end: 3, rank: 5)], length: 3)
        XCTAssertEqual(e, [.text(0..<1), .open(1, continuation: false), .open(0, continuation: false), .open(2, continuation: false),
                           .text(1..<3), .close(2), .close(0), .close(1)])
    }

    func testAdjacentSpansDoNotNest() {
        let e = SpanNesting.events([I(start: 3, end: 6), I(start: 0, end: 3)], length: 6)
        XCTAssertEqual(e, [.open(1, continuation: false), .text(0..<3), .close(1), .open(0, continuation: false), .text(3..<6), .close(0)])
    }

    func testEmptyAndOutOfRangeSpansStillGetTheirElement() {
        let e = SpanNesting.events([I(start: 2, end: 2), I(start: 4, end: 99), I(start: 50, end: 60), I(start: -3, end: 1)], length: 5)
        XCTAssertEqual(e, [.open(3, continuation: false), .text(0..<1), .close(3), .text(1..<2), .open(0, continuation: false), .close(0),
                           .text(2..<4), .open(1, continuation: false), .text(4..<5), .close(1),
                           .open(2, continuation: false), .close(2)])
    }

    func testACutClosesEverythingAndContinuesIt() {
        let e = SpanNesting.events([I(start: 0, end: 6), I(start: 2, end: 5), I(start: 4, end: 4)], length: 8, cuts: [4, 0, 8, 99, 4])
        XCTAssertEqual(e, [.open(0, continuation: false), .text(0..<2), .open(1, continuation: false), .text(2..<4),
                           .close(1), .close(0), .cut(4), .open(0, continuation: true), .open(1, continuation: true),
                           .open(2, continuation: false), .close(2), .text(4..<5), .close(1), .text(5..<6), .close(0), .text(6..<8)])
    }

    func testNoSpansIsAllText() {
        XCTAssertEqual(SpanNesting.events([], length: 4), [.text(0..<4)])
        XCTAssertEqual(SpanNesting.events([], length: 0), [])
    }

    /// Random spans, many crossing: the events are balanced, each span opens once (plus continuations),
    /// text runs cover the text in order, and each span covers exactly its own offsets.
    func testRandomSpansCoverExactlyTheirText() {
        var rng = SplitMix64(seed: 7)
        for round in 0..<300 {
            let length = Int(rng.next() % 60)
            let count = Int(rng.next() % 25)
            let intervals = (0..<count).map { _ -> I in
                let a = Int(rng.next() % UInt64(length + 3)) - 1
                return I(start: a, end: a + Int(rng.next() % 20), rank: Int(rng.next() % 3))
            }
            let cuts = (0..<Int(rng.next() % 4)).map { _ in Int(rng.next() % UInt64(length + 2)) }
            check(SpanNesting.events(intervals, length: length, cuts: cuts), intervals, length, "round \(round)", cuts: cuts)
        }
    }

    func check(_ events: [SpanNesting.Event], _ intervals: [I], _ length: Int, _ message: String, cuts: [Int]) {
        var seenCuts: [Int] = []
        var stack: [Int] = [], opens = [Int](repeating: 0, count: intervals.count)
        var covered = [[Int]](repeating: [], count: intervals.count), openedAt = [Int](repeating: -1, count: intervals.count)
        var pos = 0
        for e in events {
            switch e {
            case .open(let i, let continuation):
                if !continuation { opens[i] += 1; openedAt[i] = pos }
                stack.append(i)
            case .close(let i):
                XCTAssertEqual(stack.popLast(), i, "unbalanced close, \(message)")
            case .text(let r):
                XCTAssertEqual(r.lowerBound, pos, "text out of order, \(message)")
                XCTAssertFalse(r.isEmpty, message)
                for i in stack { covered[i].append(contentsOf: r) }
                pos = r.upperBound
            case .cut(let at):
                XCTAssertEqual(at, pos, message)
                XCTAssertTrue(stack.isEmpty, "an element runs over the cut at \(at), \(message)")
                seenCuts.append(at)
            }
        }
        XCTAssertEqual(pos, length, message)
        XCTAssertTrue(stack.isEmpty, message)
        XCTAssertEqual(seenCuts, Set(cuts.filter { $0 > 0 && $0 < length }).sorted(), message)
        for (i, iv) in intervals.enumerated() {
            let s = min(max(0, iv.start), length), e = min(max(s, iv.end), length)
            XCTAssertEqual(opens[i], 1, "interval \(i) opened \(opens[i]) times, \(message)")
            XCTAssertEqual(covered[i], Array(s..<e), "interval \(i) \(iv), \(message)")
            XCTAssertEqual(openedAt[i], s, "interval \(i) opened at the wrong place, \(message)")
        }
    }
}
