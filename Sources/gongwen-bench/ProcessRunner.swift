/// 进程计时: a `gongwen` command run as a whole process, repeated: wall time (start-up included)
/// and the process's peak memory.
enum ProcessRunner {
    static func run(_ c: BenchCase, allowedStatus: Set<Int32> = [0]) throws -> BenchResult {
        let bytes = c.files.reduce(0) { $0 + StageRunner.fileSize($1) }
        var times: [Double] = []
        var peak = 0
        let start = StageRunner.now()
        while times.count < c.minIterations || (StageRunner.now() - start < c.minSeconds && times.count < c.maxIterations) {
            let o = try Spawn.run(c.command)
            guard allowedStatus.contains(o.status) else {
                throw BenchError("\(c.command.joined(separator: " ")) exited with status \(o.status)")
            }
            times.append(o.seconds)
            peak = max(peak, o.maxRSSKiB)
        }
        return BenchResult(name: c.name, kind: .process, bytes: bytes, notices: c.files.count, iterations: times.count,
                           endToEnd: BenchResult.figure("end to end", seconds: median(times), bytes: bytes, notices: c.files.count),
                           minSeconds: times.min() ?? 0, peakRSSKiB: peak, note: c.command.dropFirst().joined(separator: " "))
    }
}
