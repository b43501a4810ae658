import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 工作进程: one long-lived `gongwen corpus-worker` and the pipes to it. It extracts one notice per
/// request line (JSON) and answers with one line (JSON) followed by the renderings' bytes; the parent
/// reads as they come (so the pipe never fills up) at most until the time limit, and stops the whole
/// process group when the answer is not complete by then. A half answer is never used.
final class WorkerProcess {
    /// What became of one request.
    enum Reply: Equatable {
        /// The answer line and the bytes it announced.
        case done(WorkerReply, Data)
        case timedOut
        /// The worker ended without answering: how it ended (if known) and what it last wrote to standard error.
        case died(ChildProcess.End?, String)
    }

    let pid: pid_t
    /// The formats the worker renders (`json,xml`); a worker is reused only for the same formats.
    let formats: String
    private let toWorker: Int32
    private let fromWorker: Int32
    private let waiter: ChildProcess.Waiter
    private let stderrPath: String
    private var buffer: [UInt8] = []
    private var closed = false
    /// How much of the standard error log earlier notices wrote; a new log starts empty.
    private var logMark = 0

    private init(pid: pid_t, formats: String, toWorker: Int32, fromWorker: Int32, stderrPath: String) {
        self.pid = pid
        self.formats = formats
        self.toWorker = toWorker
        self.fromWorker = fromWorker
        self.stderrPath = stderrPath
        self.waiter = ChildProcess.Waiter(pid: pid)
    }

    static func start(_ executable: String, _ arguments: [String], formats: String, stderrPath: String) -> Result<WorkerProcess, ChildProcess.Failure> {
        ChildProcess.spawnLock.lock()
        defer { ChildProcess.spawnLock.unlock() }
        guard let input = ChildProcess.pipe() else { return .failure(ChildProcess.Failure(reason: "cannot make a pipe: \(String(cString: strerror(errno)))")) }
        guard let output = ChildProcess.pipe() else {
            close(input.read); close(input.write)
            return .failure(ChildProcess.Failure(reason: "cannot make a pipe: \(String(cString: strerror(errno)))"))
        }
        let spawned = ChildProcess.spawn(executable, arguments, stdin: input.read, stdout: output.write, stderrPath: stderrPath)
        close(input.read)
        close(output.write)
        switch spawned {
        case .success(let pid):
            return .success(WorkerProcess(pid: pid, formats: formats, toWorker: input.write, fromWorker: output.read, stderrPath: stderrPath))
        case .failure(let why):
            close(input.write); close(output.read)
            return .failure(why)
        }
    }

    /// Sends one request and waits for its answer until `timeLimit` seconds have passed; on overrun the
    /// worker is stopped (SIGTERM, SIGKILL after `grace`) and must not be used again, nor after it died.
    func request(_ request: WorkerRequest, timeLimit: Double, grace: Double) -> Reply {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeLimit) * 1e9)
        let mark = logMark
        guard var line = try? JSONEncoder().encode(request) else { return .died(nil, "cannot encode the request") }
        line.append(0x0A)
        guard ChildProcess.writeAll(toWorker, line) else { return died(since: mark, grace: grace) }
        var reply: WorkerReply?
        while true {
            if reply == nil, let newline = buffer.firstIndex(of: 0x0A) {
                reply = try? JSONDecoder().decode(WorkerReply.self, from: Data(buffer[..<newline]))
                buffer.removeFirst(newline + 1)
                if reply == nil {
                    stop(grace: grace)
                    return .died(nil, "the worker answered something unreadable")
                }
            }
            if let reply, buffer.count >= reply.payloadSize {
                let payload = Data(buffer[..<reply.payloadSize])
                buffer.removeFirst(reply.payloadSize)
                logMark = (try? FileManager.default.attributesOfItem(atPath: stderrPath)[.size] as? Int) ?? logMark
                return .done(reply, payload)
            }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else {
                stop(grace: grace)
                return .timedOut
            }
            var fd = pollfd(fd: fromWorker, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fd, 1, Int32(min(Double(deadline - now) / 1e6 + 1, 60_000)))
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(fromWorker, &chunk, chunk.count)
            if n > 0 { buffer.append(contentsOf: chunk[..<n]) } else if n == 0 || errno != EINTR { return died(since: mark, grace: grace) }
        }
    }

    /// The worker closed its output: how it ended (stopping it if it lingers) and its last words.
    private func died(since mark: Int, grace: Double) -> Reply {
        let end = waiter.wait(seconds: 2)
        if end == nil { stop(grace: grace) }
        return .died(end ?? waiter.wait(seconds: 0), Self.lastWords(stderrPath, from: mark))
    }

    /// Stops the worker and everything it started.
    func stop(grace: Double) {
        closePipes()
        ChildProcess.stop(pid, waiter, grace: grace)
    }

    /// Ends an idle worker: closing its input ends its request loop; it is stopped if it does not exit.
    func shutdown(grace: Double) {
        closePipes()
        if waiter.wait(seconds: grace) == nil { ChildProcess.stop(pid, waiter, grace: grace) }
    }

    private func closePipes() {
        guard !closed else { return }
        closed = true
        close(toWorker)
        close(fromWorker)
    }

    /// What the worker wrote to standard error since `mark`, on one line: a Swift runtime's
    /// "Fatal error" line when there is one, else the last three lines.
    static func lastWords(_ path: String, from mark: Int) -> String {
        guard let data = FileManager.default.contents(atPath: path), data.count > mark else { return "" }
        let lines = String(decoding: data.dropFirst(mark).prefix(64 << 10), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let fatal = lines.first(where: { $0.contains("Fatal error") }) { return fatal }
        return lines.suffix(3).joined(separator: " | ")
    }
}

/// One request to a worker: extract the notice at `path`, named `name` in the corpus.
struct WorkerRequest: Codable, Equatable {
    var path: String
    var name: String
}

/// A worker's answer: the renderings that follow it (`parts`, in order), or the refusal the input
/// earned; `ok` false when extraction failed, with why.
struct WorkerReply: Codable, Equatable {
    var ok: Bool
    var message: String?
    var refused: ExpectedError?
    var parts: [WorkerPart]?

    init(ok: Bool, message: String? = nil, refused: ExpectedError? = nil, parts: [WorkerPart]? = nil) {
        self.ok = ok
        self.message = message
        self.refused = refused
        self.parts = parts
    }

    /// The bytes that follow the answer line.
    var payloadSize: Int { (parts ?? []).reduce(0) { $0 + max(0, $1.size) } }
}

/// One rendering in a worker's answer: its format (file ending) and its size in bytes.
struct WorkerPart: Codable, Equatable {
    var format: String
    var size: Int
}
