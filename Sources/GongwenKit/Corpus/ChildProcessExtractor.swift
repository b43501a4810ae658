import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 子进程提取: extracts notices in worker processes (`gongwen corpus-worker`, this same binary), each
/// kept for many notices, one at a time.
///
/// This is the default of `gongwen corpus`, chosen over worker threads because a process can be
/// stopped and a thread cannot: a notice that hangs is killed at the time limit (its whole process
/// group: SIGTERM, then SIGKILL) and frees its core, where an abandoned thread would spin on until the
/// run ends; a notice that crashes the extractor (a trap, a stack overflow) ends only its worker and is
/// reported as an error for that notice, where in a thread it would end the whole run. A worker that
/// was stopped or died is replaced by a new one for the next notice. Workers are kept rather than
/// started per notice because starting one costs about 10–20 ms, several times the extraction itself.
/// Results come back on the worker's standard output, announced by an answer line with their sizes,
/// and are used only once complete.
public final class ChildProcessExtractor: NoticeExtractor, @unchecked Sendable {
    /// The program to run, normally this very binary.
    public let executable: String
    /// Arguments before the worker's own, normally `["corpus-worker"]`.
    public let leadingArguments: [String]
    public let maxBytes: Int
    /// How long a worker gets between SIGTERM and SIGKILL.
    public let killGrace: Double

    private let lock = NSLock()
    private var idle: [WorkerProcess] = []
    private var started = 0
    /// The extractor's private temporary folder, for the workers' standard error logs.
    public let workDir: String?

    public init(executable: String, leadingArguments: [String] = ["corpus-worker"], maxBytes: Int = Decoder.defaultMaxBytes, killGrace: Double = 2) {
        self.executable = executable
        self.leadingArguments = leadingArguments
        self.maxBytes = maxBytes
        self.killGrace = killGrace
        self.workDir = Self.temporaryFolder(NSTemporaryDirectory() + "/gongwen-corpus")
        // A worker that dies makes writing to it fail with EPIPE; that must not end this process.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { finish() }

    /// The extractor that re-invokes the running binary.
    public static func selfInvoking(maxBytes: Int) -> ChildProcessExtractor {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return ChildProcessExtractor(executable: exe, maxBytes: maxBytes)
    }

    public var stopsAtTimeLimit: Bool { true }

    /// How many worker processes were started so far.
    public var workersStarted: Int { lock.lock(); defer { lock.unlock() }; return started }

    public func extract(_ file: NoticeFile, formats: [CorpusFormat], timeLimit: Double) -> ExtractionOutcome {
        if let workDir { try? FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true) }
        let names = formats.map(\.name).joined(separator: ",")
        let worker: WorkerProcess
        switch take(names) {
        case .success(let w): worker = w
        case .failure(let why): return .failed("cannot start \(executable): \(why.reason)")
        }
        switch worker.request(WorkerRequest(path: file.path, name: file.name), timeLimit: timeLimit, grace: killGrace) {
        case .done(let reply, let payload):
            put(worker)
            return CorpusWorker.outcome(of: reply, payload, formats: formats)
        case .timedOut:
            return .failed("timed out after \(Self.seconds(timeLimit)) s; the extraction was stopped")
        case .died(let end, let said):
            let how: String
            switch end {
            case .signaled(let signal)?: how = "the extraction crashed (signal \(signal))"
            case .exited(let status)?: how = "the worker ended without answering (status \(status))"
            case nil: how = "the worker stopped answering"
            }
            return .failed(how + (said.isEmpty ? "" : ": " + said))
        }
    }

    /// Ends every idle worker and removes the temporary folder. Called at the end of a run; the
    /// extractor can still be used afterwards (it starts new workers).
    public func finish() {
        lock.lock()
        let workers = idle
        idle = []
        lock.unlock()
        for w in workers { w.shutdown(grace: killGrace) }
        if let workDir { try? FileManager.default.removeItem(atPath: workDir) }
    }

    private func take(_ formats: String) -> Result<WorkerProcess, ChildProcess.Failure> {
        lock.lock()
        if let k = idle.firstIndex(where: { $0.formats == formats }) {
            defer { lock.unlock() }
            return .success(idle.remove(at: k))
        }
        started += 1
        let log = (workDir ?? NSTemporaryDirectory()) + "/worker-\(started).log"
        lock.unlock()
        let arguments = leadingArguments + ["--formats", formats, "--max-bytes", String(maxBytes)]
        return WorkerProcess.start(executable, arguments, formats: formats, stderrPath: log)
    }

    private func put(_ worker: WorkerProcess) {
        lock.lock()
        idle.append(worker)
        lock.unlock()
    }

    /// A new folder named `prefix.XXXXXX`.
    static func temporaryFolder(_ prefix: String) -> String? {
        var template = Array("\(prefix).XXXXXX".utf8CString)
        return mkdtemp(&template).map { String(cString: $0) }
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }
}
