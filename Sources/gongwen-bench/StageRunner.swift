import Foundation
import GongwenKit

/// 分阶段计时: runs every file of a case through each stage in turn, repeatedly, and keeps the
/// median seconds per stage. JSON goes to a sink that only counts bytes, so no disk time is in it.
/// End to end is decode → JSON, what `gongwen extract` does; checking that JSON against the schema
/// (`gongwen validate`) and writing XML with its XSD check (`--format xml`) are timed after it, apart.
enum StageRunner {
    /// The stages in table order, and whether each is part of decode → JSON.
    static let stages: [(name: String, endToEnd: Bool)] = [
        ("decode", true), ("normalize", true), ("lex", true), ("parse", true), ("extract", true),
        ("model+rules", true), ("emit JSON", true), ("validate JSON", false), ("emit XML+XSD", false),
    ]

    static func run(_ c: BenchCase) throws -> BenchResult {
        let bytes = c.files.reduce(0) { $0 + fileSize($1) }
        var iterations: [[Double]] = []
        var totals: [Double] = []
        let start = now()
        while iterations.count < c.minIterations || (now() - start < c.minSeconds && iterations.count < c.maxIterations) {
            let t = try iteration(c.files, outputs: c.checkOutputs)
            iterations.append(t)
            totals.append(zip(t, stages).filter { $0.1.endToEnd }.map(\.0).reduce(0, +))
        }
        var result = BenchResult(name: c.name, kind: .stages, bytes: bytes, notices: c.files.count, iterations: iterations.count,
                                 endToEnd: BenchResult.figure("end to end", seconds: median(totals), bytes: bytes, notices: c.files.count),
                                 minSeconds: totals.min() ?? 0, note: c.note)
        for (k, stage) in stages.enumerated() {
            let measured = stage.endToEnd || c.checkOutputs
            result.stages.append(measured ? BenchResult.figure(stage.name, seconds: median(iterations.map { $0[k] }), bytes: bytes, notices: c.files.count)
                                          : BenchResult.Figure(stage: stage.name))
        }
        return result
    }

    /// One pass over the files: seconds per stage (0 for the output checks when `outputs` is false).
    static func iteration(_ files: [String], outputs: Bool) throws -> [Double] {
        var t = [Double](repeating: 0, count: stages.count)
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
            lap(6)
            precondition(written > 0)
            guard outputs else { continue }
            let json = [UInt8](try JSONEmitter.encode(notice))
            last = now()
            let report = try OutputValidator.validate(json, path: file + ".json")
            lap(7)
            _ = try XMLEmitter.encode(notice)
            lap(8)
            guard report.isValid else { throw BenchError("\(file): the JSON written does not pass validation: \(report.problems.first!)") }
        }
        return t
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}
