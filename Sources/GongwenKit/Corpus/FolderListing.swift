import Foundation

/// 文件夹列表: the names in a folder (see `FolderEntry` for those that are not UTF-8), or why it cannot be listed in the system's words
/// (`permission denied`), for a one-line message and exit code 66 instead of a Foundation error.
enum FolderListing {
    /// Read with opendir(3)/readdir(3) rather than `FileManager`, whose error has only an English
    /// sentence, not the error number; `.` and `..` are left out.
    static func names(in dir: String) -> Result<[FolderEntry], FolderUnreadable> {
        guard let handle = opendir(dir) else { return .failure(FolderUnreadable(path: dir, reason: FileReader.reason(errno))) }
        defer { closedir(handle) }
        var entries: [FolderEntry] = []
        while let entry = readdir(handle) {
            let found = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw.prefix { $0 != 0 })
                return FileName.isUTF8(bytes) ? FolderEntry(name: String(decoding: bytes, as: UTF8.self), isUTF8: true)
                    : FolderEntry(name: FileName.shown(bytes), isUTF8: false)
            }
            if found.name != "." && found.name != ".." { entries.append(found) }
        }
        return .success(entries)
    }
}

/// A name in a folder. A name whose bytes are not UTF-8 cannot be opened by its text: `name` then
/// shows its bad bytes as `\xHH` (see `FileName`), for a message that names it.
struct FolderEntry {
    let name: String
    let isUTF8: Bool
}

/// A folder that exists but cannot be listed.
public struct FolderUnreadable: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): the folder cannot be read: \(reason)" }
}
