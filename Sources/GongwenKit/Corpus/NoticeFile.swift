import Foundation

/// 语料文件: one notice of a corpus folder: `NAME.txt`, known by its name relative to the folder.
public struct NoticeFile: Hashable, Sendable {
    /// The file name without `.txt`; baselines are `NAME.json`, `NAME.error.json`, ….
    public let name: String
    /// The full path of the text file.
    public let path: String
    /// False when the file's name is not UTF-8: it cannot be opened by `path`, and `name` shows its
    /// bad bytes as `\xHH`. Such a notice is reported as an error, not extracted.
    public let nameIsUTF8: Bool

    public init(name: String, path: String, nameIsUTF8: Bool = true) {
        self.name = name
        self.path = path
        self.nameIsUTF8 = nameIsUTF8
    }

    /// The file name as it appears in outputs and messages (`NAME.txt`).
    public var fileName: String { name + ".txt" }

    /// Every `*.txt` of a folder (not its subfolders), sorted by the bytes of the name so the order is fixed.
    public static func list(in dir: String) throws -> [NoticeFile] {
        let entries: [FolderEntry]
        switch FolderListing.names(in: dir) {
        case .success(let found): entries = found
        case .failure(let why): throw CorpusError.unreadable(why)
        }
        return entries.filter { $0.name.hasSuffix(".txt") && !$0.name.hasPrefix(".") }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            .map { NoticeFile(name: String($0.name.dropLast(4)), path: (dir as NSString).appendingPathComponent($0.name),
                              nameIsUTF8: $0.isUTF8) }
    }
}
