import Dispatch
import Foundation
import GongwenKit

/// 中断: on Ctrl-C or SIGTERM, removes the temporary files of writes still going on (so no `.tmp`
/// is left beside a target, which keeps its previous content) and what a command asked to clean
/// up, then exits with 128 + the signal, as a shell expects.
final class Interrupts: @unchecked Sendable {
    private static let shared = Interrupts()
    private let lock = NSLock()
    private var cleanUps: [@Sendable () -> Void] = []
    private var sources: [any DispatchSourceSignal] = []

    /// Starts handling the two signals, once per process; `cleanUp` runs before the exit.
    static func handle(_ cleanUp: (@Sendable () -> Void)? = nil) {
        let me = shared
        me.lock.lock(); defer { me.lock.unlock() }
        if let cleanUp { me.cleanUps.append(cleanUp) }
        guard me.sources.isEmpty else { return }
        me.sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { me.exit(128 + number) }
            source.resume()
            return source
        }
    }

    private func exit(_ status: Int32) {
        lock.lock()
        let work = cleanUps
        lock.unlock()
        work.forEach { $0() }
        AtomicFile.removePending()
        Foundation.exit(status)
    }
}
