#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// 输出目标: what an output path names, which decides how it is written. A regular file (or a new
/// one) is replaced atomically; a device, FIFO or socket (`/dev/full`, `/dev/null`, a named pipe)
/// cannot be replaced and is written in place; `/dev/stdout`, `/dev/fd/N` and `/proc/self/fd/N`
/// are the descriptors already open, written as they are (appending if opened to append).
enum OutputTarget: Equatable {
    /// Replace the regular file at this path (a symbolic link's target, so the link stays).
    case file(String)
    /// Open and write in place.
    case special(String)
    /// Write to an open descriptor.
    case descriptor(Int32)

    static func of(_ path: String) throws -> OutputTarget {
        if let fd = descriptorAlias(path) { return .descriptor(fd) }
        var st = stat()
        guard stat(path, &st) == 0 else {
            let e = errno
            guard e == ENOENT else { throw OutputError(path: path, reason: FileReader.reason(e)) }
            return .file(danglingLinkTarget(path) ?? path)
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            return .file(realpath(path) ?? path)
        case S_IFDIR:
            throw OutputError(path: path, reason: "it is a directory")
        default:
            return .special(path)
        }
    }

    /// Where a symbolic link to a file not made yet points (following a chain of links), so the
    /// file is made there and the link stays a link; nil when `path` is not a link.
    static func danglingLinkTarget(_ path: String) -> String? {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { break }
            let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let folder = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
            current = target.hasPrefix("/") ? target : folder + target
        }
        return current == path ? nil : current
    }

    /// The descriptor a path such as `/dev/stdout` or `/dev/fd/3` stands for.
    static func descriptorAlias(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let n = Int32(path.dropFirst(prefix.count)), n >= 0 { return n }
            }
            return nil
        }
    }

    private static func realpath(_ path: String) -> String? {
        guard let p = Glibc.realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
