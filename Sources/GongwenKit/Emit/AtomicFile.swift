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
/// A target that is not a regular file (`/dev/full`, a FIFO, `/dev/stdout`) cannot be replaced;
/// it is written in place and a failure (a full disk, a closed reader) is still reported.
public enum AtomicFile {
    /// Hands the output to its destination, piece by piece.
    public typealias Producer = (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void

    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Writes what `produce` hands to its writer; if `produce` throws, nothing is replaced.
    public static func write(to path: String, _ produce: Producer) throws {
        switch try OutputTarget.of(path) {
        case .file(let real): try replace(real, shownAs: path, produce)
        case .special(let device): try inPlace(device, produce)
        case .descriptor(let fd): try toDescriptor(fd, name: path, produce)
        }
    }

    public static func writeStandardOutput(_ data: Data) throws {
        try writeStandardOutput { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Standard output, piece by piece.
    public static func writeStandardOutput(_ produce: Producer) throws {
        try toDescriptor(1, name: "standard output", produce)
    }

    private static func replace(_ path: String, shownAs shown: String, _ produce: Producer) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = "\(dir)/" + temporaryName(for: url.lastPathComponent)
        pending.add(tmp)
        defer { pending.remove(tmp) }
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw OutputError(path: shown, reason: folderReason(errno, dir)) }
        var renamed = false
        defer { if !renamed { unlink(tmp) } }
        // The new file keeps the permissions of the one it replaces.
        var old = stat()
        if stat(path, &old) == 0 { fchmod(fd, old.st_mode & 0o7777) }
        do {
            try produce { try writeAll(fd, $0, path: shown) }
        } catch {
            close(fd)
            throw error
        }
        guard fsync(fd) == 0 || errno == EINVAL else { let e = errno; close(fd); throw OutputError(path: shown, reason: FileReader.reason(e)) }
        guard close(fd) == 0 else { throw OutputError(path: shown, reason: FileReader.reason(errno)) }
        guard rename(tmp, path) == 0 else { throw OutputError(path: shown, reason: FileReader.reason(errno)) }
        renamed = true
    }

    /// Removes the temporary files of the writes still going on, for a program that is about to
    /// exit on a signal (Ctrl-C): the targets keep their previous content. Writes grouped by
    /// `together` are first let finish (for up to `patience` seconds), and no new group starts.
    public static func removePending(patience: Double = 5) {
        gate.close(patience: patience)
        pending.removeAll()
    }

    /// Runs writes that belong together (a notice's JSON and XML baselines) so that an interruption
    /// never leaves some of them replaced and the others not.
    public static func together<T>(_ body: () throws -> T) rethrows -> T {
        gate.enter()
        defer { gate.leave() }
        return try body()
    }

    /// Counts the groups of writes under way; once closed, lets none start.
    private static let gate = WriteGate()

    /// For tests: undoes `removePending`'s closing of the gate.
    static func reopenAfterTest() { gate.reopen() }

    /// The temporary files being written now, from any thread.
    private static let pending = PendingFiles()

    private static func inPlace(_ path: String, _ produce: Producer) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: path, reason: FileReader.reason(errno)) }
        defer { close(fd) }
        try produce { try writeAll(fd, $0, path: path) }
    }

    private static func toDescriptor(_ fd: Int32, name: String, _ produce: Producer) throws {
        if StandardStreams.closedAtStart.contains(fd) || fcntl(fd, F_GETFD) == -1 {
            throw OutputError(path: name, reason: "it is closed")
        }
        try produce { try writeAll(fd, $0, path: name) }
    }

    /// `.NAME.PID.RANDOM.tmp`, with NAME cut (at a character) so the whole stays within the 255
    /// bytes a file name may have: a target whose own name is near that limit can still be written.
    static func temporaryName(for name: String) -> String {
        let suffix = ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        var kept = "", bytes = 1 + suffix.utf8.count
        for c in name.unicodeScalars {
            bytes += String(c).utf8.count
            if bytes > 255 { break }
            kept.unicodeScalars.append(c)
        }
        return "." + kept + suffix
    }

    /// Why the temporary file could not be made, in terms of the folder.
    private static func folderReason(_ e: Int32, _ dir: String) -> String {
        switch e {
        case ENOENT: return "the folder \(dir) does not exist"
        case ENOTDIR: return "\(dir) is not a folder"
        case EACCES, EPERM: return "the folder \(dir) is not writable (permission denied)"
        default: return "cannot create a file in \(dir): \(FileReader.reason(e))"
        }
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    static func writeAll(_ fd: Int32, _ buf: UnsafeRawBufferPointer, path: String) throws {
        if let e = DescriptorWrite.all(fd, buf) { throw OutputError(path: path, reason: FileReader.reason(e)) }
    }
}
