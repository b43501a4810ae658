import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 写入登记: the temporary files `AtomicFile` is writing now, so an interruption can remove them.
final class PendingFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func add(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    func remove(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }
    func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths.removeAll()
    }
}

/// 写入闸门: counts the groups of writes that belong together (`AtomicFile.together`); once an
/// interruption closes it, it waits for those under way and lets no new one start.
final class WriteGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = 0
    private var closed = false

    func enter() {
        condition.lock(); defer { condition.unlock() }
        while closed { condition.wait() }
        running += 1
    }

    func leave() {
        condition.lock(); defer { condition.unlock() }
        running -= 1
        condition.broadcast()
    }

    func close(patience: Double) {
        condition.lock(); defer { condition.unlock() }
        closed = true
        let deadline = Date(timeIntervalSinceNow: patience)
        while running > 0, condition.wait(until: deadline) {}
    }

    /// For tests: lets groups start again.
    func reopen() {
        condition.lock(); defer { condition.unlock() }
        closed = false
        condition.broadcast()
    }
}
