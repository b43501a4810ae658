import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 子进程提取: extracts each notice in a child process (`gongwen corpus-worker`, the same binary).
///
/// This is the default of `gongwen corpus`, chosen over worker threads because a process can be
/// stopped and a thread cannot: a notice that hangs is killed at the time limit (SIGTERM, then SIGKILL)
/// and frees its core, where an abandoned thread would spin on until the run ends; a notice that
/// crashes the extractor (a trap, a stack overflow) ends only its own process and is reported as an
/// error for that notice, where in a thread it would end the whole run. The cost is one process start
/// per notice (about 10 ms). The child leaves its outputs as files in a private temporary folder, so
/// no pipe can fill up and block it, and a half-done child leaves nothing the parent would read.
public struct ChildProcessExtractor: NoticeExtractor {
    /// The program to run, normally this very binary.
    public let executable: String
    /// Arguments before the notice's own, normally `["corpus-worker"]`.
    public let leadingArguments: [String]
    public let maxBytes: Int
    /// How long a child gets between SIGTERM and SIGKILL.
    public let killGrace: Double

    public init(executable: String, leadingArguments: [String] = ["corpus-worker"], maxBytes: Int = Decoder.defaultMaxBytes, killGrace: Double = 2) {
        self.executable = executable
        self.leadingArguments = leadingArguments
        self.maxBytes = maxBytes
        self.killGrace = killGrace
    }

    /// The extractor that re-invokes the running binary.
    public static func selfInvoking(maxBytes: Int) -> ChildProcessExtractor {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return ChildProcessExtractor(executable: exe, maxBytes: maxBytes)
    }

    public var stopsAtTimeLimit: Bool { true }

    public func extract(_ file: NoticeFile, formats: [CorpusFormat], timeLimit: Double) -> ExtractionOutcome {
        var template = Array((NSTemporaryDirectory() + "/gongwen-worker.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return .failed("cannot make a temporary folder: \(String(cString: strerror(errno)))") }
        let dir = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let errPath = dir + "/stderr"
        let arguments = leadingArguments + [file.path, "--name", file.name, "--result", dir,
                                            "--formats", formats.map(\.name).joined(separator: ","), "--max-bytes", String(maxBytes)]
        let end = ChildProcess.run(executable, arguments, stderrPath: errPath, timeLimit: timeLimit, killGrace: killGrace)
        let stderr = Self.tail(errPath)
        let said = stderr.isEmpty ? "" : ": " + stderr
        switch end {
        case .exited(0): return CorpusWorker.readChildResult(resultDir: dir, formats: formats)
        case .exited(let status): return .failed("the worker exited with status \(status)" + said)
        case .signaled(let signal): return .failed("the extraction crashed (signal \(signal))" + said)
        case .timedOut: return .failed("timed out after \(Self.seconds(timeLimit)) s; the extraction was stopped")
        case .notStarted(let why): return .failed("cannot start \(executable): \(why)")
        }
    }

    /// The last lines the child wrote to standard error, on one line.
    static func tail(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return "" }
        let text = String(decoding: data.suffix(600), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " | ").trimmingCharacters(in: .whitespaces)
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }
}
