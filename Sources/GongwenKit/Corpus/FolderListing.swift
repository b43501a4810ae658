import Foundation

/// 文件夹列表: the names in a folder, or why it cannot be listed in the system's words
/// (`permission denied`), for a one-line message and exit code 66 instead of a Foundation error.
enum FolderListing {
    static func names(in dir: String) -> Result<[String], FolderUnreadable> {
        // Opened once first, for the error number: Foundation's error only has an English sentence.
        guard let handle = opendir(dir) else { return .failure(FolderUnreadable(path: dir, reason: FileReader.reason(errno))) }
        closedir(handle)
        do {
            return .success(try FileManager.default.contentsOfDirectory(atPath: dir))
        } catch {
            return .failure(FolderUnreadable(path: dir, reason: error.localizedDescription))
        }
    }
}

/// A folder that exists but cannot be listed.
public struct FolderUnreadable: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): the folder cannot be read: \(reason)" }
}
