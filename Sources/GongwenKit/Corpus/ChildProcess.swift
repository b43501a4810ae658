import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 子进程: starts a program in a process group of its own (standard input and output on /dev/null,
/// standard error to a file), waits for it at most a given time, and on overrun stops the whole group.
///
/// Foundation's `Process` is not used: on Linux it learns that a child ended through a descriptor the
/// child's own children inherit, so a killed child that left a grandchild looks alive until the
/// grandchild ends, and it cannot signal a process group. Here `waitpid` tells the end of the child
/// itself, and `kill(-group)` reaches everything it started.
enum ChildProcess {
    /// How a child ended.
    enum End: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Overran the time limit and was stopped (SIGTERM, then SIGKILL after the grace period).
        case timedOut
        case notStarted(String)
    }

    static func run(_ executable: String, _ arguments: [String], stderrPath: String, timeLimit: Double, killGrace: Double) -> End {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group; every signal back to its default (the parent may ignore SIGPIPE); nothing blocked.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { return .notStarted(String(cString: strerror(rc))) }

        let status = Waiter(pid: pid)
        guard status.wait(seconds: timeLimit) else {
            kill(-pid, SIGTERM)
            if !status.wait(seconds: killGrace) {
                kill(-pid, SIGKILL)
                _ = status.wait(seconds: 60)
            }
            return .timedOut
        }
        let s = status.status
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
        if s & 0x7F == 0 { return .exited((s >> 8) & 0xFF) }
        return .signaled(s & 0x7F)
    }

    /// Reaps the child on a thread of its own, so the caller can wait with a time limit.
    final class Waiter: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private(set) var status: Int32 = 0
        private var finished = false

        init(pid: pid_t) {
            let thread = Thread { [self] in
                var s: Int32 = 0
                while waitpid(pid, &s, 0) < 0 && errno == EINTR {}
                status = s
                done.signal()
            }
            thread.stackSize = 1 << 16
            thread.start()
        }

        /// True when the child has ended (now or earlier).
        func wait(seconds: Double) -> Bool {
            if finished { return true }
            finished = done.wait(timeout: .now() + seconds) == .success
            return finished
        }
    }
}
