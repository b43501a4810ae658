import Foundation
import GongwenKit

/// 分阶段计时: runs every file of a case through each stage in turn, repeatedly, and keeps the
/// median seconds per stage. JSON goes to a sink that only counts bytes, so no disk time is in it.
enum StageRunner {
    /// The stages in table order; nil marks one that does not exist yet in the library.
    static let stages: [(name: String, measured: Bool)] = [
        ("decode", true), ("normalize", true), ("lex", true), ("parse", true), ("extract", true),
        ("model+rules", true), ("validate", false), ("emit JSON", true), ("emit XML+XSD", false),
    ]

    static func run(_ c: BenchCase) throws -> BenchResult {
        let bytes = c.files.reduce(0) { $0 + fileSize($1) }
        var iterations: [[Double]] = []
        var totals: [Double] = []
        let start = now()
        while iterations.count < c.minIterations || (now() - start < c.minSeconds && iterations.count < c.maxIterations) {
            let t = try iteration(c.files)
            iterations.append(t)
            totals.append(t.reduce(0, +))
        }
        var result = BenchResult(name: c.name, kind: .stages, bytes: bytes, notices: c.files.count, iterations: iterations.count,
                                 endToEnd: BenchResult.figure("end to end", seconds: median(totals), bytes: bytes, notices: c.files.count),
                                 minSeconds: totals.min() ?? 0, note: c.note)
        var k = 0
        for stage in stages {
            if stage.measured {
                result.stages.append(BenchResult.figure(stage.name, seconds: median(iterations.map { $0[k] }), bytes: bytes, notices: c.files.count))
                k += 1
            } else {
                result.stages.append(BenchResult.Figure(stage: stage.name))
            }
        }
        return result
    }

    /// One pass over the files: seconds per measured stage.
    static func iteration(_ files: [String]) throws -> [Double] {
        var t = [Double](repeating: 0, count: stages.filter(\.measured).count)
        for file in files {
            var last = now()
            func lap(_ k: Int) {
                let n = now()
                t[k] += n - last
                last = n
            }
            let source = try Decoder.read(path: file)
            lap(0)
            let notice = Pipeline.process(source) { stage in lap(1 + Pipeline.Stage.allCases.firstIndex(of: stage)!) }
            var written = 0
            try JSONEmitter.write(notice) { written += $0.count }
            lap(t.count - 1)
            precondition(written > 0)
        }
        return t
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}
