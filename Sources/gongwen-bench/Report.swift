import Foundation

/// 报告: the table printed at the end and the JSON written with `--out`.
struct Report: Codable, Sendable {
    var command: String
    var machine: Machine
    var results: [BenchResult]
    var checks: [Check]

    /// One line per stage of each case, then its end-to-end line with peak memory.
    func table() -> String {
        var lines = [row("case", "stage", "median s", "MB/s", "notices/s", "peak MiB")]
        for r in results {
            let peak = String(format: "%.1f", Double(max(r.peakRSSKiB, r.vmHWMKiB ?? 0)) / 1024)
            for f in r.stages { lines.append(figureRow(r.name, f, peak: "")) }
            lines.append(figureRow(r.name, r.endToEnd, peak: peak))
            if let note = r.note { lines.append("    \(note)") }
        }
        let mb = String(format: "%.2f", Double(results.first?.bytes ?? 0) / 1e6)
        lines.append("")
        for c in checks { lines.append("\(c.met ? "met    " : "NOT MET") \(c.target): \(c.measured)") }
        lines.append("MB = 10^6 bytes of input; medians over the iterations (first case: \(mb) MB, \(results.first?.iterations ?? 0) iterations).")
        return lines.joined(separator: "\n")
    }

    private func figureRow(_ name: String, _ f: BenchResult.Figure, peak: String) -> String {
        guard let s = f.seconds else { return row(name, f.stage, "n/a", "n/a", "n/a", peak) }
        return row(name, f.stage, String(format: "%.6f", s), String(format: "%.1f", f.megabytesPerSecond ?? 0),
                   String(format: "%.1f", f.noticesPerSecond ?? 0), peak)
    }

    private func row(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String) -> String {
        a.padding(toLength: 26, withPad: " ", startingAt: 0) + b.padding(toLength: 14, withPad: " ", startingAt: 0)
            + [c, d, e, f].map { String(repeating: " ", count: max(0, 12 - $0.count)) + $0 }.joined()
    }
}
