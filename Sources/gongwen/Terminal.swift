import ArgumentParser
import Foundation
import GongwenKit

/// Writing results and messages: standard output, standard error, or a file replaced atomically.
enum Terminal {
    /// One line on standard error (a line break in a file name is shown as `\n`). If standard
    /// error itself cannot be written (a closed pipe), there is no one left to tell: the exit code
    /// still says what happened.
    static func error(_ message: String) {
        StandardStreams.write(2, "gongwen: \(OneLine.text(message))\n")
    }

    /// Whether diagnostics are shown on standard error: when asked, or when it is a terminal.
    static func showsDiagnostics(always: Bool) -> Bool { always || isatty(2) == 1 }

    /// Diagnostics as source excerpts on standard error, when it is a terminal (in colour) or when asked.
    static func showDiagnostics(_ diagnostics: [Diagnostic], _ source: SourceText, always: Bool) {
        let tty = isatty(2) == 1
        guard !diagnostics.isEmpty, showsDiagnostics(always: always) else { return }
        StandardStreams.write(2, DiagnosticRenderer.render(diagnostics, source, color: tty))
    }

    static func write(_ data: Data, to path: String?) throws {
        try write(to: path) { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Writes output as `produce` makes it, so large output never sits whole in memory.
    static func write(to path: String?, _ produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        do {
            if let path {
                Interrupts.handle()
                try AtomicFile.write(to: path, produce)
            } else {
                try AtomicFile.writeStandardOutput(produce)
            }
        } catch let e as OutputError {
            error(e.description)
            throw ExitCode(GongwenKit.ExitCode.cannotWrite)
        }
    }
}
