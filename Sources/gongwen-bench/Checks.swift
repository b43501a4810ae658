/// 目标: the issue's targets, each with the figure measured and whether it is met.
struct Check: Codable, Sendable {
    var target: String
    var measured: String
    var met: Bool
}

enum Checks {
    static func evaluate(_ results: [BenchResult], plan: BenchPlan) -> [Check] {
        func find(_ name: String) -> BenchResult? { results.first { $0.name == name } }
        var checks: [Check] = []
        if let r = find("Corpus/") ?? find("shared corpus"), let mbs = r.endToEnd.megabytesPerSecond {
            checks.append(Check(target: "end to end ≥ 50 MB/s on one core (\(r.name))", measured: fmt("%.1f MB/s", mbs), met: mbs >= 50))
        }
        if let s = find("example")?.endToEnd.seconds {
            checks.append(Check(target: "example ≤ 1 ms inside the process", measured: fmt("%.3f ms", s * 1000), met: s <= 0.001))
        }
        if let s = find("process: example")?.endToEnd.seconds {
            checks.append(Check(target: "gongwen extract process on the example ≤ 30 ms", measured: fmt("%.1f ms", s * 1000), met: s <= 0.030))
        }
        if let a = find("synthetic 10 MB"), let b = find("synthetic 100 MB"), let sa = a.endToEnd.seconds, let sb = b.endToEnd.seconds {
            checks.append(Check(target: "100 MB notice ≤ 12 × the 10 MB one", measured: fmt("%.2f ×", sb / sa), met: sb <= 12 * sa))
        }
        for name in ["synthetic 100 MB", "process: 100 MB"] {
            if let r = find(name) {
                let limit = 4 * Double(r.bytes) / 1_048_576 + 40
                let peak = Double(max(r.peakRSSKiB, r.vmHWMKiB ?? 0)) / 1024
                checks.append(Check(target: "\(name): peak ≤ 4 × input + 40 MB (\(fmt("%.0f", limit)) MiB)", measured: fmt("%.0f MiB", peak), met: peak <= limit))
            }
        }
        for (one, two, what) in [("threads 1", "threads 2", "2 threads"), ("--jobs 1", "--jobs 2", "--jobs 2")] {
            guard let a = results.first(where: { $0.name.hasSuffix(one) }), let b = results.first(where: { $0.name.hasSuffix(two) }),
                  let s1 = a.endToEnd.seconds, let s2 = b.endToEnd.seconds else { continue }
            checks.append(Check(target: "\(what) ≥ 1.7 × the throughput of 1", measured: fmt("%.2f ×", s1 / s2), met: s1 / s2 >= 1.7))
        }
        return checks
    }

    static func fmt(_ f: String, _ x: Double) -> String { String(format: f, x) }
}
