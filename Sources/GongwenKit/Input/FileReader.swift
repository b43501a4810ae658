#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// 读取: the bytes of one input: a regular file, a pipe or FIFO (`<(cmd)`), a device, or standard
/// input (`-`). What the system refuses is named with its reason; a folder is refused; reading stops
/// one byte past the size limit, so an endless stream cannot eat the machine's memory.
enum FileReader {
    static let chunk = 1 << 16

    /// Reads the whole input; `look` sees the first chunk first and may refuse the input by
    /// throwing, before a large binary file is read to its end.
    static func read(path: String, maxBytes: Int, look: ([UInt8]) throws -> Void = { _ in }) throws -> [UInt8] {
        // `/dev/stdin` and `/dev/fd/N` name a descriptor too; one closed at start reads as /dev/null.
        let alias = path == "-" || path == "/dev/stdin" ? 0 : OutputTarget.descriptorAlias(path)
        if let fd = alias, StandardStreams.closedAtStart.contains(fd) { throw InputError.unreadable(path: path, reason: "it is closed") }
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw openError(path: path, errno: errno) }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InputError.unreadable(path: path, reason: reason(errno)) }
        let kind = st.st_mode & S_IFMT
        if kind == S_IFDIR { throw InputError.isDirectory(path: path) }
        let regular = kind == S_IFREG
        if regular && Int(st.st_size) > maxBytes { throw InputError.tooLarge(path: path, bytes: Int(st.st_size), limit: maxBytes) }
        // /proc files say they are empty and are not: the size only sizes the array, the read goes to the end.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(regular ? Int(st.st_size) + 1 : chunk)
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunk) { buffer in
            var first = true
            while true {
                let n = Glibc.read(fd, buffer.baseAddress!, min(chunk, maxBytes + 1 - bytes.count))
                if n < 0 {
                    let e = errno
                    if e == EINTR { continue }
                    if e == EAGAIN { waitReadable(fd); continue }
                    throw InputError.unreadable(path: path, reason: reason(e))
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
                if first { first = false; try look(bytes) }
                if n == 0 { return }
                if bytes.count > maxBytes { throw InputError.tooLarge(path: path, bytes: regular ? bytes.count : -1, limit: maxBytes) }
            }
        }
        return bytes
    }

    static func openError(path: String, errno e: Int32) -> InputError {
        switch e {
        case ENOENT: return .notFound(path: path)
        case ENOTDIR: return .notFound(path: path)
        case EACCES, EPERM: return .unreadable(path: path, reason: "permission denied")
        default: return .unreadable(path: path, reason: reason(e))
        }
    }

    /// The system's words for an error number, in lower case as messages here are.
    static func reason(_ e: Int32) -> String {
        let text = String(cString: strerror(e))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Standard input may have been left non-blocking by whoever started us.
    private static func waitReadable(_ fd: Int32) {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&p, 1, -1)
    }
}
