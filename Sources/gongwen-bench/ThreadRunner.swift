import Foundation
import GongwenKit

/// 多线程吞吐: what a corpus run gains from more cores, measured in the library when the
/// `gongwen corpus` command is not there: `threads` threads each take the next file, extract it
/// and write its JSON (into memory).
enum ThreadRunner {
    /// The next file to take, shared by the threads.
    final class Queue: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        let count: Int
        init(count: Int) { self.count = count }
        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// The first error a thread met, if any.
    final class Failure: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var error: (any Error)?
        func record(_ e: any Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
    }

    static func run(_ c: BenchCase) throws -> BenchResult {
        let bytes = c.files.reduce(0) { $0 + StageRunner.fileSize($1) }
        var times: [Double] = []
        let start = StageRunner.now()
        while times.count < c.minIterations || (StageRunner.now() - start < c.minSeconds && times.count < c.maxIterations) {
            let t0 = StageRunner.now()
            try pass(c.files, threads: c.threads)
            times.append(StageRunner.now() - t0)
        }
        return BenchResult(name: c.name, kind: .threads, bytes: bytes, notices: c.files.count, iterations: times.count,
                           endToEnd: BenchResult.figure("end to end", seconds: median(times), bytes: bytes, notices: c.files.count),
                           minSeconds: times.min() ?? 0, note: "library loop, \(c.threads) thread(s), read from disk, JSON written into memory")
    }

    static func pass(_ files: [String], threads: Int) throws {
        let queue = Queue(count: files.count)
        let failure = Failure()
        // Threads of our own: exactly `threads` of them run, whatever the dispatch pool decides.
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            Thread {
                while let k = queue.take() {
                    do {
                        let notice = try Pipeline.run(path: files[k])
                        // JSON into memory, not to disk: rewriting 2,000 files makes ext4 flush them
                        // (auto_da_alloc), which measures the disk, not what a second core adds.
                        var written = 0
                        try JSONEmitter.write(notice) { written += $0.count }
                        precondition(written > 0)
                    } catch {
                        failure.record(error)
                    }
                }
                done.signal()
            }.start()
        }
        for _ in 0..<threads { done.wait() }
        if let error = failure.error { throw error }
    }
}
