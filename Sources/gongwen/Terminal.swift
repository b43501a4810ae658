import ArgumentParser
import Foundation
import GongwenKit

/// Writing results and messages: standard output, standard error, or a file replaced atomically.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("gongwen: \(message)\n".utf8))
    }

    /// Whether diagnostics are shown on standard error: when asked, or when it is a terminal.
    static func showsDiagnostics(always: Bool) -> Bool { always || isatty(2) == 1 }

    /// Diagnostics as source excerpts on standard error, when it is a terminal (in colour) or when asked.
    static func showDiagnostics(_ diagnostics: [Diagnostic], _ source: SourceText, always: Bool) {
        let tty = isatty(2) == 1
        guard !diagnostics.isEmpty, showsDiagnostics(always: always) else { return }
        FileHandle.standardError.write(Data(DiagnosticRenderer.render(diagnostics, source, color: tty).utf8))
    }

    static func write(_ data: Data, to path: String?) throws {
        try write(to: path) { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Writes output as `produce` makes it, so large output never sits whole in memory.
    static func write(to path: String?, _ produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        do {
            if let path {
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
