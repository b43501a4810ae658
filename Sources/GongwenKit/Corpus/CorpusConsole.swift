import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 终端输出: prints the corpus report on standard output in order and, when standard error is a
/// terminal, keeps one progress line there (`[ 37/2000] 35 ok · 1 changed · NAME`), cleared before
/// each report line and at the end. When standard error is not a terminal it prints nothing extra.
public final class CorpusConsole: @unchecked Sendable {
    private let lock = NSLock()
    private let showProgress: Bool
    private var counts: [NoticeVerdict.Status: Int] = [:]
    private var drawn = false
    private var line = ""
    private var lastDraw: UInt64 = 0
    /// Why standard output refused the report (an error number), if it did; the rest is not written.
    private var outputError: Int32?

    public init(progress: Bool = isatty(2) == 1) { self.showProgress = progress }

    /// The observer that feeds this console.
    public var observer: CorpusObserver {
        CorpusObserver(completed: { [self] done, total, v in progress(done, total, v) }, delivered: { [self] v in report(v) })
    }

    public func progress(_ done: Int, _ total: Int, _ v: NoticeVerdict) {
        lock.lock(); defer { lock.unlock() }
        counts[v.status, default: 0] += 1
        guard showProgress else { return }
        let d = String(done)
        let tally = NoticeVerdict.Status.allCases.compactMap { s in counts[s].map { "\($0) \(s.rawValue)" } }.joined(separator: " · ")
        // Kept short enough not to wrap on an 80-column terminal, or `\r` could not clear it.
        line = String("[\(String(repeating: " ", count: max(0, String(total).count - d.count)))\(d)/\(total)] \(tally) · \(OneLine.text(v.file.fileName))".prefix(76))
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        drawLocked()
    }

    public func report(_ v: NoticeVerdict) {
        lock.lock(); defer { lock.unlock() }
        clearLocked()
        emit(1, CorpusReport.lines(v))
        if showProgress && !line.isEmpty { drawLocked() }
    }

    /// Clears the progress line and prints the summary.
    public func finish(_ s: CorpusSummary) {
        lock.lock(); defer { lock.unlock() }
        clearLocked()
        line = ""
        emit(1, CorpusReport.summary(s))
    }

    private func drawLocked() {
        emit(2, "\r\u{1B}[2K" + line)
        drawn = true
    }

    private func clearLocked() {
        if drawn { emit(2, "\r\u{1B}[2K"); drawn = false }
    }

    /// The report goes to standard output (1) and stops there at the first refusal; the progress
    /// line goes to standard error (2), where a refusal is ignored.
    private func emit(_ fd: Int32, _ text: String) {
        if fd == 1 {
            guard outputError == nil else { return }
            outputError = StandardStreams.write(1, text)
        } else {
            StandardStreams.write(fd, text)
        }
    }

    /// Why the report could not be written to standard output (`broken pipe`), if it could not.
    public var outputFailure: String? {
        lock.lock(); defer { lock.unlock() }
        return outputError.map { $0 == EBADF ? "it is closed" : FileReader.reason($0) }
    }
}
