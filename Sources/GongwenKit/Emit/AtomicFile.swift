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
        try write(to: path) { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Writes what `produce` hands to its writer, piece by piece, then renames the file into place;
    /// if `produce` throws, the temporary file is removed and the error passed on.
    public static func write(to path: String, _ produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = "\(dir)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        var ok = false
        defer { if !ok { unlink(tmp) } }
        do {
            try produce { try writeAll(fd, $0, path: path) }
        } catch {
            close(fd)
            throw error
        }
        guard fsync(fd) == 0 || errno == EINVAL else { let e = errno; close(fd); throw OutputError(path: path, reason: String(cString: strerror(e))) }
        guard close(fd) == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        guard rename(tmp, path) == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        ok = true
    }

    public static func writeStandardOutput(_ data: Data) throws {
        try writeStandardOutput { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Standard output, piece by piece.
    public static func writeStandardOutput(_ produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        signal(SIGPIPE, SIG_IGN)
        try produce { try writeAll(1, $0, path: "standard output") }
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    static func writeAll(_ fd: Int32, _ buf: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < buf.count {
            let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}
