/// 最长匹配块: the matching blocks of two sequences, computed as Python's
/// `difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()` does (no junk):
/// the longest common block first (earliest in `a`, then in `b`, on ties), then recursively
/// left and right of it. `gongwen eval` aligns tasks with it, as score.py does; `gongwen corpus`
/// aligns arrays with it for a readable diff.
public enum MatchingBlocks {
    /// One block: `a[a..<a+size]` equals `b[b..<b+size]`.
    public struct Block: Equatable, Sendable {
        public let a: Int
        public let b: Int
        public let size: Int
    }

    /// The blocks in increasing order, adjacent blocks merged (difflib's list without its final sentinel).
    public static func of<T: Hashable>(_ a: [T], _ b: [T]) -> [Block] {
        var b2j: [T: [Int]] = [:]
        for (j, x) in b.enumerated() { b2j[x, default: []].append(j) }
        var blocks: [Block] = []
        var queue = [(0, a.count, 0, b.count)]
        while let (alo, ahi, blo, bhi) = queue.popLast() {
            let m = longest(a, b, b2j, alo, ahi, blo, bhi)
            guard m.size > 0 else { continue }
            blocks.append(m)
            if alo < m.a && blo < m.b { queue.append((alo, m.a, blo, m.b)) }
            if m.a + m.size < ahi && m.b + m.size < bhi { queue.append((m.a + m.size, ahi, m.b + m.size, bhi)) }
        }
        blocks.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        var merged: [Block] = []
        for block in blocks {
            if let last = merged.last, last.a + last.size == block.a, last.b + last.size == block.b {
                merged[merged.count - 1] = Block(a: last.a, b: last.b, size: last.size + block.size)
            } else {
                merged.append(block)
            }
        }
        return merged
    }

    /// `find_longest_match`: dynamic programming over runs ending at (i, j); a strictly longer run wins.
    static func longest<T: Hashable>(_ a: [T], _ b: [T], _ b2j: [T: [Int]], _ alo: Int, _ ahi: Int, _ blo: Int, _ bhi: Int) -> Block {
        var (besti, bestj, bestsize) = (alo, blo, 0)
        var j2len: [Int: Int] = [:]
        for i in alo..<max(alo, ahi) {
            var next: [Int: Int] = [:]
            for j in b2j[a[i]] ?? [] {
                if j < blo { continue }
                if j >= bhi { break }
                let k = (j2len[j - 1] ?? 0) + 1
                next[j] = k
                if k > bestsize { (besti, bestj, bestsize) = (i - k + 1, j - k + 1, k) }
            }
            j2len = next
        }
        // difflib then extends the block over equal neighbours; without junk the run is already maximal,
        // but the loops are kept so the result is the same by construction.
        while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] { (besti, bestj, bestsize) = (besti - 1, bestj - 1, bestsize + 1) }
        while besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize] { bestsize += 1 }
        return Block(a: besti, b: bestj, size: bestsize)
    }

    /// The pairs (index in `b` → index in `a`) that the blocks match, as score.py's `align` returns them.
    public static func pairs<T: Hashable>(_ a: [T], _ b: [T]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        for block in of(a, b) {
            for k in 0..<block.size { pairs[block.b + k] = block.a + k }
        }
        return pairs
    }
}
