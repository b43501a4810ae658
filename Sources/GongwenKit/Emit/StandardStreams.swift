#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// 标准流: guards standard input, output and error at start-up. One started with `>&-` has no
/// file descriptor 1, and the next file gongwen opened would get it, so printing would write into
/// that file. The closed ones are reserved with /dev/null and remembered, so writing to a closed
/// standard output is an error, not silent. A full pipe or file size limit becomes an error too,
/// instead of a signal that kills the process half way.
public enum StandardStreams {
    /// Which of 0, 1, 2 were closed when the process started. Reading it the first time does the guarding.
    public static let closedAtStart: Set<Int32> = {
        var closed = Set<Int32>()
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            closed.insert(fd)
            // open() takes the lowest free descriptor, which is this one.
            _ = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
        }
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        return closed
    }()

    /// Call first thing in `main`.
    public static func prepare() { _ = closedAtStart }

    /// Writes all of `text` to `fd` (1 or 2) with write(2), going on after an interrupted call.
    /// Returns the error number when the stream was closed at start (EBADF) or refuses the bytes
    /// (a closed pipe, a full disk). Unlike `FileHandle.write`, which stops the program on such an
    /// error, it lets the caller decide.
    @discardableResult
    public static func write(_ fd: Int32, _ text: String) -> Int32? {
        if closedAtStart.contains(fd) { return EBADF }
        return Array(text.utf8).withUnsafeBytes { DescriptorWrite.all(fd, $0) }
    }
}
