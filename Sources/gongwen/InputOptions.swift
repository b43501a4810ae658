import ArgumentParser
import GongwenKit

/// Options shared by every command that reads notices.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = Decoder.defaultMaxBytes
}

extension InputOptions {
    /// Reads and decodes `path`; a refused or unreadable file is reported on stderr and ends the
    /// command with its documented exit code.
    func read(_ path: String) throws -> SourceText {
        do {
            return try Decoder.read(path: path, maxBytes: maxBytes)
        } catch let error as InputError {
            Terminal.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
