import Foundation

/// 有序并行: runs `count` independent jobs on `threads` worker threads and hands each result to
/// `deliver` in index order, one at a time, as soon as it and every earlier one are done. So what is
/// printed is the same whatever the number of threads; `completed` is told of each job as it ends,
/// in whatever order that happens (for a progress display).
public enum OrderedParallel {
    public static func run<R: Sendable>(count: Int, threads: Int, stackSize: Int = 64 << 20,
                                        work: @escaping @Sendable (Int) -> R,
                                        completed: @escaping @Sendable (_ done: Int, _ index: Int, R) -> Void = { _, _, _ in },
                                        deliver: @escaping @Sendable (Int, R) -> Void) {
        guard count > 0 else { return }
        let state = State<R>(count: count)
        let finished = DispatchGroup()
        for _ in 0..<max(1, min(threads, count)) {
            finished.enter()
            let thread = Thread {
                while let index = state.take() {
                    let result = work(index)
                    state.finish(index, result, completed: completed, deliver: deliver)
                }
                finished.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        finished.wait()
    }

    /// The shared queue position and the results waiting for their turn.
    final class State<R: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var done = 0
        private var emitted = 0
        private var pending: [Int: R] = [:]
        private let count: Int

        init(count: Int) { self.count = count }

        func take() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func finish(_ index: Int, _ result: R, completed: (Int, Int, R) -> Void, deliver: (Int, R) -> Void) {
            lock.lock(); defer { lock.unlock() }
            done += 1
            completed(done, index, result)
            pending[index] = result
            while let ready = pending.removeValue(forKey: emitted) {
                deliver(emitted, ready)
                emitted += 1
            }
        }
    }
}
