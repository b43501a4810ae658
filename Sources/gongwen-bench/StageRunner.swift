import Foundation
import GongwenKit

/// 分阶段计时: runs every file of a case through each stage in turn, repeatedly, and keeps the
/// median seconds per stage. JSON goes to a sink that only counts bytes, so no disk time is in it.
/// End to end is decode → JSON, what `gongwen extract` does. Checking that JSON against the schema
/// (`gongwen validate`) and writing XML with its XSD check (`--format xml`) are timed afterwards in
/// passes of their own, so their work does not disturb the figures of the others.
enum StageRunner {
    /// The stages of decode → JSON, then the output checks.
    static let stages = ["decode", "normalize", "lex", "parse", "extract", "model+rules", "emit JSON"]
    static let checks = ["validate JSON", "emit XML+XSD"]

    static func run(_ c: BenchCase) throws -> BenchResult {
        let bytes = c.files.reduce(0) { $0 + fileSize($1) }
        let iterations = try repeated(c) { try iteration(c.files) }
        let totals = iterations.map { $0.reduce(0, +) }
        var result = BenchResult(name: c.name, kind: .stages, bytes: bytes, notices: c.files.count, iterations: iterations.count,
                                 endToEnd: BenchResult.figure("end to end", seconds: median(totals), bytes: bytes, notices: c.files.count),
                                 minSeconds: totals.min() ?? 0, note: c.note)
        func figures(_ names: [String], _ times: [[Double]]) -> [BenchResult.Figure] {
            names.enumerated().map { k, name in BenchResult.figure(name, seconds: median(times.map { $0[k] }), bytes: bytes, notices: c.files.count) }
        }
        result.stages = figures(stages, iterations)
        if c.checkOutputs {
            result.stages += figures(checks, try repeated(c) { try checkPass(c.files) })
        } else {
            result.stages += checks.map { BenchResult.Figure(stage: $0) }
        }
        return result
    }

    /// Runs `pass` until the case's time is up, at least `minIterations` and at most `maxIterations` times.
    static func repeated(_ c: BenchCase, _ pass: () throws -> [Double]) throws -> [[Double]] {
        var out: [[Double]] = []
        let start = now()
        while out.count < c.minIterations || (now() - start < c.minSeconds && out.count < c.maxIterations) { out.append(try pass()) }
        return out
    }

    /// One pass over the files, decode → JSON: seconds per stage.
    static func iteration(_ files: [String]) throws -> [Double] {
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
        }
        return t
    }

    /// One pass over the files timing only the output checks (the notice and its JSON are made untimed).
    static func checkPass(_ files: [String]) throws -> [Double] {
        var t = [0.0, 0.0]
        for file in files {
            let notice = try Pipeline.run(path: file)
            let json = [UInt8](try JSONEmitter.encode(notice))
            let t0 = now()
            let report = try OutputValidator.validate(json, path: file + ".json")
            let t1 = now()
            _ = try XMLEmitter.encode(notice)
            t[0] += t1 - t0
            t[1] += now() - t1
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
