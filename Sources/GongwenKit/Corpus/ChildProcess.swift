import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 子进程: starts a program in a process group of its own with its standard input and output on
/// descriptors we give and standard error to a file; learns how it ended; stops it and all it started.
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
    }

    /// Why a program could not be started.
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// Serializes pipe creation and spawning, so no child inherits another child's pipe ends between
    /// `pipe()` and the `FD_CLOEXEC` that keeps them out of later children.
    static let spawnLock = NSLock()

    /// Starts the program; `stdin`/`stdout` are the descriptors it gets as 0 and 1.
    static func spawn(_ executable: String, _ arguments: [String], stdin: Int32, stdout: Int32, stderrPath: String) -> Result<pid_t, Failure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group; every signal back to its default (the parent ignores SIGPIPE); nothing blocked.
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
        return rc == 0 ? .success(pid) : .failure(Failure(reason: String(cString: strerror(rc))))
    }

    /// A pipe whose two ends are closed in every program started later.
    static func pipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Writes all of `data` to `fd`; false when the reader is gone. Leaves the descriptor open.
    static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { DescriptorWrite.all(fd, $0) == nil }
    }

    /// Stops a child and everything in its group: SIGTERM, then SIGKILL after `grace` seconds.
    static func stop(_ pid: pid_t, _ waiter: Waiter, grace: Double) {
        kill(-pid, SIGTERM)
        if waiter.wait(seconds: grace) == nil {
            kill(-pid, SIGKILL)
            _ = waiter.wait(seconds: 60)
        }
    }

    /// Reaps the child on a thread of its own, so the caller can wait for it with a time limit.
    final class Waiter: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var end: End?

        init(pid: pid_t) {
            let thread = Thread { [self] in
                var s: Int32 = 0
                while waitpid(pid, &s, 0) < 0 && errno == EINTR {}
                // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
                lock.lock()
                end = s & 0x7F == 0 ? .exited((s >> 8) & 0xFF) : .signaled(s & 0x7F)
                lock.unlock()
                done.signal()
            }
            thread.stackSize = 1 << 16
            thread.start()
        }

        /// How the child ended, or nil when it has not ended within `seconds`.
        func wait(seconds: Double) -> End? {
            lock.lock()
            if let end { lock.unlock(); return end }
            lock.unlock()
            guard done.wait(timeout: .now() + seconds) == .success else { return nil }
            done.signal()  // later waits return at once
            lock.lock(); defer { lock.unlock() }
            return end
        }
    }
}
