import Foundation
import GongwenKit

/// 测量计划: finds the inputs (example, corpora), makes the synthetic ones in a temporary folder,
/// lists the cases, and runs each in a child process.
struct BenchPlan {
    let temp: String
    let example: String
    let corpusFiles: [String]
    let sharedFiles: [String]
    let seconds: Double
    let folderSize: Int
    let quick: Bool
    /// `gongwen` beside this executable (built with it), if there.
    let gongwen: String?
    let selfPath: String

    init(corpus: String, shared: String, seconds: Double, folderSize: Int, quick: Bool) throws {
        corpusFiles = BenchPlan.notices(in: corpus)
        sharedFiles = BenchPlan.notices(in: shared)
        guard let example = corpusFiles.first ?? sharedFiles.first(where: { $0.hasSuffix("xiangning-2023-46.txt") }) ?? sharedFiles.first else {
            throw BenchError("no notices in \(corpus) or \(shared): run from the package root")
        }
        self.example = example
        self.seconds = seconds
        self.folderSize = folderSize
        self.quick = quick
        selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let sibling = (selfPath as NSString).deletingLastPathComponent + "/gongwen"
        gongwen = FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
        temp = NSTemporaryDirectory() + "gongwen-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
    }

    /// The notices of a folder that gongwen accepts (refused inputs are not throughput).
    static func notices(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(dir)/\($0)" }.filter { (try? Decoder.read(path: $0)) != nil }
    }

    var big10: String { "\(temp)/synthetic-10MB.txt" }
    var big100: String { "\(temp)/synthetic-100MB.txt" }

    func cases() throws -> [BenchCase] {
        let pool = corpusFiles + sharedFiles
        // Concatenated bytes must share one encoding: the plans come from the UTF-8 notices.
        let utf8 = pool.filter { (try? Decoder.read(path: $0))?.encoding == "UTF-8" }
        let plans10 = try Synthetic.notice(from: utf8, bytes: 10_000_000, to: big10)
        let plans100 = quick ? 0 : try Synthetic.notice(from: utf8, bytes: 100_000_000, to: big100)
        let folder = try Synthetic.folder(from: pool, count: folderSize, in: "\(temp)/folder")
        var cases = [
            BenchCase(name: "example", kind: .stages, files: [example], minSeconds: seconds, minIterations: 20, maxIterations: 100_000),
        ]
        if !corpusFiles.isEmpty { cases.append(BenchCase(name: "Corpus/", kind: .stages, files: corpusFiles, minSeconds: seconds, minIterations: 5)) }
        if !sharedFiles.isEmpty { cases.append(BenchCase(name: "shared corpus", kind: .stages, files: sharedFiles, minSeconds: seconds, minIterations: 5)) }
        let made = "one covering notice issuing %d plans (the %d UTF-8 notices in turn, each under 附件k)"
        cases.append(BenchCase(name: "synthetic 10 MB", kind: .stages, files: [big10], minSeconds: 0, minIterations: 3,
                               note: String(format: made, plans10, utf8.count)))
        if !quick {
            cases.append(BenchCase(name: "synthetic 100 MB", kind: .stages, files: [big100], minSeconds: 0, minIterations: 1,
                                   checkOutputs: false, note: String(format: made, plans100, utf8.count) + "; no validate/XML (several GB)"))
        }
        if let gongwen {
            let json = "\(temp)/extract.json"
            cases.append(BenchCase(name: "process: example", kind: .process, files: [example], minSeconds: seconds, minIterations: 20,
                                   maxIterations: 500, command: [gongwen, "extract", example, "-o", json]))
            cases.append(BenchCase(name: "process: 10 MB", kind: .process, files: [big10], minSeconds: 0, minIterations: 3,
                                   command: [gongwen, "extract", big10, "-o", json]))
            if !quick {
                cases.append(BenchCase(name: "process: 100 MB", kind: .process, files: [big100], minSeconds: 0, minIterations: 1,
                                       command: [gongwen, "extract", big100, "-o", json]))
            }
        }
        cases += try folderCases(folder)
        return cases
    }

    /// The folder in 1 and 2 threads of the library (decode → JSON), and through `gongwen corpus
    /// --jobs 1/2` when this build has the command.
    func folderCases(_ folder: [String]) throws -> [BenchCase] {
        let dir = "\(temp)/folder", expected = "\(temp)/folder-expected"
        try FileManager.default.createDirectory(atPath: expected, withIntermediateDirectories: true)
        let name = "\(folder.count) notices"
        var cases = [1, 2].map { threads in
            BenchCase(name: "\(name) threads \(threads)", kind: .threads, files: folder, minSeconds: 0, minIterations: 3,
                      threads: threads)
        }
        if let gongwen, try hasCorpusCommand(gongwen) {
            // Against an empty baseline folder every notice is new: extracted (JSON and XML) and reported, nothing written.
            cases += [1, 2].map { jobs in
                BenchCase(name: "\(name) --jobs \(jobs)", kind: .process, files: folder, minSeconds: 0, minIterations: 3,
                          command: [gongwen, "corpus", dir, "--expected", expected, "--jobs", "\(jobs)"])
            }
        }
        return cases
    }

    /// Whether this build of gongwen has `gongwen corpus` (its help names the subcommand and `--jobs`).
    func hasCorpusCommand(_ gongwen: String) throws -> Bool {
        let help = "\(temp)/corpus-help.txt"
        guard try Spawn.run([gongwen, "corpus", "--help"], stdoutPath: help).status == 0 else { return false }
        let text = (try? String(contentsOfFile: help, encoding: .utf8)) ?? ""
        return text.contains("gongwen corpus") && text.contains("--jobs")
    }

    /// Runs a case: a process case from here, the others in a child `gongwen-bench child`.
    func measure(_ c: BenchCase) throws -> BenchResult {
        if c.kind == .process { return try ProcessRunner.run(c, allowedStatus: c.command.contains("corpus") ? [0, 1] : [0]) }
        let spec = "\(temp)/case.json", result = "\(temp)/result.json"
        try JSONEncoder().encode(c).write(to: URL(fileURLWithPath: spec))
        let o = try Spawn.run([selfPath, "child", "--spec", spec, "--result", result])
        guard o.status == 0 else { throw BenchError("case \(c.name): child exited with status \(o.status)") }
        var r = try JSONDecoder().decode(BenchResult.self, from: Data(contentsOf: URL(fileURLWithPath: result)))
        r.peakRSSKiB = o.maxRSSKiB
        return r
    }
}
