/// 二分查找: the one binary search the stages share.
extension RandomAccessCollection where Index == Int {
    /// In a collection ordered so that every element `before` a target comes first, the index of
    /// the first element that is not (`endIndex` when all are): a lower bound, in log time.
    @inline(__always)
    func firstIndex(notBefore before: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
