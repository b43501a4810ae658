import Foundation

/// 超时保护: runs work on its own thread and waits for it at most a given time. Swift cannot stop a
/// thread from outside, so work that overruns is abandoned: its result is dropped when it comes, and
/// the caller goes on. This is the fallback for in-process extraction; the default, a child process
/// per notice, is killed at its limit instead (see `ChildProcessExtractor`).
public enum TimeLimit {
    /// The work's result, or nil when it did not finish within `seconds`.
    public static func run<T: Sendable>(seconds: Double, stackSize: Int = 64 << 20, _ work: @escaping @Sendable () -> T) -> T? {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.set(work())
            done.signal()
        }
        // Deeply nested input recurses deeply; give the thread the room the main thread would have.
        thread.stackSize = stackSize
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.get()
    }

    /// A value handed from the working thread to the waiting one.
    final class Box<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: T?
        func set(_ v: T) { lock.lock(); value = v; lock.unlock() }
        func get() -> T? { lock.lock(); defer { lock.unlock() }; return value }
    }
}
