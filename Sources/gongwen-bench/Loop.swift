import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen-bench loop FILE...`: runs decode → JSON over the files again and again for a set time,
/// with nothing else in the process, so a profiler (`perf record`) sees only the pipeline. `--work xml`
/// makes XML (checked against the XSD) instead; `--work validate` checks each notice's JSON with
/// `OutputValidator` (the JSON is made once, first).
struct Loop: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run decode → JSON (or XML, or the check of the JSON) over the files repeatedly, for a profiler.",
        discussion: """
            Examples:
              perf record -g .build/release/gongwen-bench loop Corpus/*.txt --seconds 10
              perf record -g .build/release/gongwen-bench loop Corpus/*.txt --work validate
            """)

    @Argument(help: "The notices to process (files that cannot be read are skipped).") var files: [String]
    @Option(help: "How long to keep going.") var seconds: Double = 5
    @Option(help: "What to repeat: decode → JSON, decode → XML (with the XSD check), or the check of the JSON.")
    var work: Work = .json

    /// What each pass does.
    enum Work: String, ExpressibleByArgument, CaseIterable { case json, xml, validate }

    func run() throws {
        let pass: () throws -> Int
        switch work {
        case .json: pass = { try extractionPass { notice in
            var bytes = 0
            try JSONEmitter.write(notice) { bytes += $0.count }
            return bytes
        } }
        case .xml: pass = { try extractionPass { try XMLEmitter.encode($0).count } }
        case .validate: pass = try validationPass()
        }
        let start = StageRunner.now()
        var passes = 0, bytes = 0
        repeat {
            bytes += try pass()
            passes += 1
        } while StageRunner.now() - start < seconds
        let elapsed = StageRunner.now() - start
        let input = files.reduce(0) { $0 + StageRunner.fileSize($1) }
        print(String(format: "%d passes in %.2f s: %.2f ms a pass, %.1f MB/s of input (%d bytes of %@)",
                     passes, elapsed, elapsed / Double(passes) * 1000, Double(input * passes) / elapsed / 1e6, bytes,
                     work == .validate ? "JSON checked" : "\(work.rawValue) written"))
    }

    /// Decode → output over every file that can be read; `emit` returns the bytes it wrote.
    func extractionPass(_ emit: (Notice) throws -> Int) throws -> Int {
        var bytes = 0
        for file in files {
            guard let notice = try? Pipeline.run(path: file) else { continue }
            bytes += try emit(notice)
        }
        return bytes
    }

    /// The JSON of every file that can be read, made once; each pass checks all of it.
    func validationPass() throws -> () throws -> Int {
        let outputs = try files.compactMap { file in
            try (try? Pipeline.run(path: file)).map { (file + ".json", [UInt8](try JSONEmitter.encode($0))) }
        }
        return {
            for (path, json) in outputs {
                let report = try OutputValidator.validate(json, path: path)
                guard report.isValid else { throw BenchError("\(path): the JSON written does not pass validation: \(report.problems[0])") }
            }
            return outputs.reduce(0) { $0 + $1.1.count }
        }
    }
}
