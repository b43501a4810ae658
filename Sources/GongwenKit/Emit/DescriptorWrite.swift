#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// 写满: every byte of a buffer to a file descriptor with write(2), going on after an interrupted
/// call. The one loop behind output files, the standard streams and the pipes to worker processes.
enum DescriptorWrite {
    /// Nil when everything was written; otherwise the error number (EIO for a write that took nothing).
    static func all(_ fd: Int32, _ buf: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < buf.count {
            let n = write(fd, buf.baseAddress! + offset, buf.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return errno }
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }
}
