import Foundation

/// 语料回归选项: what `gongwen corpus` was asked to do.
public struct CorpusOptions: Sendable {
    /// The folder of notices (`*.txt`).
    public var dir: String
    /// The folder of baselines.
    public var expected: String
    /// Where to write every result too, when set.
    public var out: String?
    public var jobs: Int
    /// Rewrite the baselines that differ or are missing, and remove stale ones.
    public var update: Bool
    /// Seconds one notice may take.
    public var timeLimit: Double
    /// The formats to check and write; only those with a baseline are rendered unless `out` is set.
    public var formats: [CorpusFormat]

    public init(dir: String, expected: String, out: String? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                update: Bool = false, timeLimit: Double = 30, formats: [CorpusFormat] = CorpusFormat.all) {
        self.dir = dir
        self.expected = expected
        self.out = out
        self.jobs = jobs
        self.update = update
        self.timeLimit = timeLimit
        self.formats = formats
    }
}

/// 观察者: what a caller is told while the corpus runs: each notice as it completes (any order), and
/// each verdict in the corpus's fixed order.
public struct CorpusObserver: Sendable {
    public var completed: @Sendable (_ done: Int, _ total: Int, NoticeVerdict) -> Void
    public var delivered: @Sendable (NoticeVerdict) -> Void

    public init(completed: @escaping @Sendable (Int, Int, NoticeVerdict) -> Void = { _, _, _ in },
                delivered: @escaping @Sendable (NoticeVerdict) -> Void = { _ in }) {
        self.completed = completed
        self.delivered = delivered
    }
}

/// 语料回归: extracts every notice of a folder in parallel and checks each against its baseline.
public enum CorpusRun {
    public static func run(_ o: CorpusOptions, extractor: any NoticeExtractor, observer: CorpusObserver = CorpusObserver()) throws -> CorpusSummary {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: o.dir, isDirectory: &isDir), isDir.boolValue else { throw CorpusError.noFolder(o.dir) }
        let files = try NoticeFile.list(in: o.dir)
        guard !files.isEmpty else { throw CorpusError.noNotices(o.dir) }
        if let out = o.out {
            do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
                throw CorpusError.cannotWrite(out, error.localizedDescription)
            }
        }
        let store = BaselineStore(dir: o.expected, formats: o.formats)
        let started = DispatchTime.now().uptimeNanoseconds
        let verdicts = Collector()
        OrderedParallel.run(count: files.count, threads: o.jobs,
                            work: { check(files[$0], o, store, extractor) },
                            completed: { done, _, v in observer.completed(done, files.count, v) },
                            deliver: { _, v in verdicts.append(v); observer.delivered(v) })
        extractor.finish()
        let stale = store.stale(notices: Set(files.map(\.name)))
        var removed: [String] = [], problems: [String] = []
        if o.update {
            for path in stale {
                do { try FileManager.default.removeItem(atPath: path); removed.append(path) } catch {
                    problems.append("\(path): cannot remove: \(error.localizedDescription)")
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return CorpusSummary(verdicts: verdicts.all, update: o.update, stale: o.update ? [] : stale, removedStale: removed,
                             problems: problems, seconds: seconds)
    }

    /// One notice: extract (under the time limit), write `--out`, compare, rewrite the baseline if asked.
    static func check(_ file: NoticeFile, _ o: CorpusOptions, _ store: BaselineStore, _ extractor: any NoticeExtractor) -> NoticeVerdict {
        let started = DispatchTime.now().uptimeNanoseconds
        let rendered = o.out == nil ? o.formats.filter(\.hasBaseline) : o.formats
        let outcome: ExtractionOutcome
        if !file.nameIsUTF8 {
            outcome = .failed(FileName.notUTF8Reason)
        } else if extractor.stopsAtTimeLimit {
            outcome = extractor.extract(file, formats: rendered, timeLimit: o.timeLimit)
        } else {
            outcome = TimeLimit.run(seconds: o.timeLimit) { extractor.extract(file, formats: rendered, timeLimit: o.timeLimit) }
                ?? .failed("timed out after \(ChildProcessExtractor.seconds(o.timeLimit)) s; the extraction was abandoned")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var verdict = CorpusCheck.verdict(file, outcome, expected: store.read(file.name), formats: o.formats, seconds: seconds)
        if let out = o.out { verdict.writeErrors += write(outcome, of: file, to: out) }
        let artifacts = outcome.artifacts(o.formats)
        if o.update, verdict.status == .changed || verdict.status == .new, !artifacts.isEmpty {
            let problems = store.replace(file.name, with: artifacts)
            verdict.updated = problems.isEmpty
            verdict.writeErrors += problems
        }
        return verdict
    }

    /// `--out`: every rendering (baseline or not), or the refusal as `NAME.error.json`.
    static func write(_ outcome: ExtractionOutcome, of file: NoticeFile, to dir: String) -> [String] {
        var files: [(String, Data)] = []
        switch outcome {
        case .extracted(let rendered): files = rendered.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case .refused(let e): if let data = try? e.encoded() { files = [(ExpectedError.artifact, data)] }
        case .failed: break
        }
        var problems: [String] = []
        AtomicFile.together {
            for (artifact, data) in files {
                do { try AtomicFile.write(data, to: (dir as NSString).appendingPathComponent("\(file.name).\(artifact)")) } catch {
                    problems.append("\(error)")
                }
            }
        }
        return problems
    }

    /// The verdicts as they are delivered, in order.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [NoticeVerdict] = []
        func append(_ v: NoticeVerdict) { lock.lock(); items.append(v); lock.unlock() }
        var all: [NoticeVerdict] { lock.lock(); defer { lock.unlock() }; return items }
    }
}
