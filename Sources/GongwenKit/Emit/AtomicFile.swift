import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why output could not be written.
public struct OutputError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): cannot write: \(reason)" }
}

/// 原子写入: every file gongwen writes goes to a temporary file in the same folder and is renamed
/// into place, so a reader never sees half a file and a failure leaves the previous file intact.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = "\(dir)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        var ok = false
        defer { if !ok { unlink(tmp) } }
        try writeAll(fd, data, path: path)
        guard fsync(fd) == 0 || errno == EINVAL else { let e = errno; close(fd); throw OutputError(path: path, reason: String(cString: strerror(e))) }
        guard close(fd) == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        guard rename(tmp, path) == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        ok = true
    }

    public static func writeStandardOutput(_ data: Data) throws {
        signal(SIGPIPE, SIG_IGN)
        try writeAll(1, data, path: "standard output")
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let e = errno
                    if fd != 1 { close(fd) }
                    throw OutputError(path: path, reason: String(cString: strerror(e)))
                }
                offset += n
            }
        }
    }
}
