import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 子进程: starts a command with posix_spawn and waits for it with wait4, which gives that child's
/// own peak resident memory, so one case's memory never mixes with another's.
enum Spawn {
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// ru_maxrss of the child, in KiB.
        var maxRSSKiB: Int
    }

    /// Runs `argv` (argv[0] a path) with standard output sent to `stdoutPath` (default /dev/null).
    static func run(_ argv: [String], stdoutPath: String = "/dev/null") throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let start = StageRunner.now()
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        guard rc == 0 else { throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = StageRunner.now() - start
        // WIFEXITED / WEXITSTATUS; a signal shows as 128 + its number.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: code, seconds: seconds, maxRSSKiB: usage.ru_maxrss)
    }

    /// The peak resident memory this process has had so far (VmHWM), in KiB.
    static func vmHWM() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        }
        return nil
    }
}

/// A failure of the benchmark itself, with what went wrong.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
