/// 测量结果: what one case measured: per stage and end to end, with throughput and peak memory.
struct BenchResult: Codable, Sendable {
    /// One stage's figures; `seconds` is nil for a stage that does not exist yet (n/a).
    struct Figure: Codable, Sendable {
        var stage: String
        /// Median over the iterations of the seconds one iteration spent in the stage.
        var seconds: Double?
        var megabytesPerSecond: Double?
        var noticesPerSecond: Double?
    }

    var name: String
    var kind: BenchCase.Kind
    /// Input bytes and notices of one iteration.
    var bytes: Int
    var notices: Int
    var iterations: Int
    var stages: [Figure] = []
    var endToEnd: Figure
    /// Fastest iteration, end to end.
    var minSeconds: Double
    /// Peak resident memory of the child process that ran the case (wait4's ru_maxrss), in KiB.
    var peakRSSKiB: Int = 0
    /// VmHWM from the child's /proc/self/status, in KiB, when the child is gongwen-bench itself.
    var vmHWMKiB: Int?
    var note: String?

    static func figure(_ stage: String, seconds: Double?, bytes: Int, notices: Int) -> Figure {
        guard let seconds, seconds > 0 else { return Figure(stage: stage) }
        return Figure(stage: stage, seconds: seconds, megabytesPerSecond: Double(bytes) / 1e6 / seconds,
                      noticesPerSecond: Double(notices) / seconds)
    }
}

/// The median of some numbers (the mean of the middle two for an even count).
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
