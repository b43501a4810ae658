/// Why an input was refused. Every case names the file and the problem, and maps to a documented exit code.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case whitespaceOnly(path: String)
    case binary(path: String, kind: String)
    case undecodable(path: String, offset: Int, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)

    public var path: String {
        switch self {
        case .notFound(let p), .isDirectory(let p), .unreadable(let p, _), .empty(let p), .whitespaceOnly(let p),
             .binary(let p, _), .undecodable(let p, _, _), .tooLarge(let p, _, _):
            return p
        }
    }

    /// A stable code for the problem, used in corpus baselines and tests.
    public var code: String {
        switch self {
        case .notFound: return "input.not-found"
        case .isDirectory: return "input.directory"
        case .unreadable: return "input.unreadable"
        case .empty: return "input.empty"
        case .whitespaceOnly: return "input.whitespace-only"
        case .binary: return "input.binary"
        case .undecodable: return "input.undecodable"
        case .tooLarge: return "input.too-large"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .notFound, .isDirectory, .unreadable: return ExitCode.cannotOpen
        case .empty, .whitespaceOnly, .binary, .undecodable, .tooLarge: return ExitCode.refused
        }
    }

    public var description: String {
        let p = path == "-" ? "standard input" : path
        switch self {
        case .notFound: return "\(p): no such file"
        case .isDirectory: return "\(p): is a directory, not a file (use `gongwen corpus` for folders)"
        case .unreadable(_, let r): return "\(p): cannot be read: \(r)"
        case .empty: return "\(p): the file is empty"
        case .whitespaceOnly: return "\(p): the file holds only white space"
        case .binary(_, let kind): return "\(p): this is not text but \(kind); convert it to text first"
        case .undecodable(_, let offset, let reason): return "\(p): not readable as UTF-8, UTF-16 or GB18030 text: \(reason) at byte \(offset)"
        case .tooLarge(_, let bytes, let limit):
            let size = bytes < 0 ? "more than \(limit) bytes" : "\(bytes) bytes"
            return "\(p): \(size) is over the limit of \(limit) bytes (raise it with --max-bytes)"
        }
    }
}

/// The process exit codes of the `gongwen` command, documented in the README.
public enum ExitCode {
    /// Success; for `validate` and `corpus`, nothing wrong was found.
    public static let ok: Int32 = 0
    /// A check failed: invalid files (`validate`), differences from the baseline (`corpus`), accuracy under the floor (`eval`).
    public static let checkFailed: Int32 = 1
    /// The command line was wrong (set by the argument parser).
    public static let usage: Int32 = 64
    /// The input was refused: empty, binary, undecodable or too large.
    public static let refused: Int32 = 65
    /// The input could not be opened: missing, a directory, no permission.
    public static let cannotOpen: Int32 = 66
    /// A bug: gongwen produced output that fails its own schema.
    public static let internalError: Int32 = 70
    /// The output could not be written (full disk, unwritable folder, closed stdout).
    public static let cannotWrite: Int32 = 73
}
