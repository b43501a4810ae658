import ArgumentParser
import GongwenKit

/// Options shared by every command that reads notices.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Refuse inputs larger than this many bytes (at most 2147483647).")
    var maxBytes: Int = Decoder.defaultMaxBytes

    func validate() throws {
        guard maxBytes > 0, maxBytes <= Decoder.largestMaxBytes else {
            throw ValidationError("--max-bytes must be between 1 and \(Decoder.largestMaxBytes): offsets into the text are kept in 32 bits")
        }
    }
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
