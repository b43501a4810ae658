import Foundation

/// 语料文件: one notice of a corpus folder: `NAME.txt`, known by its name relative to the folder.
public struct NoticeFile: Hashable, Sendable {
    /// The file name without `.txt`; baselines are `NAME.json`, `NAME.error.json`, ….
    public let name: String
    /// The full path of the text file.
    public let path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    /// The file name as it appears in outputs and messages (`NAME.txt`).
    public var fileName: String { name + ".txt" }

    /// Every `*.txt` of a folder (not its subfolders), sorted by the bytes of the name so the order is fixed.
    public static func list(in dir: String) throws -> [NoticeFile] {
        let names: [String]
        switch FolderListing.names(in: dir) {
        case .success(let found): names = found
        case .failure(let why): throw CorpusError.unreadable(why)
        }
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { NoticeFile(name: String($0.dropLast(4)), path: (dir as NSString).appendingPathComponent($0)) }
    }
}
