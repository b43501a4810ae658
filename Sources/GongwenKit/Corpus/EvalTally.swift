import Foundation

/// 计数: true positives, false positives and false negatives of one field, and the precision, recall
/// and F1 they give, computed exactly as score.py's `Tally` does (same operations, same order).
public struct EvalTally: Hashable, Sendable, Codable {
    public var tp = 0
    public var fp = 0
    public var fn = 0

    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    /// Matches gold against predicted values as multisets: each gold value takes one equal predicted value.
    public mutating func add<T: Hashable>(_ gold: [T], _ predicted: [T]) {
        var remaining: [T: Int] = [:]
        for p in predicted { remaining[p, default: 0] += 1 }
        var matched = 0
        for g in gold {
            if let n = remaining[g], n > 0 {
                remaining[g] = n - 1
                matched += 1
            }
        }
        tp += matched
        fn += gold.count - matched
        fp += predicted.count - matched
    }

    public mutating func merge(_ other: EvalTally) {
        tp += other.tp
        fp += other.fp
        fn += other.fn
    }

    /// Whether the field had anything to find or anything found.
    public var isLive: Bool { tp + fp + fn > 0 }

    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1.0 : 0.0) }
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1.0 }
    public var f1: Double {
        let p = precision, r = recall
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0
    }
}

/// Python's `round(x, digits)`: correctly rounded from the exact binary value, ties to even. printf
/// rounds the same way, where `(x * 1000).rounded() / 1000` would not (0.0625 → 0.062, not 0.063).
public func pythonRound(_ x: Double, _ digits: Int) -> Double {
    Double(String(format: "%.\(digits)f", x)) ?? x
}
