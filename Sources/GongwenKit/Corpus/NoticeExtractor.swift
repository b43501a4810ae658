import Foundation

/// 提取器: how `gongwen corpus` gets the outcome of one notice. The runner calls it from several
/// threads at once; it must never throw or stop the run: every problem is an outcome.
public protocol NoticeExtractor: Sendable {
    /// Extracts one notice in the given formats, taking at most about `timeLimit` seconds when `stopsAtTimeLimit`.
    func extract(_ file: NoticeFile, formats: [CorpusFormat], timeLimit: Double) -> ExtractionOutcome
    /// True when the extractor stops its own work at the time limit (a child process it kills); when false,
    /// the runner guards the call with `TimeLimit`, which can only abandon the work, not stop it.
    var stopsAtTimeLimit: Bool { get }
    /// Releases what the extractor holds between notices (worker processes); called at the end of a run.
    func finish()
}

extension NoticeExtractor {
    public func finish() {}
}

/// 进程内提取: runs the pipeline in a thread of this process. Fast (no process start per notice), but a
/// notice that hangs can only be abandoned, still using a core, and a crash (a trap) ends the whole run.
/// Used by the tests and by `gongwen corpus --in-process`.
public struct InProcessExtractor: NoticeExtractor {
    public let maxBytes: Int

    public init(maxBytes: Int = Decoder.defaultMaxBytes) { self.maxBytes = maxBytes }

    public func extract(_ file: NoticeFile, formats: [CorpusFormat], timeLimit: Double) -> ExtractionOutcome {
        CorpusWorker.outcome(file, formats: formats, maxBytes: maxBytes)
    }

    public var stopsAtTimeLimit: Bool { false }
}

/// 提取器闭包: an extractor made of a closure, for tests and for library users with their own pipeline.
public struct ClosureExtractor: NoticeExtractor {
    public let body: @Sendable (NoticeFile, [CorpusFormat]) -> ExtractionOutcome

    public init(_ body: @escaping @Sendable (NoticeFile, [CorpusFormat]) -> ExtractionOutcome) { self.body = body }

    public func extract(_ file: NoticeFile, formats: [CorpusFormat], timeLimit: Double) -> ExtractionOutcome { body(file, formats) }

    public var stopsAtTimeLimit: Bool { false }
}
