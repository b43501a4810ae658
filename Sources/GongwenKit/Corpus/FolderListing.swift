import Foundation

/// 文件夹列表: the names in a folder, or why it cannot be listed in the system's words
/// (`permission denied`), for a one-line message and exit code 66 instead of a Foundation error.
enum FolderListing {
    /// Read with opendir(3)/readdir(3) rather than `FileManager`, whose error has only an English
    /// sentence, not the error number; `.` and `..` are left out.
    static func names(in dir: String) -> Result<[String], FolderUnreadable> {
        guard let handle = opendir(dir) else { return .failure(FolderUnreadable(path: dir, reason: FileReader.reason(errno))) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }
}

/// A folder that exists but cannot be listed.
public struct FolderUnreadable: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): the folder cannot be read: \(reason)" }
}
